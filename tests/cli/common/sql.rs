//! What a test reads or changes in the store behind roster's back, on
//! either backend: the calls of `rusqlite::Connection` the tests use
//! (`query_row`, `execute`, `execute_batch`, and `rows` for
//! `prepare(..).query_map`), run on SQLite as they are, and on PostgreSQL
//! with SQLite's `?` parameters, `group_concat`/`json_group_object`/`quote`,
//! `PRAGMA foreign_keys`, `BEGIN IMMEDIATE` and a refusing trigger rewritten.

use std::cell::RefCell;

pub enum Sql {
    Lite(rusqlite::Connection),
    Pg(RefCell<postgres::Client>),
}

/// A parameter: text.
pub trait Param {
    fn text(&self) -> String;
}

impl Param for &str {
    fn text(&self) -> String {
        self.to_string()
    }
}

impl Param for &String {
    fn text(&self) -> String {
        self.to_string()
    }
}

impl Param for String {
    fn text(&self) -> String {
        self.clone()
    }
}

/// The parameters of a statement, as the tests write them: `[]`, `[a, b]`.
pub trait Params {
    fn texts(&self) -> Vec<String>;
}

impl Params for [&str; 0] {
    fn texts(&self) -> Vec<String> {
        Vec::new()
    }
}

macro_rules! params_of_size {
    ($($n:literal)*) => {$(
        impl<T: Param> Params for [T; $n] {
            fn texts(&self) -> Vec<String> {
                self.iter().map(Param::text).collect()
            }
        }
    )*};
}
params_of_size!(1 2 3 4 5 6);

/// A column by position or by name.
pub trait Column: Copy {
    fn lite(self) -> usize;
    fn pg(self, row: &postgres::Row) -> usize;
}

impl Column for usize {
    fn lite(self) -> usize {
        self
    }
    fn pg(self, _: &postgres::Row) -> usize {
        self
    }
}

/// A value a test reads.
pub trait Value: Sized {
    fn from_lite(row: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Self>;
    fn from_pg(row: &postgres::Row, i: usize) -> rusqlite::Result<Self>;
}

fn pg_error(e: postgres::Error) -> rusqlite::Error {
    rusqlite::Error::ToSqlConversionFailure(Box::new(e))
}

macro_rules! value_via {
    ($t:ty) => {
        impl Value for $t {
            fn from_lite(row: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Self> {
                row.get(i)
            }
            fn from_pg(row: &postgres::Row, i: usize) -> rusqlite::Result<Self> {
                row.try_get(i).map_err(pg_error)
            }
        }
    };
}
value_via!(String);
value_via!(Option<String>);
value_via!(i64);
value_via!(Option<i64>);
value_via!(f64);

impl Value for bool {
    fn from_lite(row: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Self> {
        row.get(i)
    }
    fn from_pg(row: &postgres::Row, i: usize) -> rusqlite::Result<Self> {
        row.try_get::<_, bool>(i)
            .or_else(|_| row.try_get::<_, i64>(i).map(|n| n != 0))
            .map_err(pg_error)
    }
}

/// One row, read with `get` as a rusqlite row is.
pub enum Row<'r, 's> {
    Lite(&'r rusqlite::Row<'s>),
    Pg(&'r postgres::Row),
}

impl Row<'_, '_> {
    pub fn get<I: Column, T: Value>(&self, i: I) -> rusqlite::Result<T> {
        match self {
            Row::Lite(row) => T::from_lite(row, i.lite()),
            Row::Pg(row) => T::from_pg(row, i.pg(row)),
        }
    }
}

/// SQLite's dialect, as the tests write it, in PostgreSQL's.
fn dialect(sql: &str) -> String {
    match sql.trim() {
        // Foreign keys off, as a test that rewrites keys needs them.
        "PRAGMA foreign_keys = OFF" => return "SET session_replication_role = replica".into(),
        "PRAGMA foreign_keys = ON" => return "SET session_replication_role = DEFAULT".into(),
        _ => {}
    }
    if let Some(trigger) = trigger(sql) {
        return trigger;
    }
    let mut out = String::with_capacity(sql.len());
    let mut n = 0;
    let mut quoted = false;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            // `?1`: numbered already.
            '?' if !quoted && chars.peek().is_some_and(|d| d.is_ascii_digit()) => out.push('$'),
            '?' if !quoted => {
                n += 1;
                out.push_str(&format!("${n}"));
            }
            c => out.push(c),
        }
    }
    // group_concat(x) → string_agg(x, ','); group_concat(x, sep) keeps sep.
    let text = rewrite_calls(&out, "group_concat", |args, comma| match comma {
        true => format!("string_agg({args})"),
        false => format!("string_agg({args}, ',')"),
    });
    // json_group_object(k, v) → the same object, as text.
    let text = rewrite_calls(&text, "json_group_object", |args, _| {
        format!("json_object_agg({args})::text")
    });
    text.replace("quote(", "quote_literal(")
}

/// Every call `name(args)` in `sql` replaced by `with(args, has a top-level comma)`.
fn rewrite_calls(sql: &str, name: &str, with: impl Fn(&str, bool) -> String) -> String {
    let call = format!("{name}(");
    let mut text = sql.to_string();
    let mut from = 0;
    while let Some(found) = text[from..].find(&call) {
        let at = from + found;
        let open = at + call.len();
        let mut depth = 1;
        let mut close = open;
        let mut comma = false;
        for (i, c) in text[open..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        close = open + i;
                        break;
                    }
                }
                ',' if depth == 1 => comma = true,
                _ => {}
            }
        }
        let replacement = with(&text[open..close], comma);
        text = format!("{}{replacement}{}", &text[..at], &text[close + 1..]);
        from = at + replacement.len();
    }
    text
}

