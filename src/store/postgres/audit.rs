//! The append-only, hash-chained audit log (SPEC §9) on PostgreSQL. The
//! chain (canonical row, digests, appending, verifying) is `store::chain`,
//! the same code SQLite runs, over the same text columns: a chain verifies on
//! either backend and survives `db copy`. Rows are appended inside the write
//! lock every transaction holds, so writers on many hosts extend one chain.

use std::collections::HashSet;

use jiff::Timestamp;
use postgres::types::{ToSql, Type};

use super::{Reader, Tx, parse_ts, ts};
use crate::domain::error::{Error, Result};
use crate::domain::stored::{AuditEntry, AuditFilter, AuditRecord, ChainBreak};
use crate::domain::types::UserId;
use crate::store::api::{AuditReads, AuditWrites};
use crate::store::chain::{Appender, StoredAuditRow, Verifier};

impl AuditWrites for Tx<'_> {
    fn append_audit_many(&self, at: Timestamp, actor: &str, records: &[AuditRecord]) -> Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        let store = self.store();
        // Safe to read then append: this transaction holds the write lock.
        let last = store
            .opt(crate::store::sql::audit::LAST, &[])?
            .map(|r| (r.get(0), r.get(1), r.get(2)));
        let mut chain = Appender::after(last, ts(at), actor);
        // One binary COPY for the batch, each row hashed as it is written.
        let at = chain.at().to_string();
        store.copy_rows(
            "COPY audit (seq, at, actor, action, user_id, changes, changes_digest, reason, \
             reason_digest, hash) FROM STDIN (FORMAT binary)",
            &[
                Type::INT8,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
            ],
            &mut |write| {
                for record in records {
                    let row = chain.next(record);
                    write(&[
                        &row.seq,
                        &at,
                        &actor,
                        &record.action,
                        &record.user_id.map(UserId::as_str),
                        &row.changes,
                        &row.changes_digest,
                        &record.reason,
                        &row.reason_digest,
                        &row.hash,
                    ])?;
                }
                Ok(())
            },
        )?;
        Ok(())
    }

    fn erase_audit_changes(&self, user_id: &UserId) -> Result<()> {
        self.store().execute(
            crate::store::sql::audit::ERASE_CHANGES,
            &[&user_id.as_str()],
        )?;
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
            "SELECT seq, at, actor, action, user_id, changes, reason, hash FROM audit WHERE true",
        );
        let mut params: Vec<String> = Vec::new();
        let mut add = |sql: &mut String, condition: &str, value: String| {
            params.push(value);
            sql.push_str(&format!(" AND {condition} ${}", params.len()));
        };
        if let Some(user) = &filter.user_id {
            add(&mut sql, "user_id =", user.clone());
        }
        if let Some(action) = &filter.action {
            add(&mut sql, "action =", action.clone());
        }
        // Times are canonical text of one width: the text compares as the times.
        if let Some(since) = filter.since {
            add(&mut sql, "at >=", ts(since));
        }
        if let Some(until) = filter.until {
            add(&mut sql, "at <", ts(until));
        }
        sql.push_str(" ORDER BY seq");
        let params: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        self.store().each_row(&sql, &params, &mut |r| {
            let changes: Option<&str> = r.get(5);
            each(AuditEntry {
                seq: r.get(0),
                at: parse_ts(r.get(1))?,
                actor: r.get(2),
                action: r.get(3),
                user_id: r.get(4),
                changes: changes.and_then(|c| serde_json::from_str(c).ok()),
                reason: r.get(6),
                hash: r.get(7),
            })
        })
    }

    fn verify_audit(&self) -> Result<std::result::Result<u64, ChainBreak>> {
        let store = self.store();
        let deleted: HashSet<String> = store
            .rows(crate::store::sql::audit::DELETED_USERS, &[])?
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut verifier = Verifier::new(deleted);
        let mut broken = None;
        let walked = store.each_row(crate::store::sql::audit::CHAIN, &[], &mut |r| {
            let row = StoredAuditRow {
                seq: r.get(0),
                at: r.get(1),
                actor: r.get(2),
                action: r.get(3),
                user_id: r.get(4),
                changes: r.get(5),
                changes_digest: r.get(6),
                reason: r.get(7),
                reason_digest: r.get(8),
                hash: r.get(9),
            };
            verifier.check(&row).map_err(|b| {
                broken = Some(b);
                Error::Internal("stopped at the first break".into())
            })
        });
        // The first break ends the walk; it is the answer, not an error.
        match broken {
            Some(b) => Ok(Err(b)),
            None => walked.map(|()| Ok(verifier.checked())),
        }
    }
}
