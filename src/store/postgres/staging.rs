//! The rows of an import or sync file on PostgreSQL, held in a temporary
//! table of this session while they are checked and applied, as on SQLite:
//! the file is read once (streamed in with a binary `COPY`), memory does not
//! grow with it, and duplicates inside it are found by index.
//!
//! The table is created once per session and emptied, never dropped: the
//! statements kept by the store refer to it. The `stage_*` updates made
//! inside `stage_batch` are sent as one statement when the batch ends (not
//! one round trip per row); reads of the staged rows send them first.
//! Unlike SQLite, the user of the store each row names is not written into
//! the table: `staged_repeats` works it out in its query.

use std::collections::BTreeMap;

use postgres::Row;
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::Type;

use super::{Reader, Store};
use crate::domain::error::Result;
use crate::domain::stored::{NewRow, Repeat, StagedRow};
use crate::store::api::StagingReads;
use crate::store::sql;

const CREATE_STAGING: &str = "CREATE TEMP TABLE IF NOT EXISTS import_rows (
         n             BIGINT PRIMARY KEY,
         line          BIGINT NOT NULL,
         fields        TEXT NOT NULL,
         email_key     TEXT,
         username_key  TEXT,
         id            TEXT,
         error         TEXT,
         error_kind    TEXT,
         plan          TEXT,
         password_hash TEXT
     );
     CREATE INDEX IF NOT EXISTS import_rows_email ON import_rows (email_key, n);
     CREATE INDEX IF NOT EXISTS import_rows_username ON import_rows (username_key, n);
     CREATE INDEX IF NOT EXISTS import_rows_id ON import_rows (id, n);
     DELETE FROM import_rows;";

/// What a batch of `stage_*` calls set on one row, not yet sent.
#[derive(Default)]
pub(super) struct Pending {
    /// Some: the error was set (to a message and its kind, or cleared).
    error: Option<Option<(String, String)>>,
    plan: Option<String>,
    password_hash: Option<String>,
}

