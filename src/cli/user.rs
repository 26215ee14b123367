//! `roster user …`: the user commands' flags.

use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser as _};
use clap::{Args, Subcommand};
use jiff::SignedDuration;

use super::values::*;
use crate::domain::Status;
use crate::domain::access::{GroupRef, Permission, RoleName};
use crate::domain::query;
use crate::domain::types::{TimeSpec, parse_attr};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user: invited by email (default) or active at once
    #[command(
        after_help = "Examples:\n  roster user create ada@example.com --first Ada --last Lovelace\n  roster user create op7@example.com --role operator \\\n      --attr operator_type=PAYE --attr operator_code=OP7\n  roster user create ci-bot@example.com --no-invite --if-not-exists\n  printf '%s\\n' \"$PASSWORD\" | roster user create bot@example.com \\\n      --password-stdin --no-email"
    )]
    Create(CreateArgs),
    /// List users, filtered and sorted
    #[command(
        after_help = "Examples:\n  roster user list\n  roster user list --status blocked --sort -updated\n  roster user list --match smith --limit 20\n  roster user list --group team:north --format csv > north.csv\n  roster user list --columns email,status,last_login_at --sort -last-login"
    )]
    List(ListArgs),
    /// Show one user in full
    #[command(
        after_help = "Examples:\n  roster user show ada@example.com\n  roster --json user show 0193a5b2-7c1e-7d4f-9a10-3b2c4d5e6f70"
    )]
    Show {
        /// Id, email or username
        user: String,
    },
    /// Change a user's fields, attributes, roles, groups and permissions
    #[command(
        after_help = "Examples:\n  roster user update ada@example.com --phone \"+44 20 7946 0000\" \\\n      --title Engineer\n  roster user update ada --add-role support --remove-role admin\n  roster user update ada --attr dispatch_emails=yes --unset-attr legacy_id\n  roster user update ada --company \"\"    # an empty value clears a field"
    )]
    Update(UpdateArgs),
    /// Send a new invitation (invited, invitation_expired, invitation_revoked → invited)
    #[command(
        after_help = "Examples:\n  roster user invite ada@example.com\n  roster user invite --status invitation_expired --yes"
    )]
    Invite(InviteArgs),
    /// Cancel invitations (invited, invitation_expired → invitation_revoked)
    #[command(
        after_help = "Examples:\n  roster user revoke ada@example.com\n  roster user revoke --status invitation_expired \\\n      --created-before 2026-01-01 --yes"
    )]
    Revoke(BulkArgs),
    /// Stop users from signing in (active → blocked; a blocked user's block is
    /// replaced); their sessions end
    #[command(
        after_help = "Examples:\n  roster user block grace@example.com --reason \"security review\"\n  roster user block grace@example.com --until +7d\n  roster user block --from-file leavers.csv --max-affected 50 --yes"
    )]
    Block(BlockArgs),
    /// Let blocked users sign in again (blocked → active)
    #[command(after_help = "Examples:\n  roster user unblock grace@example.com")]
    Unblock(BulkArgs),
    /// Remove users from active use, keeping them for history (any status → archived)
    #[command(
        after_help = "Examples:\n  roster user archive grace@example.com --reason \"left\"\n  roster user archive --inactive-for 365d --dry-run"
    )]
    Archive(BulkArgs),
    /// Bring archived users back to the status they had before
    #[command(after_help = "Examples:\n  roster user restore grace@example.com")]
    Restore(BulkArgs),
    /// Give users a new password (typed, generated) or email them a reset link
    #[command(
        after_help = "Examples:\n  printf '%s\\n' \"$NEW_PASSWORD\" \\\n      | roster user reset-password ada@example.com --password-stdin\n  roster user reset-password ada@example.com --generate-password\n  roster user reset-password --group team:north --generate-password \\\n      --credentials-file ~/north.csv --yes\n  roster user reset-password ada@example.com --link"
    )]
    ResetPassword(ResetPasswordArgs),
    /// End every session of users at once (any status)
    #[command(
        after_help = "Examples:\n  roster user sign-out ada@example.com\n  roster user sign-out --all --yes"
    )]
    SignOut(BulkArgs),
    /// Lift the lockout after repeated failed sign-ins
    #[command(
        after_help = "Examples:\n  roster user unlock ada@example.com\n  roster user unlock --locked --dry-run\n  roster user unlock --locked --yes"
    )]
    Unlock(BulkArgs),
    /// Send an email to users: a built-in template or your own text
    #[command(
        after_help = "Examples:\n  roster user email ada@example.com --template onboarding\n  roster user email --group team:north --subject \"Rota change\" \\\n      --body-file rota.txt --yes\n\nThe body file is a template too: {{ user.first_name }}, {{ user.email }} work."
    )]
    Email(EmailArgs),
    /// Delete users permanently (always asks; the audit log keeps only their ids)
    #[command(
        after_help = "Examples:\n  roster user delete grace@example.com --yes\n  roster user delete --status archived --created-before 2020-01-01 \\\n      --dry-run"
    )]
    Delete(BulkArgs),
    /// Create or update users from a CSV, JSON Lines or JSON file, checked
    /// whole before anything is written
    #[command(
        after_help = "Examples:\n  roster user import staff.csv --dry-run\n  roster user import staff.csv --on-conflict update --yes\n  roster user import seed.csv --on-conflict skip --generate-password \\\n      --credentials-file ci-creds.csv --yes\n  roster --db new.db user import all.jsonl --yes\n\nThe columns are the field names of `roster user show --json`; lists\n(roles, groups, permissions) are ';'-separated; attributes are attr.KEY\ncolumns; password_hash takes argon2 and bcrypt hashes. The whole file is\nchecked before anything is written. docs/import-export.md has the rest."
    )]
    Import(ImportArgs),
    /// Write users to a file that `user import` reads back (CSV, JSON Lines, JSON)
    #[command(
        after_help = "Examples:\n  roster user export --output users.csv\n  roster user export --status active --group team:north --format jsonl\n  roster user export --all --include-hashes --output backup.jsonl"
    )]
    Export(ExportArgs),
    /// Make the store match a file: create and update its users, and block,
    /// archive or leave the users it does not list
    #[command(
        after_help = "Examples:\n  roster user sync staff.csv --missing archive --group client:acme --dry-run\n  roster user sync hr.csv --missing block --attr source=hr --max-affected 20\n  roster user sync staff.csv --missing ignore --yes\n\nThe filters (--group, --role, --attr K=V, ...) say which users the file\nstands for: only those can be missing from it. Without a filter, every\nuser of the store can be."
    )]
    Sync(SyncArgs),
    /// The audit log of one user
    #[command(after_help = "Examples:\n  roster user history ada@example.com")]
    History {
        /// Id, email or username
        user: String,
    },
    /// Print the table of which verb moves a user from which status to which
    #[command(
        after_help = "Examples:\n  roster user transitions\n  roster user transitions --format json"
    )]
    Transitions,
}

