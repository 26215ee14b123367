//! The PostgreSQL store: the same interface as the SQLite one (the traits of
//! `store::api`), on a database server, through the `postgres` crate.
//!
//! - **One writer at a time, as on SQLite.** Every write transaction first
//!   takes a transaction-level advisory lock, so writes from any number of
//!   hosts are serialised: a bulk batch reads its users inside the lock and
//!   decides on what is stored, and the audit chain is extended by one
//!   writer at a time, so it stays one valid chain. Reads never wait.
//! - **Times are text** in the canonical form the SQLite store uses, so rows
//!   move between backends byte for byte (`db copy`) and the audit chain,
//!   computed over that form, verifies on both.
//! - Statements are prepared once per connection and kept.

mod access;
mod audit;
mod bulk;
pub mod connect;
mod copy;
mod outbox;
mod select;
mod staging;
mod tokens;
mod users;

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use postgres::error::SqlState;
use postgres::types::ToSql;
use postgres::{Client, Row, Statement};

use super::OpenOptions;
use crate::domain::error::{Conflict, Error, Result, Unavailable};

/// One step of the schema, applied in order under an advisory lock.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_search_statistics.sql"),
    include_str!("migrations/0003_api_tokens.sql"),
    include_str!("migrations/0004_group_ids.sql"),
];

/// The oldest server roster runs on (`server_version_num`): 14.
const MIN_SERVER: i32 = 140_000;

/// The schema version this binary writes on PostgreSQL.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The advisory lock every write takes ("RSTR" as a number), and the one
/// migrations take.
const WRITE_LOCK: i64 = 0x5253_5452;
const MIGRATE_LOCK: i64 = 0x5253_544d;

/// Whether the database holds roster's marker table. Read from the catalog
/// (the transaction's snapshot, as `pg_tables` shows it), not with `to_regclass`, whose catalog
/// cache may not yet show a table another host has just made.
const HAS_SCHEMA: &str = "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class \
    WHERE relname = 'roster_schema' AND relkind IN ('r', 'p') AND relnamespace = \
    (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = current_schema()))";

/// The version the marker row holds, as a simple query returns it (none: 0).
fn parse_version(text: Option<&str>) -> Result<i64> {
    text.map_or(Ok(0), str::parse).map_err(|e| {
        Error::Internal(format!(
            "roster_schema holds a version that is not a number: {e}"
        ))
    })
}

/// Users a session adds before its kept statements are planned again, the
/// first time (then each time it has doubled what it added).
const REPLAN_FIRST: u64 = 1_000;

/// Parameters of a statement.
pub(crate) type Params<'a> = [&'a (dyn ToSql + Sync)];

pub struct Store {
    client: RefCell<Client>,
    statements: RefCell<HashMap<String, Statement>>,
    /// The `stage_*` updates of a running `stage_batch`, sent together when
    /// it ends (None: no batch is running).
    pending: RefCell<Option<std::collections::BTreeMap<i64, staging::Pending>>>,
    /// Users this session has added, and how many more it may add before
    /// its kept statements are planned again ([`Store::grew`]).
    added: std::cell::Cell<u64>,
    replan_at: std::cell::Cell<u64>,
    /// The connection string without its password, for messages.
    display: PathBuf,
    found_version: i64,
    warnings: Vec<String>,
}

/// Reads, on the store or inside a write.
#[derive(Clone, Copy)]
pub struct Reader<'a> {
    store: &'a Store,
}

/// A write transaction: BEGIN, the write lock, then COMMIT or ROLLBACK.
pub struct Tx<'a> {
    store: &'a Store,
}

impl Tx<'_> {
    pub fn reader(&self) -> Reader<'_> {
        Reader { store: self.store }
    }
}

impl crate::store::Writes for Tx<'_> {
    fn reader(&self) -> crate::store::Reader<'_> {
        crate::store::Reader::postgres(Tx::reader(self))
    }
}

/// What `Store::copy_rows` hands its rows to, one at a time.
pub(crate) type RowWriter<'w> = dyn FnMut(&Params<'_>) -> Result<()> + 'w;

