//! Users, their attributes and memberships.

use crate::store::api::{UserReads, UserWrites};
use crate::store::row::{SELECT_SUBJECT, changed_columns, insert_columns, like_pattern};
use crate::store::sql;
use std::collections::BTreeMap;

use jiff::Timestamp;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row, params, params_from_iter};

use super::{Reader, Tx, ts};
use crate::domain::error::{Error, Result};
use crate::domain::query::{ListQuery, Selector, SortKey};
use crate::domain::stored::StatusCount;
use crate::domain::types::{Status, UserId, email_key};
use crate::domain::user::{Subject, User};

/// Columns read for a user, in the order `user_from_row` expects them.
const SELECT_USER: &str = "SELECT u.id, u.email, u.username, \
    u.first_name, u.middle_name, u.last_name, u.phone, u.company, u.address, u.city, \
    u.region, u.postal_code, u.country, u.title, u.employee_id, u.accounting_id, u.comment, \
    u.status, u.previous_status, u.must_change_password, u.created_at, u.updated_at, \
    u.last_login_at, u.password_changed_at, u.invited_at, u.invite_expires_at, \
    u.blocked_reason, u.blocked_until, \
    (SELECT json_group_object(a.key, a.value) FROM user_attributes a WHERE a.user_id = u.id), \
    (SELECT group_concat(r.role, char(10)) FROM user_roles r WHERE r.user_id = u.id), \
    (SELECT group_concat(g.kind || char(31) || g.name || char(31) || d.display_name, char(10)) \
        FROM user_groups g JOIN groups d ON d.kind = g.kind AND d.name = g.name \
        WHERE g.user_id = u.id), \
    (SELECT group_concat(p.permission, char(10)) FROM user_permissions p WHERE p.user_id = u.id), \
    u.password_hash, u.failed_logins, u.locked_until, u.onboarding_requested_at \
    FROM users u";

impl crate::store::row::UserRow for Row<'_> {
    fn text(&self, i: usize) -> Result<Option<String>> {
        Ok(self.get(i)?)
    }

    fn flag(&self, i: usize) -> Result<bool> {
        Ok(self.get(i)?)
    }

    fn count(&self, i: usize) -> Result<i64> {
        Ok(self.get(i)?)
    }

    /// `group_concat` with a newline between items.
    fn list(&self, i: usize) -> Result<Vec<String>> {
        let raw: Option<String> = self.get(i)?;
        Ok(raw
            .unwrap_or_default()
            .split('\n')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect())
    }
}

/// `row::user_from_row` inside rusqlite's row callbacks.
fn user_from_row(row: &Row<'_>, now: Timestamp, with_hash: bool) -> rusqlite::Result<User> {
    crate::store::row::user_from_row(row, now, with_hash).map_err(to_sqlite)
}

/// A row that cannot be read, as rusqlite's callbacks report it.
fn to_sqlite(e: Error) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        Box::new(std::io::Error::other(e.to_string())),
    )
}

/// Columns and their values (`row::insert_columns`, `row::changed_columns`)
/// as SQLite's parameters, in order.
fn values(columns: &[(&'static str, crate::store::copy::Cell)]) -> Vec<Value> {
    columns
        .iter()
        .map(|(_, cell)| super::copy::value(cell))
        .collect()
}

/// The SQL column a sort key orders by.
fn sort_column(key: SortKey) -> &'static str {
    match key {
        SortKey::Id => "u.id",
        SortKey::Created => "u.created_at",
        SortKey::Updated => "u.updated_at",
        SortKey::Email => "u.email_key",
        SortKey::Username => "u.username_key",
        SortKey::First => "u.first_name COLLATE NOCASE",
        SortKey::Last => "u.last_name COLLATE NOCASE",
        SortKey::Status => "u.status",
        SortKey::LastLogin => "u.last_login_at",
    }
}

/// A WHERE clause and its parameters.
struct Filter {
    sql: Vec<String>,
    params: Vec<Value>,
}

impl Filter {
    fn push(&mut self, sql: impl Into<String>, params: impl IntoIterator<Item = Value>) {
        self.sql.push(sql.into());
        self.params.extend(params);
    }

    fn clause(&self) -> String {
        if self.sql.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.sql.join(" AND "))
        }
    }
}

