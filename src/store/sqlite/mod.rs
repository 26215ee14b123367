//! The SQLite store: opening (file modes, pragmas, migrations) and transactions.
//! All SQL lives under this module; nothing outside it sees rusqlite.

mod access;
mod audit;
mod bulk;
mod copy;
mod outbox;
mod staging;
mod tokens;
mod users;

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};

use crate::domain::error::{Conflict, Error, Result, Unavailable};
use crate::store::OpenOptions;

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
    /// Opens the store at `path`, creating it (directory 0700, file 0600) on first
    /// use and applying pending migrations. Anything that is not an empty file
    /// or a roster store is refused before it is touched, and so is a store
    /// written by a newer roster, or one other accounts can read (unless
    /// `allow_shared`).
    pub fn open(path: &Path, options: &OpenOptions) -> Result<Store> {
        if options.read_only {
            return Store::open_read_only(path, options);
        }
        not_a_file(path)?;
        if !path.exists() {
            let missing_dir = path
                .parent()
                .filter(|d| !d.as_os_str().is_empty() && !d.exists());
            if !options.create {
                return Err(Error::NoStore {
                    path: path.to_path_buf(),
                    why: match missing_dir.filter(|_| !options.create_dir) {
                        // A write would fail too: say what is missing.
                        Some(dir) => format!(
                            "its directory {} does not exist (roster makes only the default \
                             location's directory)",
                            dir.display()
                        ),
                        None => "this command only reads, and any write creates it".into(),
                    },
                });
            }
            if let Some(dir) = missing_dir
                && !options.create_dir
            {
                return Err(Error::NoStore {
                    path: path.to_path_buf(),
                    why: format!(
                        "its directory {} does not exist; create it first (roster makes only \
                         the default location's directory)",
                        dir.display()
                    ),
                });
            }
        }
        if let Some(what) = path.exists().then(|| unwritable(path)).flatten() {
            if options.create {
                return Err(Unavailable::Unusable {
                    why: format!("{} cannot be written: {what}", path.display()),
                }
                .into());
            }
            // Only reading: the store as it is, read-only.
            let store = Store::open_read_only(path, options)?;
            if store.found_version < SCHEMA_VERSION {
                return Err(Unavailable::Unusable {
                    why: format!(
                        "{} has schema version {}, older than the {SCHEMA_VERSION} this roster \
                         reads, and this account cannot migrate it: {what}; or run `roster db \
                         migrate` as an account that can write it",
                        path.display(),
                        store.found_version
                    ),
                }
                .into());
            }
            return Ok(store);
        }
        create_private(path)?;
        let conn = Connection::open_with_flags(
            literal(path),
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| open_error(path, e))?;
        conn.busy_timeout(options.busy_timeout)
            .map_err(|e| open_error(path, e))?;
        // A bulk write runs a few dozen statements per user; preparing one
        // again costs more than running it, so every one stays prepared.
        conn.set_prepared_statement_cache_capacity(128);
        // Both checks only read; nothing is written until they pass.
        let found_version = identify(&conn, path, true)?;
        let warnings = check_private(path, options.allow_shared)?;
        // Switching a new file to WAL needs it to itself for a moment, and
        // SQLite says "busy" at once, without waiting, when another process
        // opening it at the same time holds it: try again within the timeout.
        let deadline = std::time::Instant::now() + options.busy_timeout;
        loop {
            match conn.execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                 PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;",
            ) {
                Err(e)
                    if sqlite_code(&e) == Some(ErrorCode::DatabaseBusy)
                        && std::time::Instant::now() < deadline =>
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                other => break other.map_err(|e| open_error(path, e))?,
            }
        }
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            found_version,
            warnings,
            read_only: false,
        };
        if options.migrate {
            store.migrate()?;
        }
        Ok(store)
    }

    /// Opens an existing store to look at, writing nothing: it may be
    /// another account's file in a directory this one cannot write. When
    /// SQLite cannot even make the WAL's shared-memory file there, the file
    /// is read as immutable (without locks), and a warning says so.
    fn open_read_only(path: &Path, options: &OpenOptions) -> Result<Store> {
        not_a_file(path)?;
        if !path.exists() {
            return Err(Error::NoStore {
                path: path.to_path_buf(),
                why: "any write creates it".into(),
            });
        }
        let open = |immutable: bool| -> Result<(Connection, i64)> {
            let conn = if immutable {
                Connection::open_with_flags(
                    immutable_uri(path),
                    OpenFlags::SQLITE_OPEN_READ_ONLY
                        | OpenFlags::SQLITE_OPEN_URI
                        | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )
            } else {
                Connection::open_with_flags(
                    literal(path),
                    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )
            }
            .map_err(|e| open_error(path, e))?;
            conn.busy_timeout(options.busy_timeout)
                .map_err(|e| open_error(path, e))?;
            let version = identify(&conn, path, false)?;
            Ok((conn, version))
        };
        let mut warnings = check_private(path, options.allow_shared)?;
        let (conn, found_version) = match open(false) {
            Err(Error::Unavailable(Unavailable::Unusable { .. })) => {
                warnings.push(format!(
                    "{}: its directory cannot be written, so it was read without locks; \
                     a roster writing to it meanwhile could make what is read inconsistent",
                    path.display()
                ));
                open(true)?
            }
            other => other?,
        };
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            found_version,
            warnings,
            read_only: true,
        })
    }

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
            // which covers the index too.
            let mut found = Vec::new();
            match self.conn.execute(
                "INSERT INTO users_search (users_search, rank) VALUES ('integrity-check', 1)",
                [],
            ) {
                Err(e) if sqlite_code(&e) == Some(ErrorCode::DatabaseCorrupt) => {
                    found.push(format!("search index: {e}; {REBUILD_SEARCH}"));
                }
                Err(e) if sqlite_code(&e) == Some(ErrorCode::ReadOnly) => {}
                other => {
                    other?;
                }
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
fn schema_problems(conn: &Connection, version: i64) -> rusqlite::Result<Vec<String>> {
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

/// The path as SQLite must be given it to open exactly that file: SQLite reads
/// a name that starts with `file:` as a URI (which could name another file,
/// or memory), so a relative path gets a leading `./`.
fn literal(path: &Path) -> PathBuf {
    if path.is_relative() {
        Path::new(".").join(path)
    } else {
        path.to_path_buf()
    }
}

/// A `file:` URI that opens `path` read-only without locks or a WAL index.
fn immutable_uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for byte in absolute.as_os_str().as_encoded_bytes() {
        match byte {
            b'?' | b'#' | b'%' => uri.push_str(&format!("%{byte:02X}")),
            _ => uri.push(char::from(*byte)),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// How to rebuild the search index by hand, for `db check`'s report.
const REBUILD_SEARCH: &str = "rebuild it with: sqlite3 STORE \"DELETE FROM users_search; \
    INSERT INTO users_search (rowid, search_text) SELECT seq, search_text FROM users\"";

/// Creates the store's directory (0700) and file (0600) if they do not exist yet,
/// so SQLite never creates them with the process umask.
fn create_private(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::private::create_dir(dir).map_err(|source| Unavailable::Io {
            action: "create",
            path: dir.to_path_buf(),
            source,
        })?;
    }
    match crate::private::create_new_file(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(Unavailable::Io {
            action: "create the store",
            path: path.to_path_buf(),
            source,
        }
        .into()),
    }
}

/// A path that names no file a store could be: a directory, a device, a
/// pipe. Refused before anything is tried on it (exit 8).
fn not_a_file(path: &Path) -> Result<()> {
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(());
    };
    let kind = meta.file_type();
    let what = if kind.is_file() {
        return Ok(());
    } else if kind.is_dir() {
        format!(
            "it is a directory; name the store's file, such as {}",
            path.join("roster.db").display()
        )
    } else {
        use std::os::unix::fs::FileTypeExt as _;
        let what = if kind.is_char_device() {
            "a character device"
        } else if kind.is_block_device() {
            "a block device"
        } else if kind.is_fifo() {
            "a named pipe"
        } else if kind.is_socket() {
            "a socket"
        } else {
            "not a regular file"
        };
        format!("it is {what}, not a file; name the store's file")
    };
    Err(not_a_store(path, what))
}

/// What this account cannot write of the store at `path`, and how to fix
/// each: the file, its directory (where SQLite makes the `-wal` and `-shm`
/// files while it writes), and those files if they are there. None when
/// all can be written (root can write them whatever their modes).
fn unwritable(path: &Path) -> Option<String> {
    let can_write = |p: &Path| {
        use std::os::unix::ffi::OsStrExt as _;
        let Ok(c) = std::ffi::CString::new(p.as_os_str().as_bytes()) else {
            return false;
        };
        // SAFETY: a valid NUL-terminated path; access() only reads it.
        let allowed = unsafe { libc::access(c.as_ptr(), libc::W_OK) } == 0;
        // Gone, or gone meanwhile (the last connection to close removes the
        // -wal and -shm files): nothing there to stop a write.
        allowed || std::io::Error::last_os_error().kind() == std::io::ErrorKind::NotFound
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let side = |ext: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(ext);
        PathBuf::from(name)
    };
    let mut what = Vec::new();
    if !can_write(path) {
        what.push(format!(
            "the file {} (fix: chmod u+w {})",
            path.display(),
            path.display()
        ));
    }
    if !can_write(&dir) {
        what.push(format!(
            "its directory {}, where SQLite makes the store's -wal and -shm files (fix: chmod \
             u+w {})",
            dir.display(),
            dir.display()
        ));
    }
    for ext in ["-wal", "-shm"] {
        let file = side(ext);
        if !can_write(&file) {
            what.push(format!(
                "{} (fix: chmod u+w {}, as its owner)",
                file.display(),
                file.display()
            ));
        }
    }
    (!what.is_empty()).then(|| format!("this account cannot write {}", what.join("; nor ")))
}

/// The store holds password hashes: it must be this account's, and only this
/// account's to read. Another account's file, or one that group or others may
/// read or write, is refused, unless `allow_shared` says it is on purpose;
/// then it is used with a warning. Symlinks are followed: what matters is the
/// file the data goes into.
fn check_private(path: &Path, allow_shared: bool) -> Result<Vec<String>> {
    use std::os::unix::fs::MetadataExt as _;
    let meta = std::fs::metadata(path).map_err(|source| Unavailable::Io {
        action: "read",
        path: path.to_path_buf(),
        source,
    })?;
    let mode = meta.mode() & 0o777;
    let me = crate::private::effective_uid();
    let mut problems = Vec::new();
    if meta.uid() != me {
        problems.push(format!(
            "it is owned by another account (uid {}, not {me})",
            meta.uid()
        ));
    }
    if mode & 0o077 != 0 {
        problems.push(format!(
            "its mode {mode:04o} lets other accounts read or write it; fix it with: chmod 600 {}",
            path.display()
        ));
    }
    if problems.is_empty() {
        return Ok(Vec::new());
    }
    let what = format!("{}: {}", path.display(), problems.join("; "));
    if allow_shared {
        Ok(vec![format!(
            "{what} (used because --allow-shared-store or store.allow_shared says so)"
        )])
    } else {
        Err(Unavailable::Unusable {
            why: format!(
                "{what}. It holds password hashes; if sharing it is on purpose, pass \
                 --allow-shared-store or set store.allow_shared = true"
            ),
        }
        .into())
    }
}

/// Decides, before anything is written, whether the file is an empty file
/// (to become a store) or a roster store this binary can use. Returns its
/// schema version. Everything is read in one read transaction: a store that
/// another process is creating meanwhile is seen before or after, never
/// half made.
fn identify(conn: &Connection, path: &Path, strict: bool) -> Result<i64> {
    conn.execute_batch("BEGIN")
        .map_err(|e| open_error(path, e))?;
    let found = identify_in(conn, path, strict);
    // Only read: nothing to keep, and nothing an error could leave behind.
    let _ = conn.execute_batch("ROLLBACK");
    found
}

/// The schema version since which every roster store carries its marker,
/// `PRAGMA application_id = APPLICATION_ID` (written by migration 4, in the
/// transaction that makes the schema).
const MARKED_SINCE: i64 = 4;

fn identify_in(conn: &Connection, path: &Path, strict: bool) -> Result<i64> {
    let read = |e| open_error(path, e);
    let pragmas = conn
        .query_row("PRAGMA application_id", [], |r| r.get::<_, i64>(0))
        .and_then(|id| {
            conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
                .map(|version| (id, version))
        });
    let (application_id, version) = match pragmas {
        Ok(found) => found,
        // Only looking (`db check`) at a file whose schema SQLite cannot
        // even load (a truncated store): its header says whose it is and
        // its version; the damage is for the check to report.
        Err(e) if !strict && sqlite_code(&e) == Some(ErrorCode::DatabaseCorrupt) => {
            let Some((application_id, version)) = header_fields(path) else {
                return Err(read(e));
            };
            if application_id != APPLICATION_ID {
                return Err(read(e));
            }
            return Ok(version);
        }
        Err(e) => return Err(read(e)),
    };
    let tables: Vec<String> = match conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .and_then(|mut stmt| {
            stmt.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()
        }) {
        Ok(tables) => tables,
        // Only looking (`db check`): the damage is for the check to report.
        Err(e) if !strict && sqlite_code(&e) == Some(ErrorCode::DatabaseCorrupt) => {
            return Ok(version);
        }
        Err(e) => return Err(read(e)),
    };
    if application_id != 0 && application_id != APPLICATION_ID {
        return Err(not_a_store(
            path,
            format!("it belongs to another application (application_id {application_id:#x})"),
        ));
    }
    let foreign = || {
        not_a_store(
            path,
            format!(
                "it is another program's SQLite database (tables: {})",
                shorten_list(&tables)
            ),
        )
    };
    if application_id == 0 && version >= MARKED_SINCE {
        // Every roster store of this version carries the marker.
        return Err(foreign());
    }
    if version > SCHEMA_VERSION {
        return Err(Unavailable::NewerSchema {
            path: path.to_path_buf(),
            found: version,
            known: SCHEMA_VERSION,
        }
        .into());
    }
    if version < 0 {
        return Err(not_a_store(
            path,
            format!("its schema version {version} is not one roster ever wrote"),
        ));
    }
    if version == 0 {
        if !tables.is_empty() {
            return Err(foreign());
        }
        return Ok(0);
    }
    let missing: Vec<&str> = CORE_TABLES
        .iter()
        .copied()
        .filter(|t| !tables.iter().any(|have| have == t))
        .collect();
    if strict && !missing.is_empty() {
        return Err(not_a_store(
            path,
            format!(
                "it says schema version {version} but has no {} table; `roster db check` \
                 lists what is wrong",
                missing.join(", ")
            ),
        ));
    }
    if strict && application_id == 0 {
        // A store from before the marker (schema 1 to 3) is recognised by
        // its schema: every table, index, trigger and column that version
        // has. Tables that are only named like roster's are not a store.
        let lacking = schema_problems(conn, version).map_err(read)?;
        if !lacking.is_empty() {
            return Err(not_a_store(
                path,
                format!(
                    "it has no roster marker (application_id), and its tables are not roster's \
                     schema version {version} ({} difference(s), first: {}); it is another \
                     program's SQLite database (tables: {})",
                    lacking.len(),
                    lacking[0].trim_start_matches("schema: "),
                    shorten_list(&tables)
                ),
            ));
        }
    }
    Ok(version)
}

/// What SQLite said went wrong, without the SQL it was running: an input
/// error's message ("no such column: x"), not the statement it quotes.
fn without_sql(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        rusqlite::Error::SqliteFailure(_, Some(message)) => message.clone(),
        rusqlite::Error::SqliteFailure(failure, None) => failure.to_string(),
        other => other.to_string(),
    }
}

/// The `application_id` and `user_version` a SQLite file's header holds,
/// read from the file itself; None if it has no SQLite header.
fn header_fields(path: &Path) -> Option<(i64, i64)> {
    use std::io::Read as _;
    let mut header = [0u8; 100];
    std::fs::File::open(path)
        .ok()?
        .read_exact(&mut header)
        .ok()?;
    if &header[..16] != b"SQLite format 3\0" {
        return None;
    }
    let field = |at: usize| {
        i64::from(i32::from_be_bytes([
            header[at],
            header[at + 1],
            header[at + 2],
            header[at + 3],
        ]))
    };
    Some((field(68), field(60)))
}

/// Whether the file is shorter than its header says it is, in words.
fn truncation(path: &Path) -> Option<String> {
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

fn shorten_list(names: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut text = names
        .iter()
        .take(SHOWN)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > SHOWN {
        text.push_str(&format!(" and {} more", names.len() - SHOWN));
    }
    text
}

fn not_a_store(path: &Path, why: String) -> Error {
    Unavailable::NotAStore {
        path: path.to_path_buf(),
        why,
    }
    .into()
}

/// An error while opening or identifying the store: one that shows the file
/// is not a usable database is "not a roster store" (exit 8), like every
/// other file roster will not use.
fn open_error(path: &Path, e: rusqlite::Error) -> Error {
    match sqlite_code(&e) {
        Some(ErrorCode::NotADatabase) => not_a_store(path, "it is not an SQLite database".into()),
        Some(ErrorCode::DatabaseCorrupt) => not_a_store(
            path,
            format!(
                "it is damaged ({e}); restore it from a backup (`roster db backup` makes them)"
            ),
        ),
        _ => match Error::from(e) {
            Error::Store { message, .. } => Unavailable::Unusable {
                why: format!("cannot open {}: {message}", path.display()),
            }
            .into(),
            other => other,
        },
    }
}

fn sqlite_code(e: &rusqlite::Error) -> Option<ErrorCode> {
    match e {
        rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
        _ => None,
    }
}

/// What a uniqueness constraint of the store guards, from SQLite's message
/// ("UNIQUE constraint failed: users.email_key").
fn unique_what(message: Option<&str>) -> String {
    let column = message
        .and_then(|m| m.rsplit_once(": "))
        .map(|(_, cols)| cols)
        .unwrap_or("a value");
    match column {
        "users.email_key" => "this email".into(),
        "users.username_key" => "this username".into(),
        "users.id" => "this user id".into(),
        other => other.to_string(),
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        if let rusqlite::Error::SqlInputError { error, msg, .. } = e {
            // Its Display quotes the whole statement: messages never show SQL.
            return Error::from(rusqlite::Error::SqliteFailure(error, Some(msg)));
        }
        let rusqlite::Error::SqliteFailure(failure, message) = &e else {
            return Error::store(e);
        };
        match failure.code {
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => Unavailable::Busy.into(),
            ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied => {
                Unavailable::Unusable {
                    why: format!("it cannot be written: {e}"),
                }
                .into()
            }
            ErrorCode::DiskFull => Unavailable::DiskFull.into(),
            ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => Unavailable::Damaged {
                detail: e.to_string(),
            }
            .into(),
            ErrorCode::ConstraintViolation
                if matches!(
                    failure.extended_code,
                    rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                        | rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
                ) =>
            {
                Conflict::Duplicate {
                    what: unique_what(message.as_deref()),
                }
                .into()
            }
            _ => Error::store(e),
        }
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
