//! The command line as plain data: clap derive types only. Doc comments are the help.

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::output::Format;

mod access;

pub use access::{
    AssignArgs, AttributeCommand, FeatureCommand, GroupCommand, PresetCommand, RoleArgs,
    RoleCommand, RoleUpdateArgs,
};

const ABOUT: &str = "Administer the user accounts of a back-office product on a local SQLite store or a PostgreSQL database";

const EXAMPLES: &str = "\
Examples:
  roster user create ada@example.com --first Ada --last Lovelace
  roster user list --status invited,invitation_expired
  roster user block grace@example.com --reason \"left the company\"
  roster user archive --inactive-for 180d --dry-run
  roster --json user show ada@example.com
  roster audit list --user ada@example.com";

#[derive(Debug, Parser)]
#[command(name = "roster", version, about = ABOUT, after_help = EXAMPLES)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,

    /// The command as typed, without its arguments: `user block`.
    #[arg(skip)]
    pub path: String,
}

/// Options every command takes. Each can also come from the environment; a flag
/// wins over the environment, which wins over the config file.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Store file, or postgres:// connection string (no password: use PGPASSWORD or
    /// ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]
    #[arg(long, global = true, value_name = "PATH|URL")]
    pub db: Option<PathBuf>,

    /// TOML config file [env: ROSTER_CONFIG] [default:
    /// $XDG_CONFIG_HOME/roster/config.toml, if it exists]
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Output format [env: ROSTER_FORMAT] [default: table]
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Short for --format json
    #[arg(long, global = true)]
    pub json: bool,

    /// Print only the ids of the affected or listed users, one a line
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]
    #[arg(long = "as", global = true, value_name = "ACTOR", value_parser = not_blank)]
    pub actor: Option<String>,

    /// Answer yes to confirmations [env: ROSTER_YES=1]
    #[arg(long, global = true)]
    pub yes: bool,

    /// No colour [env: NO_COLOR]
    #[arg(long, global = true)]
    pub no_color: bool,

    /// Exit 8 if a message this command sends cannot be delivered now (the
    /// change itself stands, and the message stays queued)
    #[arg(long, global = true)]
    pub require_delivery: bool,

    /// Use a store file other accounts can read, or another account owns
    /// (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]
    #[arg(long, global = true)]
    pub allow_shared_store: bool,

    /// Diagnostics on stderr [env: ROSTER_LOG]
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

// Parsed once per process; boxing the big variant would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create, list, change and move users through their lifecycle
    #[command(
        subcommand,
        after_help = "Examples:\n  roster user create ada@example.com --first Ada --last Lovelace\n  roster user list --status blocked\n  roster user block grace@example.com --reason \"left\"\n  roster user show ada@example.com"
    )]
    User(UserCommand),
    /// Read and verify the audit log
    #[command(
        subcommand,
        after_help = "Examples:\n  roster audit list --user ada@example.com\n  roster audit verify"
    )]
    Audit(AuditCommand),
    /// Sign users in and check credentials, sessions, invitations and resets
    #[command(
        subcommand,
        after_help = "Examples:\n  roster auth check ada@example.com users.read\n  printf '%s\\n' \"$PASSWORD\" | roster auth verify ada --password-stdin"
    )]
    Auth(AuthCommand),
    /// The outbox: mail queued by roster, delivered or waiting
    #[command(
        subcommand,
        after_help = "Examples:\n  roster mail list --queued\n  roster mail flush"
    )]
    Mail(MailCommand),
    /// The store: where it is, migrations, checks, statistics, backup, copy
    #[command(
        subcommand,
        after_help = "Examples:\n  roster db path\n  roster db check\n  roster db backup /var/backups/roster.db"
    )]
    Db(DbCommand),
    /// The settings roster runs with
    #[command(subcommand, after_help = "Examples:\n  roster config show")]
    Config(ConfigCommand),
    /// Roles: what users may do, and the rules for giving them
    #[command(
        subcommand,
        after_help = "Examples:\n  roster role preset apply back-office\n  roster role list\n  roster role create support --permission users.read"
    )]
    Role(RoleCommand),
    /// Groups users belong to: clients, teams, areas, stores, crews
    #[command(
        subcommand,
        after_help = "Examples:\n  roster group create 'client:Acme Fleet Ltd'\n  roster group members team:north"
    )]
    Group(GroupCommand),
    /// Features of the product that roles may need
    #[command(
        subcommand,
        after_help = "Examples:\n  roster feature enable TechnicianUsers\n  roster feature list"
    )]
    Feature(FeatureCommand),
    /// Rules for attribute values
    #[command(
        subcommand,
        after_help = "Examples:\n  roster attribute define operator_type --values PAYE,SubContractor\n  roster attribute list"
    )]
    Attribute(AttributeCommand),
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  roster completions bash > ~/.local/share/bash-completion/completions/roster\n  roster completions zsh > ~/.zfunc/_roster\n  roster completions fish > ~/.config/fish/completions/roster.fish"
    )]
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

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
    #[command(after_help = "Examples:\n  roster user unlock ada@example.com")]
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

    /// A product-specific field, e.g. operator_type=PAYE (repeatable)
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