/// The free-text fields of a user. An empty value clears a field on update.
#[derive(Debug, Args, Default)]
pub struct ProfileArgs {
    /// First name (also --first-name)
    #[arg(
        long = "first",
        alias = "first-name",
        value_name = "NAME",
        allow_hyphen_values = true
    )]
    pub first_name: Option<String>,
    /// Middle name (also --middle-name)
    #[arg(
        long = "middle",
        alias = "middle-name",
        value_name = "NAME",
        allow_hyphen_values = true
    )]
    pub middle_name: Option<String>,
    /// Last name (also --last-name)
    #[arg(
        long = "last",
        alias = "last-name",
        value_name = "NAME",
        allow_hyphen_values = true
    )]
    pub last_name: Option<String>,
    /// Phone number
    #[arg(long, value_name = "PHONE", allow_hyphen_values = true)]
    pub phone: Option<String>,
    /// Company
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub company: Option<String>,
    /// Street address
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub address: Option<String>,
    /// City
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub city: Option<String>,
    /// Region, state or county
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub region: Option<String>,
    /// Postal code
    #[arg(long, value_name = "CODE", allow_hyphen_values = true)]
    pub postal_code: Option<String>,
    /// Country
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub country: Option<String>,
    /// Job title
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub title: Option<String>,
    /// Employee ID
    #[arg(long, value_name = "ID", allow_hyphen_values = true)]
    pub employee_id: Option<String>,
    /// ID in the accounting system
    #[arg(long, value_name = "ID", allow_hyphen_values = true)]
    pub accounting_id: Option<String>,
    /// A free-text comment (up to 4000 characters)
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub comment: Option<String>,
}

