//! The table of config-file keys ([`KEYS`]) and what a resolved value is
//! ([`Value`], with its [`Source`]).

use std::ffi::OsString;

/// What kind of value a key holds: how it is checked and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Path,
    /// `90s`, `15m`, `12h`, `7d`, `2w`: shown as written.
    Duration,
    Count,
    Bool,
    Text,
    Format,
}

/// One setting of the config file.
#[derive(Debug)]
pub struct Key {
    /// `section.key`, as in the config file.
    pub name: &'static str,
    /// Older environment variables that also set it, read before the
    /// `ROSTER_SECTION_KEY` form.
    pub aliases: &'static [&'static str],
    /// The default, written as in the file; empty means none (shown as `unset`).
    pub default: &'static str,
    pub kind: Kind,
    /// What an unset key means, for `config show` (`(built in)`).
    pub unset: &'static str,
    pub help: &'static str,
}

impl Key {
    /// `ROSTER_SECTION_KEY`.
    pub fn env_name(&self) -> String {
        format!(
            "ROSTER_{}",
            self.name.to_ascii_uppercase().replace('.', "_")
        )
    }

    /// Every environment variable that sets this key, in the order read.
    pub fn env_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.aliases.iter().map(|a| a.to_string()).collect();
        names.push(self.env_name());
        names
    }
}

const fn key(name: &'static str, default: &'static str, kind: Kind, help: &'static str) -> Key {
    Key {
        name,
        aliases: &[],
        default,
        kind,
        unset: "",
        help,
    }
}