/// Which users a command acts on.
#[derive(Debug, Args, Default, Clone)]
pub struct SelectorArgs {
    /// Users in these statuses (comma-separated or repeated)
    #[arg(long = "status", value_name = "STATUS[,STATUS]", value_parser = StatusList, hide_possible_values = true)]
    pub statuses: Vec<String>,

    /// Users with this role
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,

    /// Users in this group
    #[arg(long, value_name = "KIND:NAME")]
    pub group: Option<String>,

    /// Users who have this permission, through a role or their own
    #[arg(long, value_name = "PERMISSION")]
    pub permission: Option<String>,

    /// Users whose onboarding form was requested, or not
    #[arg(long, value_name = "requested|none", value_parser = ["requested", "none"])]
    pub onboarding: Option<String>,

    /// Users whose names, email, username, company, address, city, postal code or
    /// phone contain TEXT (any case)
    #[arg(long = "match", value_name = "TEXT", allow_hyphen_values = true)]
    pub text: Option<String>,

    /// Users who have not signed in for this long (never signed in counts from
    /// creation), e.g. 90d
    #[arg(long, value_name = "DURATION")]
    pub inactive_for: Option<String>,

    /// Users created before this time (2026-01-31, RFC 3339, or -30d)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub created_before: Option<String>,

    /// Users created after this time
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub created_after: Option<String>,

    /// Users with this attribute value (repeatable)
    #[arg(long = "attr", value_name = "KEY=VALUE")]
    pub attributes: Vec<String>,

