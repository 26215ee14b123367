//! `roster group …`.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// List groups, with how many users are in each
    #[command(after_help = "Examples:\n  roster group list\n  roster group list --kind client")]
    List {
        /// Only groups of this kind
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
    },
    /// Show one group and its members
    #[command(after_help = "Examples:\n  roster group show 'client:Acme Fleet Ltd'")]
    Show {
        /// KIND:NAME
        group: String,
    },
    /// Make a group: KIND:NAME, the name as it should be shown
    #[command(
        after_help = "Examples:\n  roster group create team:north\n  roster group create 'client:Acme Fleet Ltd'\n  roster group create store:leeds@shop.example"
    )]
    Create {
        /// KIND:NAME
        group: String,
    },
    /// Give a group a new name; its members stay
    #[command(after_help = "Examples:\n  roster group rename 'client:Acme Fleet' 'Acme Fleet Ltd'")]
    Rename {
        /// KIND:NAME
        group: String,
        /// The new name (the kind stays)
        name: String,
    },
    /// Delete a group; one with members needs --force
    #[command(
        after_help = "Examples:\n  roster group delete team:south\n  roster group delete team:south --force    # takes its members out first"
    )]
    Delete {
        /// KIND:NAME
        group: String,
        /// Take every member out of it first (each is audited)
        #[arg(long)]
        force: bool,
    },
    /// List the users in a group
    #[command(
        after_help = "Examples:\n  roster group members team:north\n  roster -q group members team:north"
    )]
    Members {
        /// KIND:NAME
        group: String,
    },
}
