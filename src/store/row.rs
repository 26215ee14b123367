//! What both backends write and read the same way: the canonical form of a
//! time, a user as the columns of its row (and back), the text `--match`
//! searches, and the columns a user's insert or update writes. One
//! definition keeps SQLite and PostgreSQL from drifting apart (their
//! shared SQL is in `store::sql`).

use std::collections::BTreeMap;

use jiff::Timestamp;

use super::copy::Cell;
use crate::domain::access::{GroupRef, Permission, RoleName};
use crate::domain::error::{Error, Result};
use crate::domain::types::{Status, UserId, email_key};
use crate::domain::user::{
    PROFILE_FIELDS, Profile, Subject, User, effective_lockout, effective_status,
};

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

/// The columns a new user is written with: [`user_columns`] and the
/// password hash.
pub(crate) fn insert_columns(user: &User) -> Vec<(&'static str, Cell)> {
    let mut columns = user_columns(user);
    columns.push(("password_hash", text(user.password_hash.as_deref())));
    columns
}

/// The columns `update_user` sets for a change from `before` to `after`,
/// `id` first (it names the row): those whose value changed, never
/// `created_at`, and always `status`, because `before` holds the status as
/// read (a lapsed block reads `active`), which may differ from the one
/// stored.
pub(crate) fn changed_columns(before: &User, after: &User) -> Vec<(&'static str, Cell)> {
    user_columns(after)
        .into_iter()
        .zip(user_columns(before))
        .filter(|((name, new), (_, old))| {
            *name == "id" || *name == "status" || (*name != "created_at" && new != old)
        })
        .map(|(new, _)| new)
        .collect()
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

/// A time as the store holds it (`ts`), read back.
pub(crate) fn parse_ts(raw: &str) -> Result<Timestamp> {
    raw.parse()
        .map_err(|e: jiff::Error| Error::Internal(format!("a stored time {raw:?}: {e}")))
}

pub(crate) fn opt_ts(raw: Option<String>) -> Result<Option<Timestamp>> {
    raw.as_deref().map(parse_ts).transpose()
}

/// A row of a backend's user query, read by position: each backend's
/// `SELECT_USER` gives the columns in the order `user_from_row` reads them.
pub(crate) trait UserRow {
    fn text(&self, i: usize) -> Result<Option<String>>;
    fn flag(&self, i: usize) -> Result<bool>;
    fn count(&self, i: usize) -> Result<i64>;
    /// A list column: its items (SQLite's `group_concat` lines, a
    /// PostgreSQL array), empty ones left out.
    fn list(&self, i: usize) -> Result<Vec<String>>;
}

/// The first profile column of `SELECT_USER` (after id, email, username).
const FIRST_PROFILE_COLUMN: usize = 3;

/// A user from a row of `SELECT_USER`, its status as it is at `now`; the
/// password hash only `with_hash`.
pub(crate) fn user_from_row(row: &dyn UserRow, now: Timestamp, with_hash: bool) -> Result<User> {
    let needed = |i: usize| -> Result<String> {
        row.text(i)?
            .ok_or_else(|| Error::Internal(format!("a user's column {i} is NULL")))
    };
    let mut profile = Profile::default();
    for (i, (field, _)) in PROFILE_FIELDS.iter().enumerate() {
        profile
            .set_unchecked(field, row.text(FIRST_PROFILE_COLUMN + i)?)
            .expect("PROFILE_FIELDS names only profile fields");
    }
    let at = FIRST_PROFILE_COLUMN + PROFILE_FIELDS.len();
    let stored: Status = needed(at)?.parse()?;
    let invite_expires_at = opt_ts(row.text(at + 8)?)?;
    let blocked_until = opt_ts(row.text(at + 10)?)?;
    let attributes: BTreeMap<String, String> = row
        .text(at + 11)?
        .as_deref()
        .map(serde_json::from_str)
        .transpose()
        .map_err(|e| Error::Internal(format!("stored attributes: {e}")))?
        .unwrap_or_default();
    let sorted = |i: usize| -> Result<Vec<String>> {
        let mut items = row.list(i)?;
        items.sort();
        Ok(items)
    };
    let failed = row.count(at + 16)?;
    let (failed_logins, locked_until) = effective_lockout(
        u32::try_from(failed)
            .map_err(|_| Error::Internal(format!("a stored failure count {failed}")))?,
        opt_ts(row.text(at + 17)?)?,
        now,
    );
    Ok(User {
        id: UserId::from_stored(needed(0)?),
        email: needed(1)?,
        username: row.text(2)?,
        profile,
        attributes,
        roles: sorted(at + 12)?
            .into_iter()
            .map(RoleName::from_stored)
            .collect(),
        groups: groups_of(row.list(at + 13)?),
        permissions: sorted(at + 14)?
            .into_iter()
            .map(Permission::from_stored)
            .collect(),
        status: effective_status(stored, invite_expires_at, blocked_until, now),
        previous_status: row.text(at + 1)?.as_deref().map(str::parse).transpose()?,
        must_change_password: row.flag(at + 2)?,
        created_at: parse_ts(&needed(at + 3)?)?,
        updated_at: parse_ts(&needed(at + 4)?)?,
        last_login_at: opt_ts(row.text(at + 5)?)?,
        password_changed_at: opt_ts(row.text(at + 6)?)?,
        invited_at: opt_ts(row.text(at + 7)?)?,
        invite_expires_at,
        blocked_reason: row.text(at + 9)?,
        blocked_until,
        password_hash: if with_hash { row.text(at + 15)? } else { None },
        failed_logins,
        locked_until,
        onboarding_requested_at: opt_ts(row.text(at + 18)?)?,
    })
}

/// Groups as the user query gives them: `kind`, slug and display name
/// separated by U+001F; sorted by kind and slug.
fn groups_of(lines: Vec<String>) -> Vec<GroupRef> {
    let mut groups: Vec<GroupRef> = lines
        .iter()
        .filter_map(|line| {
            let mut parts = line.splitn(3, '\u{1f}');
            Some(GroupRef::from_stored(
                parts.next()?.to_string(),
                parts.next()?.to_string(),
                parts.next()?.to_string(),
            ))
        })
        .collect();
    groups.sort();
    groups
}

/// Columns read for a [`Subject`], in the order `subject_from_row` reads them.
pub(crate) const SELECT_SUBJECT: &str = "SELECT u.seq, u.id, u.email, u.username, u.status, \
    u.previous_status, u.blocked_reason, u.blocked_until, u.failed_logins, u.locked_until, \
    u.must_change_password, u.invite_expires_at FROM users u";

/// What a lifecycle verb needs of a user, from a row of `SELECT_SUBJECT`.
pub(crate) fn subject_from_row(row: &dyn UserRow, now: Timestamp) -> Result<Subject> {
    let needed = |i: usize| -> Result<String> {
        row.text(i)?
            .ok_or_else(|| Error::Internal(format!("a user's column {i} is NULL")))
    };
    let stored: Status = needed(4)?.parse()?;
    let blocked_until = opt_ts(row.text(7)?)?;
    let failed = row.count(8)?;
    let (failed_logins, locked_until) = effective_lockout(
        u32::try_from(failed)
            .map_err(|_| Error::Internal(format!("a stored failure count {failed}")))?,
        opt_ts(row.text(9)?)?,
        now,
    );
    Ok(Subject {
        seq: row.count(0)?,
        id: UserId::from_stored(needed(1)?),
        email: needed(2)?,
        username: row.text(3)?,
        status: effective_status(stored, opt_ts(row.text(11)?)?, blocked_until, now),
        previous_status: row.text(5)?.as_deref().map(str::parse).transpose()?,
        blocked_reason: row.text(6)?,
        blocked_until,
        failed_logins,
        locked_until,
        must_change_password: row.flag(10)?,
    })
}