impl ProfileArgs {
    /// The fields given, by their names in SPEC §2.
    pub fn given(&self) -> Vec<(&'static str, &str)> {
        [
            ("first_name", &self.first_name),
            ("middle_name", &self.middle_name),
            ("last_name", &self.last_name),
            ("phone", &self.phone),
            ("company", &self.company),
            ("address", &self.address),
            ("city", &self.city),
            ("region", &self.region),
            ("postal_code", &self.postal_code),
            ("country", &self.country),
            ("title", &self.title),
            ("employee_id", &self.employee_id),
            ("accounting_id", &self.accounting_id),
            ("comment", &self.comment),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.as_deref().map(|v| (name, v)))
        .collect()
    }
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The user's email address: unique, and the login name by default
    pub email: String,

    /// Login name: letters, digits, '.', '_', '-'; unique
    #[arg(long)]
    pub username: Option<String>,

    #[command(flatten)]
    pub profile: ProfileArgs,

    /// A product-specific field, e.g. operator_type=PAYE (repeatable; each
    /// key once)
    #[arg(long = "attr", value_name = "KEY=VALUE")]
    pub attributes: Vec<String>,

    /// A role to give (repeatable); it must exist (`roster role list`)
    #[arg(long = "role", value_name = "ROLE")]
    pub roles: Vec<String>,

    /// A group to join, as KIND:NAME, e.g. team:north or client:"Acme Fleet
    /// Ltd" (repeatable); it must exist unless --create-groups
    #[arg(long = "group", value_name = "KIND:NAME")]
    pub groups: Vec<String>,

    /// A permission granted to this user alone (repeatable)
    #[arg(long = "permission", value_name = "PERMISSION")]
    pub permissions: Vec<String>,

    /// Make the groups given that do not exist yet
    #[arg(long)]
    pub create_groups: bool,

    /// Create the user active, with no invitation
    #[arg(long)]
    pub no_invite: bool,

    #[command(flatten)]
    pub password: PasswordSource,

    /// With --generate-password: write `email,password` lines to this file,
    /// created 0600, or appended to if it is already your own 0600 file
    #[arg(long, value_name = "FILE", requires = "generate_password")]
    pub credentials_file: Option<PathBuf>,

    /// Do not ask for a new password at the first sign-in (with a password set here)
    #[arg(long)]
    pub no_must_change: bool,

    /// Record that the onboarding form was requested, and email the request
    #[arg(long)]
    pub request_onboarding: bool,

    /// Send no email: the invitation is issued (resend it with `user invite`),
    /// the onboarding request is not sent
    #[arg(long)]
    pub no_email: bool,

    /// If a user with this email exists, leave it as it is (outcome
    /// `unchanged`, no password generated) and exit 0
    #[arg(long)]
    pub if_not_exists: bool,
}

/// Which users a command acts on: each filter a domain value, checked as
/// it is parsed (a bad one is exit 2).
#[derive(Debug, Args, Default, Clone)]
pub struct SelectorArgs {
    /// Users in these statuses (comma-separated or repeated)
    #[arg(long = "status", value_name = "STATUS[,STATUS]", value_parser = StatusList, hide_possible_values = true)]
    pub statuses: Vec<Statuses>,