/// SQLite's one-line trigger that refuses a change while a condition holds,
/// `CREATE TRIGGER t BEFORE INSERT ON tbl WHEN (cond) BEGIN SELECT
/// RAISE(ABORT, 'msg'); END;`, as a PostgreSQL function and trigger failing
/// the statement with a constraint error, as SQLite's RAISE(ABORT) does.
fn trigger(sql: &str) -> Option<String> {
    let sql = sql.trim().trim_end_matches(';').trim();
    let rest = sql.strip_prefix("CREATE TRIGGER ")?;
    let (name, rest) = rest.split_once(' ')?;
    let (when_on, rest) = rest.split_once(" WHEN ")?;
    let (condition, body) = rest.split_once(" BEGIN ")?;
    let message = body
        .trim()
        .strip_prefix("SELECT RAISE(ABORT, '")?
        .strip_suffix("'); END")?;
    Some(format!(
        "CREATE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN \
           IF {condition} THEN \
             RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation'; \
           END IF; \
           IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; \
           RETURN NEW; \
         END $fn$; \
         CREATE TRIGGER {name} {when_on} FOR EACH ROW EXECUTE FUNCTION {name}_fn()"
    ))
}

fn texts_as_params(texts: &[String]) -> Vec<&(dyn postgres::types::ToSql + Sync)> {
    texts
        .iter()
        .map(|t| t as &(dyn postgres::types::ToSql + Sync))
        .collect()
}

impl Sql {
    pub fn query_row<T, P: Params>(
        &self,
        sql: &str,
        params: P,
        f: impl FnOnce(&Row<'_, '_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T> {
        let texts = params.texts();
        match self {
            Sql::Lite(conn) => conn.query_row(sql, rusqlite::params_from_iter(&texts), |r| {
                f(&Row::Lite(r))
            }),
            Sql::Pg(client) => {
                let row = client
                    .borrow_mut()
                    .query_one(&dialect(sql), &texts_as_params(&texts))
                    .map_err(pg_error)?;
                f(&Row::Pg(&row))
            }
        }
    }

    pub fn execute<P: Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize> {
        let texts = params.texts();
        match self {
            Sql::Lite(conn) => conn.execute(sql, rusqlite::params_from_iter(&texts)),
            Sql::Pg(client) => client
                .borrow_mut()
                .execute(&dialect(sql), &texts_as_params(&texts))
                .map(|n| n as usize)
                .map_err(pg_error),
        }
    }

    pub fn execute_batch(&self, sql: &str) -> rusqlite::Result<()> {
        match self {
            Sql::Lite(conn) => conn.execute_batch(sql),
            Sql::Pg(client) => {
                let mut client = client.borrow_mut();
                let sql = match sql.trim() {
                    // The store's write lock, taken now and held to the end
                    // of the transaction: every table of the database locked
                    // against writers (readers still read), as SQLite's
                    // reserved lock does.
                    "BEGIN IMMEDIATE" => {
                        let tables: String = client
                            .query_one(
                                "SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') \
                                 FROM pg_tables \
                                 WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
                                &[],
                            )
                            .map_err(pg_error)?
                            .get(0);
                        format!("BEGIN; LOCK TABLE {tables} IN EXCLUSIVE MODE")
                    }
                    _ => dialect(sql),
                };
                client.batch_execute(&sql).map_err(pg_error)
            }
        }
    }

    /// Every row of a query, each made a `T` by `f`.
    pub fn rows<T, P: Params>(
        &self,
        sql: &str,
        params: P,
        mut f: impl FnMut(&Row<'_, '_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<Vec<T>> {
        let texts = params.texts();
        match self {
            Sql::Lite(conn) => {
                let mut stmt = conn.prepare(sql)?;
                let rows =
                    stmt.query_map(rusqlite::params_from_iter(&texts), |r| f(&Row::Lite(r)))?;
                rows.collect()
            }
            Sql::Pg(client) => client
                .borrow_mut()
                .query(&dialect(sql), &texts_as_params(&texts))
                .map_err(pg_error)?
                .iter()
                .map(|row| f(&Row::Pg(row)))
                .collect(),
        }
    }
}

#[test]
fn sqlite_sql_reads_as_postgres() {
    assert_eq!(
        dialect("SELECT group_concat(quote(hash)) FROM t WHERE a = ? AND b = '?'"),
        "SELECT string_agg(quote_literal(hash), ',') FROM t WHERE a = $1 AND b = '?'"
    );
    assert_eq!(
        dialect("UPDATE t SET a = ?1 WHERE b = ?2"),
        "UPDATE t SET a = $1 WHERE b = $2"
    );
    assert_eq!(
        dialect("SELECT group_concat(x || y, ' ') FROM t"),
        "SELECT string_agg(x || y, ' ') FROM t"
    );
    assert_eq!(
        dialect("SELECT group_concat(a), group_concat(coalesce(b, '')) FROM t"),
        "SELECT string_agg(a, ','), string_agg(coalesce(b, ''), ',') FROM t"
    );
    assert_eq!(
        dialect("SELECT json_group_object(id, password_hash) FROM users"),
        "SELECT json_object_agg(id, password_hash)::text FROM users"
    );
    let made = dialect(
        "CREATE TRIGGER refuse_late BEFORE INSERT ON users \
         WHEN (SELECT count(*) FROM users) >= 2100 \
         BEGIN SELECT RAISE(ABORT, 'full'); END;",
    );
    assert!(
        made.contains("IF (SELECT count(*) FROM users) >= 2100 THEN RAISE EXCEPTION 'full'")
            && made.ends_with(
                "CREATE TRIGGER refuse_late BEFORE INSERT ON users FOR EACH ROW \
                 EXECUTE FUNCTION refuse_late_fn()"
            ),
        "{made}"
    );
}