/// The SQL that holds for users whose *effective* status is `status`, and whether
/// it takes the current time as a parameter.
fn status_sql(status: Status) -> (&'static str, bool) {
    match status {
        Status::Invited => (
            "(u.status = 'invited' AND (u.invite_expires_at IS NULL OR u.invite_expires_at > ?))",
            true,
        ),
        Status::InvitationExpired => ("(u.status = 'invited' AND u.invite_expires_at <= ?)", true),
        Status::InvitationRevoked => ("u.status = 'invitation_revoked'", false),
        Status::Active => (
            "(u.status = 'active' OR (u.status = 'blocked' AND u.blocked_until <= ?))",
            true,
        ),
        Status::Blocked => (
            "(u.status = 'blocked' AND (u.blocked_until IS NULL OR u.blocked_until > ?))",
            true,
        ),
        Status::Archived => ("u.status = 'archived'", false),
    }
}

/// How many rows the search index may name before `--match` reads every
/// user instead: past this, the text is common, and one pass over
/// `search_text` is cheaper than looking up each candidate.
const MATCH_CANDIDATES: usize = 2000;

/// From how many new users at once the search index is fed in one
/// statement after the insert rather than by the trigger row by row.
const SEARCH_IN_BULK: usize = 256;

/// `candidates`: the rows the search index names for `--match`, when it was
/// asked and named few enough (see [`Reader::match_candidates`]).
fn filter_for(selector: &Selector, now: Timestamp, candidates: Option<&[i64]>) -> Filter {
    let mut f = Filter {
        sql: Vec::new(),
        params: Vec::new(),
    };
    let now_text = Value::Text(ts(now));
    if !selector.statuses.is_empty() {
        let parts: Vec<(&str, bool)> = selector.statuses.iter().map(|s| status_sql(*s)).collect();
        let sql: Vec<&str> = parts.iter().map(|(sql, _)| *sql).collect();
        f.push(
            format!("({})", sql.join(" OR ")),
            parts
                .iter()
                .filter(|(_, takes_now)| *takes_now)
                .map(|_| now_text.clone()),
        );
    }
    if let Some(role) = &selector.role {
        f.push(
            "EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = ?)",
            [Value::Text(role.to_string())],
        );
    }
    if let Some(group) = &selector.group {
        f.push(
            "EXISTS (SELECT 1 FROM user_groups g WHERE g.user_id = u.id AND g.kind = ? AND g.name = ?)",
            [
                Value::Text(group.kind().to_string()),
                Value::Text(group.slug().to_string()),
            ],
        );
    }
    if let Some(reach) = &selector.reach {
        if reach.is_empty() {
            f.push("0", []);
        } else {
            let each = vec!["(g.kind = ? AND g.name = ?)"; reach.len()].join(" OR ");
            f.push(
                format!("EXISTS (SELECT 1 FROM user_groups g WHERE g.user_id = u.id AND ({each}))"),
                reach.iter().flat_map(|g| {
                    [
                        Value::Text(g.kind().to_string()),
                        Value::Text(g.slug().to_string()),
                    ]
                }),
            );
        }
    }
    if let Some(permission) = &selector.permission {
        f.push(
            "(EXISTS (SELECT 1 FROM user_permissions p WHERE p.user_id = u.id AND p.permission = ?1) \
             OR EXISTS (SELECT 1 FROM user_roles r JOIN role_permissions rp ON rp.role = r.role \
             WHERE r.user_id = u.id AND rp.permission = ?1))"
                .replace("?1", "?"),
            [
                Value::Text(permission.to_string()),
                Value::Text(permission.to_string()),
            ],
        );
    }
    match selector.onboarding {
        Some(true) => f.push("u.onboarding_requested_at IS NOT NULL", []),
        Some(false) => f.push("u.onboarding_requested_at IS NULL", []),
        None => {}
    }
    for (key, value) in &selector.attributes {
        f.push(
            // Driven by the attribute's index (key, value), not a pass over
            // every user.
            "u.id IN (SELECT a.user_id FROM user_attributes a WHERE a.key = ? AND a.value = ?)",
            [Value::Text(key.clone()), Value::Text(value.clone())],
        );
    }
    if let Some(text) = &selector.text {
        let text = text.to_lowercase();
        // Each row the index names is still checked against the text as typed.
        if let Some(rows) = candidates {
            let rows = serde_json::to_string(rows).expect("integers serialise");
            f.push(
                "u.seq IN (SELECT value FROM json_each(?))",
                [Value::Text(rows)],
            );
        }
        f.push(
            "u.search_text LIKE ? ESCAPE '\\'",
            [Value::Text(like_pattern(&text))],
        );
    }
    if let Some(idle) = selector.inactive_for {
        let cutoff = now.checked_sub(idle).unwrap_or(Timestamp::MIN);
        f.push(
            "COALESCE(u.last_login_at, u.created_at) <= ?",
            [Value::Text(ts(cutoff))],
        );
    }
    if selector.locked {
        f.push("u.locked_until > ?", [now_text.clone()]);
    }
    if let Some(before) = selector.created_before {
        f.push("u.created_at < ?", [Value::Text(ts(before))]);
    }
    if let Some(after) = selector.created_after {
        f.push("u.created_at > ?", [Value::Text(ts(after))]);
    }
    f
}

