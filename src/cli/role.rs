//! `roster role …`: roles, their presets, and giving them to users.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// List the roles with their permissions and rules
    #[command(after_help = "Examples:\n  roster role list\n  roster --json role list")]
    List,
    /// Show one role, and who holds it
    #[command(after_help = "Examples:\n  roster role show team-work-manager")]
    Show {
        /// The role's name
        role: String,
    },
    /// Make a role
    #[command(
        after_help = "Examples:\n  roster role create support --permission users.read \\\n      --permission users.reset-password --description \"first-line support\"\n  roster role create night-lead --scope team --exclusive"
    )]
    Create(RoleArgs),
    /// Change a role's permissions, rules or description
    #[command(
        after_help = "Examples:\n  roster role update support --permission users.sign-out\n  roster role update support --remove-permission users.reset-password\n  roster role update technician --requires-feature TechnicianUsers\n\nA change that would leave a user who holds the role breaking a rule is\nrefused, and nothing changes."
    )]
    Update(RoleUpdateArgs),
    /// Delete a role; one that users hold needs --force
    #[command(
        after_help = "Examples:\n  roster role delete night-lead\n  roster role delete support --force    # takes it from its holders first"
    )]
    Delete {
        /// The role's name
        role: String,
        /// Take the role from every user who holds it first (each is audited)
        #[arg(long)]
        force: bool,
    },
    /// Give a role to users: named ones, a file of them, or a selection
    #[command(
        after_help = "Examples:\n  roster role assign support ada@example.com grace@example.com\n  roster role assign support --group team:north --dry-run\n  roster role assign technician --from-file techs.txt --max-affected 200 --yes\n\nEach user is checked against the role rules on their own. A user for\nwhom the role would break a rule (an exclusive role, a scope without its\ngroup, a feature that is off) is reported invalid_transition naming the\nrule, and the others go ahead (with --atomic, none do). A user who holds\nthe role already is unchanged."
    )]
    Assign(AssignArgs),
    /// Take a role from users: named ones, a file of them, or a selection
    #[command(
        after_help = "Examples:\n  roster role unassign support ada@example.com\n  roster role unassign work-manager --role work-manager --status archived --yes\n\nA user who does not hold the role is unchanged; one whose attributes\nneed the role is refused with the attribute named."
    )]
    Unassign(AssignArgs),
    /// Catalogues of roles for the products roster serves
    #[command(
        subcommand,
        after_help = "Examples:\n  roster role preset list\n  roster role preset apply client --dry-run"
    )]
    Preset(PresetCommand),
}

#[derive(Debug, Args)]
pub struct RoleArgs {
    /// The role's name: letters, digits, '.', '_', '-'
    pub role: String,
    /// A permission the role gives (repeatable)
    #[arg(long = "permission", value_name = "PERMISSION")]
    pub permissions: Vec<String>,
    /// The role cannot be combined with any other role
    #[arg(long)]
    pub exclusive: bool,
    /// The role can be given only while this feature is on
    #[arg(long, value_name = "FEATURE")]
    pub requires_feature: Option<String>,
    /// The role needs a group of this kind beside it (team, area, store, …)
    #[arg(long, value_name = "KIND")]
    pub scope: Option<String>,
    /// What the role is for
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

/// `role assign` and `role unassign`: the role, then the users as every
/// bulk verb takes them.
#[derive(Debug, Args)]
pub struct AssignArgs {
    /// The role's name
    #[arg(id = "assigned_role", value_name = "ROLE")]
    pub role: String,
    #[command(flatten)]
    pub bulk: super::BulkArgs,
}

#[derive(Debug, Args)]
pub struct RoleUpdateArgs {
    /// The role's name
    pub role: String,
    /// Add a permission (repeatable)
    #[arg(long = "permission", value_name = "PERMISSION")]
    pub permissions: Vec<String>,
    /// Take a permission away (repeatable)
    #[arg(long = "remove-permission", value_name = "PERMISSION")]
    pub remove_permissions: Vec<String>,
    /// Make the role exclusive
    #[arg(long, conflicts_with = "not_exclusive")]
    pub exclusive: bool,
    /// Let the role be combined with others again
    #[arg(long)]
    pub not_exclusive: bool,
    /// Gate the role behind a feature ("" removes the gate)
    #[arg(long, value_name = "FEATURE")]
    pub requires_feature: Option<String>,
    /// Scope the role to a group kind ("" removes the scope)
    #[arg(long, value_name = "KIND")]
    pub scope: Option<String>,
    /// What the role is for ("" removes it)
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum PresetCommand {
    /// List the catalogues
    #[command(after_help = "Examples:\n  roster role preset list")]
    List,
    /// Install a catalogue's roles (again: changes nothing)
    #[command(
        after_help = "Examples:\n  roster role preset apply back-office --dry-run\n  roster role preset apply back-office\n\nA role that exists already is left as it is: a preset never changes or\nremoves a role."
    )]
    Apply {
        /// back-office, client, operator or admin-console
        #[arg(value_parser = ["back-office", "client", "operator", "admin-console"])]
        name: String,
        /// Print what would be installed and change nothing
        #[arg(long)]
        dry_run: bool,
    },
}
