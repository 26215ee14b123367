//! `roster mail …`: the outbox.

use clap::Subcommand;

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
