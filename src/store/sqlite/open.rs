//! Opening a SQLite store: what a file must be before roster uses it (a
//! regular file, this account's and private, an empty file or a roster
//! store of a schema this roster knows), and how it is opened (read-write,
//! or read-only for a command that only reads).

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::{
    APPLICATION_ID, CORE_TABLES, SCHEMA_VERSION, Store, check::schema_problems, literal,
    sqlite_code,
};
use crate::domain::error::{Error, Result, Unavailable};
use crate::store::OpenOptions;

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

pub(super) fn identify_in(conn: &Connection, path: &Path, strict: bool) -> Result<i64> {
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

pub(super) fn not_a_store(path: &Path, why: String) -> Error {
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
