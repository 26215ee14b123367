//! Where the store is: a SQLite file, or a PostgreSQL database with what
//! libpq would fill in from the environment. Parsed once, from `--db`,
//! `ROSTER_DB`, the config file or the default (`crate::settings`), and
//! handed to [`Store::open`](crate::store::Store::open) as it is.
//!
//! Nothing here reads the environment: the PostgreSQL defaults
//! ([`PgDefaults`]) are read by `crate::settings`, which also gives
//! `From<PathBuf>` (and `&Path`, `&str`) for library users: a path, or a
//! connection string completed from this process's environment.

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};

pub use super::postgres::connect::PgDefaults;
use super::postgres::connect::{has_password, without_password};

/// A store: a SQLite file, or a database on a PostgreSQL server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreLocation {
    /// The path of a SQLite file.
    Sqlite(PathBuf),
    /// A `postgres://` or `postgresql://` connection string.
    Postgres(PgLocation),
}

/// A PostgreSQL connection string as written, and what fills in the parts
/// it leaves out.
#[derive(Clone, PartialEq, Eq)]
pub struct PgLocation {
    /// The connection string as written: it may hold a password, so it is
    /// shown only through [`StoreLocation::shown`].
    pub url: String,
    pub defaults: PgDefaults,
}

impl fmt::Debug for PgLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PgLocation")
            .field("url", &without_password(&self.url))
            .field("defaults", &self.defaults)
            .finish()
    }
}

/// True for `postgres://…` and `postgresql://…`: a store on a server.
fn is_url(text: &str) -> bool {
    text.starts_with("postgres://") || text.starts_with("postgresql://")
}

impl StoreLocation {
    /// The store `db` names: a connection string (completed by `defaults`),
    /// or else the path of a SQLite file.
    pub fn parse(db: &Path, defaults: PgDefaults) -> StoreLocation {
        let text = db.to_string_lossy();
        if is_url(&text) {
            StoreLocation::Postgres(PgLocation {
                url: text.into_owned(),
                defaults,
            })
        } else {
            StoreLocation::Sqlite(db.to_path_buf())
        }
    }

    /// True for a store on a PostgreSQL server.
    pub fn is_postgres(&self) -> bool {
        matches!(self, StoreLocation::Postgres(_))
    }

    /// The store as messages show it: a path, or a connection string
    /// without its password.
    pub fn shown(&self) -> String {
        match self {
            StoreLocation::Sqlite(path) => path.display().to_string(),
            StoreLocation::Postgres(pg) => without_password(&pg.url),
        }
    }

    /// True for a connection string that holds a password.
    pub fn has_password(&self) -> bool {
        match self {
            StoreLocation::Sqlite(_) => false,
            StoreLocation::Postgres(pg) => has_password(&pg.url),
        }
    }
}

/// What [`Store::open`](crate::store::Store::open) takes: a
/// [`StoreLocation`], or a path or connection string, converted as
/// `StoreLocation::from` does (completed from this process's environment).
pub trait AsStoreLocation {
    fn store_location(&self) -> Cow<'_, StoreLocation>;
}

impl AsStoreLocation for StoreLocation {
    fn store_location(&self) -> Cow<'_, StoreLocation> {
        Cow::Borrowed(self)
    }
}

impl AsStoreLocation for Path {
    fn store_location(&self) -> Cow<'_, StoreLocation> {
        Cow::Owned(StoreLocation::from(self))
    }
}

impl AsStoreLocation for PathBuf {
    fn store_location(&self) -> Cow<'_, StoreLocation> {
        Cow::Owned(StoreLocation::from(self.as_path()))
    }
}

impl AsStoreLocation for str {
    fn store_location(&self) -> Cow<'_, StoreLocation> {
        Cow::Owned(StoreLocation::from(Path::new(self)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_location_is_a_file_or_a_url_and_never_shows_its_password() {
        let file = StoreLocation::parse(Path::new("/tmp/roster.db"), PgDefaults::default());
        assert_eq!(file, StoreLocation::Sqlite(PathBuf::from("/tmp/roster.db")));
        assert!(!file.is_postgres());
        let pg = StoreLocation::parse(
            Path::new("postgresql://ops:s3cret@db.example.com/roster"),
            PgDefaults {
                password: Some("pw-from-env".to_string().into()),
                ..PgDefaults::default()
            },
        );
        assert!(pg.is_postgres() && pg.has_password());
        assert_eq!(pg.shown(), "postgresql://ops@db.example.com/roster");
        let debug = format!("{pg:?}");
        assert!(
            !debug.contains("s3cret") && !debug.contains("pw-from-env"),
            "{debug}"
        );
    }
}