/// `row::subject_from_row` inside rusqlite's row callbacks.
fn subject_from_row(row: &Row<'_>, now: Timestamp) -> rusqlite::Result<Subject> {
    crate::store::row::subject_from_row(row, now).map_err(to_sqlite)
}

/// Ids as the JSON array `json_each(?)` reads: one parameter for a whole batch.
pub(super) fn id_array(ids: &[&UserId]) -> String {
    serde_json::to_string(&ids.iter().map(|i| i.as_str()).collect::<Vec<_>>())
        .expect("strings serialise")
}

impl UserReads for Reader<'_> {
    fn select_into_temp(&self, selector: &Selector, now: Timestamp) -> Result<u64> {
        self.conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS bulk_selection (seq INTEGER PRIMARY KEY); \
             DELETE FROM bulk_selection;",
        )?;
        let candidates = self.match_candidates(selector)?;
        let filter = filter_for(selector, now, candidates.as_deref());
        let sql = format!(
            "INSERT INTO bulk_selection (seq) SELECT u.seq FROM users u{}",
            filter.clause()
        );
        let inserted = self
            .conn
            .prepare(&sql)?
            .execute(params_from_iter(filter.params))?;
        Ok(inserted as u64)
    }

    fn selected_subjects(
        &self,
        now: Timestamp,
        after_seq: i64,
        limit: usize,
    ) -> Result<Vec<Subject>> {
        let sql = format!(
            "{} JOIN temp.bulk_selection b ON b.seq = u.seq WHERE b.seq > ? ORDER BY b.seq LIMIT ?",
            SELECT_SUBJECT
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![after_seq, limit as i64], |r| {
            subject_from_row(r, now)
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn attribute_keys(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT key FROM user_attributes ORDER BY key")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn subject(&self, key: &str, now: Timestamp) -> Result<Option<Subject>> {
        let Some(user) = self.find_user(key, now)? else {
            return Ok(None);
        };
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{SELECT_SUBJECT} WHERE u.id = ?"))?;
        Ok(stmt
            .query_row([user.id.as_str()], |r| subject_from_row(r, now))
            .optional()?)
    }

    fn users_by_ids(&self, ids: &[&UserId], now: Timestamp) -> Result<Vec<User>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SELECT_USER} WHERE u.id IN (SELECT value FROM json_each(?))"
        ))?;
        let rows = stmt.query_map([id_array(ids)], |r| user_from_row(r, now, false))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn find_user(&self, key: &str, now: Timestamp) -> Result<Option<User>> {
        self.find_user_with(key, now, false)
    }

    fn find_user_with(&self, key: &str, now: Timestamp, with_hash: bool) -> Result<Option<User>> {
        let key = key.trim();
        let (column, value) = if let Some(id) = UserId::parse(key) {
            ("u.id", id.as_str().to_string())
        } else if key.contains('@') {
            ("u.email_key", email_key(key))
        } else {
            ("u.username_key", key.to_ascii_lowercase())
        };
        let sql = format!("{SELECT_USER} WHERE {column} = ?");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let found = stmt
            .query_row([value], |row| user_from_row(row, now, with_hash))
            .optional()?;
        if found.is_some() || !UserId::is_prefix(key) {
            return Ok(found);
        }
        // A shortened id, as a narrow table shows it: the one user whose id
        // starts so, if only one does.
        let prefix = key.to_ascii_lowercase();
        let sql = format!("{SELECT_USER} WHERE u.id >= ?1 AND u.id < ?1 || 'g' LIMIT 2");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut matches: Vec<User> = stmt
            .query_map([&prefix], |row| user_from_row(row, now, with_hash))?
            .collect::<rusqlite::Result<_>>()?;
        match matches.len() {
            0 | 1 => Ok(matches.pop()),
            _ => Err(Error::invalid(
                "user",
                format!("{prefix} is the start of more than one user's id; give more of it"),
            )),
        }
    }

    fn id_by_email_key(&self, email_key: &str) -> Result<Option<UserId>> {
        let mut stmt = self.conn.prepare_cached(sql::users::ID_BY_EMAIL_KEY)?;
        Ok(stmt
            .query_row([email_key], |r| r.get::<_, String>(0))
            .optional()?
            .map(UserId::from_stored))
    }

    fn ids_by_email_keys(&self, email_keys: &[String]) -> Result<Vec<(String, UserId)>> {
        let keys = serde_json::to_string(email_keys).expect("strings serialise");
        let mut stmt = self.conn.prepare_cached(
            "SELECT email_key, id FROM users WHERE email_key IN (SELECT value FROM json_each(?))",
        )?;
        let rows = stmt.query_map([keys], |r| {
            Ok((r.get::<_, String>(0)?, UserId::from_stored(r.get(1)?)))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn id_by_username_key(&self, username_key: &str) -> Result<Option<UserId>> {
        let mut stmt = self.conn.prepare_cached(sql::users::ID_BY_USERNAME_KEY)?;
        Ok(stmt
            .query_row([username_key], |r| r.get::<_, String>(0))
            .optional()?
            .map(UserId::from_stored))
    }

    fn each_user(
        &self,
        query: &ListQuery,
        now: Timestamp,
        each: &mut dyn FnMut(User) -> Result<()>,
    ) -> Result<()> {
        let candidates = self.match_candidates(&query.selector)?;
        let filter = filter_for(&query.selector, now, candidates.as_deref());
        let mut order: Vec<String> = query
            .sort
            .iter()
            .map(|s| {
                format!(
                    "{} {}",
                    sort_column(s.key),
                    if s.descending { "DESC" } else { "ASC" }
                )
            })
            .collect();
        order.push("u.id ASC".into());
        let mut sql = format!(
            "{SELECT_USER}{} ORDER BY {}",
            filter.clause(),
            order.join(", ")
        );
        let mut params = filter.params;
        if query.limit.is_some() || query.offset > 0 {
            sql.push_str(" LIMIT ? OFFSET ?");
            let limit = query.limit.map_or(-1, |l| l.min(i64::MAX as u64) as i64);
            params.push(Value::Integer(limit));
            params.push(Value::Integer(query.offset.min(i64::MAX as u64) as i64));
        }
        let mut stmt = self.conn.prepare(&sql).map_err(Error::from)?;
        let mut rows = stmt
            .query(rusqlite::params_from_iter(params))
            .map_err(Error::from)?;
        while let Some(row) = rows.next().map_err(Error::from)? {
            each(user_from_row(row, now, query.with_hashes).map_err(Error::from)?)?;
        }
        Ok(())
    }

    fn count_by_status(&self, now: Timestamp) -> Result<Vec<StatusCount>> {
        let mut stmt = self.conn.prepare(sql::users::COUNT_BY_STATUS)?;
        let mut found: BTreeMap<Status, u64> = BTreeMap::new();
        let rows = stmt.query_map([ts(now)], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })?;
        for row in rows {
            let (status, n) = row?;
            *found.entry(status.parse()?).or_default() += n;
        }
        Ok(Status::ALL
            .into_iter()
            .map(|status| StatusCount {
                status,
                users: found.get(&status).copied().unwrap_or(0),
            })
            .collect())
    }
}

impl Reader<'_> {
    /// For `--match TEXT` of 3 characters or more (and no `%` or `_`), the
    /// rows the trigram index says may hold TEXT, if there are at most
    /// [`MATCH_CANDIDATES`] of them; otherwise None, and the search reads
    /// `search_text` of every user. Either way the result is the same.
    fn match_candidates(&self, selector: &Selector) -> Result<Option<Vec<i64>>> {
        let Some(text) = &selector.text else {
            return Ok(None);
        };
        let text = text.to_lowercase();
        if text.chars().count() < 3 || text.contains(['%', '_', '\\']) {
            return Ok(None);
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT rowid FROM users_search WHERE search_text LIKE ? LIMIT ?")?;
        let rows: Vec<i64> = stmt
            .query_map(
                params![format!("%{text}%"), MATCH_CANDIDATES as i64 + 1],
                |r| r.get(0),
            )?
            .collect::<rusqlite::Result<_>>()?;
        Ok((rows.len() <= MATCH_CANDIDATES).then_some(rows))
    }
}

impl UserWrites for Tx<'_> {
    fn insert_user(&self, user: &User) -> Result<()> {
        let columns = insert_columns(user);
        let names: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
        self.tx
            .prepare_cached(&sql::insert_user(&names))?
            .execute(params_from_iter(values(&columns)))?;
        self.insert_memberships(user)
    }

    fn insert_users(&self, users: &[&User]) -> Result<()> {
        let Some(first) = users.first() else {
            return Ok(());
        };
        let names: Vec<&str> = insert_columns(first).iter().map(|(n, _)| *n).collect();
        self.tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS new_users AS SELECT * FROM main.users WHERE 0; \
             DELETE FROM temp.new_users;",
        )?;
        let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
        let mut stage = self.tx.prepare_cached(&format!(
            "INSERT INTO temp.new_users ({}) VALUES ({})",
            names.join(", "),
            marks.join(", ")
        ))?;
        for user in users {
            stage.execute(params_from_iter(values(&insert_columns(user))))?;
        }
        let names = names.join(", ");
        // A large batch is indexed for search in one statement after it
        // is written (schema 7): the insert trigger stands aside meanwhile.
        // The new users' seq are above every seq there was; a stale entry
        // of the index there (a write the triggers did not see) goes first.
        let in_bulk = users.len() >= SEARCH_IN_BULK;
        let before: i64 = if in_bulk {
            self.tx
                .execute_batch("INSERT INTO users_search_paused (one) VALUES (1)")?;
            self.tx
                .prepare_cached("SELECT coalesce(max(seq), 0) FROM main.users")?
                .query_row([], |r| r.get(0))?
        } else {
            0
        };
        let written = (|| -> rusqlite::Result<()> {
            self.tx
                .prepare_cached(&format!(
                    "INSERT INTO main.users ({names}) SELECT {names} FROM temp.new_users ORDER BY rowid"
                ))?
                .execute([])?;
            if in_bulk {
                self.tx
                    .prepare_cached("DELETE FROM users_search WHERE rowid > ?1")?
                    .execute([before])?;
                self.tx
                    .prepare_cached(
                        "INSERT INTO users_search (rowid, search_text) \
                         SELECT seq, search_text FROM main.users WHERE seq > ?1",
                    )?
                    .execute([before])?;
            }
            Ok(())
        })();
        // The pause ends with the batch, written or not (the insert's own
        // error, if it failed, is the one told).
        if in_bulk {
            let resumed = self.tx.execute_batch("DELETE FROM users_search_paused");
            written?;
            resumed?;
        } else {
            written?;
        }
        self.tx.execute_batch("DELETE FROM temp.new_users")?;
        for user in users {
            self.insert_memberships(user)?;
        }
        Ok(())
    }

    fn update_user(&self, before: &User, after: &User) -> Result<()> {
        let columns = changed_columns(before, after);
        let names: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
        self.tx
            .prepare_cached(&sql::update_user(&names))?
            .execute(params_from_iter(values(&columns)))?;
        Ok(())
    }

    fn replace_memberships(&self, user: &User) -> Result<()> {
        for delete in sql::users::DELETE_MEMBERSHIPS {
            self.tx
                .prepare_cached(delete)?
                .execute([user.id.as_str()])?;
        }
        self.insert_memberships(user)
    }

    fn set_password_hash(
        &self,
        id: &UserId,
        hash: &str,
        must_change: bool,
        changed_at: Option<Timestamp>,
        now: Timestamp,
    ) -> Result<()> {
        self.tx
            .prepare_cached(sql::users::SET_PASSWORD_HASH)?
            .execute(params![
                id.as_str(),
                hash,
                must_change,
                changed_at.map(ts),
                ts(now)
            ])?;
        Ok(())
    }

    fn set_login_state(
        &self,
        id: &UserId,
        failed_logins: u32,
        locked_until: Option<Timestamp>,
        last_login_at: Option<Timestamp>,
    ) -> Result<()> {
        self.tx
            .prepare_cached(sql::users::SET_LOGIN_STATE)?
            .execute(params![
                id.as_str(),
                failed_logins,
                locked_until.map(ts),
                last_login_at.map(ts)
            ])?;
        Ok(())
    }

    fn delete_user(&self, id: &UserId) -> Result<()> {
        self.tx
            .prepare_cached(sql::users::DELETE)?
            .execute([id.as_str()])?;
        Ok(())
    }
}

