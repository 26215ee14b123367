//! The audit log's hash chain (SPEC §9), independent of any backend: how a
//! row is appended and how a stored row is verified. Every backend stores
//! the same columns as text and runs this code over them, so a chain
//! verifies the same on SQLite and on PostgreSQL, and survives `db copy`.
//!
//! Each row's hash is SHA-256 over the previous row's hash and the row itself
//! (its canonical form: a JSON array of its fields). The row covers the
//! digest of its `changes`, not the changes: deleting a user erases the
//! personal data in its rows' `changes` and the chain still verifies.

use std::collections::HashSet;

use jiff::Timestamp;
use sha2::{Digest, Sha256};

use crate::domain::stored::{AuditRecord, ChainBreak};
use crate::domain::types::UserId;

/// SHA-256 of `data`, as lowercase hex.
pub(crate) fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// The part of an audit row the chain covers.
pub(crate) struct ChainRow<'a> {
    pub seq: i64,
    pub at: &'a str,
    pub actor: &'a str,
    pub action: &'a str,
    pub user_id: Option<&'a str>,
    pub changes_digest: &'a str,
    pub reason_digest: Option<&'a str>,
}

impl ChainRow<'_> {
    /// SHA-256 (hex) of the previous row's hash and this row.
    pub(crate) fn hash(&self, prev: &str) -> String {
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

/// One row to insert, as the chain computed it. Its time and actor are the
/// [`Appender`]'s.
pub(crate) struct NewAuditRow {
    pub seq: i64,
    /// The changes as stored (JSON text).
    pub changes: String,
    pub changes_digest: String,
    pub reason_digest: Option<String>,
    pub hash: String,
}

/// Extends the chain after its last row, one record at a time, for rows
/// that share a time and an actor (one transaction's rows).
pub(crate) struct Appender<'a> {
    seq: i64,
    prev: String,
    at: String,
    actor: &'a str,
    /// A bulk command gives every row the same reason: digest it once.
    reason_digest: Option<(String, String)>,
}

impl<'a> Appender<'a> {
    /// `last` is the chain's last row as stored (seq, hash, at), if any;
    /// `at` the canonical text of the time the rows are written. A row is
    /// never dated before the row it follows (the clock may step back), so
    /// the rows' time is the later of the two.
    pub(crate) fn after(last: Option<(i64, String, String)>, at: String, actor: &'a str) -> Self {
        let (seq, prev, last_at) = last.unwrap_or_default();
        Appender {
            seq,
            prev,
            at: at.max(last_at),
            actor,
            reason_digest: None,
        }
    }

    /// The time every row appended here carries (canonical text).
    pub(crate) fn at(&self) -> &str {
        &self.at
    }

    /// The next row of the chain, for `record`.
    pub(crate) fn next(&mut self, record: &AuditRecord<'_>) -> NewAuditRow {
        self.seq += 1;
        let reason_digest = record.reason.map(|r| match &self.reason_digest {
            Some((text, digest)) if text == r => digest.clone(),
            _ => {
                let digest = sha256_hex(r.as_bytes());
                self.reason_digest = Some((r.to_string(), digest.clone()));
                digest
            }
        });
        let changes = serde_json::to_string(&record.changes).expect("changes serialise");
        let changes_digest = sha256_hex(changes.as_bytes());
        let hash = ChainRow {
            seq: self.seq,
            at: &self.at,
            actor: self.actor,
            action: record.action,
            user_id: record.user_id.map(UserId::as_str),
            changes_digest: &changes_digest,
            reason_digest: reason_digest.as_deref(),
        }
        .hash(&self.prev);
        self.prev.clone_from(&hash);
        NewAuditRow {
            seq: self.seq,
            changes,
            changes_digest,
            reason_digest,
            hash,
        }
    }
}

