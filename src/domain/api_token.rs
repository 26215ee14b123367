//! API tokens (SPEC §12): a named credential a product's server (or a CI
//! job) presents instead of a password. It acts as one user, with that
//! user's permissions, and only within its scopes. Only its SHA-256 is
//! stored; the secret is shown once, when it is made.

use std::fmt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::error::{Error, Result, quoted};
use super::types::UserId;

/// What a token may be used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Scope {
    /// The application API: sign-ins, sessions, permission checks.
    #[serde(rename = "auth")]
    Auth,
    /// Reading users (`GET /v1/users/…`).
    #[serde(rename = "users.read")]
    UsersRead,
    /// The admin API: every command, as its user may run it.
    #[serde(rename = "admin")]
    Admin,
    /// SCIM provisioning by an identity provider.
    #[serde(rename = "scim")]
    Scim,
}

impl Scope {
    pub const ALL: [Scope; 4] = [Scope::Auth, Scope::UsersRead, Scope::Admin, Scope::Scim];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Auth => "auth",
            Scope::UsersRead => "users.read",
            Scope::Admin => "admin",
            Scope::Scim => "scim",
        }
    }

    pub fn parse(raw: &str) -> Result<Scope> {
        let text = raw.trim();
        Scope::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .ok_or_else(|| {
                Error::invalid(
                    "scope",
                    format!(
                        "{} is not a scope; the scopes are {}",
                        quoted(raw),
                        Scope::names().join(", ")
                    ),
                )
            })
    }

    pub fn names() -> Vec<&'static str> {
        Scope::ALL.iter().map(|s| s.as_str()).collect()
    }

    /// Scopes as stored and shown: sorted, each once, comma-separated.
    pub fn join(scopes: &[Scope]) -> String {
        scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Scopes as [`Scope::join`] wrote them.
    pub fn split(text: &str) -> Result<Vec<Scope>> {
        text.split(',')
            .filter(|s| !s.is_empty())
            .map(Scope::parse)
            .collect()
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A token's name: what people and the audit log call it (`token:NAME`).
/// 1–64 characters of letters, digits, `.`, `_` and `-`, starting with a
/// letter or a digit.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct TokenName(String);

impl TokenName {
    pub fn parse(raw: &str) -> Result<TokenName> {
        let ok = !raw.is_empty()
            && raw.len() <= 64
            && raw.starts_with(|c: char| c.is_ascii_alphanumeric())
            && raw
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if !ok {
            return Err(Error::invalid(
                "token name",
                format!(
                    "{} is not a token name: 1 to 64 letters, digits, '.', '_' or '-', \
                     starting with a letter or a digit",
                    quoted(raw)
                ),
            ));
        }
        Ok(TokenName(raw.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for TokenName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        super::types::deserialize_parsed(d, TokenName::parse)
    }
}

impl fmt::Display for TokenName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether a token can be used now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenState {
    Active,
    Expired,
    Revoked,
}

impl TokenState {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenState::Active => "active",
            TokenState::Expired => "expired",
            TokenState::Revoked => "revoked",
        }
    }
}

/// A stored API token (its digest is not part of it: nothing shows it).
#[derive(Clone, Debug, Serialize)]
pub struct ApiToken {
    pub name: String,
    pub user_id: UserId,
    /// The user's email, as it is now.
    pub user: String,
    pub scopes: Vec<Scope>,
    pub state: TokenState,
    pub created_at: Timestamp,
    /// Who made it (the actor).
    pub created_by: String,
    /// None: it never expires.
    pub expires_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
    pub last_used_at: Option<Timestamp>,
}

impl ApiToken {
    /// Its state at `now`: revoked, else expired once `expires_at` is past.
    pub fn state_at(&self, now: Timestamp) -> TokenState {
        if self.revoked_at.is_some() {
            TokenState::Revoked
        } else if self.expires_at.is_some_and(|at| at <= now) {
            TokenState::Expired
        } else {
            TokenState::Active
        }
    }
}

/// A token to store.
#[derive(Clone, Debug)]
pub struct NewApiToken {
    pub name: TokenName,
    /// SHA-256 of the secret, hex.
    pub digest: String,
    pub user_id: UserId,
    pub scopes: Vec<Scope>,
    pub created_at: Timestamp,
    pub created_by: String,
    pub expires_at: Option<Timestamp>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_and_names_read_what_the_spec_names() {
        assert_eq!(Scope::parse("users.read").unwrap(), Scope::UsersRead);
        assert!(
            Scope::parse("root")
                .unwrap_err()
                .to_string()
                .contains("auth, users.read, admin, scim")
        );
        assert_eq!(
            Scope::split("auth,scim").unwrap(),
            [Scope::Auth, Scope::Scim]
        );
        assert!(TokenName::parse("ci-2027.seed_1").is_ok());
        for bad in ["", "-x", "a b", "é", &"x".repeat(65)] {
            assert!(TokenName::parse(bad).is_err(), "{bad}");
        }
    }
}
