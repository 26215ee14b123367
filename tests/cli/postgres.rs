//! The PostgreSQL store itself: what only a store on a server has (the
//! connection string, a foreign or newer database, `db copy` between the
//! backends). Run in the PostgreSQL pass (`ROSTER_TEST_DB=postgres`); the
//! rest of the suite runs there on PostgreSQL too.

use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::TestEnv;
use crate::common::pg::{self, Database};
use crate::common::process::wait_within;

/// The suite is on PostgreSQL (else these tests have no server to use).
fn on_postgres() -> bool {
    if !pg::enabled() {
        eprintln!("PostgreSQL only: run with ROSTER_TEST_DB=postgres");
    }
    pg::enabled()
}

/// The users of a store as `user export` writes them, one JSON object a line.
fn export(env: &TestEnv, db: &str) -> String {
    let out = env.ok(&["--db", db, "user", "export", "--format", "jsonl"]);
    String::from_utf8(out.stdout).unwrap()
}

fn audit_of(env: &TestEnv, db: &str) -> serde_json::Value {
    env.json(&["--db", db, "audit", "list"])
}

/// SQLite → PostgreSQL → SQLite: the same users, memberships, statuses,
/// tokens, mail and audit log at each step, the chain verifying on each.
#[test]
fn db_copy_round_trips_between_the_backends() {
    if !on_postgres() {
        return;
    }
    let env = TestEnv::lite();
    let first = env.path().join("first.db").display().to_string();
    let back = env.path().join("back.db").display().to_string();
    let run = |args: &[&str]| {
        let mut all = vec!["--db", &first];
        all.extend_from_slice(args);
        env.ok(&all);
    };
    run(&["role", "preset", "apply", "back-office"]);
    run(&["feature", "enable", "TechnicianUsers"]);
    run(&[
        "user",
        "create",
        "ada@example.com",
        "--first",
        "Ada",
        "--role",
        "accountant",
        "--group",
        "client:Acme Fleet Ltd",
        "--create-groups",
        "--attr",
        "legacy_id=7",
    ]);
    run(&[
        "user",
        "create",
        "tech@example.com",
        "--role",
        "technician",
        "--no-invite",
    ]);
    run(&["user", "create", "gone@example.com", "--no-invite"]);
    run(&[
        "--yes",
        "user",
        "block",
        "tech@example.com",
        "--reason",
        "left",
    ]);
    run(&["--yes", "user", "archive", "gone@example.com"]);
    let target = Database::new();
    let url = target.url();
    let out = env.ok(&["--json", "db", "copy", &first, &url]);
    let tables: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let users = tables
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "users")
        .unwrap();
    assert_eq!(users["rows"], 3);
    assert_eq!(export(&env, &first), export(&env, &url));
    assert_eq!(audit_of(&env, &first), audit_of(&env, &url));
    env.ok(&["--db", &url, "audit", "verify"]);
    env.ok(&["--db", &url, "db", "check"]);
    // The copy goes on working: new users, new audit entries, on a chain
    // that still verifies.
    env.ok(&[
        "--db",
        &url,
        "user",
        "create",
        "new@example.com",
        "--no-invite",
    ]);
    env.ok(&["--db", &url, "audit", "verify"]);
    env.ok(&["db", "copy", &url, &back]);
    assert_eq!(export(&env, &url), export(&env, &back));
    assert_eq!(audit_of(&env, &url), audit_of(&env, &back));
    env.ok(&["--db", &back, "audit", "verify"]);
    env.ok(&["--db", &back, "db", "check"]);

    // A target that holds anything is refused, and left as it was.
    let (code, _, stderr) = env.run(&["db", "copy", &first, &url]);
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("is not empty"), "{stderr}");
    assert_eq!(
        env.json(&["--db", &url, "user", "list"])
            .as_array()
            .unwrap()
            .len(),
        4
    );
}