/// Every config-file key. The store path's default depends on
/// `$XDG_DATA_HOME`, so it is computed (see [`default_db`]).
pub const KEYS: &[Key] = &[
    Key {
        aliases: &["ROSTER_DB"],
        ..key(
            "store.path",
            "",
            Kind::Path,
            "the store file or postgres:// connection string (also --db); default $XDG_DATA_HOME/roster/roster.db",
        )
    },
    key(
        "store.busy_timeout",
        "5s",
        Kind::Duration,
        "how long a write waits for another process's lock before exit 8",
    ),
    key(
        "store.allow_shared",
        "false",
        Kind::Bool,
        "use a store other accounts can read or that another account owns, with a warning (also --allow-shared-store)",
    ),
    Key {
        aliases: &["ROSTER_FORMAT"],
        ..key(
            "output.format",
            "table",
            Kind::Format,
            "table, json, jsonl or csv (also --format, --json)",
        )
    },
    key(
        "invite.ttl",
        "7d",
        Kind::Duration,
        "how long an invitation link works",
    ),
    key(
        "mail.transport",
        "file:outbox",
        Kind::Text,
        "file:DIR (relative to the store), smtp://HOST:PORT, smtps://HOST:PORT or sendmail",
    ),
    key(
        "mail.from",
        "roster <roster@localhost.localdomain>",
        Kind::Text,
        "the From address of every message",
    ),
    key(
        "mail.base_url",
        "http://localhost:8080",
        Kind::Text,
        "links in mail are this plus a path; no user:password@ part",
    ),
    Key {
        unset: "(built in)",
        ..key(
            "mail.templates",
            "",
            Kind::Path,
            "a directory whose NAME.subject, NAME.txt and NAME.html replace the built-in templates",
        )
    },
    Key {
        unset: "(public roots only)",
        ..key(
            "mail.tls_ca",
            "",
            Kind::Path,
            "a PEM file of CA certificates smtp:// and smtps:// also trust",
        )
    },
    key(
        "mail.deadline",
        "30s",
        Kind::Duration,
        "how long one command spends delivering mail; what is left stays queued",
    ),
    key(
        "password.min_length",
        "12",
        Kind::Count,
        "fewest characters a password may have",
    ),
    key(
        "password.max_length",
        "256",
        Kind::Count,
        "most characters a password may have",
    ),
    key(
        "password.min_score",
        "3",
        Kind::Count,
        "lowest zxcvbn strength (0-4) a password may have",
    ),
    key(
        "password.forbid_identity",
        "true",
        Kind::Bool,
        "refuse passwords that contain the email name or username",
    ),
    key(
        "session.idle",
        "12h",
        Kind::Duration,
        "a session ends after this long unused",
    ),
    key(
        "session.absolute",
        "30d",
        Kind::Duration,
        "a session ends this long after sign-in",
    ),
    key(
        "reset.ttl",
        "1h",
        Kind::Duration,
        "how long a reset link works",
    ),
    key(
        "lockout.attempts",
        "10",
        Kind::Count,
        "consecutive wrong passwords that lock an account",
    ),
    key(
        "lockout.duration",
        "15m",
        Kind::Duration,
        "how long a lockout lasts",
    ),
    Key {
        aliases: &["ROSTER_SERVER"],
        ..key(
            "client.server",
            "",
            Kind::Text,
            "run commands through this roster server (https://…, http:// on this machine, or unix:PATH for its admin socket) instead of a store (also --server); sign in with `roster login`",
        )
    },
    Key {
        unset: "(public roots only)",
        ..key(
            "client.ca_file",
            "",
            Kind::Path,
            "PEM certificates to trust for the server's certificate, instead of the public roots",
        )
    },
    key(
        "serve.listen",
        "127.0.0.1:8080",
        Kind::Text,
        "where `roster serve` listens: HOST:PORT on loopback, or unix:PATH; several comma-separated (also --listen)",
    ),
    key(
        "serve.behind_proxy",
        "false",
        Kind::Bool,
        "`roster serve` runs behind a TLS proxy: plain HTTP on any address, each request needing X-Forwarded-Proto: https",
    ),
    key(
        "serve.trusted_proxies",
        "",
        Kind::Text,
        "the proxies' addresses (comma-separated) whose X-Forwarded-For names the client",
    ),
    key(
        "serve.sign_in_limit",
        "10",
        Kind::Count,
        "sign-in attempts through the API per account each minute; past it, 429",
    ),
    key(
        "serve.public_url",
        "",
        Kind::Text,
        "where the links in mail point when `roster serve` answers them (also --public-url); unset: mail.base_url",
    ),
    key(
        "serve.product_name",
        "Accounts",
        Kind::Text,
        "the product's name, in the title and heading of every page `roster serve` shows",
    ),
    key(
        "serve.logo",
        "",
        Kind::Path,
        "an image (PNG, JPEG, SVG or WebP) shown at the top of every page, served as /logo",
    ),
    key(
        "serve.templates",
        "",
        Kind::Path,
        "a directory whose NAME.html replace the built-in page templates (`roster serve --help` lists them)",
    ),
    key(
        "serve.reset_mail_interval",
        "3m",
        Kind::Duration,
        "/forgot sends at most one reset link per account this often",
    ),
    key(
        "serve.page_limit",
        "20",
        Kind::Count,
        "page requests that check a secret or send mail, per client address each minute; past it, 429",
    ),
    key(
        "serve.tell_reason",
        "false",
        Kind::Bool,
        "say why a sign-in through the API was refused (wrong_password, locked, not_active); off: one answer for all",
    ),
    key(
        "scim.delete",
        "archive",
        Kind::Text,
        "what a SCIM DELETE of a user does: archive (restorable) or delete (the user and everything theirs)",
    ),
];

/// Where a setting's value came from, for `config show`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Flag,
    Env,
    Config,
    Default,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Flag => "flag",
            Source::Env => "env",
            Source::Config => "config",
            Source::Default => "default",
        }
    }
}

/// One key's value as written, and where it came from.
#[derive(Clone, Debug)]
pub struct Value {
    pub raw: OsString,
    pub source: Source,
    /// The environment variable it came from, when it did.
    pub var: Option<String>,
}

impl Value {
    /// What to call this value in an error: the key, and where it was set.
    pub(super) fn origin(&self, key: &str) -> String {
        match (&self.var, self.source) {
            (Some(var), _) => format!("{key} (from {var})"),
            (None, Source::Config) => format!("{key} (from the config file)"),
            (None, Source::Flag) => format!("{key} (from its flag)"),
            _ => key.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::types::parse_duration;

    #[test]
    fn every_key_has_a_section_an_env_name_and_a_valid_default() {
        for key in KEYS {
            assert!(key.name.contains('.'), "{}", key.name);
            assert!(key.env_name().starts_with("ROSTER_"));
            assert!(!key.help.is_empty(), "{} has no help", key.name);
            if key.kind == Kind::Duration {
                parse_duration(key.name, key.default).unwrap();
            }
        }
        assert_eq!(KEYS[0].env_names(), ["ROSTER_DB", "ROSTER_STORE_PATH"]);
    }
}