impl Store {
    /// Connects to the database `url` names (completed by `defaults`, what
    /// the environment says) and brings its schema up to
    /// date. Only an empty database or a roster store is used; a database
    /// with other tables, or a newer roster's schema, is refused untouched
    /// (exit 8).
    pub fn open(url: &str, defaults: &connect::PgDefaults, options: &OpenOptions) -> Result<Store> {
        let connected = connect::connect(url, defaults, options)?;
        let mut store = Store {
            client: RefCell::new(connected.client),
            statements: RefCell::new(HashMap::new()),
            pending: RefCell::new(None),
            added: std::cell::Cell::new(0),
            replan_at: std::cell::Cell::new(REPLAN_FIRST),
            display: PathBuf::from(connected.display),
            found_version: 0,
            warnings: connected.warnings,
        };
        store.found_version = store.identify()?;
        if (options.read_only || !options.create) && store.found_version == 0 {
            // Only looking (`db check`, the source of `db copy`, a command
            // that only reads): an empty database holds no store, as a
            // missing file is none.
            return Err(Error::NoStore {
                path: store.display.clone(),
                why: "the database holds no roster store; any write creates it".into(),
            });
        }
        if options.migrate && !options.read_only && store.found_version < SCHEMA_VERSION {
            store.migrate()?;
        }
        Ok(store)
    }

    /// The schema version in the database: 0 for an empty one. Refuses a
    /// database that holds other tables, or a newer schema. Read in one
    /// snapshot: a store another host is making meanwhile is seen before or
    /// after, never half made.
    ///
    /// Every command opens the store, so this is two round trips where the
    /// store is there: the snapshot begun with the marker looked up, then
    /// the version read with the snapshot ended.
    fn identify(&self) -> Result<i64> {
        let begun = self.simple_value(&format!(
            "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; {HAS_SCHEMA}"
        ));
        let found = match begun {
            Ok(has) if has.as_deref() == Some("t") => {
                match self.simple_value("SELECT version FROM roster_schema; ROLLBACK") {
                    Ok(version) => return self.known(parse_version(version.as_deref())?),
                    Err(e) => Err(e),
                }
            }
            Ok(_) => self.no_schema(),
            Err(e) => Err(e),
        };
        let ended = self.batch("ROLLBACK");
        let found = found?;
        ended?;
        Ok(found)
    }

    /// The first column of the last row a simple (unprepared) query batch
    /// returns, as text.
    fn simple_value(&self, sql: &str) -> Result<Option<String>> {
        let messages = self.client.borrow_mut().simple_query(sql)?;
        Ok(messages
            .iter()
            .rev()
            .find_map(|m| match m {
                postgres::SimpleQueryMessage::Row(row) => Some(row.get(0).map(str::to_string)),
                _ => None,
            })
            .flatten())
    }

    /// `identify`, in the transaction the caller runs.
    fn identify_in(&self) -> Result<i64> {
        let has_schema = self.one(HAS_SCHEMA, &[])?.get::<_, bool>(0);
        if !has_schema {
            return self.no_schema();
        }
        let version = self
            .opt("SELECT version FROM roster_schema", &[])?
            .map_or(0, |r| r.get(0));
        self.known(version)
    }

    /// A database without roster's marker: empty (version 0), or another
    /// program's, refused.
    fn no_schema(&self) -> Result<i64> {
        let tables: Vec<String> = self
            .rows(
                "SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() \
                 ORDER BY tablename",
                &[],
            )?
            .iter()
            .map(|r| r.get(0))
            .collect();
        if !tables.is_empty() {
            return Err(Unavailable::NotAStore {
                path: self.display.clone(),
                why: format!(
                    "the database holds another program's tables ({}); roster needs an empty \
                     database or one of its own",
                    tables.join(", ")
                ),
            }
            .into());
        }
        Ok(0)
    }

    /// Refuses a schema newer than this roster writes.
    fn known(&self, version: i64) -> Result<i64> {
        if version > SCHEMA_VERSION {
            return Err(Unavailable::NewerSchema {
                path: self.display.clone(),
                found: version,
                known: SCHEMA_VERSION,
            }
            .into());
        }
        Ok(version)
    }