/// `db copy` is one transaction on the target: killed at any moment, the
/// target has every row or none.
#[test]
fn an_interrupted_db_copy_leaves_the_target_empty_or_whole() {
    if !on_postgres() {
        return;
    }
    let env = TestEnv::lite();
    let source = env.path().join("source.db").display().to_string();
    let mut csv = String::from("email,first_name,status\n");
    for i in 0..20_000 {
        csv.push_str(&format!("u{i}@example.com,U{i},active\n"));
    }
    let file = env.path().join("users.csv");
    std::fs::write(&file, csv).unwrap();
    env.ok(&[
        "--db",
        &source,
        "--yes",
        "-q",
        "user",
        "import",
        file.to_str().unwrap(),
    ]);
    let mut outcomes = Vec::new();
    for delay_ms in [50, 150, 300, 600, 1200, 5000] {
        let target = Database::new();
        let url = target.url();
        let mut cmd = env.std_cmd();
        cmd.args(["-q", "db", "copy", &source, &url])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let started = Instant::now();
        let mut child = cmd.spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let finished = child.try_wait().unwrap().is_some();
        let _ = child.kill();
        let status = wait_within(&mut child, Duration::from_secs(60)).expect("reaped");
        let when = format!("killed after {:?}", started.elapsed());
        let mut client = pg::client(&target.name);
        let has_schema: bool = client
            .query_one("SELECT to_regclass('users') IS NOT NULL", &[])
            .unwrap()
            .get(0);
        let users: i64 = if has_schema {
            client
                .query_one("SELECT count(*) FROM users", &[])
                .unwrap()
                .get(0)
        } else {
            0
        };
        let audit: i64 = if has_schema {
            client
                .query_one("SELECT count(*) FROM audit", &[])
                .unwrap()
                .get(0)
        } else {
            0
        };
        assert!(
            (users == 0 && audit == 0) || (users == 20_000 && audit == 20_000),
            "{when}: {users} users and {audit} audit entries: neither empty nor whole"
        );
        if users > 0 {
            env.ok(&["--db", &url, "audit", "verify"]);
        } else if has_schema {
            // An empty target takes the copy again.
            env.ok(&["-q", "db", "copy", &source, &url]);
        }
        outcomes.push((delay_ms, finished || status.success(), users));
    }
    assert!(
        outcomes.iter().any(|(_, _, users)| *users == 0),
        "some copy was interrupted: {outcomes:?}"
    );
}

/// `db copy` reads FROM as one snapshot: users added while it runs stay
/// behind, and what is copied is whole (memberships with their users, the
/// audit chain verifying).
#[test]
fn db_copy_reads_one_snapshot_while_users_are_added() {
    if !on_postgres() {
        return;
    }
    let env = TestEnv::new();
    let source = env.db().display().to_string();
    let mut csv = String::from("email,permissions,status\n");
    for i in 0..20_000 {
        csv.push_str(&format!("s{i}@example.com,users.read,active\n"));
    }
    let file = env.path().join("users.csv");
    std::fs::write(&file, csv).unwrap();
    env.ok(&["--yes", "-q", "user", "import", file.to_str().unwrap()]);
    let back = env.path().join("copy.db").display().to_string();
    let adding = std::thread::scope(|scope| {
        let adder = scope.spawn(|| {
            let mut added = 0;
            for i in 0..40 {
                let (code, _, _) = env.run(&[
                    "user",
                    "create",
                    &format!("late{i}@example.com"),
                    "--permission",
                    "users.read",
                    "--no-invite",
                ]);
                added += usize::from(code == 0);
            }
            added
        });
        let (code, _, stderr) = env.run(&["db", "copy", &source, &back]);
        assert_eq!(code, 0, "a copy beside writers: {stderr}");
        adder.join().unwrap()
    });
    assert_eq!(adding, 40);
    env.ok(&["--db", &back, "audit", "verify"]);
    env.ok(&["--db", &back, "db", "check"]);
    let copied = env
        .json(&["--db", &back, "user", "list"])
        .as_array()
        .unwrap()
        .len();
    assert!((20_000..=20_040).contains(&copied), "{copied} users copied");
}