impl Store {
    /// Empties the staging table and stages the rows `fill` adds, in one
    /// `COPY`: all of them, or (if `fill` fails) none. The connection is
    /// busy with the copy while `fill` runs: `fill` must not use the store.
    pub fn stage(
        &self,
        fill: impl FnOnce(&mut dyn FnMut(NewRow<'_>) -> Result<()>) -> Result<()>,
    ) -> Result<()> {
        self.discard_pending();
        self.batch(CREATE_STAGING)?;
        {
            let mut client = self.client.borrow_mut();
            let copy = client.copy_in(
                "COPY import_rows (n, line, fields, email_key, username_key, id, error, \
                 error_kind) FROM STDIN (FORMAT binary)",
            )?;
            let mut writer = BinaryCopyInWriter::new(
                copy,
                &[
                    Type::INT8,
                    Type::INT8,
                    Type::TEXT,
                    Type::TEXT,
                    Type::TEXT,
                    Type::TEXT,
                    Type::TEXT,
                    Type::TEXT,
                ],
            );
            let mut n: i64 = 0;
            // On an error the writer is dropped unfinished: the copy is
            // aborted and nothing is staged.
            fill(&mut |row: NewRow<'_>| {
                n += 1;
                // PostgreSQL text cannot hold U+0000: a row whose key has
                // one is invalid (as no such user can exist), and any other
                // text keeps a replacement character in its place.
                let keys = [row.email_key, row.username_key, row.id];
                let nul = keys.iter().flatten().any(|k| k.contains('\0'));
                let clean = |text: Option<&str>| text.map(|t| t.replace('\0', "\u{FFFD}"));
                let (email_key, username_key, id, error) = if nul && row.error.is_none() {
                    (
                        None,
                        None,
                        None,
                        Some("a field holds a NUL character (U+0000)".to_string()),
                    )
                } else {
                    (
                        clean(row.email_key),
                        clean(row.username_key),
                        clean(row.id),
                        clean(row.error),
                    )
                };
                let fields = row.fields.replace('\0', "\u{FFFD}");
                let kind = error.as_ref().map(|_| "invalid_input");
                writer.write(&[
                    &n,
                    &row.line,
                    &fields,
                    &email_key,
                    &username_key,
                    &id,
                    &error,
                    &kind,
                ])?;
                Ok(())
            })?;
            writer.finish()?;
        }
        // A temporary table is never analysed by autovacuum: without this
        // the planner does not know how many rows it holds.
        self.batch("ANALYZE import_rows")?;
        Ok(())
    }

    /// Records why a staged row cannot be applied, or (None) that it can.
    pub fn stage_error(&self, n: i64, error: Option<(&str, &str)>) -> Result<()> {
        let error = error.map(|(e, k)| (e.to_string(), k.to_string()));
        if self.queue(n, |p| p.error = Some(error.clone())) {
            return Ok(());
        }
        let (text, kind) = error.unzip();
        self.execute(sql::staging::SET_ERROR, &[&n, &text, &kind])?;
        Ok(())
    }

    /// Records the plan for a staged row.
    pub fn stage_plan(&self, n: i64, plan: &str) -> Result<()> {
        if self.queue(n, |p| p.plan = Some(plan.to_string())) {
            return Ok(());
        }
        self.execute(sql::staging::SET_PLAN, &[&n, &plan])?;
        Ok(())
    }

    /// Records the hash of the password generated for a staged row.
    pub fn stage_password(&self, n: i64, hash: &str) -> Result<()> {
        if self.queue(n, |p| p.password_hash = Some(hash.to_string())) {
            return Ok(());
        }
        self.execute(sql::staging::SET_PASSWORD, &[&n, &hash])?;
        Ok(())
    }

    /// Many `stage_*` updates at once: they are sent together, in one
    /// statement, when `work` returns Ok, and forgotten (as a rolled back
    /// transaction) when it fails.
    pub fn stage_batch<T>(&self, work: impl FnOnce() -> Result<T>) -> Result<T> {
        if self.pending.borrow().is_some() {
            return work();
        }
        *self.pending.borrow_mut() = Some(BTreeMap::new());
        let value = work();
        let rows = self.pending.borrow_mut().take().unwrap_or_default();
        let value = value?;
        self.send(rows)?;
        Ok(value)
    }

    /// Queues an update if a batch is running: true if it was queued.
    fn queue(&self, n: i64, set: impl FnOnce(&mut Pending)) -> bool {
        match self.pending.borrow_mut().as_mut() {
            Some(rows) => {
                set(rows.entry(n).or_default());
                true
            }
            None => false,
        }
    }

    /// Sends the updates queued so far (before staged rows are read inside
    /// a batch).
    fn flush_pending(&self) -> Result<()> {
        let rows = self
            .pending
            .borrow_mut()
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default();
        self.send(rows)
    }

    fn discard_pending(&self) {
        if let Some(rows) = self.pending.borrow_mut().as_mut() {
            rows.clear();
        }
    }

    /// One statement for the updates of many rows.
    fn send(&self, rows: BTreeMap<i64, Pending>) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut ns = Vec::with_capacity(rows.len());
        let mut set_error = Vec::with_capacity(rows.len());
        let mut errors = Vec::with_capacity(rows.len());
        let mut kinds = Vec::with_capacity(rows.len());
        let mut plans = Vec::with_capacity(rows.len());
        let mut hashes = Vec::with_capacity(rows.len());
        for (n, p) in rows {
            ns.push(n);
            set_error.push(p.error.is_some());
            let (error, kind) = p.error.flatten().unzip();
            errors.push(error);
            kinds.push(kind);
            plans.push(p.plan);
            hashes.push(p.password_hash);
        }
        self.execute(
            "UPDATE import_rows r SET \
               error = CASE WHEN v.set_error THEN v.error ELSE r.error END, \
               error_kind = CASE WHEN v.set_error THEN v.kind ELSE r.error_kind END, \
               plan = coalesce(v.plan, r.plan), \
               password_hash = coalesce(v.hash, r.password_hash) \
             FROM unnest($1::bigint[], $2::boolean[], $3::text[], $4::text[], $5::text[], \
                         $6::text[]) AS v(n, set_error, error, kind, plan, hash) \
             WHERE r.n = v.n",
            &[&ns, &set_error, &errors, &kinds, &plans, &hashes],
        )?;
        Ok(())
    }
}

