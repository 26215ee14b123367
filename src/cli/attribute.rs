//! `roster attribute …`: the rules of attribute keys.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum AttributeCommand {
    /// Set the rule of an attribute key: its values, the role it needs
    #[command(
        after_help = "Examples:\n  roster attribute define operator_type --values PAYE,SubContractor\n  roster attribute define dispatch_emails --values yes,no \\\n      --requires-role technician"
    )]
    Define {
        /// The attribute key
        key: String,
        /// The values allowed, comma-separated (any value without)
        #[arg(long, value_name = "A,B,C", value_delimiter = ',')]
        values: Vec<String>,
        /// Only users with this role may have the attribute
        #[arg(long, value_name = "ROLE")]
        requires_role: Option<String>,
        /// What the attribute is for
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
    },
    /// List the attribute rules
    #[command(after_help = "Examples:\n  roster attribute list")]
    List,
}
