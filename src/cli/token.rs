//! `roster token …`: API tokens for a product's servers and CI jobs.

use clap::Subcommand;
use jiff::SignedDuration;

use super::values::Domain;
use crate::domain::api_token::{Scope, TokenName};

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Make an API token that acts as USER within its scopes; its secret is printed once
    #[command(
        after_help = "Examples:\n  roster token create shop-backend --user svc-shop@example.com --scope auth\n  roster token create okta --user okta@example.com --scope scim --expires never\n  roster token create ci --user ci@example.com --scope admin --expires 7d > tok\n\nThe secret goes to stdout alone (in JSON, as \"token\"), once: roster keeps\nonly its SHA-256. It acts with USER's permissions, and only for its scopes:\nauth (sign-ins, sessions, permission checks), users.read, admin (every\ncommand), scim."
    )]
    Create {
        /// The token's name: how `token list` and the audit log (`token:NAME`) call it
        #[arg(value_parser = Domain(TokenName::parse))]
        name: TokenName,
        /// The user it acts as (id, email or username); it must be active
        #[arg(long, value_name = "USER")]
        user: String,
        /// What it may be used for: auth, users.read, admin, scim (several: comma-separated or repeated)
        #[arg(long = "scope", value_name = "SCOPE", required = true, value_delimiter = ',',
              value_parser = Domain(Scope::parse))]
        scopes: Vec<Scope>,
        /// How long it lives (90d, 12h, 2w) or `never`
        #[arg(long, value_name = "DURATION|never", default_value = "90d",
              value_parser = Domain(parse_expires))]
        expires: Expires,
    },
    /// List the API tokens, revoked and expired ones too (never a secret)
    #[command(after_help = "Examples:\n  roster token list\n  roster token list --format json")]
    List,
    /// Show one API token (never its secret)
    #[command(after_help = "Examples:\n  roster token show shop-backend")]
    Show {
        /// The token's name
        name: String,
    },
    /// Revoke an API token at once; its name stays taken
    #[command(after_help = "Examples:\n  roster token revoke shop-backend")]
    Revoke {
        /// The token's name
        name: String,
    },
}

/// `--expires`: a duration, or never.
#[derive(Clone, Copy, Debug)]
pub struct Expires(pub Option<SignedDuration>);

fn parse_expires(raw: &str) -> crate::domain::error::Result<Expires> {
    if raw.trim() == "never" {
        return Ok(Expires(None));
    }
    let span = crate::domain::types::parse_duration("expires", raw)?;
    if span <= SignedDuration::ZERO {
        return Err(crate::domain::error::Error::invalid(
            "expires",
            "a token must live a while: give a duration such as 90d, or never",
        ));
    }
    Ok(Expires(Some(span)))
}
