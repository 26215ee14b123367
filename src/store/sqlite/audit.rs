//! The append-only, hash-chained audit log (SPEC §9).
//!
//! Each row's hash is SHA-256 over the previous row's hash and the row itself. The
//! row covers the digest of its `changes`, not the changes: deleting a user erases
//! the personal data in its rows' `changes` and the chain still verifies.

use crate::store::api::{AuditReads, AuditWrites};
use jiff::Timestamp;
use rusqlite::params;
use rusqlite::types::Value;
use sha2::{Digest, Sha256};

use super::{Reader, Tx, opt_ts, parse_ts, ts};
use crate::domain::error::{Error, Result};
use crate::domain::stored::{AuditEntry, AuditFilter, AuditRecord, ChainBreak};
use crate::domain::types::UserId;
use crate::domain::user::FieldChange;

fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// The part of an audit row the chain covers.
struct ChainRow<'a> {
    seq: i64,
    at: &'a str,
    actor: &'a str,
    action: &'a str,
    user_id: Option<&'a str>,
    changes_digest: &'a str,
    reason_digest: Option<&'a str>,
}

impl ChainRow<'_> {
    /// SHA-256 (hex) of the previous row's hash and this row.
    fn hash(&self, prev: &str) -> String {
        // A tuple is written as the JSON array `[seq, at, …]`.
        let row = serde_json::to_string(&(
            self.seq,
            self.at,
            self.actor,
            self.action,
            self.user_id,
            self.changes_digest,
            self.reason_digest,
        ))
        .expect("strings and numbers serialise");
        let mut hasher = Sha256::new();
        hasher.update(prev.as_bytes());
        hasher.update(b"\n");
        hasher.update(row.as_bytes());
        hex::encode(hasher.finalize())
    }
}

impl AuditWrites for Tx<'_> {
    fn append_audit(
        &self,
        at: Timestamp,
        actor: &str,
        action: &str,
        user_id: Option<&UserId>,
        changes: &[FieldChange],
        reason: Option<&str>,
    ) -> Result<()> {
        self.append_audit_many(
            at,
            actor,
            &[AuditRecord {
                action,
                user_id,
                changes: changes.to_vec(),
                reason,
            }],
        )
    }

    fn append_audit_many(&self, at: Timestamp, actor: &str, records: &[AuditRecord]) -> Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        let (mut seq, mut prev, last_at): (i64, String, String) = self
            .tx
            .prepare_cached("SELECT seq, hash, at FROM audit ORDER BY seq DESC LIMIT 1")?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok((0, String::new(), String::new())),
                other => Err(other),
            })?;
        let at = ts(at).max(last_at);
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO audit (seq, at, actor, action, user_id, changes, changes_digest, \
             reason, reason_digest, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )?;
        // A bulk command gives every row the same reason: digest it once.
        let mut reason_digests: Option<(&str, String)> = None;
        for record in records {
            seq += 1;
            let reason_digest = record.reason.map(|r| match &reason_digests {
                Some((text, digest)) if *text == r => digest.clone(),
                _ => {
                    let digest = sha256_hex(r.as_bytes());
                    reason_digests = Some((r, digest.clone()));
                    digest
                }
            });
            let changes_json = serde_json::to_string(&record.changes).expect("changes serialise");
            let digest = sha256_hex(changes_json.as_bytes());
            let user_id = record.user_id.map(UserId::as_str);
            let hash = ChainRow {
                seq,
                at: &at,
                actor,
                action: record.action,
                user_id,
                changes_digest: &digest,
                reason_digest: reason_digest.as_deref(),
            }
            .hash(&prev);
            insert.execute(params![
                seq,
                at,
                actor,
                record.action,
                user_id,
                changes_json,
                digest,
                record.reason,
                reason_digest,
                hash
            ])?;
            prev = hash;
        }
        Ok(())
    }

    fn erase_audit_changes(&self, user_id: &UserId) -> Result<()> {
        self.tx
            .prepare_cached("UPDATE audit SET changes = NULL, reason = NULL WHERE user_id = ?")?
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
        let mut stmt = self.conn.prepare(
            "SELECT seq, at, actor, action, user_id, changes, changes_digest, reason, \
             reason_digest, hash FROM audit ORDER BY seq",
        )?;
        let deleted: std::collections::HashSet<String> = self
            .conn
            .prepare("SELECT user_id FROM audit WHERE action = 'delete' AND user_id IS NOT NULL")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut rows = stmt.query([])?;
        let mut prev = String::new();
        let mut expected_seq = 1;
        let mut checked = 0;
        while let Some(r) = rows.next()? {
            let seq: i64 = r.get(0)?;
            let at: String = r.get(1)?;
            let changes: Option<String> = r.get(5)?;
            let digest: String = r.get(6)?;
            let hash: String = r.get(9)?;
            let broken = |problem: &str| {
                Ok(Err(ChainBreak {
                    seq,
                    problem: problem.to_string(),
                }))
            };
            if seq != expected_seq {
                return broken(&format!("row {expected_seq} is missing"));
            }
            if opt_ts(Some(at.clone())).is_err() {
                return broken("its time is not a valid RFC 3339 time");
            }
            let actor: String = r.get(2)?;
            let action: String = r.get(3)?;
            let user_id: Option<String> = r.get(4)?;
            let reason: Option<String> = r.get(7)?;
            let reason_digest: Option<String> = r.get(8)?;
            let user_deleted = user_id.as_ref().is_some_and(|u| deleted.contains(u));
            match &changes {
                Some(changes) if sha256_hex(changes.as_bytes()) != digest => {
                    return broken("its changes do not match their digest");
                }
                None if !user_deleted => {
                    return broken("its changes were erased, but its user was never deleted");
                }
                _ => {}
            }
            match (&reason, &reason_digest) {
                (Some(text), Some(d)) if sha256_hex(text.as_bytes()) == *d => {}
                (None, None) => {}
                (None, Some(_)) if user_deleted => {}
                (None, Some(_)) => {
                    return broken("its reason was erased, but its user was never deleted");
                }
                _ => return broken("its reason does not match its digest"),
            }
            let computed = ChainRow {
                seq,
                at: &at,
                actor: &actor,
                action: &action,
                user_id: user_id.as_deref(),
                changes_digest: &digest,
                reason_digest: reason_digest.as_deref(),
            }
            .hash(&prev);
            if computed != hash {
                return broken("its hash does not match the row and the row before it");
            }
            prev = hash;
            expected_seq += 1;
            checked += 1;
        }
        Ok(Ok(checked))
    }
}
