//! The PostgreSQL side of the suite: `ROSTER_TEST_DB=postgres cargo test`
//! runs every test against a database of a throwaway cluster (started here
//! on first use with `.ci/pg`, in `target/tmp/pg`, on a Unix socket only),
//! one new database per test; `.ci/pg stop target/tmp/pg` stops it.

use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// True when the suite runs against PostgreSQL.
pub fn enabled() -> bool {
    std::env::var("ROSTER_TEST_DB").is_ok_and(|v| v == "postgres")
}

/// The cluster's socket directory, starting the cluster if it is not running.
fn socket() -> &'static PathBuf {
    static SOCKET: OnceLock<PathBuf> = OnceLock::new();
    SOCKET.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pg");
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".ci/pg");
        let out = std::process::Command::new(script)
            .arg("start")
            .arg(&dir)
            .output()
            .expect("run .ci/pg");
        assert!(
            out.status.success(),
            "could not start the test PostgreSQL cluster:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
    })
}

/// The connection string of database `name` on the cluster.
pub fn url(name: &str) -> String {
    let sock = socket().display().to_string().replace('/', "%2F");
    format!("postgresql://postgres@{sock}/{name}")
}

/// A client of database `name`, for a test to look at what roster wrote.
pub fn client(name: &str) -> postgres::Client {
    postgres::Client::connect(&url(name), postgres::NoTls).expect("connect to the test cluster")
}

/// A new, empty database of the cluster, dropped when it goes.
pub struct Database {
    pub name: String,
}

impl Database {
    pub fn new() -> Database {
        let name = Database::name();
        client("postgres")
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create a test database");
        Database { name }
    }

    /// A new database holding what this one holds now (no connection to
    /// this one may be open), dropped when it goes.
    pub fn copy(&self) -> Database {
        let copy = Database::name();
        client("postgres")
            .batch_execute(&format!("CREATE DATABASE {copy} TEMPLATE {}", self.name))
            .expect("copy a test database");
        Database { name: copy }
    }

    pub fn url(&self) -> String {
        url(&self.name)
    }
}

impl Database {
    /// A name no other database of this run has.
    fn name() -> String {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        format!(
            "t{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        )
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Ok(mut admin) = postgres::Client::connect(&url("postgres"), postgres::NoTls) {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}