/// An audit row as stored, for [`Verifier::check`].
pub(crate) struct StoredAuditRow<'a> {
    pub seq: i64,
    pub at: &'a str,
    pub actor: &'a str,
    pub action: &'a str,
    pub user_id: Option<&'a str>,
    pub changes: Option<&'a str>,
    pub changes_digest: &'a str,
    pub reason: Option<&'a str>,
    pub reason_digest: Option<&'a str>,
    pub hash: &'a str,
}

/// Walks the chain from its first row, in `seq` order.
pub(crate) struct Verifier {
    /// The users a `delete` row names: their rows' changes and reasons may
    /// be erased.
    deleted: HashSet<String>,
    prev: String,
    expected_seq: i64,
    checked: u64,
}

impl Verifier {
    pub(crate) fn new(deleted: HashSet<String>) -> Self {
        Verifier {
            deleted,
            prev: String::new(),
            expected_seq: 1,
            checked: 0,
        }
    }

    /// Checks the next row; the first that does not verify is the break.
    pub(crate) fn check(&mut self, row: &StoredAuditRow<'_>) -> Result<(), ChainBreak> {
        let broken = |problem: &str| {
            Err(ChainBreak {
                seq: row.seq,
                problem: problem.to_string(),
            })
        };
        if row.seq != self.expected_seq {
            return broken(&format!("row {} is missing", self.expected_seq));
        }
        if row.at.parse::<Timestamp>().is_err() {
            return broken("its time is not a valid RFC 3339 time");
        }
        let user_deleted = row.user_id.is_some_and(|u| self.deleted.contains(u));
        match row.changes {
            Some(changes) if sha256_hex(changes.as_bytes()) != row.changes_digest => {
                return broken("its changes do not match their digest");
            }
            None if !user_deleted => {
                return broken("its changes were erased, but its user was never deleted");
            }
            _ => {}
        }
        match (row.reason, row.reason_digest) {
            (Some(text), Some(d)) if sha256_hex(text.as_bytes()) == d => {}
            (None, None) => {}
            (None, Some(_)) if user_deleted => {}
            (None, Some(_)) => {
                return broken("its reason was erased, but its user was never deleted");
            }
            _ => return broken("its reason does not match its digest"),
        }
        let computed = ChainRow {
            seq: row.seq,
            at: row.at,
            actor: row.actor,
            action: row.action,
            user_id: row.user_id,
            changes_digest: row.changes_digest,
            reason_digest: row.reason_digest,
        }
        .hash(&self.prev);
        if computed != row.hash {
            return broken("its hash does not match the row and the row before it");
        }
        self.prev = row.hash.to_string();
        self.expected_seq += 1;
        self.checked += 1;
        Ok(())
    }

    /// How many rows verified.
    pub(crate) fn checked(&self) -> u64 {
        self.checked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::user::FieldChange;

    #[test]
    fn appended_rows_verify() {
        let user = UserId::from_stored("u1".into());
        let changes: Vec<FieldChange> = Vec::new();
        let records = [
            AuditRecord {
                action: "create",
                user_id: Some(&user),
                changes: changes.clone(),
                reason: Some("why"),
            },
            AuditRecord {
                action: "block",
                user_id: Some(&user),
                changes,
                reason: Some("why"),
            },
        ];
        let mut appender = Appender::after(None, "2024-01-01T00:00:00Z".into(), "me");
        let rows: Vec<NewAuditRow> = records.iter().map(|r| appender.next(r)).collect();
        let mut verifier = Verifier::new(HashSet::new());
        for (row, record) in rows.iter().zip(&records) {
            verifier
                .check(&StoredAuditRow {
                    seq: row.seq,
                    at: appender.at(),
                    actor: "me",
                    action: record.action,
                    user_id: Some("u1"),
                    changes: Some(&row.changes),
                    changes_digest: &row.changes_digest,
                    reason: record.reason,
                    reason_digest: row.reason_digest.as_deref(),
                    hash: &row.hash,
                })
                .unwrap();
        }
        assert_eq!(verifier.checked(), 2);
    }
}