/// What only a connection string can get wrong.
#[test]
fn a_server_store_refuses_what_it_cannot_take_and_touches_nothing() {
    if !on_postgres() {
        return;
    }
    let env = TestEnv::new();
    let db = env.pg.as_ref().unwrap();
    // A password on the command line would show in `ps`.
    let with_password = db.url().replace("postgres@", "postgres:secret@");
    let (code, _, stderr) = env.run(&["--db", &with_password, "user", "list"]);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("PGPASSWORD"), "{stderr}");
    assert!(!stderr.contains("secret"), "{stderr}");
    // Another program's database is not made a store.
    let foreign = Database::new();
    pg::client(&foreign.name)
        .batch_execute("CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (1)")
        .unwrap();
    let (code, _, stderr) = env.run(&["--db", &foreign.url(), "user", "list"]);
    assert_eq!(code, 8, "{stderr}");
    assert!(stderr.contains("invoices"), "{stderr}");
    let tables: i64 = pg::client(&foreign.name)
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 1, "nothing was added to it");
    // A newer roster's schema is refused, untouched.
    env.create("ada@example.com", &["--no-invite"]);
    let version: i64 = env
        .sql()
        .query_row("SELECT version FROM roster_schema", [], |r| r.get(0))
        .unwrap();
    env.sql()
        .execute("UPDATE roster_schema SET version = 99", [])
        .unwrap();
    let (code, _, stderr) = env.run(&["user", "list"]);
    assert_eq!(code, 8, "{stderr}");
    assert!(stderr.contains("newer"), "{stderr}");
    env.sql()
        .execute(&format!("UPDATE roster_schema SET version = {version}"), [])
        .unwrap();
    // A server that is not there is exit 8, naming it without a password.
    let (code, _, stderr) = env.run(&[
        "--db",
        "postgresql://nobody@%2Fnonexistent%2Fsocket/none",
        "user",
        "list",
    ]);
    assert_eq!(code, 8, "{stderr}");
    assert!(stderr.contains("cannot connect"), "{stderr}");
    // `require` never falls back to no TLS (a Unix socket has none).
    let (code, _, stderr) = env.run(&[
        "--db",
        &format!("{}?sslmode=require", db.url()),
        "user",
        "list",
    ]);
    assert_eq!(code, 8, "{stderr}");
    assert!(stderr.contains("TLS"), "{stderr}");
    // Only looking, an empty database is no store (as a missing file).
    let empty = Database::new();
    let (code, _, stderr) = env.run(&["--db", &empty.url(), "db", "check"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("holds no roster store"), "{stderr}");
    // A password given where it may be (ROSTER_DB) is never shown.
    let (code, stdout, stderr) =
        env.run_with_env(&["-v", "db", "path"], &[("ROSTER_DB", &with_password)]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        !stdout.contains("secret") && !stderr.contains("secret"),
        "{stdout}{stderr}"
    );
    // db backup is the server's tools' work.
    let (code, _, stderr) = env.run(&["db", "backup", "x.db"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("pg_dump"), "{stderr}");
    assert_eq!(
        env.json(&["db", "path"])["path"].as_str().unwrap(),
        db.url()
    );
}

/// A cluster of its own that takes only TLS connections on 127.0.0.1, with
/// a certificate from a CA made for the test; stopped and removed when
/// dropped.
struct TlsServer {
    dir: std::path::PathBuf,
    port: u16,
    ca: std::path::PathBuf,
}

impl TlsServer {
    fn start() -> TlsServer {
        // One directory per server: the tests that start one run at once.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
            "pg-tls-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let certs = dir.join("certs");
        std::fs::create_dir_all(&certs).unwrap();
        let openssl = |args: &[&str]| {
            let out = std::process::Command::new("openssl")
                .args(args)
                .current_dir(&certs)
                .output()
                .expect("openssl");
            assert!(
                out.status.success(),
                "openssl {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        openssl(&[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=roster test CA",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
        ]);
        openssl(&[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=localhost",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
        ]);
        std::fs::write(
            certs.join("san.ext"),
            "subjectAltName=DNS:localhost,IP:127.0.0.1\n",
        )
        .unwrap();
        openssl(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "san.ext",
            "-out",
            "server.pem",
        ]);
        // The server reads its key as its own account, private to it.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
        std::fs::set_permissions(&certs, std::fs::Permissions::from_mode(0o755)).unwrap();
        for file in ["server.pem", "ca.pem"] {
            std::fs::set_permissions(certs.join(file), std::fs::Permissions::from_mode(0o644))
                .unwrap();
        }
        let key = certs.join("server.key");
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc_geteuid() } == 0 {
            let uid = std::process::Command::new("id")
                .args(["-u", "postgres"])
                .output()
                .unwrap();
            let uid: u32 = String::from_utf8(uid.stdout)
                .unwrap()
                .trim()
                .parse()
                .unwrap();
            std::os::unix::fs::chown(&key, Some(uid), None).unwrap();
        }
        let port = crate::common::python::free_port();
        let script = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".ci/pg");
        let opts = format!(
            "-c ssl=on -c ssl_cert_file={} -c ssl_key_file={} -c listen_addresses=127.0.0.1 -c port={port}",
            certs.join("server.pem").display(),
            key.display()
        );
        let cluster = dir.join("cluster");
        let pg = |cmd: &str| {
            let out = std::process::Command::new(&script)
                .arg(cmd)
                .arg(&cluster)
                .env("PG_OPTS", &opts)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        pg("start");
        // Only TLS from 127.0.0.1 (the socket stays, for setting up): the
        // rules are read when the server starts again.
        std::fs::write(
            cluster.join("data/pg_hba.conf"),
            "local all all trust\nhostssl all alice 127.0.0.1/32 scram-sha-256\n\
             hostssl all all 127.0.0.1/32 trust\n",
        )
        .unwrap();
        pg("stop");
        pg("start");
        let sock = cluster
            .join("sock")
            .display()
            .to_string()
            .replace('/', "%2F");
        let mut admin = postgres::Client::connect(
            &format!("postgresql://postgres@{sock}:{port}/postgres"),
            postgres::NoTls,
        )
        .unwrap();
        admin.batch_execute("CREATE DATABASE tls").unwrap();
        // An account that signs in with a password, owning its database.
        admin
            .batch_execute("CREATE ROLE alice LOGIN PASSWORD 'alice-pw-7'")
            .unwrap();
        admin
            .batch_execute("CREATE DATABASE alicedb OWNER alice")
            .unwrap();
        TlsServer {
            dir,
            port,
            ca: certs.join("ca.pem"),
        }
    }

    fn url(&self, host: &str, params: &str) -> String {
        format!("postgresql://postgres@{host}:{}/tls?{params}", self.port)
    }
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        let script = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".ci/pg");
        let _ = std::process::Command::new(script)
            .arg("stop")
            .arg(self.dir.join("cluster"))
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

