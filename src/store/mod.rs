//! The store: what operations read and write, behind traits (`api`), and
//! the backends that provide it. Today that is SQLite (`sqlite/`, the only
//! module that sees rusqlite); nothing above `store/` knows which backend it
//! runs on: it reads through a [`Reader`] (which derefs to `dyn Reads`) and
//! writes through a transaction (`&Tx`, a `dyn Writes`).

pub mod api;
mod chain;
pub mod copy;
mod postgres;
mod row;
mod sqlite;

use std::ops::Deref;
use std::path::Path;
use std::time::Duration;

pub use api::{
    AccessReads, AccessWrites, AuditReads, AuditWrites, BulkWrites, CopyReads, CopyWrites,
    OutboxReads, OutboxWrites, StagingReads, TokenReads, TokenWrites, UserReads, UserWrites,
};
pub use sqlite::{APPLICATION_ID, ROLES_SCHEMA, SCHEMA_VERSION};

use crate::domain::error::{Error, Result};
use crate::domain::query::ListQuery;
use crate::domain::stored::{AuditEntry, AuditFilter, NewRow};
use crate::domain::user::User;

/// Everything a backend can read, on the store and inside a transaction.
pub trait Reads:
    UserReads + AccessReads + AuditReads + OutboxReads + TokenReads + StagingReads + CopyReads
{
}

impl<T> Reads for T where
    T: UserReads + AccessReads + AuditReads + OutboxReads + TokenReads + StagingReads + CopyReads
{
}

/// Everything a backend can write, inside one transaction; and what it
/// reads there (its own writes included).
pub trait Writes:
    UserWrites + AccessWrites + AuditWrites + OutboxWrites + TokenWrites + BulkWrites + CopyWrites
{
    fn reader(&self) -> Reader<'_>;
}

/// A write transaction, as operations see it: `&Tx` is `&dyn Writes`.
pub type Tx<'a> = dyn Writes + 'a;

/// Read access to a store, outside a write or inside one. Cheap to copy;
/// derefs to `dyn Reads`.
#[derive(Clone, Copy)]
pub struct Reader<'a>(Handle<'a>);