    /// Users with this role
    #[arg(long, value_name = "ROLE", value_parser = Domain(RoleName::parse))]
    pub role: Option<RoleName>,

    /// Users in this group
    #[arg(long, value_name = "KIND:NAME", value_parser = Domain(GroupRef::parse))]
    pub group: Option<GroupRef>,

    /// Users who have this permission, through a role or their own
    #[arg(long, value_name = "PERMISSION", value_parser = Domain(Permission::parse))]
    pub permission: Option<Permission>,

    /// Users whose onboarding form was requested, or not
    #[arg(
        long,
        value_name = "requested|none",
        value_parser = PossibleValuesParser::new(["requested", "none"]).map(|v| v == "requested")
    )]
    pub onboarding: Option<bool>,

    /// Users whose names, email, username, company, address, city, postal code or
    /// phone contain TEXT (any case)
    #[arg(
        long = "match",
        value_name = "TEXT",
        allow_hyphen_values = true,
        value_parser = Domain(query::parse_match)
    )]
    pub text: Option<String>,

    /// Users who have not signed in for this long (never signed in counts from
    /// creation), e.g. 90d
    #[arg(
        long,
        value_name = "DURATION",
        value_parser = Domain(query::parse_inactive_for)
    )]
    pub inactive_for: Option<SignedDuration>,

    /// Users created before this time (2026-01-31, RFC 3339, or -30d)
    #[arg(
        long,
        value_name = "TIME",
        allow_hyphen_values = true,
        value_parser = Domain(|t| TimeSpec::parse("created-before", t))
    )]
    pub created_before: Option<TimeSpec>,

    /// Users created after this time
    #[arg(
        long,
        value_name = "TIME",
        allow_hyphen_values = true,
        value_parser = Domain(|t| TimeSpec::parse("created-after", t))
    )]
    pub created_after: Option<TimeSpec>,

    /// Users with this attribute value (repeatable)
    #[arg(long = "attr", value_name = "KEY=VALUE", value_parser = Domain(parse_attr))]
    pub attributes: Vec<(String, String)>,

    /// Users locked out by failed sign-ins now (`user unlock` clears a lock)
    #[arg(long)]
    pub locked: bool,
}

