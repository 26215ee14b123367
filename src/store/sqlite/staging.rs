//! The rows of an import or sync file, held in a temporary table of this
//! connection while they are checked and applied: the file is read once,
//! memory does not grow with it, and duplicates inside it are found by
//! index.

use crate::store::api::StagingReads;
use crate::store::sql;
use rusqlite::{OptionalExtension, params};

use super::{Reader, Store};
use crate::domain::error::Result;
use crate::domain::stored::{NewRow, Repeat, StagedRow};

impl Store {
    /// Empties the staging table and stages the rows `fill` adds, in one
    /// transaction of the temporary database (the store itself is not
    /// locked).
    pub fn stage(
        &self,
        fill: impl FnOnce(&mut dyn FnMut(NewRow<'_>) -> Result<()>) -> Result<()>,
    ) -> Result<()> {
        let conn = &self.conn;
        // What follows writes in large batches: the log is copied into the
        // store every 32 MiB rather than every 4 MiB (SQLite's default), so
        // the pages every batch touches (index roots, the search index's
        // structure) are copied once a checkpoint, not once a batch. Only
        // this connection's checkpoints change, and the last one to close
        // checkpoints what is left.
        conn.execute_batch("PRAGMA wal_autocheckpoint = 8192")?;
        conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS import_rows (
                 n             INTEGER PRIMARY KEY,
                 line          INTEGER NOT NULL,
                 fields        TEXT NOT NULL,
                 email_key     TEXT,
                 username_key  TEXT,
                 id            TEXT,
                 user_id       TEXT,
                 error         TEXT,
                 error_kind    TEXT,
                 plan          TEXT,
                 password_hash TEXT
             );
             CREATE INDEX IF NOT EXISTS temp.import_rows_email ON import_rows (email_key);
             CREATE INDEX IF NOT EXISTS temp.import_rows_username ON import_rows (username_key);
             CREATE INDEX IF NOT EXISTS temp.import_rows_id ON import_rows (id);
             CREATE INDEX IF NOT EXISTS temp.import_rows_user ON import_rows (user_id);
             DELETE FROM import_rows;",
        )?;
        let tx = conn.unchecked_transaction()?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO import_rows (line, fields, email_key, username_key, id, error, error_kind) \
                 VALUES (?, ?, ?, ?, ?, ?, CASE WHEN ?6 IS NULL THEN NULL ELSE 'invalid_input' END)",
            )?;
            fill(&mut |row: NewRow<'_>| {
                insert.execute(params![
                    row.line,
                    row.fields,
                    row.email_key,
                    row.username_key,
                    row.id,
                    row.error
                ])?;
                Ok(())
            })?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Records why a staged row cannot be applied, or (None) that it can.
    pub fn stage_error(&self, n: i64, error: Option<(&str, &str)>) -> Result<()> {
        self.conn
            .prepare_cached(sql::staging::SET_ERROR)?
            .execute(params![n, error.map(|e| e.0), error.map(|e| e.1)])?;
        Ok(())
    }

    /// Records the plan for a staged row.
    pub fn stage_plan(&self, n: i64, plan: &str) -> Result<()> {
        self.conn
            .prepare_cached(sql::staging::SET_PLAN)?
            .execute(params![n, plan])?;
        Ok(())
    }

    /// Records the hash of the password generated for a staged row.
    pub fn stage_password(&self, n: i64, hash: &str) -> Result<()> {
        self.conn
            .prepare_cached(sql::staging::SET_PASSWORD)?
            .execute(params![n, hash])?;
        Ok(())
    }

    /// Begins a transaction of the temporary database alone, for many
    /// `stage_*` updates at once.
    pub fn stage_batch<T>(&self, work: impl FnOnce() -> Result<T>) -> Result<T> {
        let tx = self.conn.unchecked_transaction()?;
        let value = work()?;
        tx.commit()?;
        Ok(value)
    }
}

const SELECT_STAGED: &str =
    "SELECT n, line, fields, error, error_kind, plan, password_hash FROM import_rows";

fn staged_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StagedRow> {
    Ok(StagedRow {
        n: r.get(0)?,
        line: r.get(1)?,
        fields: r.get(2)?,
        error: r.get(3)?,
        error_kind: r.get(4)?,
        plan: r.get(5)?,
        password_hash: r.get(6)?,
    })
}

impl StagingReads for Reader<'_> {
    fn staged_repeats(&self) -> Result<Vec<Repeat>> {
        // The user of the store each valid row names: its id, or the user
        // its email is. A row for a new user names none, and is left as it
        // was staged (most rows of a large import: none is rewritten).
        self.conn.execute(
            "UPDATE import_rows SET user_id = coalesce(id, \
             (SELECT u.id FROM main.users u WHERE u.email_key = import_rows.email_key)) \
             WHERE error IS NULL AND (id IS NOT NULL OR EXISTS \
             (SELECT 1 FROM main.users u WHERE u.email_key = import_rows.email_key))",
            [],
        )?;
        let mut repeats: Vec<Repeat> = Vec::new();
        for (field, column) in [
            ("email", "email_key"),
            ("username", "username_key"),
            ("id", "id"),
            ("email or id", "user_id"),
        ] {
            let sql = format!(
                "SELECT a.n, a.line, (SELECT b.line FROM import_rows b WHERE b.{column} = a.{column} \
                 ORDER BY b.n LIMIT 1) FROM import_rows a WHERE a.{column} IS NOT NULL \
                 AND a.error IS NULL AND a.n > (SELECT min(b.n) FROM import_rows b WHERE b.{column} = a.{column})"
            );
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map([], |r| {
                Ok(Repeat {
                    n: r.get(0)?,
                    line: r.get(1)?,
                    field,
                    first_line: r.get(2)?,
                })
            })?;
            for row in rows {
                let row = row?;
                // A row that repeats another by email or id repeats the user
                // too: it is named once, by the field it repeats.
                if column == "user_id" && repeats.iter().any(|r| r.n == row.n) {
                    continue;
                }
                repeats.push(row);
            }
        }
        Ok(repeats)
    }

    fn staged(&self, after: i64, limit: usize, valid_only: bool) -> Result<Vec<StagedRow>> {
        let sql = format!(
            "{SELECT_STAGED} WHERE n > ?{} ORDER BY n LIMIT ?",
            if valid_only { " AND error IS NULL" } else { "" }
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![after, limit as i64], staged_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn staged_unknown(&self) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(sql::staging::UNKNOWN, [], |r| r.get(0))?)
    }

    fn staged_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row(sql::staging::COUNT, [], |r| r.get(0))
            .optional()?
            .unwrap_or(0))
    }

    fn select_missing_from_staged(&self, within: bool) -> Result<u64> {
        if within {
            self.conn
                .execute(sql::staging::NAMED_OUT_OF_SELECTION, [])?;
            let n: i64 = self
                .conn
                .query_row(sql::staging::COUNT_SELECTION, [], |r| r.get(0))?;
            return Ok(n as u64);
        }
        self.conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS bulk_selection (seq INTEGER PRIMARY KEY); \
             DELETE FROM bulk_selection;",
        )?;
        let n = self.conn.execute(sql::staging::SELECT_UNNAMED, [])?;
        Ok(n as u64)
    }
}