/// The valid rows that name the same user of the store as an earlier valid
/// row, one by its id and the other by its email (the user each valid row
/// names: its id, or the user its email is). Only the users some row names
/// by id are looked at: rows that name a user by email alone repeat each
/// other by email, and are found as such.
const NAMED_USER_REPEATS: &str = "SELECT n, line, first_line FROM ( \
       SELECT n, line, first_value(line) OVER w AS first_line, row_number() OVER w AS k \
       FROM ( \
         SELECT r.n, r.line, r.id AS user_id FROM import_rows r \
         WHERE r.error IS NULL AND r.id IS NOT NULL \
         UNION ALL \
         SELECT r.n, r.line, u.id FROM import_rows r JOIN users u ON u.email_key = r.email_key \
         WHERE r.error IS NULL AND r.id IS NULL \
           AND u.id IN (SELECT i.id FROM import_rows i WHERE i.error IS NULL AND i.id IS NOT NULL) \
       ) named \
       WINDOW w AS (PARTITION BY user_id ORDER BY n) \
     ) s WHERE k > 1 ORDER BY n";

fn staged_from_row(r: &Row) -> StagedRow {
    StagedRow {
        n: r.get(0),
        line: r.get(1),
        fields: r.get(2),
        error: r.get(3),
        error_kind: r.get(4),
        plan: r.get(5),
        password_hash: r.get(6),
    }
}

impl StagingReads for Reader<'_> {
    fn staged_repeats(&self) -> Result<Vec<Repeat>> {
        let store = self.store();
        store.flush_pending()?;
        let mut repeats: Vec<Repeat> = Vec::new();
        for (field, column) in [
            ("email", "email_key"),
            ("username", "username_key"),
            ("id", "id"),
            ("email or id", "user_id"),
        ] {
            // Each row after the first that names the same value, with the
            // line of the first (the rows sharing a value are read in
            // order from the index on (value, n)).
            let sql = if column == "user_id" {
                NAMED_USER_REPEATS.to_string()
            } else {
                format!(
                    "SELECT n, line, first_line FROM ( \
                       SELECT n, line, error, \
                         first_value(line) OVER w AS first_line, row_number() OVER w AS k \
                       FROM import_rows WHERE {column} IS NOT NULL \
                       WINDOW w AS (PARTITION BY {column} ORDER BY n) \
                     ) s WHERE k > 1 AND error IS NULL ORDER BY n"
                )
            };
            for row in store.rows(&sql, &[])? {
                let row = Repeat {
                    n: row.get(0),
                    line: row.get(1),
                    field,
                    first_line: row.get(2),
                };
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
        let store = self.store();
        store.flush_pending()?;
        let sql = if valid_only {
            "SELECT n, line, fields, error, error_kind, plan, password_hash FROM import_rows \
             WHERE n > $1 AND error IS NULL ORDER BY n LIMIT $2"
        } else {
            "SELECT n, line, fields, error, error_kind, plan, password_hash FROM import_rows \
             WHERE n > $1 ORDER BY n LIMIT $2"
        };
        Ok(store
            .rows(sql, &[&after, &(limit as i64)])?
            .iter()
            .map(staged_from_row)
            .collect())
    }

    fn staged_unknown(&self) -> Result<Option<i64>> {
        let store = self.store();
        store.flush_pending()?;
        Ok(store.one(sql::staging::UNKNOWN, &[])?.get(0))
    }

    fn staged_count(&self) -> Result<i64> {
        let store = self.store();
        let staged = store
            .one("SELECT to_regclass('pg_temp.import_rows') IS NOT NULL", &[])?
            .get::<_, bool>(0);
        if !staged {
            return Ok(0);
        }
        Ok(store.one(sql::staging::COUNT, &[])?.get(0))
    }

    fn select_missing_from_staged(&self, within: bool) -> Result<u64> {
        let store = self.store();
        store.flush_pending()?;
        if within {
            store.execute(sql::staging::NAMED_OUT_OF_SELECTION, &[])?;
            let n: i64 = store.one(sql::staging::COUNT_SELECTION, &[])?.get(0);
            return Ok(n as u64);
        }
        store.batch(
            "CREATE TEMP TABLE IF NOT EXISTS bulk_selection (seq BIGINT PRIMARY KEY); \
             DELETE FROM bulk_selection;",
        )?;
        let n = store.execute(sql::staging::SELECT_UNNAMED, &[])?;
        Ok(n)
    }
}