/// The statuses one `--status` names.
pub type Statuses = Vec<Status>;

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub select: SelectorArgs,

    /// Every user (the same as no filter; accepted so a selector reads the same
    /// for list and for the bulk verbs)
    #[arg(long)]
    pub all: bool,

    /// Show only these fields, in this order, in every format (names as in the
    /// CSV header: id, email, first_name, status, created_at, …)
    #[arg(
        long,
        value_name = "FIELD[,FIELD]",
        value_delimiter = ',',
        value_parser = Suggest(column_names),
        hide_possible_values = true
    )]
    pub columns: Vec<String>,

    /// Sort by these fields, '-' for descending: id, created, updated, email,
    /// username, first, last, status, last-login
    #[arg(
        long,
        value_name = "FIELD[,-FIELD]",
        value_delimiter = ',',
        allow_hyphen_values = true,
        value_parser = Suggest(sort_names),
        hide_possible_values = true
    )]
    pub sort: Vec<String>,

    /// At most this many users
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,

    /// Skip this many users first
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub offset: u64,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Id, email or username
    pub user: String,

    /// New email address
    #[arg(long)]
    pub email: Option<String>,

    /// New username; an empty value removes it
    #[arg(long)]
    pub username: Option<String>,

    #[command(flatten)]
    pub profile: ProfileArgs,

    /// Set an attribute (repeatable; each key once)
    #[arg(long = "attr", value_name = "KEY=VALUE")]
    pub set_attributes: Vec<String>,

    /// Remove an attribute (repeatable)
    #[arg(long = "unset-attr", value_name = "KEY")]
    pub unset_attributes: Vec<String>,

    /// Set the roles to exactly these (repeatable)
    #[arg(long = "role", value_name = "ROLE")]
    pub roles: Vec<String>,
    /// Give a role (repeatable)
    #[arg(long = "add-role", value_name = "ROLE")]
    pub add_roles: Vec<String>,
    /// Take a role away (repeatable)
    #[arg(long = "remove-role", value_name = "ROLE")]
    pub remove_roles: Vec<String>,
    /// Set the groups to exactly these, as KIND:NAME (repeatable)
    #[arg(long = "group", value_name = "KIND:NAME")]
    pub groups: Vec<String>,
    /// Join a group, as KIND:NAME (repeatable)
    #[arg(long = "add-group", value_name = "KIND:NAME")]
    pub add_groups: Vec<String>,
    /// Leave a group (repeatable)
    #[arg(long = "remove-group", value_name = "KIND:NAME")]
    pub remove_groups: Vec<String>,
    /// Set this user's own permissions to exactly these (repeatable)
    #[arg(long = "permission", value_name = "PERMISSION")]
    pub permissions: Vec<String>,
    /// Grant a permission to this user alone (repeatable)
    #[arg(long = "add-permission", value_name = "PERMISSION")]
    pub add_permissions: Vec<String>,
    /// Take back a permission granted to this user (repeatable)
    #[arg(long = "remove-permission", value_name = "PERMISSION")]
    pub remove_permissions: Vec<String>,
    /// Make the groups given that do not exist yet
    #[arg(long)]
    pub create_groups: bool,
    /// Record that the onboarding form was requested now, and email the request
    #[arg(long)]
    pub request_onboarding: bool,
}

/// Targets and safety options shared by every bulk verb.
#[derive(Debug, Args)]
pub struct BulkArgs {
    /// Users by id, email or username
    #[arg(value_name = "USER")]
    pub users: Vec<String>,

    /// Read users from FILE ('-' for stdin): one a line, or CSV/JSON Lines with an
    /// email or id column
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<PathBuf>,

    #[command(flatten)]
    pub select: SelectorArgs,

    /// Every user (needed to act on all users without a filter)
    #[arg(long)]
    pub all: bool,

    /// Print what would happen and change nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Refuse (exit 5) if more than N users would change
    #[arg(long, value_name = "N")]
    pub max_affected: Option<u64>,

    /// Refuse (exit 5) unless exactly N users match
    #[arg(long, value_name = "N")]
    pub expect_count: Option<u64>,

    /// All or nothing: if any target would fail, change none
    #[arg(long)]
    pub atomic: bool,

    /// Why, kept in the audit log
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    #[command(flatten)]
    pub bulk: BulkArgs,

    /// Issue the new invitation but send no email
    #[arg(long)]
    pub no_email: bool,
}

/// Where a password comes from. Never from an argument: it would show in `ps`
/// and in shell history.
#[derive(Debug, Args, Default)]
#[group(multiple = false)]
pub struct PasswordSource {
    /// Read the password from the first line of stdin
    #[arg(long)]
    pub password_stdin: bool,

    /// Generate a password (28 characters from the OS random generator) and print
    /// it once, or write it to --credentials-file
    #[arg(long)]
    pub generate_password: bool,

    /// Ask for the password on the terminal, twice
    #[arg(long)]
    pub prompt_password: bool,
}

#[derive(Debug, Args)]
pub struct ResetPasswordArgs {
    #[command(flatten)]
    pub bulk: BulkArgs,

    #[command(flatten)]
    pub password: PasswordSource,

    /// With --generate-password: write `email,password` lines to this file,
    /// created 0600, or appended to if it is already your own 0600 file
    #[arg(long, value_name = "FILE", requires = "generate_password")]
    pub credentials_file: Option<PathBuf>,

