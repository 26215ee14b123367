//! The store: what operations read and write, behind traits (`api`), and
//! the backends that provide them: SQLite (`sqlite/`, the only module that
//! sees rusqlite) and PostgreSQL (`postgres/`, the only one that sees the
//! postgres crate). Nothing above `store/` knows which backend it runs on:
//! a [`Store`] derefs to `dyn Backend` (the store as a whole: schema,
//! checks, backups, staging), reads go through a [`Reader`] (which derefs
//! to `dyn Reads`) and writes through a transaction (`&Tx`, a `dyn Writes`).

/// `Admin`, `Staging` and `Backend` for a backend's `Store`, each method by
/// the inherent method of the same work (the generic `write`, `snapshot`,
/// `stage` and `stage_batch` take the traits' `dyn FnMut`). Given the
/// backend's schema version and whether a store has roles.
macro_rules! backend_by_inherent_methods {
    ($schema:expr, $has_roles:expr) => {
        impl crate::store::api::Admin for Store {
            fn path(&self) -> &Path {
                Store::path(self)
            }

            fn found_version(&self) -> i64 {
                Store::found_version(self)
            }

            fn schema_version(&self) -> i64 {
                $schema
            }

            fn version(&self) -> Result<i64> {
                Store::version(self)
            }

            fn has_roles(&self) -> Result<bool> {
                ($has_roles)(self)
            }

            fn warnings(&self) -> &[String] {
                Store::warnings(self)
            }

            fn writable(&self) -> bool {
                Store::writable(self)
            }

            fn migrate(&mut self) -> Result<Vec<i64>> {
                Store::migrate(self)
            }

            fn check(&self) -> Result<Vec<String>> {
                Store::check(self)
            }

            fn backup_to(&self, dest: &Path) -> Result<()> {
                Store::backup_to(self, dest)
            }
        }

        impl crate::store::api::Staging for Store {
            fn stage_rows(&self, fill: &mut crate::store::api::StageFill<'_>) -> Result<()> {
                self.stage(fill)
            }

            fn stage_error(&self, n: i64, error: Option<(&str, &str)>) -> Result<()> {
                Store::stage_error(self, n, error)
            }

            fn stage_plan(&self, n: i64, plan: &str) -> Result<()> {
                Store::stage_plan(self, n, plan)
            }

            fn stage_password(&self, n: i64, hash: &str) -> Result<()> {
                Store::stage_password(self, n, hash)
            }

            fn stage_batch_with(&self, work: &mut dyn FnMut() -> Result<()>) -> Result<()> {
                self.stage_batch(work)
            }
        }

        impl crate::store::api::Backend for Store {
            fn reader(&self) -> crate::store::Reader<'_> {
                Store::reader(self)
            }

            fn write_with(
                &mut self,
                work: &mut dyn FnMut(&crate::store::Tx<'_>) -> Result<()>,
            ) -> Result<()> {
                self.write(work)
            }

            fn snapshot_with(
                &self,
                work: &mut dyn FnMut(crate::store::Reader<'_>) -> Result<()>,
            ) -> Result<()> {
                self.snapshot(work)
            }
        }
    };
}

pub mod api;
mod chain;
pub mod copy;
mod location;
mod postgres;
mod row;
mod sql;
mod sqlite;

use std::ops::{Deref, DerefMut};
use std::time::Duration;

pub use api::{
    AccessReads, AccessWrites, Admin, AuditReads, AuditWrites, Backend, BulkWrites, CopyReads,
    CopyWrites, OutboxReads, OutboxWrites, Staging, StagingReads, TokenReads, TokenWrites,
    UserReads, UserWrites,
};
pub use location::{AsStoreLocation, PgDefaults, PgLocation, StoreLocation};
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
    /// Make the store if there is none (every command that writes). A
    /// command that only reads does not: it finds no store (exit 4), and on
    /// a store it cannot write it opens it read-only.
    pub create: bool,
    /// Make the store's missing directory too: only for the default
    /// location; a directory named by `--db` must exist.
    pub create_dir: bool,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            busy_timeout: Duration::from_secs(5),
            migrate: true,
            allow_shared: false,
            read_only: false,
            create: true,
            create_dir: true,
        }
    }
}

