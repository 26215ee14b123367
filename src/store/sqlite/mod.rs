//! The SQLite store: its schema (migrations) and transactions; opening a
//! file (`open`), checking and copying it (`check`), SQLite's errors as
//! roster's (`error`). All SQL lives under this module; nothing outside it
//! sees rusqlite.

mod access;
mod audit;
mod bulk;
mod check;
mod copy;
mod error;
mod open;
mod outbox;
mod staging;
mod tokens;
mod users;

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use rusqlite::{Connection, TransactionBehavior};

use crate::domain::error::{Error, Result, Unavailable};
use error::{sqlite_code, without_sql};
use open::{identify_in, not_a_store};

/// One step of the schema: its SQL, then any rewrite of rows SQL alone cannot do.
struct Migration {
    sql: &'static str,
    rows: Option<fn(&rusqlite::Transaction<'_>) -> rusqlite::Result<()>>,
}

/// Migrations in order; migration `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[Migration] = &[
    Migration {
        sql: include_str!("migrations/0001_init.sql"),
        rows: None,
    },
    Migration {
        sql: include_str!("migrations/0002_outbox_token_hash.sql"),
        rows: Some(outbox::hash_queued_tokens),
    },
    Migration {
        sql: include_str!("migrations/0003_users_seq_search.sql"),
        rows: None,
    },
    Migration {
        sql: include_str!("migrations/0004_identity_and_delivery.sql"),
        rows: Some(users::rekey_emails),
    },
    Migration {
        sql: include_str!("migrations/0005_roles_groups_features.sql"),
        rows: None,
    },
    Migration {
        sql: include_str!("migrations/0006_api_tokens.sql"),
        rows: None,
    },
    Migration {
        sql: include_str!("migrations/0007_search_in_bulk.sql"),
        rows: None,
    },
    Migration {
        sql: include_str!("migrations/0008_group_ids.sql"),
        rows: None,
    },
];

/// The first schema with roles and permissions.
pub const ROLES_SCHEMA: i64 = 5;

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The `application_id` in the header of every roster store: "RSTR". A file
/// with another application's id is never taken for a store.
pub const APPLICATION_ID: i64 = 0x5253_5452;

/// Tables every roster schema since version 1 has.
const CORE_TABLES: &[&str] = &["users", "tokens", "outbox", "audit"];

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The schema version found on open, before any migration.
    found_version: i64,
    /// What a person should know about how the store was opened (a shared
    /// store used on purpose).
    warnings: Vec<String>,
    /// Opened read-only: a store this account cannot write.
    read_only: bool,
}

impl Store {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version the store had when it was opened.
    pub fn found_version(&self) -> i64 {
        self.found_version
    }

    /// Whether writes can be made: false for a store opened read-only.
    pub fn writable(&self) -> bool {
        !self.read_only
    }

    /// Warnings from opening the store, for the command to show.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    pub fn version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Applies every pending migration, each in its own transaction.
    /// Returns the versions applied.
    ///
    /// Foreign keys are off while migrations run: a migration that rebuilds a
    /// table (SQLite's way to change a primary key) drops the old one, which
    /// with foreign keys on would cascade into every row that points at it.
    /// Each migration checks the foreign keys itself before it commits.
    pub fn migrate(&mut self) -> Result<Vec<i64>> {
        // Readers must not queue behind writers: take the write lock only when
        // there is something to apply.
        if self.version()? >= SCHEMA_VERSION {
            return Ok(Vec::new());
        }
        self.conn.execute_batch("PRAGMA foreign_keys = OFF")?;
        let applied = self.apply_migrations();
        // The migration's own error, if any, is the one to report.
        let restored = self.conn.execute_batch("PRAGMA foreign_keys = ON");
        let applied = applied?;
        restored?;
        Ok(applied)
    }

