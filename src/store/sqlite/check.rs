//! Looking after a SQLite store: `db check` (its schema, SQLite's own
//! checks, foreign keys, the search index, roster's invariants) and `db
//! backup` (a consistent copy in a new file).

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::literal;
use super::{MIGRATIONS, Store, access, sqlite_code, users};
use crate::domain::error::{Conflict, Error, Result, Unavailable};

impl Store {
    /// Copies the store to a new file at `dest` with SQLite's online backup: a
    /// consistent snapshot, taken while other processes keep reading and
    /// writing. The file is created 0600 and never overwritten; a copy that
    /// fails its integrity check is removed.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        crate::private::create_new_file(dest).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => Conflict::FileExists {
                path: dest.to_path_buf(),
                why: "a backup never overwrites a file",
            }
            .into(),
            _ => Error::invalid("backup", format!("{}: {e}", dest.display())),
        })?;
        let copied = (|| -> Result<()> {
            let mut to = Connection::open_with_flags(
                literal(dest),
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            {
                let backup = rusqlite::backup::Backup::new(&self.conn, &mut to)?;
                loop {
                    match backup.step(-1)? {
                        rusqlite::backup::StepResult::Done => break,
                        _ => std::thread::sleep(Duration::from_millis(20)),
                    }
                }
            }
            let verdict: String = to.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
            if verdict != "ok" {
                return Err(Error::Internal(format!(
                    "the copy failed its integrity check: {verdict}"
                )));
            }
            drop(to);
            if std::fs::metadata(dest).map_or(0, |m| m.len()) == 0 {
                return Err(Error::Internal(format!(
                    "the copy at {} is empty",
                    dest.display()
                )));
            }
            Ok(())
        })();
        if copied.is_err() {
            let _ = std::fs::remove_file(dest);
        }
        copied
    }

    /// Checks the store and returns one line per problem; empty means it is
    /// sound. In order: every table, index and trigger its schema version
    /// has; SQLite's `integrity_check` (pages, indexes, the search index);
    /// foreign keys; roster's own invariants. A damaged file is a problem
    /// found, not a failure of the check; only a busy store stops it.
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let version = match self.version() {
            Ok(v) => v,
            Err(e) => {
                // Not even its schema can be read: say what, and whether the
                // file is shorter than its header says.
                let detail = match e {
                    Error::Unavailable(Unavailable::Damaged { detail }) => detail,
                    other => other.to_string(),
                };
                let mut found = vec![format!(
                    "the file is damaged: SQLite cannot read its schema ({detail}); restore it \
                     from a backup"
                )];
                found.extend(truncation(&self.path));
                return Ok(found);
            }
        };
        let schema = finding(&mut problems, "schema", || {
            schema_problems(&self.conn, version)
        })?;
        finding(&mut problems, "integrity", || {
            let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            rows.filter(|r| r.as_deref().is_ok_and(|r| r != "ok") || r.is_err())
                .map(|r| r.map(|r| format!("integrity: {r}")))
                .collect()
        })?;
        if !problems.is_empty() {
            problems.extend(truncation(&self.path));
        }
        if !schema {
            // What follows reads tables the schema check found missing.
            return Ok(problems);
        }
        finding(&mut problems, "foreign keys", || {
            let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
            let rows = stmt.query_map([], |r| {
                Ok(format!(
                    "foreign key: row {} of {} points at {} that does not exist",
                    r.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                    r.get::<_, String>(0)?,
                    referenced(&r.get::<_, String>(2)?)
                ))
            })?;
            rows.collect()
        })?;
        finding(&mut problems, "search index", || -> rusqlite::Result<_> {
            // FTS5's own check; a read-only store relies on integrity_check,
            // which covers the index too, and so does a check on a store
            // another process is writing (the check is an INSERT, which
            // would wait for the writer, then fail as busy).
            let mut found = Vec::new();
            match self.conn.execute(
                "INSERT INTO users_search (users_search, rank) VALUES ('integrity-check', 1)",
                [],
            ) {
                Err(e) if sqlite_code(&e) == Some(ErrorCode::DatabaseCorrupt) => {
                    found.push(format!("search index: {e}; {REBUILD_SEARCH}"));
                }
                Err(e)
                    if matches!(
                        sqlite_code(&e),
                        Some(
                            ErrorCode::ReadOnly
                                | ErrorCode::DatabaseBusy
                                | ErrorCode::DatabaseLocked
                        )
                    ) => {}
                other => {
                    other?;
                }
            }
            // Only ever set inside the transaction that writes a batch
            // (schema 7; a store checked before its migration has none).
            let exists: bool = self.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master \
                 WHERE type = 'table' AND name = 'users_search_paused')",
                [],
                |r| r.get(0),
            )?;
            let paused: i64 = if exists {
                self.conn
                    .query_row("SELECT count(*) FROM users_search_paused", [], |r| r.get(0))?
            } else {
                0
            };
            if paused > 0 {
                found.push(
                    "search index: paused outside a batch (users_search_paused has a row), so \
                     new users are not indexed; remove it with: sqlite3 STORE \
                     \"DELETE FROM users_search_paused\", then rebuild the index"
                        .to_string(),
                );
            }
            let mut stmt = self.conn.prepare(
                "SELECT u.id FROM users u WHERE NOT EXISTS (SELECT 1 FROM users_search s \
                 WHERE s.rowid = u.seq AND s.search_text = u.search_text)",
            )?;
            for id in stmt.query_map([], |r| r.get::<_, String>(0))? {
                found.push(format!(
                    "user {}: missing from the search index, or out of date; {REBUILD_SEARCH}",
                    id?
                ));
            }
            Ok(found)
        })?;
        finding(&mut problems, "invariants", || {
            users::invariant_violations(&self.conn)
        })?;
        finding(&mut problems, "roles", || {
            access::rule_violations(&self.conn)
        })?;
        Ok(problems)
    }
}