    /// The connection string, without its password.
    pub fn path(&self) -> &Path {
        &self.display
    }

    pub fn found_version(&self) -> i64 {
        self.found_version
    }

    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// A server store is opened for writing; one the account may not
    /// write says so at its first write.
    pub fn writable(&self) -> bool {
        true
    }

    pub fn version(&self) -> Result<i64> {
        let exists = self.one(HAS_SCHEMA, &[])?.get::<_, bool>(0);
        if !exists {
            return Ok(0);
        }
        Ok(self
            .opt("SELECT version FROM roster_schema", &[])?
            .map_or(0, |r| r.get(0)))
    }

    /// Applies the pending migrations in one transaction, the marker (the
    /// `roster_schema` row) with them, under an advisory lock: hosts that
    /// start at once migrate once, and the others wait for it (within
    /// `store.busy_timeout`, the connection's `lock_timeout`) and then find
    /// the store made, never half made.
    pub fn migrate(&mut self) -> Result<Vec<i64>> {
        self.batch("BEGIN")?;
        let applied = self
            .batch(&format!("SELECT pg_advisory_xact_lock({MIGRATE_LOCK})"))
            .and_then(|()| self.apply_migrations());
        match applied {
            Ok(applied) => {
                self.batch("COMMIT")?;
                self.statements.borrow_mut().clear();
                Ok(applied)
            }
            Err(e) => {
                let _ = self.batch("ROLLBACK");
                self.statements.borrow_mut().clear();
                Err(e)
            }
        }
    }

    fn apply_migrations(&mut self) -> Result<Vec<i64>> {
        // Another host may have migrated while this one waited.
        let found = self.identify_in()?;
        if found >= SCHEMA_VERSION {
            return Ok(Vec::new());
        }
        // Statistics on an expression (schema 2) came with PostgreSQL 14. A
        // store already at the current schema proves the server has them.
        let server: i32 = self
            .one("SELECT current_setting('server_version_num')::int", &[])?
            .get(0);
        if server < MIN_SERVER {
            return Err(Unavailable::Unusable {
                why: format!(
                    "{} runs PostgreSQL {}.{}; roster needs {} or later (nothing was changed)",
                    self.display.display(),
                    server / 10_000,
                    server % 10_000,
                    MIN_SERVER / 10_000
                ),
            }
            .into());
        }
        let mut applied = Vec::new();
        for version in found..SCHEMA_VERSION {
            self.batch(MIGRATIONS[version as usize])?;
            applied.push(version + 1);
        }
        if found == 0 {
            self.execute(
                "INSERT INTO roster_schema (application, version) VALUES ('roster', $1)",
                &[&SCHEMA_VERSION],
            )?;
        } else {
            self.execute("UPDATE roster_schema SET version = $1", &[&SCHEMA_VERSION])?;
        }
        Ok(applied)
    }