#[derive(Clone, Copy)]
enum Handle<'a> {
    Sqlite(sqlite::Reader<'a>),
    Postgres(postgres::Reader<'a>),
}

impl<'a> Deref for Reader<'a> {
    type Target = dyn Reads + 'a;

    fn deref(&self) -> &Self::Target {
        match &self.0 {
            Handle::Sqlite(reader) => reader,
            Handle::Postgres(reader) => reader,
        }
    }
}

impl<'a> Reader<'a> {
    fn sqlite(reader: sqlite::Reader<'a>) -> Reader<'a> {
        Reader(Handle::Sqlite(reader))
    }

    fn postgres(reader: postgres::Reader<'a>) -> Reader<'a> {
        Reader(Handle::Postgres(reader))
    }

    /// Streams the users `query` selects to `each`, in its order. `each`
    /// may fail with its own error type, which ends the listing.
    pub fn list_users<E: From<Error>>(
        &self,
        query: &ListQuery,
        now: jiff::Timestamp,
        mut each: impl FnMut(User) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let mut stopped = None;
        let walked = self.each_user(query, now, &mut |user| {
            each(user).map_err(|e| {
                stopped = Some(e);
                Error::Internal("stopped by the caller".into())
            })
        });
        finish(walked, stopped)
    }

    /// Streams the audit entries `filter` selects to `each`, oldest first.
    pub fn audit_entries<E: From<Error>>(
        &self,
        filter: &AuditFilter,
        mut each: impl FnMut(AuditEntry) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let mut stopped = None;
        let walked = self.each_audit_entry(filter, &mut |entry| {
            each(entry).map_err(|e| {
                stopped = Some(e);
                Error::Internal("stopped by the caller".into())
            })
        });
        finish(walked, stopped)
    }
}

/// The caller's own error when its callback stopped a walk, else the walk's.
fn finish<E: From<Error>>(walked: Result<()>, stopped: Option<E>) -> std::result::Result<(), E> {
    match stopped {
        Some(e) => Err(e),
        None => walked.map_err(E::from),
    }
}

/// How to open a store.
#[derive(Clone, Debug)]
pub struct OpenOptions {
    /// How long a write waits for another process's lock before giving up (exit 8).
    pub busy_timeout: Duration,
    /// Apply pending migrations. `db migrate` and every other command do;
    /// only read-only inspection leaves them.
    pub migrate: bool,
    /// Use a store that others can read, or that another account owns (with
    /// a warning) instead of refusing it.
    pub allow_shared: bool,
    /// Only look (`db check`): open read-only, create and migrate nothing,
    /// and take a store with missing tables for what it is, to report them.
    pub read_only: bool,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            busy_timeout: Duration::from_secs(5),
            migrate: true,
            allow_shared: false,
            read_only: false,
        }
    }
}

/// An open store: a SQLite file, or a PostgreSQL database (`--db
/// postgres://…`). Every command works the same on both.
pub struct Store(Open);

enum Open {
    Sqlite(sqlite::Store),
    Postgres(Box<postgres::Store>),
}

/// Runs the same call on whichever backend the store is.
macro_rules! on_backend {
    ($store:expr, $s:ident => $call:expr) => {
        match $store {
            Open::Sqlite($s) => $call,
            Open::Postgres($s) => $call,
        }
    };
}

impl Store {
    /// Opens the store `db` names: a `postgres://` or `postgresql://`
    /// connection string, or a file path. See each backend for what is
    /// refused (exit 8) before anything is written.
    pub fn open(db: &Path, options: &OpenOptions) -> Result<Store> {
        Ok(Store(if postgres::is_url(db) {
            Open::Postgres(Box::new(postgres::Store::open(db, options)?))
        } else {
            Open::Sqlite(sqlite::Store::open(db, options)?)
        }))
    }

    /// True for a `postgres://` store.
    pub fn is_url(db: &Path) -> bool {
        postgres::is_url(db)
    }

    /// The store as messages show it: a path, or a connection string
    /// without its password.
    pub fn shown(db: &Path) -> String {
        if postgres::is_url(db) {
            postgres::connect::without_password(&db.to_string_lossy())
        } else {
            db.display().to_string()
        }
    }

    /// True for a `postgres://` connection string that holds a password.
    pub fn url_has_password(db: &Path) -> bool {
        postgres::is_url(db) && postgres::connect::has_password(&db.to_string_lossy())
    }

    /// Where the store is: the file, or the connection string without its
    /// password.
    pub fn path(&self) -> &Path {
        on_backend!(&self.0, s => s.path())
    }

    /// Which backend: `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        match self.0 {
            Open::Sqlite(_) => "sqlite",
            Open::Postgres(_) => "postgres",
        }
    }

    /// The schema version the store had when it was opened.
    pub fn found_version(&self) -> i64 {
        on_backend!(&self.0, s => s.found_version())
    }

    /// The schema version this roster writes on this backend.
    pub fn schema_version(&self) -> i64 {
        match self.0 {
            Open::Sqlite(_) => sqlite::SCHEMA_VERSION,
            Open::Postgres(_) => postgres::SCHEMA_VERSION,
        }
    }

    /// Whether the store has roles and permissions (a SQLite store from
    /// before schema 5 has not: its actors are not checked).
    pub fn has_roles(&self) -> Result<bool> {
        match &self.0 {
            Open::Sqlite(s) => Ok(s.version()? >= sqlite::ROLES_SCHEMA),
            Open::Postgres(_) => Ok(true),
        }
    }

    /// Warnings from opening the store, for the command to show.
    pub fn warnings(&self) -> &[String] {
        on_backend!(&self.0, s => s.warnings())
    }

    pub fn version(&self) -> Result<i64> {
        on_backend!(&self.0, s => s.version())
    }

    /// Applies every pending migration; returns the versions applied.
    pub fn migrate(&mut self) -> Result<Vec<i64>> {
        on_backend!(&mut self.0, s => s.migrate())
    }

    /// Read access outside a write transaction.
    pub fn reader(&self) -> Reader<'_> {
        on_backend!(&self.0, s => s.reader())
    }

    /// Runs `work` in one write transaction: committed if it returns Ok,
    /// rolled back (the store as it was) if it returns Err. One writer at a
    /// time, on either backend.
    pub fn write<T>(&mut self, work: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        on_backend!(&mut self.0, s => s.write(work))
    }

    /// Runs `work` on one consistent snapshot of the store: every read
    /// sees the store as it was when the first one ran, whatever other
    /// processes commit meanwhile.
    pub fn snapshot<T>(&self, work: impl FnOnce(Reader<'_>) -> Result<T>) -> Result<T> {
        on_backend!(&self.0, s => s.snapshot(work))
    }

    /// A consistent copy of the store in a new file (SQLite only).
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        on_backend!(&self.0, s => s.backup_to(dest))
    }

    /// Everything wrong with the store, as findings.
    pub fn check(&self) -> Result<Vec<String>> {
        on_backend!(&self.0, s => s.check())
    }

    /// Stages the rows of an import or sync file (a temporary table of this
    /// connection): `fill` is given a function that stages one row.
    pub fn stage(
        &self,
        fill: impl FnOnce(&mut dyn FnMut(NewRow<'_>) -> Result<()>) -> Result<()>,
    ) -> Result<()> {
        on_backend!(&self.0, s => s.stage(fill))
    }

    /// Records why a staged row cannot be applied, or (None) that it can.
    pub fn stage_error(&self, n: i64, error: Option<(&str, &str)>) -> Result<()> {
        on_backend!(&self.0, s => s.stage_error(n, error))
    }

    /// Records the plan for a staged row.
    pub fn stage_plan(&self, n: i64, plan: &str) -> Result<()> {
        on_backend!(&self.0, s => s.stage_plan(n, plan))
    }

    /// Records the hash of the password generated for a staged row.
    pub fn stage_password(&self, n: i64, hash: &str) -> Result<()> {
        on_backend!(&self.0, s => s.stage_password(n, hash))
    }

    /// Many `stage_*` updates in one transaction of the staging table.
    pub fn stage_batch<T>(&self, work: impl FnOnce() -> Result<T>) -> Result<T> {
        on_backend!(&self.0, s => s.stage_batch(work))
    }
}