/// An open store: a SQLite file, or a PostgreSQL database (`--db
/// postgres://…`). Every command works the same on both: it derefs to
/// `dyn Backend`, and its generic `write`, `snapshot` and staging helpers
/// wrap the backend's.
pub struct Store(Box<dyn Backend>);

impl Deref for Store {
    type Target = dyn Backend;

    fn deref(&self) -> &Self::Target {
        self.0.as_ref()
    }
}

impl DerefMut for Store {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.0.as_mut()
    }
}

/// The backends' traits take `dyn FnMut` callbacks (a trait object cannot
/// take a generic one); the store's callers give `FnOnce`, run once.
fn take<F>(work: &mut Option<F>) -> Result<F> {
    work.take()
        .ok_or_else(|| Error::Internal("a store callback ran twice".into()))
}

fn not_run() -> Error {
    Error::Internal("a store callback did not run".into())
}

impl Store {
    /// Opens the store at `location`: a SQLite file, or a PostgreSQL
    /// database (a path or connection string converts: see
    /// [`StoreLocation`]). See each backend for what is refused (exit 8)
    /// before anything is written.
    pub fn open<L: AsStoreLocation + ?Sized>(location: &L, options: &OpenOptions) -> Result<Store> {
        Ok(Store(match location.store_location().as_ref() {
            StoreLocation::Postgres(pg) => {
                Box::new(postgres::Store::open(&pg.url, &pg.defaults, options)?)
            }
            StoreLocation::Sqlite(path) => Box::new(sqlite::Store::open(path, options)?),
        }))
    }

    /// The store as messages show it: a path, or a connection string
    /// without its password.
    pub fn shown(location: &StoreLocation) -> String {
        location.shown()
    }

    /// Runs `work` in one write transaction: committed if it returns Ok,
    /// rolled back (the store as it was) if it returns Err. One writer at a
    /// time, on either backend.
    pub fn write<T>(&mut self, work: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let (mut work, mut value) = (Some(work), None);
        // Ctrl-C waits for the transaction's end (crate::interrupt).
        crate::interrupt::writing(|| {
            self.0.write_with(&mut |tx| {
                value = Some(take(&mut work)?(tx)?);
                Ok(())
            })
        })?;
        value.ok_or_else(not_run)
    }

    /// Runs `work` on one consistent snapshot of the store: every read
    /// sees the store as it was when the first one ran, whatever other
    /// processes commit meanwhile.
    pub fn snapshot<T>(&self, work: impl FnOnce(Reader<'_>) -> Result<T>) -> Result<T> {
        let (mut work, mut value) = (Some(work), None);
        self.0.snapshot_with(&mut |reader| {
            value = Some(take(&mut work)?(reader)?);
            Ok(())
        })?;
        value.ok_or_else(not_run)
    }

    /// Stages the rows of an import or sync file (a temporary table of this
    /// connection): `fill` is given a function that stages one row.
    pub fn stage(
        &self,
        fill: impl FnOnce(&mut dyn FnMut(NewRow<'_>) -> Result<()>) -> Result<()>,
    ) -> Result<()> {
        let mut fill = Some(fill);
        self.0.stage_rows(&mut |add| take(&mut fill)?(add))
    }

    /// Many `stage_*` updates at once (see `Staging::stage_batch_with`).
    pub fn stage_batch<T>(&self, work: impl FnOnce() -> Result<T>) -> Result<T> {
        let (mut work, mut value) = (Some(work), None);
        self.0.stage_batch_with(&mut || {
            value = Some(take(&mut work)?()?);
            Ok(())
        })?;
        value.ok_or_else(not_run)
    }
}
