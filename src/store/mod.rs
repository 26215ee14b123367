//! The store: what operations read and write, behind traits (`api`), and
//! the backends that provide it. Today that is SQLite (`sqlite/`, the only
//! module that sees rusqlite); nothing above `store/` knows which backend it
//! runs on: it reads through a [`Reader`] (which derefs to `dyn Reads`) and
//! writes through a transaction (`&Tx`, a `dyn Writes`).

pub mod api;
mod sqlite;

use std::ops::Deref;

pub use api::{
    AccessReads, AccessWrites, AuditReads, AuditWrites, BulkWrites, OutboxReads, OutboxWrites,
    StagingReads, TokenReads, TokenWrites, UserReads, UserWrites,
};
pub use sqlite::{APPLICATION_ID, OpenOptions, ROLES_SCHEMA, SCHEMA_VERSION, Store};

use crate::domain::error::{Error, Result};
use crate::domain::query::ListQuery;
use crate::domain::stored::{AuditEntry, AuditFilter};
use crate::domain::user::User;

/// Everything a backend can read, on the store and inside a transaction.
pub trait Reads:
    UserReads + AccessReads + AuditReads + OutboxReads + TokenReads + StagingReads
{
}

impl<T> Reads for T where
    T: UserReads + AccessReads + AuditReads + OutboxReads + TokenReads + StagingReads
{
}

/// Everything a backend can write, inside one transaction; and what it
/// reads there (its own writes included).
pub trait Writes:
    UserWrites + AccessWrites + AuditWrites + OutboxWrites + TokenWrites + BulkWrites
{
    fn reader(&self) -> Reader<'_>;
}

/// A write transaction, as operations see it: `&Tx` is `&dyn Writes`.
pub type Tx<'a> = dyn Writes + 'a;

/// Read access to a store, outside a write or inside one. Cheap to copy;
/// derefs to `dyn Reads`.
#[derive(Clone, Copy)]
pub struct Reader<'a>(Backend<'a>);

#[derive(Clone, Copy)]
enum Backend<'a> {
    Sqlite(sqlite::Reader<'a>),
}

impl<'a> Deref for Reader<'a> {
    type Target = dyn Reads + 'a;

    fn deref(&self) -> &Self::Target {
        match &self.0 {
            Backend::Sqlite(reader) => reader,
        }
    }
}

impl<'a> Reader<'a> {
    fn sqlite(reader: sqlite::Reader<'a>) -> Reader<'a> {
        Reader(Backend::Sqlite(reader))
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