    /// Email a single-use reset link instead of setting a password
    #[arg(long, conflicts_with_all = ["password_stdin", "generate_password", "prompt_password"])]
    pub link: bool,

    /// Do not ask for a new password at the next sign-in
    #[arg(long)]
    pub no_must_change: bool,
}

#[derive(Debug, Args)]
#[group(id = "message", required = true, multiple = false, args = ["template", "subject"])]
pub struct EmailArgs {
    #[command(flatten)]
    pub bulk: BulkArgs,

    /// A built-in (or overridden) template that makes sense on its own:
    /// onboarding or registration
    #[arg(long, value_name = "NAME", value_parser = Suggest(template_names), hide_possible_values = true)]
    pub template: Option<String>,

    /// The subject of your own message (with --body-file)
    #[arg(long, value_name = "TEXT", requires = "body_file")]
    pub subject: Option<String>,

    /// The text of your own message ('-' for stdin)
    #[arg(long, value_name = "FILE", requires = "subject")]
    pub body_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct BlockArgs {
    #[command(flatten)]
    pub bulk: BulkArgs,

    /// Lift the block automatically at this time (2026-01-31, RFC 3339, or +7d)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub until: Option<String>,
}

/// Where the rows of a file come from, and how they are checked.
#[derive(Debug, Args)]
pub struct FileArgs {
    /// The file ('-' for stdin); its format by extension: .csv, .jsonl, .json
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Read the file as this format, whatever its name
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<crate::transfer::FileFormat>,

    /// Import the valid rows and report the invalid ones (exit 3), instead of
    /// writing nothing
    #[arg(long)]
    pub skip_invalid: bool,

    /// New users with no status and no password hash are invited and sent the
    /// invitation email (default: they start active, with no password)
    #[arg(long, overrides_with = "no_invite")]
    pub invite: bool,

    /// New users with no status and no password hash start active with no
    /// password (the default)
    #[arg(long)]
    pub no_invite: bool,

    /// Give new active users without a password_hash a generated password,
    /// written to --credentials-file
    #[arg(long, requires = "credentials_file")]
    pub generate_password: bool,

    /// Where generated passwords go: a CSV of email,password, created 0600 or
    /// appended to your own 0600 file
    #[arg(long, value_name = "FILE")]
    pub credentials_file: Option<PathBuf>,

    /// Generated passwords need not be changed at first sign-in
    #[arg(long)]
    pub no_must_change: bool,

    /// Print what would happen and change nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Refuse (exit 5) if more than N users would change
    #[arg(long, value_name = "N")]
    pub max_affected: Option<u64>,

    /// All or nothing: one transaction, and no row may fail
    #[arg(long)]
    pub atomic: bool,

    /// Why, kept in the audit log
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub file: FileArgs,

    /// A row for a user who exists: fail (the row is an error), skip (leave the
    /// user), update (the user's fields become the row's)
    #[arg(long, value_enum, default_value = "fail", value_name = "POLICY")]
    pub on_conflict: crate::ops::import::OnConflict,
}

/// What `user sync` does to users the file does not list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Missing {
    /// Leave them as they are
    Ignore,
    /// Block them (active users; others are left)
    Block,
    /// Archive them
    Archive,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    #[command(flatten)]
    pub file: FileArgs,

    /// What to do with users the file does not list
    #[arg(long, value_enum, value_name = "WHAT")]
    pub missing: Missing,

    /// The users the file stands for: only users these filters select can
    /// be missing from it (without filters, every user of the store)
    #[command(flatten)]
    pub select: SelectorArgs,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub select: SelectorArgs,

    /// Every user (the same as no filter)
    #[arg(long)]
    pub all: bool,

    /// Write to FILE (created 0600; an existing file is never overwritten);
    /// its extension sets the format unless --format does
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Include password hashes (argon2, bcrypt) so that passwords survive an
    /// import elsewhere
    #[arg(long)]
    pub include_hashes: bool,
}
