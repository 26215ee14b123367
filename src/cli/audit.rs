//! `roster audit …`: the audit log.

use clap::Subcommand;

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
