//! What both backends write the same way: the canonical form of a time, a
//! user as the columns of its row, the text `--match` searches, and what
//! each bulk verb sets on its users. One definition keeps SQLite and
//! PostgreSQL from drifting apart.

use jiff::Timestamp;

use super::copy::Cell;
use crate::domain::types::email_key;
use crate::domain::user::{PROFILE_FIELDS, User};

/// The canonical text form of a time in the store: RFC 3339 UTC to the
/// second, so that comparing the text compares the times (a fraction would
/// sort wrong against `Z`).
pub(crate) fn ts(t: Timestamp) -> String {
    crate::domain::types::to_second(t).to_string()
}

fn text(value: Option<&str>) -> Cell {
    value.map_or(Cell::Null, |v| Cell::Text(v.to_string()))
}

fn time(value: Option<Timestamp>) -> Cell {
    value.map_or(Cell::Null, |t| Cell::Text(ts(t)))
}

/// The columns `insert_user` and `update_user` write, `id` first, each with
/// its value for `user` (the password hash is written apart).
pub(crate) fn user_columns(user: &User) -> Vec<(&'static str, Cell)> {
    let mut columns = vec![
        ("id", Cell::Text(user.id.to_string())),
        ("email", Cell::Text(user.email.clone())),
        ("email_key", Cell::Text(email_key(&user.email))),
        ("username", text(user.username.as_deref())),
        (
            "username_key",
            text(
                user.username
                    .as_ref()
                    .map(|u| u.to_ascii_lowercase())
                    .as_deref(),
            ),
        ),
    ];
    for (field, _) in PROFILE_FIELDS {
        columns.push((field, text(user.profile.get(field))));
    }
    columns.extend([
        ("status", Cell::Text(user.status.stored().as_str().into())),
        (
            "previous_status",
            text(user.previous_status.map(|s| s.stored().as_str())),
        ),
        (
            "must_change_password",
            Cell::Flag(user.must_change_password),
        ),
        ("created_at", time(Some(user.created_at))),
        ("updated_at", time(Some(user.updated_at))),
        ("last_login_at", time(user.last_login_at)),
        ("password_changed_at", time(user.password_changed_at)),
        ("invited_at", time(user.invited_at)),
        ("invite_expires_at", time(user.invite_expires_at)),
        ("blocked_reason", text(user.blocked_reason.as_deref())),
        ("blocked_until", time(user.blocked_until)),
        (
            "onboarding_requested_at",
            time(user.onboarding_requested_at),
        ),
        ("search_text", Cell::Text(search_text(user))),
    ]);
    columns
}

/// The text `--match` searches: the searchable fields, lowercased, one a line.
pub(crate) fn search_text(user: &User) -> String {
    let p = &user.profile;
    [
        Some(user.email.as_str()),
        user.username.as_deref(),
        p.first_name.as_deref(),
        p.middle_name.as_deref(),
        p.last_name.as_deref(),
        p.company.as_deref(),
        p.address.as_deref(),
        p.city.as_deref(),
        p.postal_code.as_deref(),
        p.phone.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(str::to_lowercase)
    .collect::<Vec<_>>()
    .join("\n")
}

/// `%text%` with `%`, `_` and `\` taken as themselves (backslash is the
/// LIKE escape on both backends).
pub(crate) fn like_pattern(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// What each bulk verb sets on the users of a batch (`UPDATE users SET …`),
/// with `?N` parameters after the batch's own `?1`; PostgreSQL reads them
/// as `$N`.
pub(crate) mod set {
    /// A block replaces any block the user had.
    pub const BLOCK: &str =
        "status = 'blocked', blocked_reason = ?2, blocked_until = ?3, updated_at = ?4";
    pub const UNBLOCK: &str =
        "status = 'active', blocked_reason = NULL, blocked_until = NULL, updated_at = ?2";
    /// Remembers the status each had (a lapsed block as `active`; the
    /// block itself is kept for restore).
    pub const ARCHIVE: &str = "previous_status = CASE WHEN status = 'blocked' AND \
         blocked_until <= ?2 THEN 'active' ELSE status END, status = 'archived', updated_at = ?2";
    /// Back to the status each had. An invitation comes back expired
    /// (archiving killed its token); a user back to `active` loses any
    /// block it kept.
    pub const RESTORE: &str = "status = coalesce(previous_status, 'active'), \
         invite_expires_at = CASE WHEN previous_status = 'invited' THEN ?2 \
            ELSE invite_expires_at END, \
         blocked_reason = CASE WHEN coalesce(previous_status, 'active') = 'active' THEN NULL \
            ELSE blocked_reason END, \
         blocked_until = CASE WHEN coalesce(previous_status, 'active') = 'active' THEN NULL \
            ELSE blocked_until END, \
         previous_status = NULL, updated_at = ?2";
    pub const REVOKE_INVITATION: &str = "status = 'invitation_revoked', updated_at = ?2";
    /// Invited now, the invitation expiring at ?3.
    pub const INVITE: &str =
        "status = 'invited', invited_at = ?2, invite_expires_at = ?3, updated_at = ?2";
    pub const CLEAR_LOCKOUT: &str = "failed_logins = 0, locked_until = NULL";
}
