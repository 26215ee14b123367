//! TestEnv: a temp store, XDG dirs and a clean environment for each test.

pub mod pg;
pub mod process;
pub mod python;
pub mod sql;
pub mod through;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

pub struct TestEnv {
    pub dir: tempfile::TempDir,
    /// The test's database, when the suite runs on PostgreSQL.
    pub pg: Option<pg::Database>,
    /// In the pass through a server: the test's `roster serve`.
    pub server: through::Served,
}

/// The environment variables roster reads, cleared so the host cannot leak in.
const ROSTER_VARS: &[&str] = &[
    "ROSTER_DB",
    "ROSTER_TEST_SERVER",
    "ROSTER_CONFIG",
    "ROSTER_FORMAT",
    "ROSTER_ACTOR",
    "ROSTER_YES",
    "ROSTER_LOG",
    "ROSTER_MAIL_TRANSPORT",
    "ROSTER_SMTP_USER",
    "ROSTER_SMTP_PASSWORD",
    "NO_COLOR",
    "PGPASSWORD",
    "PGPASSFILE",
    "PGHOST",
    "PGPORT",
    "PGUSER",
    "PGDATABASE",
];

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("temp dir"),
            pg: pg::enabled().then(pg::Database::new),
            server: through::Served::default(),
        }
    }

    /// A test of the SQLite store itself (its file, its schema): SQLite
    /// whichever backend the suite runs on.
    pub fn lite() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("temp dir"),
            pg: None,
            server: through::Served::default(),
        }
    }

    /// The SQLite store file, opened directly.
    pub fn sqlite(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.path().join("data/roster/roster.db")).unwrap()
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The store the default settings point at ($XDG_DATA_HOME/roster/roster.db),
    /// or the test's database on PostgreSQL (what `ROSTER_DB` says).
    pub fn db(&self) -> PathBuf {
        match &self.pg {
            Some(db) => PathBuf::from(db.url()),
            None => self.path().join("data/roster/roster.db"),
        }
    }

    /// Whether roster has made its store yet: on SQLite the file exists, on
    /// PostgreSQL the test's database (empty until then) holds tables.
    pub fn store_exists(&self) -> bool {
        match &self.pg {
            Some(db) => {
                let tables: i64 = pg::client(&db.name)
                    .query_one(
                        "SELECT count(*) FROM pg_tables \
                         WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
                        &[],
                    )
                    .unwrap()
                    .get(0);
                tables > 0
            }
            None => self.db().exists(),
        }
    }

    /// That no store was made: true in the pass through a server, whose
    /// server makes the store as it starts, before any command.
    pub fn no_store_made(&self) -> bool {
        through::enabled() || !self.store_exists()
    }

    pub fn outbox(&self) -> PathBuf {
        self.path().join("data/roster/outbox")
    }

    /// Writes the default config file ($XDG_CONFIG_HOME/roster/config.toml).
    pub fn config(&self, text: &str) {
        let path = self.path().join("config/roster/config.toml");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        // A server reads its config as it starts: started anew now, as an
        // operator restarts it after editing its config.
        self.server.restart(self);
    }

    /// A second config file, for one command.
    pub fn config_file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The environment `cmd` gives roster, as name/value pairs (for a terminal session).
    pub fn vars(&self) -> Vec<(String, String)> {
        let p = |sub: &str| self.path().join(sub).display().to_string();
        vec![
            ("HOME".into(), p("")),
            ("XDG_DATA_HOME".into(), p("data")),
            ("XDG_CONFIG_HOME".into(), p("config")),
            ("USER".into(), "tester".into()),
            ("PATH".into(), std::env::var("PATH").unwrap_or_default()),
            ("TERM".into(), "xterm".into()),
        ]
        .into_iter()
        .chain(
            self.pg
                .as_ref()
                .map(|db| ("ROSTER_DB".to_string(), db.url())),
        )
        .chain(self.server.socket(self).map(|socket| {
            (
                "ROSTER_TEST_SERVER".to_string(),
                format!("unix:{}", socket.display()),
            )
        }))
        .collect()
    }

    /// Runs roster on a pseudo-terminal, answering each prompt matching a regex
    /// with its text. Returns (exit code, everything the terminal showed).
    pub fn on_terminal(&self, args: &[&str], steps: &[(&str, &str)]) -> (i64, String) {
        let steps: Vec<Value> = steps
            .iter()
            .map(|(expect, send)| serde_json::json!([expect, send]))
            .collect();
        self.on_terminal_steps(args, steps)
    }

    /// Runs roster on a terminal `cols` columns wide (0: a terminal that
    /// reports no size) and returns what it showed, without carriage returns.
    pub fn on_terminal_width(&self, args: &[&str], cols: u16) -> String {
        let (code, out) = self.on_terminal_spec(args, Vec::new(), Some((40, cols)));
        assert_eq!(code, 0, "{out}");
        out.replace('\r', "")
    }

    /// Like `on_terminal`; a step `[regex, text, [roster args…]]` also runs
    /// roster with those arguments (to completion) before answering.
    pub fn on_terminal_steps(&self, args: &[&str], steps: Vec<Value>) -> (i64, String) {
        self.on_terminal_spec(args, steps, None)
    }

    fn on_terminal_spec(
        &self,
        args: &[&str],
        mut steps: Vec<Value>,
        dimensions: Option<(u16, u16)>,
    ) -> (i64, String) {
        let roster = assert_cmd::cargo::cargo_bin("roster").display().to_string();
        for step in &mut steps {
            if let Some(Value::Array(run)) = step.get_mut(2) {
                run.insert(0, Value::String(roster.clone()));
            }
        }
        let mut argv = vec![assert_cmd::cargo::cargo_bin("roster").display().to_string()];
        argv.extend(args.iter().map(|a| a.to_string()));
        let mut spec = serde_json::json!({
            "argv": argv,
            "env": self.vars().into_iter().collect::<std::collections::HashMap<_, _>>(),
            "steps": steps,
        });
        if let Some((rows, cols)) = dimensions {
            spec["dimensions"] = serde_json::json!([rows, cols]);
        }
        let (code, out) = python::run_script("tty_session.py", &spec.to_string());
        assert_eq!(code, 0, "the terminal session failed: {out}");
        let result: Value = serde_json::from_str(&out).unwrap();
        (
            result["exit"].as_i64().unwrap(),
            result["output"].as_str().unwrap().to_string(),
        )
    }

    /// A `file:` transport that cannot deliver (its directory would have to be
    /// under a plain file): mail sent through it stays queued.
    pub fn unreachable_transport(&self) -> String {
        let blocker = self.path().join("not-a-dir");
        std::fs::write(&blocker, "").unwrap();
        format!("file:{}/sub", blocker.display())
    }

    /// Creates (invites) a user while mail cannot be delivered, so the
    /// invitation stays queued. Returns what roster said on stderr.
    pub fn create_with_mail_queued(&self, email: &str) -> String {
        let down = self.unreachable_transport();
        let (code, _, stderr) = self.run_with_env(
            &["user", "create", email],
            &[("ROSTER_MAIL_TRANSPORT", &down)],
        );
        assert_eq!(code, 0, "{stderr}");
        stderr
    }

    /// The same command as `cmd`, as a std Command (to spawn several at once).
    pub fn std_cmd(&self) -> std::process::Command {
        self.std_cmd_for(&[])
    }

    /// `std_cmd` for a command given `vars` (set on it): in the pass
    /// through a server, the server runs with them too.
    pub fn std_cmd_with(&self, vars: &[(&str, &str)]) -> std::process::Command {
        let mut cmd = self.std_cmd_for(vars);
        cmd.envs(vars.iter().copied());
        cmd
    }

    fn std_cmd_for(&self, vars: &[(&str, &str)]) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("roster"));
        for var in ROSTER_VARS {
            cmd.env_remove(var);
        }
        cmd.env("HOME", self.path())
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("USER", "tester")
            .current_dir(self.path());
        if let Some(db) = &self.pg {
            cmd.env("ROSTER_DB", db.url());
        }
        if let Some(socket) = self.server.socket_with(self, vars) {
            cmd.env("ROSTER_TEST_SERVER", format!("unix:{}", socket.display()));
        }
        cmd
    }

    /// Runs roster with these arguments and asserts it exits 0.
    pub fn ok(&self, args: &[&str]) -> std::process::Output {
        let out = self.cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "roster {args:?} failed ({:?}):\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// Runs roster with `--json` and these arguments, asserts exit 0, parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.ok(&all);
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout of {args:?} is not JSON ({e}):\n{}",
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }

    /// Runs roster and returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.cmd().args(args).output().unwrap();
        (
            out.status.code().expect("exit code"),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    /// Like `run`, with extra environment variables.
    pub fn run_with_env(&self, args: &[&str], vars: &[(&str, &str)]) -> (i32, String, String) {
        let mut cmd = Command::from_std(self.std_cmd_for(vars));
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let out = cmd.args(args).output().unwrap();
        (
            out.status.code().expect("exit code"),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    /// Makes roles (with no permissions) and groups, as an administrator
    /// would before giving them to users.
    pub fn access(&self, roles: &[&str], groups: &[&str]) {
        for role in roles {
            self.ok(&["role", "create", role]);
        }
        for group in groups {
            self.ok(&["group", "create", group]);
        }
    }

    /// Creates a user with extra arguments, returns its id.
    pub fn create(&self, email: &str, extra: &[&str]) -> String {
        let mut args = vec!["user", "create", email];
        args.extend_from_slice(extra);
        let user = self.json(&args);
        user["id"].as_str().expect("id").to_string()
    }

    /// The user's status as `user show` reports it.
    pub fn status(&self, user: &str) -> String {
        self.json(&["user", "show", user])["status"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// A connection to the store, to check what a command left behind.
    pub fn sql(&self) -> sql::Sql {
        match &self.pg {
            Some(db) => sql::Sql::Pg(std::cell::RefCell::new(pg::client(&db.name))),
            None => sql::Sql::Lite(rusqlite::Connection::open(self.db()).unwrap()),
        }
    }

    /// A copy of the store as it is now, for a test that damages copies
    /// (`--db copy.db` then): on SQLite the file (its write-ahead log folded
    /// in first) as `name.db` beside it, on PostgreSQL a new database made
    /// from the test's. No connection to the store may be open. Removed
    /// when dropped.
    pub fn copy_store(&self, name: &str) -> StoreCopy {
        match &self.pg {
            Some(db) => {
                let copy = db.copy();
                StoreCopy {
                    db: PathBuf::from(copy.url()),
                    _pg: Some(copy),
                }
            }
            None => {
                self.sqlite()
                    .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
                    .unwrap();
                let path = self.db().with_file_name(format!("{name}.db"));
                std::fs::copy(self.db(), &path).unwrap();
                StoreCopy {
                    db: path,
                    _pg: None,
                }
            }
        }
    }

    /// Everything the store holds, to search for what must not be in it: on
    /// SQLite the raw bytes of the file and of its write-ahead log; on
    /// PostgreSQL every value of every column of every row of every table
    /// of the database, as text (bytea decoded), one value a line.
    pub fn stored_bytes(&self) -> Vec<u8> {
        let Some(db) = &self.pg else {
            let mut bytes = std::fs::read(self.db()).unwrap();
            if let Ok(wal) = std::fs::read(self.db().with_extension("db-wal")) {
                bytes.extend(wal);
            }
            return bytes;
        };
        let mut client = pg::client(&db.name);
        let tables = client
            .query(
                "SELECT c.oid::regclass::text, \
                        string_agg(CASE WHEN a.atttypid = 'bytea'::regtype \
                                        THEN format('encode(%I, ''escape'')', a.attname) \
                                        ELSE format('%I::text', a.attname) END, ', ' \
                                   ORDER BY a.attnum) \
                 FROM pg_class c \
                 JOIN pg_namespace n ON n.oid = c.relnamespace \
                 JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped \
                 WHERE c.relkind IN ('r', 'p', 'm') \
                   AND n.nspname NOT IN ('pg_catalog', 'information_schema') \
                   AND n.nspname NOT LIKE 'pg_toast%' \
                 GROUP BY c.oid",
                &[],
            )
            .unwrap();
        assert!(!tables.is_empty(), "the database has roster's tables");
        let mut text = String::new();
        for table in tables {
            let (name, columns): (String, String) = (table.get(0), table.get(1));
            text.push_str(&format!("-- {name}\n"));
            let rows = client
                .query(
                    &format!("SELECT concat_ws(E'\\n', {columns}) FROM {name}"),
                    &[],
                )
                .unwrap();
            for row in rows {
                text.push_str(&row.get::<_, String>(0));
                text.push('\n');
            }
        }
        text.into_bytes()
    }

    /// The .eml files in the default outbox directory, oldest first.
    pub fn emails(&self) -> Vec<String> {
        let Ok(dir) = std::fs::read_dir(self.outbox()) else {
            return Vec::new();
        };
        let mut files: Vec<(std::time::SystemTime, PathBuf)> = dir
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .map(|p| (std::fs::metadata(&p).unwrap().modified().unwrap(), p))
            .collect();
        files.sort();
        files
            .into_iter()
            .map(|(_, p)| std::fs::read_to_string(p).unwrap())
            .collect()
    }
}

/// The SQL of each migration a backend (`sqlite`, `postgres`) ships, in
/// order (`src/store/BACKEND/migrations/NNNN_*.sql`): what that version of
/// roster ran to make its schema.
pub fn migration_sql(backend: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/store")
        .join(backend)
        .join("migrations");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    for (i, file) in files.iter().enumerate() {
        let name = file.file_name().unwrap().to_string_lossy();
        assert!(
            name.starts_with(&format!("{:04}_", i + 1)),
            "{name}: migrations are numbered from 0001 without gaps"
        );
    }
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect()
}

/// A connection to the store at `db`: a PostgreSQL connection string, or
/// the path of a SQLite file.
pub fn sql_at(db: &Path) -> sql::Sql {
    let text = db.to_string_lossy();
    if text.starts_with("postgres://") || text.starts_with("postgresql://") {
        let client = postgres::Client::connect(&text, postgres::NoTls)
            .unwrap_or_else(|e| panic!("connect to {text}: {e}"));
        sql::Sql::Pg(std::cell::RefCell::new(client))
    } else {
        sql::Sql::Lite(rusqlite::Connection::open(db).unwrap())
    }
}

/// A copy of a test's store (`TestEnv::copy_store`), gone when dropped.
pub struct StoreCopy {
    /// What `--db` takes to open the copy.
    pub db: PathBuf,
    _pg: Option<pg::Database>,
}

impl Drop for StoreCopy {
    fn drop(&mut self) {
        if self._pg.is_none() {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", self.db.display()));
            }
        }
    }
}

/// Puts a user in the given status, the way an administrator would; returns its id.
pub fn user_in(env: &TestEnv, status: &str, email: &str) -> String {
    match status {
        "invited" => env.create(email, &[]),
        "invitation_expired" => {
            let config = env.config_file("ttl0.toml", "[invite]\nttl = \"0s\"\n");
            let config = config.to_str().unwrap();
            env.json(&["--config", config, "user", "create", email])["id"]
                .as_str()
                .unwrap()
                .to_string()
        }
        "invitation_revoked" => {
            let id = env.create(email, &[]);
            env.ok(&["user", "revoke", &id]);
            id
        }
        "active" => env.create(email, &["--no-invite"]),
        "blocked" => {
            let id = env.create(email, &["--no-invite"]);
            env.ok(&["user", "block", &id]);
            id
        }
        "archived" => {
            let id = env.create(email, &["--no-invite"]);
            env.ok(&["user", "archive", &id]);
            id
        }
        other => panic!("no such status {other}"),
    }
}

pub const STATUSES: [&str; 6] = [
    "invited",
    "invitation_expired",
    "invitation_revoked",
    "active",
    "blocked",
    "archived",
];

/// Creates `count` active users (`user0@example.com`, …) through the library,
/// far faster than one roster process each.
pub fn seed_active_users(env: &TestEnv, count: usize) {
    let mut store =
        roster::store::Store::open(&env.db(), &roster::store::OpenOptions::default()).unwrap();
    let ctx = roster::ops::Ctx::new("seed", "http://localhost");
    for i in 0..count {
        let req = roster::domain::user::NewUser {
            email: roster::domain::Email::parse(&format!("user{i}@example.com")).unwrap(),
            username: None,
            profile: Default::default(),
            attributes: Default::default(),
            roles: vec![],
            groups: vec![],
            permissions: vec![],
            initial: roster::domain::user::Initial::Active,
            create_groups: false,
            request_onboarding: false,
            send_email: false,
        };
        roster::ops::users::create(&mut store, &ctx, req, false).unwrap();
    }
}

/// What `stored_bytes` gives holds each value as it was written, quotes,
/// backslashes and all, on either backend: a search of it finds a secret.
#[test]
fn stored_bytes_hold_every_value_as_written() {
    let env = TestEnv::new();
    let odd = r#"Zé "quoted", back\slash (x)"#;
    env.create("ada@example.com", &["--no-invite", "--first", odd]);
    let stored = String::from_utf8_lossy(&env.stored_bytes()).into_owned();
    assert!(stored.contains(odd), "{odd} is not in what the store holds");
}
