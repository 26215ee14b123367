//! Set-based writes for bulk verbs: one statement per batch of users (their
//! places in the store, or their ids, as one JSON array parameter), not one
//! per user.

use jiff::Timestamp;
use rusqlite::params;

use super::users::id_array;
use super::{Tx, ts};
use crate::domain::access::RoleName;
use crate::domain::error::Result;
use crate::domain::types::UserId;
use crate::domain::user::Subject;
use crate::store::api::BulkWrites;
use crate::store::sql::Lists::Json;
use crate::store::sql::bulk::{self, set};

/// The places of users in the store, as a JSON array.
fn seq_array(users: &[&Subject]) -> String {
    let mut out = String::with_capacity(users.len() * 8 + 2);
    out.push('[');
    for (i, user) in users.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&user.seq.to_string());
    }
    out.push(']');
    out
}

impl BulkWrites for Tx<'_> {
    fn block_users(
        &self,
        users: &[&Subject],
        reason: Option<&str>,
        until: Option<Timestamp>,
        now: Timestamp,
    ) -> Result<()> {
        self.batch_update(set::BLOCK, users, &[&reason, &until.map(ts), &ts(now)])
    }

    fn unblock_users(&self, users: &[&Subject], now: Timestamp) -> Result<()> {
        self.batch_update(set::UNBLOCK, users, &[&ts(now)])
    }

    fn archive_users(&self, users: &[&Subject], now: Timestamp) -> Result<()> {
        self.batch_update(set::ARCHIVE, users, &[&ts(now)])
    }

    fn restore_users(&self, users: &[&Subject], now: Timestamp) -> Result<()> {
        self.batch_update(set::RESTORE, users, &[&ts(now)])
    }

    fn revoke_invitations(&self, users: &[&Subject], now: Timestamp) -> Result<()> {
        self.batch_update(set::REVOKE_INVITATION, users, &[&ts(now)])
    }

    fn invite_users(&self, users: &[&Subject], now: Timestamp, expires: Timestamp) -> Result<()> {
        self.batch_update(set::INVITE, users, &[&ts(now), &ts(expires)])
    }

    fn clear_lockouts(&self, users: &[&Subject]) -> Result<()> {
        self.batch_update(set::CLEAR_LOCKOUT, users, &[])
    }

    fn revoke_tokens_of(&self, ids: &[&UserId], purposes: &[&str]) -> Result<Vec<UserId>> {
        let ends_sessions = purposes.contains(&"session");
        let purposes = serde_json::to_string(purposes).expect("strings serialise");
        let mut stmt = self.tx.prepare_cached(&bulk::revoke_tokens_of(Json))?;
        let rows = stmt.query_map(params![id_array(ids), purposes], |r| {
            r.get::<_, String>(0).map(UserId::from_stored)
        })?;
        let mut ended: Vec<UserId> = rows.collect::<rusqlite::Result<_>>()?;
        if ends_sessions {
            let now = crate::domain::types::to_second(Timestamp::now());
            let mut stmt = self.tx.prepare_cached(&bulk::end_admin_sessions_of(Json))?;
            let rows = stmt.query_map(params![id_array(ids), ts(now)], |r| {
                r.get::<_, String>(0).map(UserId::from_stored)
            })?;
            ended.extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
        }
        Ok(ended)
    }

    fn drop_queued_mail_of(&self, ids: &[&UserId], templates: &[&str]) -> Result<()> {
        let templates = serde_json::to_string(templates).expect("strings serialise");
        self.tx
            .prepare_cached(&bulk::drop_queued_mail_of(Json))?
            .execute(params![id_array(ids), templates])?;
        Ok(())
    }

    fn set_role_of(
        &self,
        ids: &[&UserId],
        role: &RoleName,
        hold: bool,
        now: Timestamp,
    ) -> Result<()> {
        let ids = id_array(ids);
        let sql = if hold {
            "INSERT OR IGNORE INTO user_roles (user_id, role) \
             SELECT value, ?2 FROM json_each(?1)"
                .to_string()
        } else {
            bulk::take_role(Json)
        };
        self.tx
            .prepare_cached(&sql)?
            .execute(params![ids, role.as_str()])?;
        self.tx
            .prepare_cached(&bulk::touch_users(Json))?
            .execute(params![ids, ts(now)])?;
        Ok(())
    }

    fn delete_users(&self, users: &[&Subject]) -> Result<()> {
        let ids = id_array(&users.iter().map(|u| &u.id).collect::<Vec<_>>());
        let [mail, audit, rows] = bulk::delete_users(Json);
        for sql in [mail, audit] {
            self.tx.prepare_cached(&sql)?.execute([&ids])?;
        }
        self.tx.prepare_cached(&rows)?.execute([seq_array(users)])?;
        Ok(())
    }
}

impl Tx<'_> {
    fn batch_update(
        &self,
        set: &str,
        users: &[&Subject],
        rest: &[&dyn rusqlite::ToSql],
    ) -> Result<()> {
        let sql = bulk::update_users(set, Json);
        let seqs = seq_array(users);
        let mut values: Vec<&dyn rusqlite::ToSql> = vec![&seqs];
        values.extend_from_slice(rest);
        self.tx.prepare_cached(&sql)?.execute(values.as_slice())?;
        Ok(())
    }
}