unsafe extern "C" {
    #[link_name = "geteuid"]
    fn libc_geteuid() -> u32;
}

/// TLS through rustls, as docs/postgres.md says: `require` encrypts,
/// `verify-full` checks the certificate against the roots and the host's
/// name, and a server that takes only TLS refuses `disable`.
#[test]
fn tls_modes_do_what_they_say() {
    if !on_postgres() {
        return;
    }
    let server = TlsServer::start();
    let env = TestEnv::lite();
    let ca = server.ca.display().to_string();
    // `db migrate` makes the store on first use (a command that only reads
    // finds none in an empty database).
    let run = |url: &str| env.run(&["--db", url, "db", "migrate"]);
    let (code, _, stderr) = run(&server.url("127.0.0.1", "sslmode=require"));
    assert_eq!(code, 0, "require: {stderr}");
    let (code, _, stderr) = run(&server.url(
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={ca}"),
    ));
    assert_eq!(code, 0, "verify-full with the CA: {stderr}");
    // The server really speaks TLS to roster: it says so for the session.
    let (code, _, stderr) = env.run(&[
        "--db",
        &server.url(
            "localhost",
            &format!("sslmode=verify-full&sslrootcert={ca}"),
        ),
        "user",
        "create",
        "tls@example.com",
        "--no-invite",
    ]);
    assert_eq!(code, 0, "{stderr}");
    // Not signed by a root roster trusts: refused, nothing written.
    let (code, _, stderr) = run(&server.url("localhost", "sslmode=verify-full"));
    assert_eq!(code, 8, "verify-full with the web's roots: {stderr}");
    assert!(stderr.contains("cannot connect"), "{stderr}");
    // The right server under a name its certificate does not carry.
    let (code, _, stderr) = run(&server.url(
        "db.wrong.example",
        &format!("hostaddr=127.0.0.1&sslmode=verify-full&sslrootcert={ca}"),
    ));
    assert_eq!(code, 8, "a host the certificate does not name: {stderr}");
    assert!(stderr.contains("cannot connect"), "{stderr}");
    // The server takes TLS only: without it, refused (a loopback address
    // defaults to no TLS).
    for params in ["sslmode=disable", ""] {
        let (code, _, stderr) = run(&server.url("127.0.0.1", params));
        assert_eq!(code, 8, "{params:?}: {stderr}");
    }
    let (code, _, stderr) = run(&server.url("127.0.0.1", "sslmode=prefer"));
    assert_eq!(code, 6, "an sslmode roster does not take: {stderr}");
    assert!(
        stderr.contains("disable, require or verify-full"),
        "{stderr}"
    );
}