    pub fn reader(&self) -> crate::store::Reader<'_> {
        crate::store::Reader::postgres(Reader { store: self })
    }

    /// Reads in one repeatable-read transaction: one snapshot throughout.
    pub fn snapshot<T>(
        &self,
        work: impl FnOnce(crate::store::Reader<'_>) -> Result<T>,
    ) -> Result<T> {
        self.batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
        let value = work(self.reader());
        let ended = self.batch(if value.is_ok() { "COMMIT" } else { "ROLLBACK" });
        let value = value?;
        ended?;
        Ok(value)
    }

    /// Runs `work` in one transaction holding the write lock: committed if
    /// it returns Ok, rolled back (the store as it was) if it returns Err.
    pub fn write<T>(&mut self, work: impl FnOnce(&crate::store::Tx<'_>) -> Result<T>) -> Result<T> {
        self.batch("BEGIN")?;
        let value = self
            .batch(&format!("SELECT pg_advisory_xact_lock({WRITE_LOCK})"))
            .and_then(|()| work(&Tx { store: self }));
        match value {
            Ok(value) => {
                self.batch("COMMIT")?;
                Ok(value)
            }
            Err(e) => {
                let _ = self.batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// `db backup` belongs to the server's own tools on PostgreSQL.
    pub fn backup_to(&self, _dest: &Path) -> Result<()> {
        Err(Error::Unsupported(
            "db backup copies SQLite files; on PostgreSQL use the server's tools \
             (`pg_dump --format=custom --file roster.dump DBNAME`), or `roster db copy` \
             into a new SQLite file (docs/postgres.md)"
                .into(),
        ))
    }

    /// Everything wrong with the store: missing tables, rows that point at
    /// nothing, roster's own invariants and role rules.
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let version = self.version()?;
        for table in [
            "users",
            "roles",
            "role_permissions",
            "groups",
            "features",
            "attribute_rules",
            "user_attributes",
            "user_roles",
            "user_groups",
            "user_permissions",
            "tokens",
            "outbox",
            "audit",
        ] {
            let exists = self
                .one("SELECT to_regclass($1) IS NOT NULL", &[&table])?
                .get::<_, bool>(0);
            if !exists {
                problems.push(format!(
                    "schema: table {table} is missing (schema version {version} has it)"
                ));
            }
        }
        if !problems.is_empty() {
            return Ok(problems);
        }
        problems.extend(users::invariant_violations(self)?);
        problems.extend(access::rule_violations(self)?);
        Ok(problems)
    }

    // The statement helpers every area uses.

    /// A prepared statement, kept by its text. The text may number its
    /// parameters `?N`, as the SQL both backends share does
    /// (`store::sql`): they are prepared as `$N`.
    fn statement(&self, sql: &str) -> Result<Statement> {
        if let Some(statement) = self.statements.borrow().get(sql) {
            return Ok(statement.clone());
        }
        let statement = self
            .client
            .borrow_mut()
            .prepare(&crate::store::sql::dollars(sql))?;
        self.statements
            .borrow_mut()
            .insert(sql.to_string(), statement.clone());
        Ok(statement)
    }

    /// Notes that this session added `rows` users. A statement kept since
    /// the table was a fraction of its size keeps the plan it was given
    /// then (the server plans a kept statement again only when the
    /// table's statistics change, and an import outruns autovacuum): in a
    /// store that an import fills from empty, every lookup by username
    /// would scan the whole table, which grows a page at a time. Each time
    /// the session has doubled what it added, its statements are dropped
    /// and prepared again, planned for the table as it now is (a handful
    /// of times for a million users).
    pub(crate) fn grew(&self, rows: u64) {
        let added = self.added.get() + rows;
        self.added.set(added);
        if added >= self.replan_at.get() {
            self.replan_at.set(added.saturating_mul(2));
            self.statements.borrow_mut().clear();
        }
    }

    pub(crate) fn rows(&self, sql: &str, params: &Params<'_>) -> Result<Vec<Row>> {
        let statement = self.statement(sql)?;
        Ok(self.client.borrow_mut().query(&statement, params)?)
    }

    /// Runs a query planned for this call alone (an unnamed statement, in
    /// one round trip), never from a plan kept since the tables were a
    /// different size: for a statement run on a table the same session
    /// grows, such as an import's page of lookups in a store it fills.
    pub(crate) fn rows_planned_now(
        &self,
        sql: &str,
        params: &[(&(dyn ToSql + Sync), postgres::types::Type)],
    ) -> Result<Vec<Row>> {
        let sql = crate::store::sql::dollars(sql);
        Ok(self.client.borrow_mut().query_typed(&sql, params)?)
    }

    pub(crate) fn opt(&self, sql: &str, params: &Params<'_>) -> Result<Option<Row>> {
        let statement = self.statement(sql)?;
        Ok(self.client.borrow_mut().query_opt(&statement, params)?)
    }

    pub(crate) fn one(&self, sql: &str, params: &Params<'_>) -> Result<Row> {
        let statement = self.statement(sql)?;
        Ok(self.client.borrow_mut().query_one(&statement, params)?)
    }

    pub(crate) fn execute(&self, sql: &str, params: &Params<'_>) -> Result<u64> {
        let statement = self.statement(sql)?;
        Ok(self.client.borrow_mut().execute(&statement, params)?)
    }

    /// Runs statements without parameters (no statement kept).
    pub(crate) fn batch(&self, sql: &str) -> Result<()> {
        Ok(self.client.borrow_mut().batch_execute(sql)?)
    }

    /// Writes rows with one binary `COPY … FROM STDIN` (`sql`): `fill`
    /// passes each row, the values of `types` in order, to the writer it is
    /// given. The server's fastest way in, with no statement to plan; if
    /// `fill` fails, the copy is abandoned and nothing is written. The
    /// connection is busy with the copy while `fill` runs: `fill` must not
    /// use the store.
    pub(crate) fn copy_rows(
        &self,
        sql: &str,
        types: &[postgres::types::Type],
        fill: &mut dyn FnMut(&mut RowWriter<'_>) -> Result<()>,
    ) -> Result<u64> {
        let mut client = self.client.borrow_mut();
        let copy = client.copy_in(sql)?;
        let mut writer = postgres::binary_copy::BinaryCopyInWriter::new(copy, types);
        fill(&mut |row: &Params<'_>| Ok(writer.write(row)?))?;
        Ok(writer.finish()?)
    }

    /// Streams the rows of a query to `each`, without holding them all.
    pub(crate) fn each_row(
        &self,
        sql: &str,
        params: &Params<'_>,
        each: &mut dyn FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        use postgres::fallible_iterator::FallibleIterator;
        let statement = self.statement(sql)?;
        let mut client = self.client.borrow_mut();
        let mut rows = client.query_raw(&statement, params.iter().copied())?;
        while let Some(row) = rows.next()? {
            each(&row)?;
        }
        Ok(())
    }
}

impl<'a> Reader<'a> {
    pub(crate) fn store(&self) -> &'a Store {
        self.store
    }
}

impl<'a> Tx<'a> {
    pub(crate) fn store(&self) -> &'a Store {
        self.store
    }
}

pub(crate) use crate::store::row::{opt_ts, parse_ts, ts};

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Self {
        let Some(db) = e.as_db_error() else {
            let io = std::error::Error::source(&e).is_some_and(|s| s.is::<std::io::Error>());
            if e.is_closed() || io {
                return Unavailable::Unusable {
                    why: format!("the connection to the database server was lost: {e}"),
                }
                .into();
            }
            return Error::store(e);
        };
        let code = db.code();
        // The server is shutting down, restarting or unreachable (class 08,
        // and 57P01-57P03): the store is away, not broken.
        if code.code().starts_with("08") || ["57P01", "57P02", "57P03"].contains(&code.code()) {
            return Unavailable::Unusable {
                why: format!("the database server is not available: {}", db.message()),
            }
            .into();
        }
        if *code == SqlState::UNIQUE_VIOLATION {
            return Conflict::Duplicate {
                what: unique_what(db.constraint()),
            }
            .into();
        }
        if [
            SqlState::LOCK_NOT_AVAILABLE,
            SqlState::T_R_SERIALIZATION_FAILURE,
            SqlState::T_R_DEADLOCK_DETECTED,
            SqlState::QUERY_CANCELED,
        ]
        .contains(code)
        {
            return Unavailable::Busy.into();
        }
        if *code == SqlState::DISK_FULL {
            return Unavailable::DiskFull.into();
        }
        if [
            SqlState::INSUFFICIENT_PRIVILEGE,
            SqlState::READ_ONLY_SQL_TRANSACTION,
        ]
        .contains(code)
        {
            return Unavailable::Unusable {
                why: format!("it cannot be written: {}", db.message()),
            }
            .into();
        }
        Error::store(e)
    }
}

/// What a unique constraint guards, in the words the SQLite store uses:
/// `users_email_key_key` → "this email".
fn unique_what(constraint: Option<&str>) -> String {
    match constraint.unwrap_or_default() {
        "users_email_key_key" => "this email".into(),
        "users_username_key_key" => "this username".into(),
        "users_id_key" => "this user id".into(),
        "" => "a value".into(),
        other => other.to_string(),
    }
}

// Admin, Staging and Backend, by the inherent methods above.
backend_by_inherent_methods!(SCHEMA_VERSION, |_: &Store| Ok(true));
