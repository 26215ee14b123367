//! The store itself as operations: migrating, checking, backing up,
//! copying and counting it. Migrate, check and copy open the store their
//! own way (unmigrated, read-only, two at once); the front end checks who
//! may run them with [`Admit`] on each store as it is opened.

use std::path::Path;
use std::time::Duration;

use serde::Serialize;

use super::copy::Copied;
use super::front::Notices;
use super::session::Session;
use crate::domain::error::{Error, Result};
use crate::domain::stored::StatusCount;
use crate::store::{OpenOptions, Store, StoreLocation};

/// Who runs the command: checked on each store as it is opened, before
/// anything is read, as [`Session::open`] checks it (SPEC §8).
#[derive(Clone, Copy)]
pub struct Admit<'a> {
    pub ctx: &'a super::Ctx,
    /// The actor was named (`--as`, `ROSTER_ACTOR`); else the OS account, trusted.
    pub actor_named: bool,
    /// The command (`db check`), whose permission the actor must hold.
    pub command: &'a str,
}

impl Admit<'_> {
    /// Resolves who acts on `store` and checks the command's permission.
    fn check(&self, store: &Store) -> Result<()> {
        super::session::admit(store, self.ctx, self.actor_named, self.command).map(drop)
    }
}

/// How stores are opened, from the settings.
#[derive(Clone, Debug)]
pub struct Opening {
    pub busy_timeout: Duration,
    pub allow_shared: bool,
    /// Make the store's directory (the default location only).
    pub create_dir: bool,
}

impl Opening {
    fn options(&self, migrate: bool, read_only: bool, create: bool) -> OpenOptions {
        OpenOptions {
            busy_timeout: self.busy_timeout,
            migrate,
            allow_shared: self.allow_shared,
            read_only,
            create,
            create_dir: false,
        }
    }
}

/// The store as messages show it: a path, or a connection string without
/// its password.
pub fn shown(db: &StoreLocation) -> String {
    db.shown()
}

/// What `db migrate` did: the schema version found, the one now, and the
/// migrations applied.
#[derive(Clone, Debug, Serialize)]
pub struct Migrated {
    pub from: i64,
    pub to: i64,
    pub applied: Vec<i64>,
}

/// Brings the store at `db` (made if there is none) to the current schema.
pub fn migrate(db: &StoreLocation, opening: &Opening, admit: Admit) -> Result<Migrated> {
    let options = OpenOptions {
        create_dir: opening.create_dir,
        ..opening.options(false, false, true)
    };
    let mut store = Store::open(db, &options)?;
    admit.check(&store)?;
    let from = store.found_version();
    let applied = store.migrate()?;
    Ok(Migrated {
        from,
        to: store.schema_version(),
        applied,
    })
}

/// Checks the store at `db` as it is, read-only and unmigrated: what does
/// not hold (integrity, foreign keys, the rules of SPEC §8), one line each.
pub fn check(
    db: &StoreLocation,
    opening: &Opening,
    admit: Admit,
    notices: &dyn Notices,
) -> Result<Vec<String>> {
    let store = Store::open(db, &opening.options(false, true, false))?;
    for warning in store.warnings() {
        notices.warn(warning);
    }
    admit.check(&store)?;
    if store.found_version() < store.schema_version() {
        notices.say(&format!(
            "schema version {} is older than the {} this roster writes; \
             checked as it is (`roster db migrate` upgrades it)",
            store.found_version(),
            store.schema_version()
        ));
    }
    store.check()
}

/// Checks the session's store (a server's, for `db check` through it):
/// what does not hold, one line each.
pub fn check_open(session: &Session) -> Result<Vec<String>> {
    session.store().check()
}

/// What `db backup` wrote.
#[derive(Clone, Debug, Serialize)]
pub struct BackedUp {
    pub path: String,
    pub bytes: u64,
    pub schema_version: i64,
}

/// Writes a consistent copy of the session's store to `file`.
pub fn backup(session: &Session, file: &Path) -> Result<BackedUp> {
    let store = session.store();
    store.backup_to(file)?;
    let bytes = std::fs::metadata(file).map(|m| m.len()).unwrap_or_default();
    Ok(BackedUp {
        path: file.display().to_string(),
        bytes,
        schema_version: store.schema_version(),
    })
}

/// How many users have each status.
pub fn stats(session: &Session) -> Result<Vec<StatusCount>> {
    session.store().reader().count_by_status(session.ctx.now)
}

/// `db copy FROM TO`: a whole store into an empty one (a local command:
/// it names two stores, so it is not a request a server takes).
#[derive(Clone, Debug)]
pub struct DbCopy {
    pub from: StoreLocation,
    pub to: StoreLocation,
}

/// What `db copy` did: the stores as shown, and each table's rows.
#[derive(Clone, Debug, Serialize)]
pub struct CopyDone {
    pub from: String,
    pub to: String,
    pub tables: Vec<Copied>,
}

/// Copies FROM (current schema, opened read-only) into TO (made if there
/// is none, and empty), checking every table's count (see
/// [`super::copy::copy`]). A password in either connection string is
/// refused: it would show in `ps` and in shell history.
pub fn copy(
    req: &DbCopy,
    opening: &Opening,
    admit: Admit,
    notices: &dyn Notices,
) -> Result<CopyDone> {
    for db in [&req.from, &req.to] {
        if db.has_password() {
            return Err(Error::invalid(
                "db",
                "a password in the arguments shows in `ps` and in shell history: give \
                 it in PGPASSWORD or ~/.pgpass",
            ));
        }
    }
    if req.from == req.to {
        return Err(Error::invalid("db", "FROM and TO are the same store"));
    }
    let source = Store::open(&req.from, &opening.options(false, true, false))?;
    admit.check(&source)?;
    if source.found_version() < source.schema_version() {
        return Err(Error::invalid(
            "db",
            format!(
                "{} has schema version {}, older than the {} this roster writes: \
                 `roster --db FROM db migrate` it first",
                source.path().display(),
                source.found_version(),
                source.schema_version()
            ),
        ));
    }
    let mut target = Store::open(&req.to, &opening.options(true, false, true))?;
    for warning in source.warnings().iter().chain(target.warnings()) {
        notices.warn(warning);
    }
    let tables = super::copy::copy(&source, &mut target)?;
    Ok(CopyDone {
        from: source.path().display().to_string(),
        to: target.path().display().to_string(),
        tables,
    })
}
