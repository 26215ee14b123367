//! Set-based writes for bulk verbs on PostgreSQL: one statement per batch of
//! users (their places in the store, or their ids, as one array parameter
//! matched with `= ANY`), not one per user, as on SQLite.

use jiff::Timestamp;
use postgres::types::ToSql;

use super::{Tx, ts};
use crate::domain::access::RoleName;
use crate::domain::error::Result;
use crate::domain::types::UserId;
use crate::domain::user::Subject;
use crate::store::api::BulkWrites;
use crate::store::sql::Lists::Array;
use crate::store::sql::bulk::{self, set};

/// The places of users in the store: the table's own key.
fn seq_array(users: &[&Subject]) -> Vec<i64> {
    users.iter().map(|u| u.seq).collect()
}

/// Ids, as one text array parameter.
fn id_array(ids: &[&UserId]) -> Vec<String> {
    ids.iter().map(|i| i.as_str().to_string()).collect()
}

/// Short strings (purposes, templates), as one text array parameter.
fn text_array(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
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
        let mut rows = self.store().rows(
            &bulk::revoke_tokens_of(Array),
            &[&id_array(ids), &text_array(purposes)],
        )?;
        if purposes.contains(&"session") {
            let now = ts(crate::domain::types::to_second(Timestamp::now()));
            rows.extend(
                self.store()
                    .rows(&bulk::end_admin_sessions_of(Array), &[&id_array(ids), &now])?,
            );
        }
        Ok(rows
            .iter()
            .map(|r| UserId::from_stored(r.get::<_, String>(0)))
            .collect())
    }

    fn drop_queued_mail_of(&self, ids: &[&UserId], templates: &[&str]) -> Result<()> {
        self.store().execute(
            &bulk::drop_queued_mail_of(Array),
            &[&id_array(ids), &text_array(templates)],
        )?;
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
            "INSERT INTO user_roles (user_id, role) \
             SELECT DISTINCT u, $2::text FROM unnest($1::text[]) AS u \
             ON CONFLICT DO NOTHING"
                .to_string()
        } else {
            bulk::take_role(Array)
        };
        let store = self.store();
        store.execute(&sql, &[&ids, &role.as_str()])?;
        store.execute(&bulk::touch_users(Array), &[&ids, &ts(now)])?;
        Ok(())
    }

    fn delete_users(&self, users: &[&Subject]) -> Result<()> {
        let ids = id_array(&users.iter().map(|u| &u.id).collect::<Vec<_>>());
        let store = self.store();
        let [mail, audit, rows] = bulk::delete_users(Array);
        store.execute(&mail, &[&ids])?;
        store.execute(&audit, &[&ids])?;
        store.execute(&rows, &[&seq_array(users)])?;
        Ok(())
    }
}

impl Tx<'_> {
    /// `UPDATE users SET {set}` for the users of a batch: `$1` is their
    /// places, `rest` the parameters from `$2` on.
    fn batch_update(
        &self,
        set: &str,
        users: &[&Subject],
        rest: &[&(dyn ToSql + Sync)],
    ) -> Result<()> {
        let sql = bulk::update_users(set, Array);
        let seqs = seq_array(users);
        let mut values: Vec<&(dyn ToSql + Sync)> = vec![&seqs];
        values.extend_from_slice(rest);
        self.store().execute(&sql, &values)?;
        Ok(())
    }
}