    /// Users locked out by failed sign-ins now (`user unlock` clears a lock)
    #[arg(long)]
    pub locked: bool,
}

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

    /// Set an attribute (repeatable)
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

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Check a password (exit 0 right, 7 wrong, locked out or not active)
    #[command(
        after_help = "Examples:\n  printf '%s\\n' \"$PASSWORD\" \\\n      | roster auth verify ada@example.com --password-stdin"
    )]
    Verify {
        /// Id, email or username
        user: String,
        /// Read the password from the first line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// Sign in: check the password and print a new session token once
    #[command(
        after_help = "Examples:\n  TOKEN=$(printf '%s\\n' \"$PASSWORD\" \\\n      | roster auth login ada@example.com --password-stdin)"
    )]
    Login {
        /// Id, email or username
        user: String,
        /// Read the password from the first line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// A user changes their own password: the current one on the first line of
    /// stdin, the new one on the second
    #[command(
        after_help = "Examples:\n  printf '%s\\n%s\\n' \"$CURRENT\" \"$NEW\" \\\n      | roster auth change-password ada@example.com --password-stdin\n\nA wrong current password counts towards the lockout. On success every\nsession ends, must_change_password is cleared and the user gets an email."
    )]
    ChangePassword {
        /// Id, email or username
        user: String,
        /// Read the current password from the first line of stdin and the new
        /// one from the second (on a terminal, without it, roster asks)
        #[arg(long)]
        password_stdin: bool,
    },
    /// Exit 0 if an active user holds a permission (through a role or their
    /// own), 7 if not, 4 for an unknown user
    #[command(
        after_help = "Examples:\n  roster auth check ada@example.com users.read\n  if roster auth check \"$EMAIL\" clocking 2>/dev/null; then show_clock; fi"
    )]
    Check {
        /// Id, email or username
        user: String,
        /// The permission, such as users.read or clocking
        permission: String,
    },
    /// Check or end a session
    #[command(
        subcommand,
        after_help = "Examples:\n  printf '%s\\n' \"$TOKEN\" | roster auth session check --token-stdin"
    )]
    Session(SessionCommand),
    /// Accept an invitation: token on the first line of stdin, new password on the second
    #[command(
        after_help = "Examples:\n  printf '%s\\n%s\\n' \"$TOKEN\" \"$PASSWORD\" \\\n      | roster auth accept-invite --token-stdin --password-stdin"
    )]
    AcceptInvite {
        /// Read the token from the first line of stdin
        #[arg(long)]
        token_stdin: bool,
        /// Read the new password from the next line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// Complete a password reset: token on the first line of stdin, new password on the second
    #[command(
        after_help = "Examples:\n  printf '%s\\n%s\\n' \"$TOKEN\" \"$PASSWORD\" \\\n      | roster auth complete-reset --token-stdin --password-stdin"
    )]
    CompleteReset {
        /// Read the token from the first line of stdin
        #[arg(long)]
        token_stdin: bool,
        /// Read the new password from the next line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// Exit 0 if the session on stdin is alive (and note its use), else 4/5/7
    #[command(
        after_help = "Examples:\n  printf '%s\\n' \"$TOKEN\" | roster auth session check --token-stdin"
    )]
    Check {
        /// Read the session token from stdin
        #[arg(long)]
        token_stdin: bool,
    },
    /// End the session on stdin
    #[command(
        after_help = "Examples:\n  printf '%s\\n' \"$TOKEN\" | roster auth session revoke --token-stdin"
    )]
    Revoke {
        /// Read the session token from stdin
        #[arg(long)]
        token_stdin: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// List messages in the outbox
    #[command(after_help = "Examples:\n  roster mail list\n  roster mail list --queued")]
    List {
        /// Only messages still waiting for delivery
        #[arg(long)]
        queued: bool,
    },
    /// Show one message as stored (its link says [token issued when sent]);
    /// --links reads the links back from the delivered copy
    #[command(
        after_help = "Examples:\n  roster mail show 12\n  LINK=$(roster mail show 12 --links)    # as delivered to outbox/, decoded"
    )]
    Show {
        /// The message id from `mail list`
        id: i64,
        /// Print only the links of the delivered message, one a line, read
        /// back from the .eml file the file: transport wrote
        #[arg(long)]
        links: bool,
    },
    /// Deliver every queued message now
    #[command(after_help = "Examples:\n  roster mail flush")]
    Flush,
    /// Deliver these queued messages now
    #[command(after_help = "Examples:\n  roster mail retry 12 13")]
    Retry {
        /// Message ids from `mail list`
        #[arg(required = true)]
        ids: Vec<i64>,
    },
}

#[derive(Debug, Args)]
pub struct BlockArgs {
    #[command(flatten)]
    pub bulk: BulkArgs,

