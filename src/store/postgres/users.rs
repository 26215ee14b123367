//! Users, their attributes and memberships, on PostgreSQL: the same rows, in
//! the same order, with the same outcomes as the SQLite store.
//!
//! - Text is sorted `COLLATE "C"` (byte order, as SQLite's BINARY), and
//!   NULLs sort first going up and last going down, as on SQLite.
//! - `--match` is `search_text LIKE '%text%'`, which the trigram (GIN)
//!   index answers directly: no candidate list as on SQLite's FTS5.
//! - Lists are passed as arrays (`= ANY($1)`, `unnest`).

use std::collections::BTreeMap;

use jiff::Timestamp;
use postgres::Row;
use postgres::types::{ToSql, Type};

use super::select::{filter_for, sort_column};
use super::{Params, Reader, Store, Tx, ts};
use crate::domain::error::{Error, Result};
use crate::domain::query::{ListQuery, Selector};
use crate::domain::stored::StatusCount;
use crate::domain::types::{Status, UserId, email_key};
use crate::domain::user::{Subject, User};
use crate::store::api::{UserReads, UserWrites};
use crate::store::copy::Cell;
use crate::store::row::{
    SELECT_SUBJECT, UserRow, changed_columns, insert_columns, subject_from_row, user_from_row,
};
use crate::store::sql;

/// Columns read for a user, in the order `user_from_row` expects them.
const SELECT_USER: &str = "SELECT u.id, u.email, u.username, \
    u.first_name, u.middle_name, u.last_name, u.phone, u.company, u.address, u.city, \
    u.region, u.postal_code, u.country, u.title, u.employee_id, u.accounting_id, u.comment, \
    u.status, u.previous_status, u.must_change_password, u.created_at, u.updated_at, \
    u.last_login_at, u.password_changed_at, u.invited_at, u.invite_expires_at, \
    u.blocked_reason, u.blocked_until, \
    (SELECT json_object_agg(a.key, a.value)::text FROM user_attributes a WHERE a.user_id = u.id), \
    ARRAY(SELECT r.role FROM user_roles r WHERE r.user_id = u.id), \
    ARRAY(SELECT g.kind || chr(31) || g.name || chr(31) || d.display_name \
        FROM user_groups g JOIN groups d ON d.kind = g.kind AND d.name = g.name \
        WHERE g.user_id = u.id), \
    ARRAY(SELECT p.permission FROM user_permissions p WHERE p.user_id = u.id), \
    u.password_hash, u.failed_logins, u.locked_until, u.onboarding_requested_at \
    FROM users u";

impl UserRow for Row {
    fn text(&self, i: usize) -> Result<Option<String>> {
        Ok(self.try_get(i)?)
    }

    fn flag(&self, i: usize) -> Result<bool> {
        Ok(self.try_get(i)?)
    }

    fn count(&self, i: usize) -> Result<i64> {
        Ok(self.try_get(i)?)
    }

    fn list(&self, i: usize) -> Result<Vec<String>> {
        let mut items: Vec<String> = self.try_get(i)?;
        items.retain(|s| !s.is_empty());
        Ok(items)
    }
}

/// A column's value: text (or NULL), or a flag (`must_change_password`
/// is the only one).
#[derive(Debug, PartialEq)]
enum Value {
    Text(Option<String>),
    Flag(bool),
}

impl Value {
    fn param(&self) -> &(dyn ToSql + Sync) {
        match self {
            Value::Text(v) => v,
            Value::Flag(v) => v,
        }
    }
}

