//! `roster feature …`: the product features roles may need.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum FeatureCommand {
    /// List the features roles need or that were set, on or off
    #[command(after_help = "Examples:\n  roster feature list")]
    List,
    /// Turn a feature on
    #[command(after_help = "Examples:\n  roster feature enable TechnicianUsers")]
    Enable {
        /// The feature's name
        name: String,
    },
    /// Turn a feature off; when users' roles need it, --force takes those roles
    #[command(
        after_help = "Examples:\n  roster feature disable TechnicianUsers\n  roster feature disable TechnicianUsers --force"
    )]
    Disable {
        /// The feature's name
        name: String,
        /// Take the roles that need it from their users first (audited)
        #[arg(long)]
        force: bool,
    },
}