    /// Lift the block automatically at this time (2026-01-31, RFC 3339, or +7d)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub until: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit entries, oldest first
    #[command(
        after_help = "Examples:\n  roster audit list --user ada@example.com\n  roster audit list --action block --since -7d"
    )]
    List {
        /// Only entries about this user (id, email or username; a deleted user by id)
        #[arg(long)]
        user: Option<String>,
        /// Only this action (create, update, invite, block, …)
        #[arg(long)]
        action: Option<String>,
        /// Entries at or after this time (2026-01-31, RFC 3339, or -7d)
        #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
        since: Option<String>,
        /// Entries before this time
        #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
        until: Option<String>,
    },
    /// Recompute the hash chain; exit 6 at the first broken entry
    #[command(after_help = "Examples:\n  roster audit verify")]
    Verify,
}

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Print the path of the store file (or the connection string, without its password)
    #[command(after_help = "Examples:\n  roster db path\n  sqlite3 \"$(roster db path)\" .tables")]
    Path,
    /// Apply pending schema migrations (every command also does this on open)
    #[command(
        after_help = "Examples:\n  roster db migrate\n  roster --db /srv/roster/roster.db db migrate"
    )]
    Migrate,
    /// Check integrity, foreign keys and roster's own invariants; exit 6 on a problem
    #[command(after_help = "Examples:\n  roster db check\n  roster --json db check")]
    Check,
    /// Users per status
    #[command(after_help = "Examples:\n  roster db stats\n  roster --format csv db stats")]
    Stats,
    /// Copy the store to a new file with SQLite's online backup (safe while
    /// roster runs; the file is created 0600 and never overwritten)
    #[command(
        after_help = "Examples:\n  roster db backup /var/backups/roster-$(date +%F).db\n  roster --db /tmp/restored.db user list   # a backup reads like any store"
    )]
    Backup {
        /// The new file to write
        file: PathBuf,
    },
    /// Copy a whole store into an empty one: SQLite to PostgreSQL or back
    #[command(
        after_help = "Examples:\n  roster db copy ~/.local/share/roster/roster.db \\\n      postgresql://roster@db.example.com/roster\n  roster db copy postgresql://roster@db.example.com/roster /tmp/copy.db\n\nUsers, memberships, roles, groups, features, attribute rules, tokens, the\nmail outbox and the audit log are copied as they are, in one transaction\non TO: stopped half way, TO stays empty. TO must hold no rows (a new file,\nor an empty database); afterwards the counts of every table are compared\nand TO's audit chain is verified. Give database passwords in PGPASSWORD or\n~/.pgpass, not in the arguments."
    )]
    Copy {
        /// The store to copy: a file, or a postgres:// connection string
        from: PathBuf,
        /// The empty store to copy into
        to: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the resolved settings and where each came from
    #[command(
        after_help = "Examples:\n  roster config show\n  roster --config ./staging.toml config show"
    )]
    Show,
}

/// Text whose usual values shell completion offers, while any text is
/// accepted here and checked where it is used (a bad value is a usage
/// error, exit 2, that lists the known ones: `commands::flag_value`).
#[derive(Clone)]
struct Suggest(fn() -> Vec<&'static str>);

impl clap::builder::TypedValueParser for Suggest {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            (self.0)()
                .into_iter()
                .map(clap::builder::PossibleValue::new),
        ))
    }
}

/// `--status`: comma-separated statuses, each checked here (a bad one is a
/// bad flag, exit 2), offered by shell completion.
#[derive(Clone)]
struct StatusList;

impl clap::builder::TypedValueParser for StatusList {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        let text = clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)?;
        for part in text.split(',').filter(|p| !p.trim().is_empty()) {
            if let Err(e) = part.parse::<crate::domain::Status>() {
                let message = e.to_string();
                return Err(clap::Error::raw(
                    clap::error::ErrorKind::InvalidValue,
                    format!(
                        "invalid value for --status: {}\n",
                        message.trim_start_matches("invalid status: ")
                    ),
                )
                .with_cmd(cmd));
            }
        }
        Ok(text)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            crate::domain::Status::ALL
                .iter()
                .map(|s| clap::builder::PossibleValue::new(s.as_str())),
        ))
    }
}

fn sort_names() -> Vec<&'static str> {
    crate::domain::query::SortKey::NAMES
        .iter()
        .map(|(name, _)| *name)
        .collect()
}

fn column_names() -> Vec<&'static str> {
    crate::output::records::USER_CSV.to_vec()
}

fn template_names() -> Vec<&'static str> {
    crate::mail::templates::SENDABLE.to_vec()
}

