//! The errors the domain and the store report, each with the data a user needs
//! to act: which user, which state, which rule. Each has a machine name, its
//! `code` (SPEC §4), which `crate::exit` turns into the exit status; nothing
//! here knows about terminals or flags.

use std::path::PathBuf;

use jiff::Timestamp;

use super::status::Status;
use super::user_id::UserId;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{what} not found: {key}")]
    NotFound { what: &'static str, key: String },

    /// A command that only reads found no store where it looked (exit 4):
    /// it never makes one.
    #[error("no store at {}; {why}", .path.display())]
    NoStore { path: PathBuf, why: String },

    #[error("invalid {field}: {message}")]
    Invalid { field: String, message: String },

    #[error(transparent)]
    Conflict(#[from] Conflict),

    #[error("{user} is {status}; `{verb}` needs {needs}")]
    InvalidTransition {
        user: String,
        status: Status,
        verb: String,
        needs: String,
    },

    /// `--atomic` refused the whole run because some targets would fail.
    #[error(
        "--atomic: nothing was changed because {failures} of {} would fail; first: {first}", counted(*.targets, "target", "targets")
    )]
    Atomic {
        failures: usize,
        targets: usize,
        first: Box<Error>,
    },

    #[error(transparent)]
    Denied(#[from] Denied),

    #[error(transparent)]
    Unavailable(#[from] Unavailable),

    /// What a roster server answered (or why none answered): its code by
    /// name (SPEC §5) and its message.
    #[error("{message}")]
    Remote { code: &'static str, message: String },

    /// What this store cannot do, and what to use instead: a usage error
    /// (exit 2), as the command was the wrong tool for it.
    #[error("{0}")]
    Unsupported(String),

    /// The store failed in a way roster did not expect.
    #[error("store: {message}")]
    Store {
        message: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },

    /// A change that needed a yes did not get one: declined, or asked
    /// where no one can answer (exit 9). Nothing was changed.
    #[error("{0}")]
    NotConfirmed(String),

    /// A bug or an impossible state: exit 1.
    #[error("{0}")]
    Internal(String),
}

/// Something already exists, is already used, or a safety limit refused the run.
#[derive(Debug, thiserror::Error)]
pub enum Conflict {
    #[error("email {email} is already used by user {other}{}", if .existing != .email { format!(" (as {})", .existing) } else { String::new() })]
    DuplicateEmail {
        email: String,
        /// The address as the other user has it, when spelled differently.
        existing: String,
        other: UserId,
    },

    #[error("username {username} is already used by user {other}")]
    DuplicateUsername { username: String, other: UserId },

    /// An import row names a user who exists, under `--on-conflict fail`.
    #[error(
        "user {user} already exists ({id}); --on-conflict skip leaves it, --on-conflict update changes it"
    )]
    UserExists { user: String, id: UserId },

    /// An import row asks for a status no single verb reaches.
    #[error("{user} is {from}; an import cannot make it {to} (`roster user {verb}` is the way)")]
    StatusMove {
        user: String,
        from: Status,
        to: Status,
        verb: &'static str,
    },

    /// A role or group of that name is already there.
    #[error("{what} already exists{hint}")]
    Exists { what: String, hint: String },

    /// A uniqueness rule of the store caught what the checks before it did
    /// not see (another process wrote the same value meanwhile).
    #[error("{what} is already taken by another user")]
    Duplicate { what: String },

    #[error(
        "{} would change, more than --max-affected {max}; nothing was changed", counted(*.would_change, "user", "users")
    )]
    MaxAffected { would_change: u64, max: u64 },

    #[error("--expect-count {expected}: {} {}; nothing was changed", counted(*.matched, "user", "users"), if *.matched == 1 { "matches" } else { "match" })]
    ExpectCount { expected: u64, matched: u64 },

    #[error("this {what} was already used at {at}")]
    TokenUsed { what: &'static str, at: Timestamp },

    #[error("API token {name} was revoked at {at}")]
    TokenRevoked { name: String, at: Timestamp },

    #[error("this {what} expired at {at}{why}")]
    TokenExpired {
        what: &'static str,
        at: Timestamp,
        /// Empty, or why it expired early (" after being idle").
        why: &'static str,
    },

    #[error("{} exists; {why}", .path.display())]
    FileExists { path: PathBuf, why: &'static str },

    #[error("{}: {why}; {rule}", .path.display())]
    UnsafeFile {
        path: PathBuf,
        why: String,
        rule: &'static str,
    },

    /// A rule of roles, groups or features (SPEC §8) that a change would break.
    #[error("{who}: {rule}")]
    Rule { who: String, rule: String },

    /// A verb that cannot act on a user, as its row said it.
    #[error("{0}")]
    Refused(String),

    /// Something is still in use (a role users hold, a group with members).
    #[error("{what} {name} is {use_}; {hint}")]
    InUse {
        what: &'static str,
        name: String,
        use_: String,
        hint: &'static str,
    },

    #[error("message {id} was already delivered")]
    AlreadyDelivered { id: i64 },

    /// The change would leave no active user holding `roles.manage`, and so
    /// nobody who can manage roles again (SPEC §8).
    #[error(
        "{what} would leave the store without an active holder of roles.manage{}; give roles.manage to another active user first",
        if .who.is_empty() { String::new() } else { format!(" ({} is the last)", .who) }
    )]
    LastManager { what: String, who: String },
}