    /// Every pending migration in one `BEGIN IMMEDIATE` transaction, with
    /// the marker: other processes that open the store meanwhile wait for
    /// the lock (within `store.busy_timeout`) and then find it made, never
    /// half made. What is found under the lock is identified again: another
    /// process may have made or migrated the store while this one waited.
    fn apply_migrations(&mut self) -> Result<Vec<i64>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found = identify_in(&tx, &self.path, true)?;
        if found >= SCHEMA_VERSION {
            return Ok(Vec::new());
        }
        // Rows that already point at nothing (written by another program
        // with foreign keys off) are `db check`'s to report; a migration
        // must only not add to them.
        let dangling = |tx: &rusqlite::Transaction<'_>| -> rusqlite::Result<i64> {
            tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
        };
        let before = dangling(&tx)?;
        let mut applied = Vec::new();
        for version in found..SCHEMA_VERSION {
            let Some(migration) = usize::try_from(version)
                .ok()
                .and_then(|v| MIGRATIONS.get(v))
            else {
                return Err(not_a_store(
                    &self.path,
                    format!("its schema version {version} is not one roster ever wrote"),
                ));
            };
            // SQLite's message names what is wrong (a table, a column); the
            // migration's SQL is roster's business, never shown.
            let mismatch = |e: rusqlite::Error| {
                let said = without_sql(&e);
                match Error::from(e) {
                    busy @ Error::Unavailable(Unavailable::Busy) => busy,
                    Error::Store { .. } => Error::Unavailable(Unavailable::Unusable {
                        why: format!(
                            "{}: its tables do not match its schema version {found}, so \
                             migration {} failed ({said}); nothing was changed",
                            self.path.display(),
                            version + 1,
                        ),
                    }),
                    other => other,
                }
            };
            tx.execute_batch(migration.sql).map_err(mismatch)?;
            if let Some(rows) = migration.rows {
                rows(&tx).map_err(mismatch)?;
            }
            applied.push(version + 1);
        }
        let after = dangling(&tx)?;
        if after > before {
            return Err(Error::Internal(format!(
                "migration to schema {SCHEMA_VERSION} would leave {} more pointing at \
                 nothing; nothing was changed",
                crate::domain::error::counted(after - before, "row", "rows")
            )));
        }
        tx.execute_batch(&format!(
            "PRAGMA user_version = {SCHEMA_VERSION}; PRAGMA application_id = {APPLICATION_ID};"
        ))?;
        tx.commit()?;
        Ok(applied)
    }

    /// Reads in one transaction: in WAL mode, one snapshot from its first
    /// read on.
    pub fn snapshot<T>(
        &self,
        work: impl FnOnce(crate::store::Reader<'_>) -> Result<T>,
    ) -> Result<T> {
        self.conn.execute_batch("BEGIN")?;
        let value = work(self.reader());
        let ended = self
            .conn
            .execute_batch(if value.is_ok() { "COMMIT" } else { "ROLLBACK" });
        let value = value?;
        ended?;
        Ok(value)
    }

    /// Read access outside a write transaction.
    pub fn reader(&self) -> crate::store::Reader<'_> {
        crate::store::Reader::sqlite(Reader { conn: &self.conn })
    }

    /// Runs `work` in one `BEGIN IMMEDIATE` transaction: committed if it returns
    /// Ok, rolled back (the store as it was) if it returns Err.
    pub fn write<T>(&mut self, work: impl FnOnce(&crate::store::Tx<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let wrapped = Tx { tx };
        let value = work(&wrapped)?;
        wrapped.tx.commit()?;
        Ok(value)
    }
}

/// Reads: available on the store and inside a transaction.
#[derive(Clone, Copy)]
pub struct Reader<'a> {
    conn: &'a Connection,
}

/// A write transaction (`BEGIN IMMEDIATE`). Every write function takes one, so a
/// command can compose several, and a bulk verb can batch them.
pub struct Tx<'a> {
    tx: rusqlite::Transaction<'a>,
}

impl Tx<'_> {
    pub fn reader(&self) -> Reader<'_> {
        Reader { conn: &self.tx }
    }
}

impl crate::store::Writes for Tx<'_> {
    fn reader(&self) -> crate::store::Reader<'_> {
        crate::store::Reader::sqlite(Tx::reader(self))
    }
}

pub(crate) use crate::store::row::ts;

pub(crate) fn parse_ts(raw: &str) -> rusqlite::Result<Timestamp> {
    raw.parse().map_err(|e: jiff::Error| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(crate) fn opt_ts(raw: Option<String>) -> rusqlite::Result<Option<Timestamp>> {
    raw.as_deref().map(parse_ts).transpose()
}

// Admin, Staging and Backend, by the inherent methods above.
backend_by_inherent_methods!(SCHEMA_VERSION, |store: &Store| Ok(
    store.version()? >= ROLES_SCHEMA
));

/// The path as SQLite must be given it to open exactly that file: SQLite reads
/// a name that starts with `file:` as a URI (which could name another file,
/// or memory), so a relative path gets a leading `./`.
pub(super) fn literal(path: &std::path::Path) -> std::path::PathBuf {
    if path.is_relative() {
        std::path::Path::new(".").join(path)
    } else {
        path.to_path_buf()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SQLite's errors while preparing a statement quote it (rusqlite's
    /// `SqlInputError`); what roster shows of them never does.
    #[test]
    fn errors_never_show_the_sql() {
        let conn = Connection::open_in_memory().unwrap();
        let e = conn
            .execute_batch("CREATE TABLE t (x); CREATE TABLE t (secret_column_name);")
            .unwrap_err();
        // What SQLite gives quotes the statement…
        assert!(e.to_string().contains("CREATE TABLE t (secret"), "{e}");
        assert!(without_sql(&e).contains("already exists"), "{e}");
        assert!(!without_sql(&e).contains("CREATE"), "{e}");
        let shown = Error::from(e).to_string();
        assert!(!shown.contains("CREATE"), "{shown}");
        let e = conn
            .execute_batch("SELEKT secret_column_name FROM t")
            .unwrap_err();
        assert!(!without_sql(&e).contains("secret_column_name FROM"), "{e}");
        assert!(!Error::from(e).to_string().contains("FROM"));
    }
}
