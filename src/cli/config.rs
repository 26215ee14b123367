//! `roster config …`.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the resolved settings and where each came from
    #[command(
        after_help = "Examples:\n  roster config show\n  roster --config ./staging.toml config show"
    )]
    Show,
}