/// Why a sign-in, a session or a credential check was refused.
#[derive(Debug, thiserror::Error)]
pub enum Denied {
    #[error("wrong password for {user}{}", .locked_until.map(|t| format!("; the account is now locked until {t}")).unwrap_or_default())]
    WrongPassword {
        user: String,
        /// Set when this attempt reached the limit and locked the account.
        locked_until: Option<Timestamp>,
    },

    #[error(
        "{user} is locked out until {until} after repeated failed sign-ins; `roster user unlock` lifts it"
    )]
    Locked { user: String, until: Timestamp },

    #[error("{user} is {status}; only active users can {what}")]
    NotActive {
        user: String,
        status: Status,
        /// "sign in", "use a session", …
        what: &'static str,
    },

    #[error("{user} has no password set")]
    NoPassword { user: String },

    #[error("the password of {user} was changed while signing in; sign in again")]
    PasswordChanged { user: String },

    /// An actor that is a user of the store lacks a permission.
    #[error("{actor} may not {what}: it needs the permission {permission}")]
    Permission {
        actor: String,
        permission: String,
        what: String,
    },

    /// An actor holds the permission only through a scoped role, and the
    /// user acted on is in none of the groups it reaches.
    #[error(
        "{actor} may not {what} {user}: its {permission} comes from a scoped role and reaches only users in {reach}"
    )]
    OutOfScope {
        actor: String,
        permission: String,
        what: String,
        user: String,
        reach: String,
    },

    /// A bulk verb's refusal of one user, as its row said it.
    #[error("{0}")]
    Refused(String),

    /// A grant rule of SPEC §8 that refuses the change, named.
    #[error("{actor} may not {what}: {rule}")]
    Grant {
        actor: String,
        what: String,
        rule: String,
    },
}

/// The store or the mail transport cannot be used now, or not by this binary.
#[derive(Debug, thiserror::Error)]
pub enum Unavailable {
    #[error("the store is busy: another roster is writing to it; try again")]
    Busy,

    /// A server's client went away, or stopped reading its answer: the
    /// work stops between batches.
    #[error("the client stopped reading the answer")]
    ClientGone,

    #[error("{} has schema version {found}, newer than the {known} this roster knows; upgrade roster to use it (the store was not touched)", .path.display())]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },

    #[error("{} is not a roster store: {why} (the file was not touched)", .path.display())]
    NotAStore { path: PathBuf, why: String },

    #[error("the store cannot be used: {why}")]
    Unusable { why: String },

    /// The directory of the `file:` mail transport cannot hold mail.
    #[error("the mail outbox directory {} cannot be used: {why}", .path.display())]
    Outbox { path: PathBuf, why: String },

    #[error("the disk is full")]
    DiskFull,