impl Tx<'_> {
    fn insert_memberships(&self, user: &User) -> Result<()> {
        let id = user.id.as_str();
        let mut attr = self
            .tx
            .prepare_cached("INSERT INTO user_attributes (user_id, key, value) VALUES (?, ?, ?)")?;
        for (k, v) in &user.attributes {
            attr.execute(params![id, k, v])?;
        }
        let mut role = self
            .tx
            .prepare_cached("INSERT INTO user_roles (user_id, role) VALUES (?, ?)")?;
        for r in &user.roles {
            role.execute(params![id, r.as_str()])?;
        }
        let mut group = self
            .tx
            .prepare_cached("INSERT INTO user_groups (user_id, kind, name) VALUES (?, ?, ?)")?;
        for g in &user.groups {
            group.execute(params![id, g.kind().as_str(), g.slug()])?;
        }
        let mut perm = self
            .tx
            .prepare_cached("INSERT INTO user_permissions (user_id, permission) VALUES (?, ?)")?;
        for p in &user.permissions {
            perm.execute(params![id, p.as_str()])?;
        }
        Ok(())
    }
}

/// roster's own invariants, beyond what SQLite's constraints enforce.
pub(super) fn invariant_violations(conn: &rusqlite::Connection) -> Result<Vec<String>> {
    let checks: &[(&str, &str)] = &[
        (
            "SELECT id FROM users WHERE status = 'archived' AND previous_status IS NULL",
            "is archived with no remembered previous status",
        ),
        (
            "SELECT id FROM users WHERE status <> 'archived' AND previous_status IS NOT NULL",
            "is not archived but has a remembered previous status",
        ),
        (
            "SELECT id FROM users WHERE status = 'invited' AND (invite_expires_at IS NULL OR invited_at IS NULL)",
            "is invited with no invitation time or expiry",
        ),
        (
            "SELECT id FROM users WHERE updated_at < created_at",
            "was updated before it was created",
        ),
        (
            "SELECT id FROM users WHERE created_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z' \
             OR updated_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'",
            "has a creation or update time that is not RFC 3339 UTC",
        ),
    ];
    let mut problems = Vec::new();
    // The email key is roster's normal form of the address (NFKC, case
    // folded, punycode domain); SQL cannot compute it, so it is checked here.
    let mut stmt = conn.prepare("SELECT id, email, email_key FROM users")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (id, email, stored) = row?;
        let key = email_key(&email);
        if key != stored {
            let other: Option<String> = conn
                .query_row(sql::users::ID_BY_EMAIL_KEY, [&key], |r| r.get(0))
                .optional()?;
            problems.push(match other {
                Some(other) => format!(
                    "user {id}: its email {email:?} is the same address as user {other}'s; \
                     change one of them (`roster user update`)"
                ),
                None => format!("user {id}: has an email key that does not match its email"),
            });
        }
    }
    for (sql, what) in checks {
        let mut stmt = conn.prepare(sql)?;
        let ids = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for id in ids {
            problems.push(format!("user {}: {what}", id?));
        }
    }
    Ok(problems)
}

/// Migration 4: email keys in roster's normal form (before, only lowercased).
/// A user whose new key another user already holds keeps its old one, and
/// `db check` names the two.
pub(super) fn rekey_emails(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<()> {
    let rows: Vec<(i64, String, String)> = tx
        .prepare("SELECT seq, email, email_key FROM users ORDER BY seq")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut update = tx.prepare("UPDATE OR IGNORE users SET email_key = ?2 WHERE seq = ?1")?;
    for (seq, email, stored) in rows {
        let key = email_key(&email);
        if key != stored {
            update.execute(params![seq, key])?;
        }
    }
    Ok(())
}