/// The tables, indexes, triggers and columns schema `version` has that
/// the store on `conn` lacks. The expected schema is built by running the same
/// migrations on an empty database in memory.
pub(super) fn schema_problems(conn: &Connection, version: i64) -> rusqlite::Result<Vec<String>> {
    let expected = Connection::open_in_memory()?;
    let upto = usize::try_from(version).unwrap_or(0).min(MIGRATIONS.len());
    for migration in &MIGRATIONS[..upto] {
        expected.execute_batch(migration.sql)?;
    }
    let objects = |conn: &Connection| -> rusqlite::Result<Vec<(String, String)>> {
        conn.prepare(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
    };
    let columns = |conn: &Connection, table: &str| -> rusqlite::Result<Vec<String>> {
        conn.prepare("SELECT name FROM pragma_table_info(?)")?
            .query_map([table], |r| r.get(0))?
            .collect()
    };
    let have = objects(conn)?;
    let mut problems = Vec::new();
    for (kind, name) in objects(&expected)? {
        if !have.contains(&(kind.clone(), name.clone())) {
            problems.push(format!(
                "schema: {kind} {name} is missing (schema version {version} has it)"
            ));
        } else if kind == "table" {
            let present = columns(conn, &name)?;
            for column in columns(&expected, &name)? {
                if !present.contains(&column) {
                    problems.push(format!("schema: table {name} has no column {column}"));
                }
            }
        }
    }
    Ok(problems)
}

/// What a row of `table` is, in words, for a finding about a row pointing
/// at one: "a user", "a role", "a group".
fn referenced(table: &str) -> String {
    match table {
        "users" => "a user".into(),
        "roles" => "a role".into(),
        "groups" => "a group".into(),
        other => format!("a row of {other}"),
    }
}

/// Runs one step of `db check`, adding what it finds to `problems`. A step
/// that cannot read the file (damaged pages, a missing table) is a finding
/// too; only a busy store ends the check. Returns whether the step found
/// nothing.
fn finding<E: Into<Error>>(
    problems: &mut Vec<String>,
    what: &str,
    step: impl FnOnce() -> std::result::Result<Vec<String>, E>,
) -> Result<bool> {
    match step().map_err(Into::into) {
        Ok(found) => {
            let clean = found.is_empty();
            problems.extend(found);
            Ok(clean)
        }
        Err(busy @ Error::Unavailable(Unavailable::Busy)) => Err(busy),
        Err(Error::Unavailable(Unavailable::Damaged { detail })) => {
            problems.push(format!("{what}: the file is damaged: {detail}"));
            Ok(false)
        }
        Err(e) => {
            problems.push(format!("{what}: cannot be checked: {e}"));
            Ok(false)
        }
    }
}

/// How to rebuild the search index by hand, for `db check`'s report.
const REBUILD_SEARCH: &str = "rebuild it with: sqlite3 STORE \"DELETE FROM users_search; \
    INSERT INTO users_search (rowid, search_text) SELECT seq, search_text FROM users\"";

/// Whether the file is shorter than its header says it is, in words.
pub(super) fn truncation(path: &Path) -> Option<String> {
    use std::io::Read as _;
    let mut header = [0u8; 100];
    let mut file = std::fs::File::open(path).ok()?;
    file.read_exact(&mut header).ok()?;
    let length = file.metadata().ok()?.len();
    let be32 = |at: usize| {
        u64::from(u32::from_be_bytes([
            header[at],
            header[at + 1],
            header[at + 2],
            header[at + 3],
        ]))
    };
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        size => u64::from(size),
    };
    // The page count in the header is valid only when the change counter
    // it was written with is the current one.
    let pages = be32(28);
    if be32(92) != be32(24) || pages == 0 {
        return None;
    }
    let expected = pages * page_size;
    (length < expected).then(|| {
        format!(
            "the file is truncated: {length} bytes, where its header says {pages} pages of \
             {page_size} bytes ({expected} bytes)"
        )
    })
}