    #[error(
        "the store is damaged ({detail}); `roster db check` lists the damage, and a backup restores it"
    )]
    Damaged { detail: String },

    #[error("cannot {action} {}: {source}", .path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// `--require-delivery` and a message that could not be delivered now.
    #[error(
        "--require-delivery: {} could not be delivered and stay{} queued (the change was made; `roster mail flush` retries)", counted(*.failed, "message", "messages"), if *.failed == 1 { "s" } else { "" }
    )]
    Undelivered { failed: usize },

    /// `--require-delivery` and a transport that could not be set up (a
    /// `file:` outbox directory that cannot be used): nothing was delivered.
    #[error(
        "--require-delivery: {} could not be delivered and stay{} queued (the change was made): {reason}; `roster mail flush` sends {} once that is fixed", counted(*.queued, "message", "messages"), if *.queued == 1 { "s" } else { "" }, if *.queued == 1 { "it" } else { "them" }
    )]
    NoTransport { reason: String, queued: usize },

    #[error("{} could not be delivered and stay{} queued", counted(*.failed, "message", "messages"), if *.failed == 1 { "s" } else { "" })]
    MailQueued { failed: usize },

    #[error("{reason}; {} stay{} queued", counted(*.queued, "message", "messages"), if *.queued == 1 { "s" } else { "" })]
    MailTransport { reason: String, queued: usize },
}

impl Error {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn not_found(what: &'static str, key: impl Into<String>) -> Self {
        Error::NotFound {
            what,
            key: key.into(),
        }
    }

    /// A failure of the database itself (a row it cannot read, its file),
    /// as against a bug or a refusal.
    pub fn is_database_failure(&self) -> bool {
        matches!(self, Error::Store { .. })
    }

    /// The error's machine name (SPEC §4: `{"error":{"code":…}}`), the name
    /// of its exit code: an operation keeps it with a row that failed (an
    /// import's), for the exit code of the whole run.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotFound { .. } | Error::NoStore { .. } => "not_found",
            Error::Invalid { .. } => "invalid_input",
            Error::Conflict(_) | Error::InvalidTransition { .. } => "conflict",
            Error::Atomic { first, .. } => first.code(),
            Error::Denied(_) => "denied",
            Error::Unsupported(_) => "usage",
            Error::Unavailable(_) => "unavailable",
            Error::NotConfirmed(_) => "not_confirmed",
            Error::Remote { code, .. } => code,
            Error::Store { .. } | Error::Internal(_) => "failure",
        }
    }

    /// Every code [`Error::code`] gives.
    pub const CODES: [&'static str; 8] = [
        "not_found",
        "invalid_input",
        "conflict",
        "denied",
        "usage",
        "unavailable",
        "not_confirmed",
        "failure",
    ];

    /// A store failure roster did not expect, keeping its cause.
    pub fn store(source: impl std::error::Error + Send + Sync + 'static) -> Self {
        Error::Store {
            message: source.to_string(),
            source: Box::new(source),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// `n` and its noun in the right number: `1 entry`, `5 entries`.
pub fn counted<N>(n: N, one: &str, many: &str) -> String
where
    N: std::fmt::Display + PartialEq + From<u8>,
{
    let noun = if n == N::from(1) { one } else { many };
    format!("{n} {noun}")
}

/// The most characters of a user's input a message quotes.
pub const QUOTE_MAX: usize = 200;

/// `text` as a message quotes it: in double quotes with control characters
/// escaped, and cut after [`QUOTE_MAX`] characters with the length said, so
/// that a 300 MB cell in a file is never echoed whole to a terminal or a log.
pub fn quoted(text: &str) -> String {
    let count = text.chars().count();
    if count <= QUOTE_MAX {
        return format!("{text:?}");
    }
    let head: String = text.chars().take(QUOTE_MAX).collect();
    let head = format!("{head:?}");
    format!("{}…\" ({count} characters)", &head[..head.len() - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_input_is_escaped_and_cut() {
        assert_eq!(quoted("a\u{1b}b"), "\"a\\u{1b}b\"");
        let long = "x".repeat(1_000_000);
        let q = quoted(&long);
        assert!(q.len() < QUOTE_MAX + 40, "{q}");
        assert!(q.ends_with("…\" (1000000 characters)"), "{q}");
        assert!(q.starts_with("\"xxx"), "{q}");
    }
}