/// Columns and their values (`row::insert_columns`, `row::changed_columns`)
/// as PostgreSQL values, in order.
fn values(columns: Vec<(&'static str, Cell)>) -> Vec<Value> {
    columns
        .into_iter()
        .map(|(_, cell)| match cell {
            Cell::Null => Value::Text(None),
            Cell::Text(t) => Value::Text(Some(t)),
            Cell::Flag(b) => Value::Flag(b),
            Cell::Int(_) => unreachable!("a user's columns hold no integer"),
        })
        .collect()
}

impl UserReads for Reader<'_> {
    fn select_into_temp(&self, selector: &Selector, now: Timestamp) -> Result<u64> {
        let store = self.store();
        // Never dropped: cached statements name it.
        store.batch(
            "CREATE TEMP TABLE IF NOT EXISTS bulk_selection (seq BIGINT PRIMARY KEY); \
             DELETE FROM bulk_selection;",
        )?;
        let parts = self.match_parts(selector)?;
        let filter = filter_for(selector, now, &parts);
        let sql = format!(
            "INSERT INTO bulk_selection (seq) SELECT u.seq FROM users u{}",
            filter.clause()
        );
        store.execute(&sql, &filter.params())
    }

    fn selected_subjects(
        &self,
        now: Timestamp,
        after_seq: i64,
        limit: usize,
    ) -> Result<Vec<Subject>> {
        let sql = format!(
            "{SELECT_SUBJECT} JOIN bulk_selection b ON b.seq = u.seq WHERE b.seq > $1 \
             ORDER BY b.seq LIMIT $2"
        );
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.store()
            .rows(&sql, &[&after_seq, &limit])?
            .iter()
            .map(|r| subject_from_row(r, now))
            .collect()
    }

    fn attribute_keys(&self) -> Result<Vec<String>> {
        self.store()
            .rows(
                "SELECT DISTINCT key COLLATE \"C\" FROM user_attributes ORDER BY 1",
                &[],
            )?
            .iter()
            .map(|r| Ok(r.try_get(0)?))
            .collect()
    }

    fn subject(&self, key: &str, now: Timestamp) -> Result<Option<Subject>> {
        let Some(user) = self.find_user(key, now)? else {
            return Ok(None);
        };
        self.store()
            .opt(
                &format!("{SELECT_SUBJECT} WHERE u.id = $1"),
                &[&user.id.as_str()],
            )?
            .map(|r| subject_from_row(&r, now))
            .transpose()
    }

    fn users_by_ids(&self, ids: &[&UserId], now: Timestamp) -> Result<Vec<User>> {
        let ids: Vec<&str> = ids.iter().map(|i| i.as_str()).collect();
        self.store()
            .rows(&format!("{SELECT_USER} WHERE u.id = ANY($1)"), &[&ids])?
            .iter()
            .map(|r| user_from_row(r, now, false))
            .collect()
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
        if value.contains('\0') {
            // PostgreSQL text holds no NUL: no user has it (and the server
            // would refuse the parameter).
            return Ok(None);
        }
        let store = self.store();
        let found = store
            .opt(&format!("{SELECT_USER} WHERE {column} = $1"), &[&value])?
            .map(|r| user_from_row(&r, now, with_hash))
            .transpose()?;
        if found.is_some() || !UserId::is_prefix(key) {
            return Ok(found);
        }
        // A shortened id, as a narrow table shows it: the one user whose id
        // starts so, if only one does. The range uses the index; the prefix
        // test keeps it exact whatever the database's collation.
        let prefix = key.to_ascii_lowercase();
        let sql = format!(
            "{SELECT_USER} WHERE u.id >= $1 AND u.id < $1 || 'g' AND starts_with(u.id, $1) LIMIT 2"
        );
        let mut matches: Vec<User> = store
            .rows(&sql, &[&prefix])?
            .iter()
            .map(|r| user_from_row(r, now, with_hash))
            .collect::<Result<_>>()?;
        match matches.len() {
            0 | 1 => Ok(matches.pop()),
            _ => Err(Error::invalid(
                "user",
                format!("{prefix} is the start of more than one user's id; give more of it"),
            )),
        }
    }

    fn id_by_email_key(&self, email_key: &str) -> Result<Option<UserId>> {
        if email_key.contains('\0') {
            return Ok(None);
        }
        self.store()
            .opt(sql::users::ID_BY_EMAIL_KEY, &[&email_key])?
            .map(|r| Ok(UserId::from_stored(r.try_get(0)?)))
            .transpose()
    }

    fn ids_by_email_keys(&self, email_keys: &[String]) -> Result<Vec<(String, UserId)>> {
        // Text with U+0000 cannot be stored, so no user holds such a key.
        let keys: Vec<&str> = email_keys
            .iter()
            .map(String::as_str)
            .filter(|k| !k.contains('\0'))
            .collect();
        // One probe of the unique index a key, whatever the table's size
        // when the statement was first planned: a join with the keys (or
        // `= ANY($1)`) is planned, for a page of keys, as a hash join over a
        // scan of every user (88 ms a page at 100,000 users, growing with
        // the store, where the probes take 3 ms), and a plan kept from when
        // the store was empty scans it too. A scalar subquery is never made
        // a join, and the statement is planned for the table as it is.
        let rows = self.store().rows_planned_now(
            "SELECT k.key, (SELECT u.id FROM users u WHERE u.email_key = k.key) \
             FROM unnest($1::text[]) AS k(key)",
            &[(&keys, Type::TEXT_ARRAY)],
        )?;
        let mut found = Vec::new();
        for r in &rows {
            if let Some(id) = r.try_get::<_, Option<String>>(1)? {
                found.push((r.try_get(0)?, UserId::from_stored(id)));
            }
        }
        Ok(found)
    }

    fn id_by_username_key(&self, username_key: &str) -> Result<Option<UserId>> {
        if username_key.contains('\0') {
            return Ok(None);
        }
        self.store()
            .opt(sql::users::ID_BY_USERNAME_KEY, &[&username_key])?
            .map(|r| Ok(UserId::from_stored(r.try_get(0)?)))
            .transpose()
    }

    fn each_user(
        &self,
        query: &ListQuery,
        now: Timestamp,
        each: &mut dyn FnMut(User) -> Result<()>,
    ) -> Result<()> {
        let parts = self.match_parts(&query.selector)?;
        let mut filter = filter_for(&query.selector, now, &parts);
        let mut order: Vec<String> = query
            .sort
            .iter()
            .map(|s| {
                let (column, nullable) = sort_column(s.key);
                // SQLite puts NULLs first going up and last going down.
                match (s.descending, nullable) {
                    (false, false) => format!("{column} ASC"),
                    (true, false) => format!("{column} DESC"),
                    (false, true) => format!("{column} ASC NULLS FIRST"),
                    (true, true) => format!("{column} DESC NULLS LAST"),
                }
            })
            .collect();
        order.push("u.id ASC".into());
        let mut sql = format!(
            "{SELECT_USER}{} ORDER BY {}",
            filter.clause(),
            order.join(", ")
        );
        if query.limit.is_some() || query.offset > 0 {
            // LIMIT NULL is no limit.
            let limit: Option<i64> = query.limit.map(|l| l.min(i64::MAX as u64) as i64);
            let offset = query.offset.min(i64::MAX as u64) as i64;
            let l = filter.mark(limit);
            let o = filter.mark(offset);
            sql.push_str(&format!(" LIMIT {l} OFFSET {o}"));
        }
        let with_hashes = query.with_hashes;
        self.store().each_row(&sql, &filter.params(), &mut |row| {
            each(user_from_row(row, now, with_hashes)?)
        })
    }

    fn count_by_status(&self, now: Timestamp) -> Result<Vec<StatusCount>> {
        let mut found: BTreeMap<Status, u64> = BTreeMap::new();
        for row in self
            .store()
            .rows(sql::users::COUNT_BY_STATUS, &[&ts(now)])?
        {
            let status: Status = row.try_get::<_, String>(0)?.parse()?;
            *found.entry(status).or_default() += row.try_get::<_, i64>(1)? as u64;
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

impl UserWrites for Tx<'_> {
    fn insert_user(&self, user: &User) -> Result<()> {
        let columns = insert_columns(user);
        let names: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
        let sql = sql::insert_user(&names);
        let values = values(columns);
        let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(Value::param).collect();
        self.store().execute(&sql, &params)?;
        self.insert_memberships(&[user])
    }

    fn insert_users(&self, users: &[&User]) -> Result<()> {
        let Some(first) = users.first() else {
            return Ok(());
        };
        // One binary COPY for the batch: `seq` is given in the users' order.
        let template = insert_columns(first);
        let names: Vec<&str> = template.iter().map(|(n, _)| *n).collect();
        let types: Vec<Type> = values(template.clone())
            .iter()
            .map(|value| match value {
                Value::Text(_) => Type::TEXT,
                Value::Flag(_) => Type::BOOL,
            })
            .collect();
        let sql = format!(
            "COPY users ({}) FROM STDIN (FORMAT binary)",
            names.join(", ")
        );
        self.store().copy_rows(&sql, &types, &mut |write| {
            for user in users {
                let values = values(insert_columns(user));
                let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(Value::param).collect();
                write(&params)?;
            }
            Ok(())
        })?;
        self.store().grew(users.len() as u64);
        self.insert_memberships(users)
    }

    fn update_user(&self, before: &User, after: &User) -> Result<()> {
        let columns = changed_columns(before, after);
        let names: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
        let sql = sql::update_user(&names);
        let values = values(columns);
        let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(Value::param).collect();
        self.store().execute(&sql, &params)?;
        Ok(())
    }

    fn replace_memberships(&self, user: &User) -> Result<()> {
        for delete in sql::users::DELETE_MEMBERSHIPS {
            self.store().execute(delete, &[&user.id.as_str()])?;
        }
        self.insert_memberships(&[user])
    }

    fn set_password_hash(
        &self,
        id: &UserId,
        hash: &str,
        must_change: bool,
        changed_at: Option<Timestamp>,
        now: Timestamp,
    ) -> Result<()> {
        self.store().execute(
            sql::users::SET_PASSWORD_HASH,
            &[
                &id.as_str(),
                &hash,
                &must_change,
                &changed_at.map(ts),
                &ts(now),
            ],
        )?;
        Ok(())
    }

    fn set_login_state(
        &self,
        id: &UserId,
        failed_logins: u32,
        locked_until: Option<Timestamp>,
        last_login_at: Option<Timestamp>,
    ) -> Result<()> {
        self.store().execute(
            sql::users::SET_LOGIN_STATE,
            &[
                &id.as_str(),
                &i64::from(failed_logins),
                &locked_until.map(ts),
                &last_login_at.map(ts),
            ],
        )?;
        Ok(())
    }

    fn delete_user(&self, id: &UserId) -> Result<()> {
        self.store().execute(sql::users::DELETE, &[&id.as_str()])?;
        Ok(())
    }
}

impl Tx<'_> {
    /// Writes the users' attributes, roles, groups and permissions: one
    /// statement per table for all of them.
    fn insert_memberships(&self, users: &[&User]) -> Result<()> {
        let store = self.store();
        let (mut a_user, mut a_key, mut a_value) = (Vec::new(), Vec::new(), Vec::new());
        let (mut r_user, mut r_role) = (Vec::new(), Vec::new());
        let (mut g_user, mut g_kind, mut g_name) = (Vec::new(), Vec::new(), Vec::new());
        let (mut p_user, mut p_perm) = (Vec::new(), Vec::new());
        for user in users {
            let id = user.id.as_str();
            for (k, v) in &user.attributes {
                a_user.push(id);
                a_key.push(k.as_str());
                a_value.push(v.as_str());
            }
            for r in &user.roles {
                r_user.push(id);
                r_role.push(r.as_str());
            }
            for g in &user.groups {
                g_user.push(id);
                g_kind.push(g.kind().as_str());
                g_name.push(g.slug());
            }
            for p in &user.permissions {
                p_user.push(id);
                p_perm.push(p.as_str());
            }
        }
        let inserts: [(&str, &Params<'_>, bool); 4] = [
            (
                "INSERT INTO user_attributes (user_id, key, value) \
                 SELECT * FROM unnest($1::text[], $2::text[], $3::text[])",
                &[&a_user, &a_key, &a_value],
                a_user.is_empty(),
            ),
            (
                "INSERT INTO user_roles (user_id, role) SELECT * FROM unnest($1::text[], $2::text[])",
                &[&r_user, &r_role],
                r_user.is_empty(),
            ),
            (
                "INSERT INTO user_groups (user_id, kind, name) \
                 SELECT * FROM unnest($1::text[], $2::text[], $3::text[])",
                &[&g_user, &g_kind, &g_name],
                g_user.is_empty(),
            ),
            (
                "INSERT INTO user_permissions (user_id, permission) \
                 SELECT * FROM unnest($1::text[], $2::text[])",
                &[&p_user, &p_perm],
                p_user.is_empty(),
            ),
        ];
        for (sql, params, empty) in inserts {
            if !empty {
                store.execute(sql, params)?;
            }
        }
        Ok(())
    }
}

/// A creation or update time in RFC 3339 UTC, as SQLite's GLOB checks it.
const RFC3339_UTC: &str = "'^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}.*Z$'";

/// roster's own invariants, beyond what the constraints enforce, for `db
/// check`: the same problems, in the same order, as on SQLite.
pub(super) fn invariant_violations(store: &Store) -> Result<Vec<String>> {
    let time_check = format!(
        "SELECT id FROM users WHERE created_at !~ {RFC3339_UTC} OR updated_at !~ {RFC3339_UTC} \
         ORDER BY seq"
    );
    let checks: &[(&str, &str)] = &[
        (
            "SELECT id FROM users WHERE status = 'archived' AND previous_status IS NULL ORDER BY seq",
            "is archived with no remembered previous status",
        ),
        (
            "SELECT id FROM users WHERE status <> 'archived' AND previous_status IS NOT NULL \
             ORDER BY seq",
            "is not archived but has a remembered previous status",
        ),
        (
            "SELECT id FROM users WHERE status = 'invited' \
             AND (invite_expires_at IS NULL OR invited_at IS NULL) ORDER BY seq",
            "is invited with no invitation time or expiry",
        ),
        (
            "SELECT id FROM users WHERE updated_at < created_at ORDER BY seq",
            "was updated before it was created",
        ),
        (
            &time_check,
            "has a creation or update time that is not RFC 3339 UTC",
        ),
    ];
    // The email key is roster's normal form of the address (NFKC, case
    // folded, punycode domain); SQL cannot compute it, so it is checked here.
    let mut mismatched: Vec<(String, String, String)> = Vec::new();
    store.each_row(
        "SELECT id, email, email_key FROM users ORDER BY seq",
        &[],
        &mut |r| {
            let (id, email, stored): (String, String, String) =
                (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?);
            let key = email_key(&email);
            if key != stored {
                mismatched.push((id, email, key));
            }
            Ok(())
        },
    )?;
    let mut problems = Vec::new();
    for (id, email, key) in mismatched {
        let other: Option<String> = store
            .opt(sql::users::ID_BY_EMAIL_KEY, &[&key])?
            .map(|r| r.try_get(0))
            .transpose()?;
        problems.push(match other {
            Some(other) => format!(
                "user {id}: its email {email:?} is the same address as user {other}'s; \
                 change one of them (`roster user update`)"
            ),
            None => format!("user {id}: has an email key that does not match its email"),
        });
    }
    for (sql, what) in checks {
        for row in store.rows(sql, &[])? {
            problems.push(format!("user {}: {what}", row.try_get::<_, String>(0)?));
        }
    }
    Ok(problems)
}
