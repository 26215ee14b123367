//! The append-only, hash-chained audit log (SPEC §9).
//!
//! The chain itself (the canonical row, the digests, appending, verifying) is
//! backend-neutral, in `store::chain`; this is where SQLite stores and reads it.

use crate::store::api::{AuditReads, AuditWrites};
use crate::store::chain::{Appender, NewAuditRow, StoredAuditRow, Verifier};
use jiff::Timestamp;
use rusqlite::params;
use rusqlite::types::Value;

use super::{Reader, Tx, parse_ts, ts};
use crate::domain::error::{Error, Result};
use crate::domain::stored::{AuditEntry, AuditFilter, AuditRecord, ChainBreak};
use crate::domain::types::UserId;

/// From this many rows on, the chain is computed on a second thread, and
/// handed over this many rows at a time.
const CHAIN_ON_A_THREAD: usize = 256;

impl AuditWrites for Tx<'_> {
    fn append_audit_many(&self, at: Timestamp, actor: &str, records: &[AuditRecord]) -> Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        let last: Option<(i64, String, String)> = self
            .tx
            .prepare_cached(crate::store::sql::audit::LAST)?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                other => Err(other),
            })?;
        let mut chain = Appender::after(last, ts(at), actor);
        let at = chain.at().to_string();
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO audit (seq, at, actor, action, user_id, changes, changes_digest, \
             reason, reason_digest, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )?;
        let mut write = |record: &AuditRecord<'_>, row: NewAuditRow| -> Result<()> {
            insert.execute(params![
                row.seq,
                at,
                actor,
                record.action,
                record.user_id.map(UserId::as_str),
                row.changes,
                row.changes_digest,
                record.reason,
                row.reason_digest,
                row.hash
            ])?;
            Ok(())
        };
        if records.len() < CHAIN_ON_A_THREAD {
            for record in records {
                let row = chain.next(record);
                write(record, row)?;
            }
            return Ok(());
        }
        // Many rows (a bulk write's): the chain is computed on the second
        // core while this one inserts the rows it has handed over.
        std::thread::scope(|scope| {
            let (send, rows) = std::sync::mpsc::sync_channel::<Vec<NewAuditRow>>(4);
            let hashing = scope.spawn(move || {
                for part in records.chunks(CHAIN_ON_A_THREAD) {
                    let part = part.iter().map(|record| chain.next(record)).collect();
                    if send.send(part).is_err() {
                        break;
                    }
                }
            });
            let mut written = Ok(());
            let hashed = rows.iter().flatten();
            for (record, row) in records.iter().zip(hashed) {
                written = write(record, row);
                if written.is_err() {
                    break;
                }
            }
            // Ends the helper early when an insert failed.
            drop(rows);
            hashing
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            written
        })
    }

    fn erase_audit_changes(&self, user_id: &UserId) -> Result<()> {
        self.tx
            .prepare_cached(crate::store::sql::audit::ERASE_CHANGES)?
            .execute([user_id.as_str()])?;
        Ok(())
    }
}

impl AuditReads for Reader<'_> {
    fn each_audit_entry(
        &self,
        filter: &AuditFilter,
        each: &mut dyn FnMut(AuditEntry) -> Result<()>,
    ) -> Result<()> {
        let mut sql = String::from(
            "SELECT seq, at, actor, action, user_id, changes, reason, hash FROM audit WHERE 1 = 1",
        );
        let mut params: Vec<Value> = Vec::new();
        if let Some(user) = &filter.user_id {
            sql.push_str(" AND user_id = ?");
            params.push(Value::Text(user.clone()));
        }
        if let Some(action) = &filter.action {
            sql.push_str(" AND action = ?");
            params.push(Value::Text(action.clone()));
        }
        if let Some(since) = filter.since {
            sql.push_str(" AND at >= ?");
            params.push(Value::Text(ts(since)));
        }
        if let Some(until) = filter.until {
            sql.push_str(" AND at < ?");
            params.push(Value::Text(ts(until)));
        }
        sql.push_str(" ORDER BY seq");
        let mut stmt = self.conn.prepare(&sql).map_err(Error::from)?;
        let mut rows = stmt
            .query(rusqlite::params_from_iter(params))
            .map_err(Error::from)?;
        let entry = |r: &rusqlite::Row<'_>| -> rusqlite::Result<AuditEntry> {
            let changes: Option<String> = r.get(5)?;
            Ok(AuditEntry {
                seq: r.get(0)?,
                at: parse_ts(&r.get::<_, String>(1)?)?,
                actor: r.get(2)?,
                action: r.get(3)?,
                user_id: r.get(4)?,
                changes: changes.and_then(|c| serde_json::from_str(&c).ok()),
                reason: r.get(6)?,
                hash: r.get(7)?,
            })
        };
        while let Some(r) = rows.next().map_err(Error::from)? {
            each(entry(r).map_err(Error::from)?)?;
        }
        Ok(())
    }

    fn verify_audit(&self) -> Result<std::result::Result<u64, ChainBreak>> {
        let mut stmt = self.conn.prepare(crate::store::sql::audit::CHAIN)?;
        let deleted: std::collections::HashSet<String> = self
            .conn
            .prepare(crate::store::sql::audit::DELETED_USERS)?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut rows = stmt.query([])?;
        let mut verifier = Verifier::new(deleted);
        while let Some(r) = rows.next()? {
            let at: String = r.get(1)?;
            let actor: String = r.get(2)?;
            let action: String = r.get(3)?;
            let user_id: Option<String> = r.get(4)?;
            let changes: Option<String> = r.get(5)?;
            let changes_digest: String = r.get(6)?;
            let reason: Option<String> = r.get(7)?;
            let reason_digest: Option<String> = r.get(8)?;
            let hash: String = r.get(9)?;
            let row = StoredAuditRow {
                seq: r.get(0)?,
                at: &at,
                actor: &actor,
                action: &action,
                user_id: user_id.as_deref(),
                changes: changes.as_deref(),
                changes_digest: &changes_digest,
                reason: reason.as_deref(),
                reason_digest: reason_digest.as_deref(),
                hash: &hash,
            };
            if let Err(broken) = verifier.check(&row) {
                return Ok(Err(broken));
            }
        }
        Ok(Ok(verifier.checked()))
    }
}