/// The password comes as libpq finds it: `PGPASSWORD`, or a line of
/// `~/.pgpass` only its owner can read; never needed on the command line.
#[test]
fn the_password_comes_from_pgpassword_or_pgpass() {
    if !on_postgres() {
        return;
    }
    let server = TlsServer::start();
    let env = TestEnv::lite();
    let url = format!(
        "postgresql://alice@localhost:{}/alicedb?sslmode=verify-full&sslrootcert={}",
        server.port,
        server.ca.display()
    );
    // `db migrate` makes the store on first use (a command that only reads
    // finds none in an empty database).
    let list = |vars: &[(&str, &str)]| env.run_with_env(&["--db", &url, "db", "migrate"], vars);
    let (code, _, stderr) = list(&[]);
    assert_eq!(code, 8, "no password anywhere: {stderr}");
    let (code, _, stderr) = list(&[("PGPASSWORD", "wrong")]);
    assert_eq!(code, 8, "a wrong password: {stderr}");
    assert!(!stderr.contains("wrong"), "{stderr}");
    let (code, _, stderr) = list(&[("PGPASSWORD", "alice-pw-7")]);
    assert_eq!(code, 0, "PGPASSWORD: {stderr}");
    let pgpass = env.path().join(".pgpass");
    std::fs::write(
        &pgpass,
        format!(
            "# roster test\nlocalhost:{}:alicedb:alice:alice-pw-7\n",
            server.port
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (code, _, stderr) = list(&[]);
    assert_eq!(code, 8, "a ~/.pgpass others can read is ignored: {stderr}");
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    let (code, _, stderr) = list(&[]);
    assert_eq!(code, 0, "~/.pgpass: {stderr}");
    std::fs::remove_file(&pgpass).unwrap();
    // In ROSTER_DB (not on the command line) the string may carry it.
    let with = url.replace("alice@", "alice:alice-pw-7@");
    let (code, stdout, stderr) = env.run_with_env(&["db", "path"], &[("ROSTER_DB", &with)]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stdout.contains("alice-pw-7"), "{stdout}");
    let (code, _, stderr) = env.run_with_env(&["user", "list"], &[("ROSTER_DB", &with)]);
    assert_eq!(code, 0, "a password in ROSTER_DB: {stderr}");
}

/// `--match` asks the trigram index for the parts of its text that few
/// users share, once ANALYZE has counted them, and still names exactly the
/// users the whole text matches. A store made at schema version 1 gains the
/// statistics when it is migrated.
#[test]
fn match_asks_the_index_for_rare_parts_and_finds_the_same_users() {
    if !on_postgres() {
        return;
    }
    let env = TestEnv::new();
    // Every user holds `smith`; one holds a rare part of `smith2999`
    // without the whole of it.
    let mut users: Vec<(String, String)> = (0..3000)
        .map(|i| (format!("user{i}@example.com"), format!("Smith{i}")))
        .collect();
    users.push(("zed@example.com".into(), "Zh2999".into()));
    let mut csv = String::from("email,last_name\n");
    for (email, last) in &users {
        csv.push_str(&format!("{email},{last}\n"));
    }
    let file = env.path().join("users.csv");
    std::fs::write(&file, csv).unwrap();
    env.ok(&["--yes", "-q", "user", "import", file.to_str().unwrap()]);
    // A store from before the statistics: migrated, it has them.
    env.sql()
        .execute_batch(
            "DROP STATISTICS users_search_trigrams; DROP TABLE api_tokens; \
             ALTER TABLE groups DROP COLUMN id; UPDATE roster_schema SET version = 1;",
        )
        .unwrap();
    let out = env.ok(&["db", "migrate"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("from version 1 to "), "{said}");
    // The migration counted the trigrams (no ANALYZE here).
    let common: f64 = env
        .sql()
        .query_row(
            "SELECT x.f::float8 FROM pg_stats_ext_exprs s, \
               unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS x(e, f) \
             WHERE s.statistics_name = 'users_search_trigrams' AND x.e = 'smi'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(common > 0.99, "all users but one hold smith: {common}");
    let emails = |text: &str| -> Vec<String> {
        let listed = env.json(&["user", "list", "--match", text]);
        let mut emails: Vec<String> = listed
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["email"].as_str().unwrap().to_string())
            .collect();
        emails.sort();
        emails
    };
    let expected = |text: &str| -> Vec<String> {
        let mut found: Vec<String> = users
            .iter()
            .filter(|(email, last)| format!("{email}\n{}", last.to_lowercase()).contains(text))
            .map(|(email, _)| email.clone())
            .collect();
        found.sort();
        found
    };
    assert_eq!(emails("smith2999"), ["user2999@example.com"]);
    for text in [
        "mith29",
        "smith12",
        "r2999@example.com",
        "h1",
        "SMITH777",
        "h2999",
    ] {
        assert_eq!(
            emails(text),
            expected(&text.to_lowercase()),
            "--match {text}"
        );
    }
    // Wildcards are themselves, in the parts and in the whole text.
    for text in ["smith2_99", "smith29%", "smith2999%", "smith299_", "h29\\"] {
        assert!(emails(text).is_empty(), "--match {text}");
    }
}

/// A command that only reads finds no store in an empty database (exit 4)
/// and makes none; the first write makes it (issue 17).
#[test]
fn a_command_that_only_reads_makes_no_store_in_an_empty_database() {
    if !on_postgres() {
        return;
    }
    let env = TestEnv::new();
    for args in [
        &["user", "list"][..],
        &["db", "stats"],
        &["audit", "verify"],
    ] {
        let (code, _, stderr) = env.run(args);
        assert_eq!(code, 4, "{args:?}: {stderr}");
        assert!(
            stderr.contains("no store at") && stderr.contains("any write creates it"),
            "{stderr}"
        );
    }
    assert!(
        !env.store_exists(),
        "a command that only reads made the store"
    );
    env.create("ada@example.com", &["--no-email"]);
    assert_eq!(env.json(&["user", "list"]).as_array().unwrap().len(), 1);
}

/// A store of every schema roster ever wrote on PostgreSQL, made by that
/// version's migrations (the files roster ships), is brought to the
/// current one when roster opens it: it keeps its users, memberships,
/// tokens and mail, passes `db check` and `audit verify`, finds by
/// `--match`, and takes new users and changes like a new store.
#[test]
fn every_past_server_schema_migrates_and_works() {
    if !on_postgres() {
        return;
    }
    let migrations = crate::common::migration_sql("postgres");
    let current = migrations.len();
    for version in 1..=current {
        let db = Database::new();
        let mut client = pg::client(&db.name);
        for sql in &migrations[..version] {
            client.batch_execute(sql).unwrap();
        }
        client
            .batch_execute(&format!(
                "INSERT INTO roster_schema (application, version) VALUES ('roster', {version});
                 INSERT INTO roles (name, description, created_at)
                     VALUES ('support', 'first-line support', '2026-11-01T00:00:00Z');
                 INSERT INTO role_permissions (role, permission) VALUES ('support', 'clocking');
                 {groups}
                 INSERT INTO users (id, email, email_key, first_name, last_name, status,
                     created_at, updated_at, invited_at, invite_expires_at, search_text)
                 VALUES ('01a20000-0000-7000-8000-000000000001', 'Ada@example.com',
                     'ada@example.com', 'Ada', 'Lovelace', 'invited', '2026-11-01T00:00:00Z',
                     '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', '2099-01-01T00:00:00Z',
                     'ada@example.com' || chr(10) || 'ada' || chr(10) || 'lovelace');
                 INSERT INTO user_roles (user_id, role)
                     VALUES ('01a20000-0000-7000-8000-000000000001', 'support');
                 INSERT INTO user_groups (user_id, kind, name)
                     VALUES ('01a20000-0000-7000-8000-000000000001', 'team', 'north');
                 INSERT INTO user_attributes (user_id, key, value)
                     VALUES ('01a20000-0000-7000-8000-000000000001', 'operator_code', 'OP7');
                 INSERT INTO tokens (hash, user_id, purpose, created_at, expires_at)
                     VALUES ('{}', '01a20000-0000-7000-8000-000000000001', 'invite',
                             '2026-11-01T00:00:00Z', '2099-01-01T00:00:00Z');
                 INSERT INTO outbox (created_at, user_id, template, to_addr, subject, body_text,
                                     status)
                     VALUES ('2026-11-01T00:00:00Z', '01a20000-0000-7000-8000-000000000001',
                             'invitation', 'Ada@example.com', 'Welcome', 'x', 'sent');",
                "ab".repeat(32),
                // From schema 4 a group has an id.
                groups = if version >= 4 {
                    "INSERT INTO groups (kind, name, display_name, created_at, id)
                     VALUES ('team', 'north', 'North', '2026-11-01T00:00:00Z',
                             '0b5e2f5a-0000-4000-8000-000000000001');"
                } else {
                    "INSERT INTO groups (kind, name, display_name, created_at)
                     VALUES ('team', 'north', 'North', '2026-11-01T00:00:00Z');"
                }
            ))
            .unwrap();
        drop(client);
        let env = TestEnv {
            dir: tempfile::tempdir().unwrap(),
            pg: Some(db),
            server: crate::common::through::Served::default(),
        };
        let (code, _, stderr) = env.run(&["db", "migrate"]);
        assert_eq!(code, 0, "schema {version}: {stderr}");
        if version < current {
            assert!(
                stderr.contains(&format!("from version {version} to {current}")),
                "schema {version}: {stderr}"
            );
        }
        let stored: i64 = env
            .sql()
            .query_row("SELECT version FROM roster_schema", [], |r| r.get(0))
            .unwrap();
        assert_eq!(stored, current as i64, "schema {version}");
        // Its data, as it was.
        let ada = env.json(&["user", "show", "ada@example.com"]);
        assert_eq!(ada["status"], "invited", "schema {version}: {ada}");
        assert_eq!(ada["first_name"], "Ada", "schema {version}: {ada}");
        assert_eq!(
            ada["roles"],
            serde_json::json!(["support"]),
            "schema {version}"
        );
        assert_eq!(
            ada["groups"],
            serde_json::json!(["team:North"]),
            "schema {version}"
        );
        assert_eq!(
            ada["attributes"]["operator_code"], "OP7",
            "schema {version}"
        );
        let holders = env.json(&["user", "list", "--permission", "clocking"]);
        assert_eq!(holders.as_array().unwrap().len(), 1, "schema {version}");
        let mail = env.json(&["mail", "list"]);
        assert_eq!(
            mail.as_array().unwrap().len(),
            1,
            "schema {version}: {mail}"
        );
        let tokens: i64 = env
            .sql()
            .query_row("SELECT count(*) FROM tokens", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tokens, 1, "schema {version}");
        let matched = env.json(&["user", "list", "--match", "lovelace"]);
        assert_eq!(matched.as_array().unwrap().len(), 1, "schema {version}");
        env.ok(&["db", "check"]);
        env.ok(&["audit", "verify"]);
        // It works as a new store does.
        env.create(
            "grace@example.com",
            &[
                "--last",
                "Hopper",
                "--role",
                "support",
                "--group",
                "team:north",
                "--no-invite",
            ],
        );
        env.ok(&["user", "update", "ada@example.com", "--last", "Byron"]);
        let north = env.json(&["user", "list", "--group", "team:north", "--role", "support"]);
        assert_eq!(
            north.as_array().unwrap().len(),
            2,
            "schema {version}: {north}"
        );
        assert_eq!(
            env.json(&["user", "list", "--match", "byron"])
                .as_array()
                .unwrap()
                .len(),
            1,
            "schema {version}"
        );
        env.ok(&["user", "block", "grace@example.com", "--yes"]);
        assert_eq!(env.status("grace@example.com"), "blocked");
        env.ok(&["db", "check"]);
        env.ok(&["audit", "verify"]);
    }
}
