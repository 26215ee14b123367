//! The rows the store reads and writes that are not domain objects of their
//! own: audit entries, outbox messages, tokens, staged import rows, counts.
//! They belong to no backend: SQLite and PostgreSQL give and take the same
//! ones.

use jiff::Timestamp;
use serde::Serialize;

use crate::domain::types::{Status, UserId};
use crate::domain::user::FieldChange;

// Roles, groups and features.

/// A group with how many users are in it.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct GroupRow {
    pub kind: String,
    pub name: String,
    pub display_name: String,
    pub members: u64,
}

/// A feature and whether it is on.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct FeatureRow {
    pub name: String,
    pub enabled: bool,
    /// Roles that need it.
    pub roles: Vec<String>,
}

// The audit log.

#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: Timestamp,
    pub actor: String,
    pub action: String,
    pub user_id: Option<String>,
    /// `null` once the user was deleted (its personal data erased).
    pub changes: Option<serde_json::Value>,
    pub reason: Option<String>,
    pub hash: String,
}

/// One audit row to append with `append_audit_many`.
#[derive(Clone, Debug)]
pub struct AuditRecord<'a> {
    pub action: &'a str,
    pub user_id: Option<&'a UserId>,
    pub changes: Vec<FieldChange>,
    pub reason: Option<&'a str>,
}

#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    pub user_id: Option<String>,
    pub action: Option<String>,
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
}

/// The first row at which the chain does not verify.
#[derive(Clone, Debug, Serialize)]
pub struct ChainBreak {
    pub seq: i64,
    pub problem: String,
}

// The mail outbox.

/// A message to queue.
#[derive(Clone, Debug)]
pub struct QueuedMail {
    pub user_id: Option<UserId>,
    pub template: String,
    pub to: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: Option<String>,
    /// The SHA-256 of the token the body's link carries. The body itself holds
    /// [`TOKEN_PLACEHOLDER`] where the token goes: the store never keeps a
    /// usable link, and delivery issues the token as it sends.
    pub token_hash: Option<String>,
}

/// What a queued body holds where its link's token goes.
pub const TOKEN_PLACEHOLDER: &str = "[token issued when sent]";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailStatus {
    Queued,
    Sent,
    /// No try can deliver it (see `last_error`); `mail retry` tries again.
    Failed,
}

impl MailStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MailStatus::Queued => "queued",
            MailStatus::Sent => "sent",
            MailStatus::Failed => "failed",
        }
    }
}

/// A message in the outbox.
#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct OutboxMessage {
    pub id: i64,
    pub created_at: Timestamp,
    pub user_id: Option<String>,
    pub template: String,
    pub to: String,
    pub subject: String,
    pub status: MailStatus,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub sent_at: Option<Timestamp>,
    /// Where it was delivered: the `.eml` file, the SMTP server.
    pub delivered_to: Option<String>,
    /// While a deliverer holds it: when its claim ends.
    pub claimed_until: Option<Timestamp>,
    #[serde(skip)]
    pub body_text: String,
    #[serde(skip)]
    pub body_html: Option<String>,
    #[serde(skip)]
    pub token_hash: Option<String>,
}

// The rows of an import or sync file, staged while they are checked.

/// One row of the file as staged.
#[derive(Clone, Debug)]
pub struct StagedRow {
    /// Its place in the file: rows are walked in this order.
    pub n: i64,
    /// The line it is on, for messages.
    pub line: i64,
    /// Its fields, as a JSON object.
    pub fields: String,
    /// Why it cannot be applied, once known.
    pub error: Option<String>,
    /// What the error is (`invalid`, `conflict`, `not_found`).
    pub error_kind: Option<String>,
    /// What the plan is for it (`create`, `update`, `unchanged`).
    pub plan: Option<String>,
    /// A generated password's hash, set just before it is written.
    pub password_hash: Option<String>,
}

/// A row to stage.
pub struct NewRow<'a> {
    pub line: i64,
    pub fields: &'a str,
    pub email_key: Option<&'a str>,
    pub username_key: Option<&'a str>,
    pub id: Option<&'a str>,
    pub error: Option<&'a str>,
}

/// A row of the file that names the same user as an earlier row.
#[derive(Debug)]
pub struct Repeat {
    pub n: i64,
    pub line: i64,
    /// email, username or id; or `email or id` for a row that names by its
    /// email a user another row names by id (or the other way round).
    pub field: &'static str,
    pub first_line: i64,
}

// Tokens: only their digests are stored.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    Invite,
    Reset,
    Session,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::Invite => "invite",
            TokenPurpose::Reset => "reset",
            TokenPurpose::Session => "session",
        }
    }
}

/// A stored token (its digest, never the token).
#[derive(Clone, Debug)]
pub struct TokenRow {
    pub digest: String,
    pub user_id: UserId,
    pub purpose: TokenPurpose,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
    pub last_used_at: Option<Timestamp>,
}

// Users.

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct StatusCount {
    pub status: Status,
    pub users: u64,
}
