//! `roster db …`: the store itself.

use std::path::PathBuf;

use clap::Subcommand;

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