/// A value that must hold more than blanks (`--as`).
fn not_blank(raw: &str) -> Result<String, String> {
    if raw.trim().is_empty() {
        Err("must not be empty or blank".into())
    } else {
        Ok(raw.to_string())
    }
}

/// How a subcommand's help reads: what it does, how to call it, examples,
/// and only then the options (the global ones last).
const SUBCOMMAND_HELP: &str = "\
{about-with-newline}
{usage-heading} {usage}{after-help}

{all-args}";

/// The full command: examples before the options at every level, and the
/// exit-code table at the end of the top-level help.
pub fn command() -> clap::Command {
    fn examples_first(cmd: clap::Command) -> clap::Command {
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        let mut cmd = cmd;
        for name in names {
            cmd = cmd.mut_subcommand(name, |sub| {
                let sub = if sub.get_after_help().is_some() {
                    sub.help_template(SUBCOMMAND_HELP)
                } else {
                    sub
                };
                examples_first(sub)
            });
        }
        cmd
    }
    let top = format!(
        "{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\n{EXAMPLES}\n\n{{all-args}}{{after-help}}"
    );
    examples_first(
        Cli::command()
            .help_template(top)
            .after_help(crate::exit::help_table()),
    )
}

/// The completion script for `shell`. clap's fish script leaves out the
/// values of positional arguments (`roster completions <TAB>`); they are
/// added here, one `complete` line per command that has such an argument.
pub fn completion_script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut cmd = command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "roster", &mut script);
    if shell == clap_complete::Shell::Fish {
        cmd.build();
        let mut lines = String::new();
        fish_positionals(&cmd, &mut Vec::new(), &mut lines);
        script.extend_from_slice(lines.as_bytes());
    }
    script
}

fn fish_positionals(cmd: &clap::Command, path: &mut Vec<String>, out: &mut String) {
    use std::fmt::Write as _;
    for arg in cmd.get_positionals() {
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !values.is_empty() && !path.is_empty() {
            let _ = writeln!(
                out,
                "complete -c roster -n \"__fish_roster_using_subcommand {}\" -f -a \"{}\"",
                path.join(" "),
                values.join(" ")
            );
        }
    }
    for sub in cmd.get_subcommands() {
        path.push(sub.get_name().to_string());
        fish_positionals(sub, path, out);
        path.pop();
    }
}

/// The man pages: `roster.1`, `roster-user.1`, `roster-user-create.1`, …,
/// as (file stem, roff text). The `help` subcommand has no page, and a
/// command that takes many USERs says so in its synopsis (`[USER]...`).
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    fn walk(cmd: clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) {
        let cmd = cmd.disable_help_subcommand(true);
        let mut roff = Vec::new();
        clap_mangen::Man::new(cmd.clone())
            .render(&mut roff)
            .expect("rendering into memory cannot fail");
        let mut text = String::from_utf8(roff).expect("clap_mangen writes UTF-8");
        for arg in cmd.get_positionals() {
            let many = matches!(arg.get_action(), clap::ArgAction::Append);
            if let (true, Some(names)) = (many, arg.get_value_names()) {
                let shown = format!("[\\fI{}\\fR]", names.join(" "));
                text = text.replacen(&shown, &format!("{shown}..."), 1);
            }
        }
        pages.push((name.to_string(), text.into_bytes()));
        for sub in cmd.get_subcommands() {
            let sub_name = format!("{name}-{}", sub.get_name());
            walk(sub.clone().name(sub_name.clone()), &sub_name, pages);
        }
    }
    let cmd = command();
    let mut pages = Vec::new();
    walk(cmd, "roster", &mut pages);
    pages
}

/// Parses the process arguments.
pub fn parse() -> Result<Cli, clap::Error> {
    let matches = command().try_get_matches()?;
    let mut cli = Cli::from_arg_matches(&matches)?;
    let mut names = Vec::new();
    let mut at = &matches;
    while let Some((name, sub)) = at.subcommand() {
        names.push(name);
        at = sub;
    }
    cli.path = names.join(" ");
    Ok(cli)
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
