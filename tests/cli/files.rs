//! Which files roster will use as its store: an empty file or a roster store
//! of its own account, nothing else. Every refusal is exit 8 and leaves the
//! file byte for byte as it was.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::common::TestEnv;

/// The file, and the WAL and shared-memory files SQLite would add beside it.
fn snapshot(path: &Path) -> (Vec<u8>, bool, bool) {
    let side = |ext: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(ext);
        PathBuf::from(name).exists()
    };
    (std::fs::read(path).unwrap(), side("-wal"), side("-shm"))
}

/// Runs a reading and a writing command on `path`; both must exit 8 with a
/// message containing `says`, and the file must be left as it was.
fn refused(env: &TestEnv, path: &Path, says: &str) {
    let before = snapshot(path);
    for args in [
        &["user", "list"][..],
        &["user", "create", "ada@example.com", "--no-invite"][..],
        &["db", "migrate"][..],
    ] {
        let mut all = vec!["--db", path.to_str().unwrap()];
        all.extend_from_slice(args);
        let (code, stdout, stderr) = env.run(&all);
        assert_eq!(code, 8, "{args:?}: {stderr}");
        assert!(stdout.is_empty(), "{stdout}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert!(stderr.starts_with("error: "), "{stderr}");
    }
    assert_eq!(snapshot(path), before, "{} was changed", path.display());
}

/// The file's bytes, its side files and its modification time.
fn untouched(path: &Path) -> ((Vec<u8>, bool, bool), std::time::SystemTime) {
    (
        snapshot(path),
        std::fs::metadata(path).unwrap().modified().unwrap(),
    )
}

/// A private file made with the sqlite library, as another program would.
fn sqlite_file(env: &TestEnv, name: &str, sql: &str) -> PathBuf {
    let path = env.path().join(name);
    std::fs::File::create(&path).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let db = rusqlite::Connection::open(&path).unwrap();
    db.execute_batch(sql).unwrap();
    drop(db);
    path
}

#[test]
fn another_programs_database_is_refused_untouched() {
    let env = TestEnv::lite();
    let app = sqlite_file(
        &env,
        "app.db",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL);
         INSERT INTO orders (total) VALUES (9.5);",
    );
    refused(
        &env,
        &app,
        "another program's SQLite database (tables: orders)",
    );

    // With a `users` table of its own, it is still not roster's.
    let users = sqlite_file(
        &env,
        "users.db",
        "CREATE TABLE users (id TEXT, email TEXT); PRAGMA user_version = 2;",
    );
    refused(&env, &users, "has no tokens, outbox, audit table");

    let other = sqlite_file(
        &env,
        "other.db",
        "PRAGMA application_id = 1234; CREATE TABLE t (x);",
    );
    refused(&env, &other, "belongs to another application");
}

#[test]
fn damaged_stores_are_refused_the_same_way() {
    let env = TestEnv::lite();
    env.create("ada@example.com", &["--no-invite"]);
    // Checkpoint everything into the main file, so the file alone is the store.
    env.sqlite()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let whole = std::fs::read(env.db()).unwrap();
    let copy = |name: &str, bytes: &[u8]| {
        let path = env.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        path
    };

    let truncated = copy("truncated.db", &whole[..whole.len() / 2]);
    refused(&env, &truncated, "is not a roster store");

    let noise: Vec<u8> = (0..8192u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let random = copy("random.db", &noise);
    refused(&env, &random, "not an SQLite database");

    let negative = copy("negative.db", &whole);
    rusqlite::Connection::open(&negative)
        .unwrap()
        .execute_batch("PRAGMA user_version = -1")
        .unwrap();
    refused(
        &env,
        &negative,
        "schema version -1 is not one roster ever wrote",
    );

    // A store whose version was set back: its tables are newer than it says.
    let rolled_back = copy("rolled-back.db", &whole);
    rusqlite::Connection::open(&rolled_back)
        .unwrap()
        .execute_batch("PRAGMA user_version = 1")
        .unwrap();
    refused(&env, &rolled_back, "do not match its schema version 1");
    // What failed is said; the migration's SQL is not shown.
    let (_, _, stderr) = env.run(&["--db", rolled_back.to_str().unwrap(), "db", "migrate"]);
    for sql in ["CREATE", "ALTER", "INSERT", "UPDATE", "SELECT", "offset"] {
        assert!(!stderr.contains(sql), "{stderr}");
    }
}

/// Another program's file whose tables are named like roster's, at every
/// schema version roster wrote, is not a store: it lacks roster's marker
/// (versions 4 and 5 always have it) or, before the marker, roster's
/// schema. Refused with exit 8, not switched to WAL, not changed: the
/// same bytes and modification time (issue 17).
#[test]
fn a_look_alike_database_without_the_marker_is_refused_untouched() {
    let env = TestEnv::lite();
    for version in 1..=5 {
        let path = sqlite_file(
            &env,
            &format!("look-alike-{version}.db"),
            &format!(
                "CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT, status TEXT);
                 CREATE TABLE tokens (id INTEGER PRIMARY KEY, user_id TEXT);
                 CREATE TABLE outbox (id INTEGER PRIMARY KEY, body TEXT);
                 CREATE TABLE audit (id INTEGER PRIMARY KEY, action TEXT);
                 INSERT INTO users VALUES ('u1', 'them@example.com', 'active');
                 PRAGMA user_version = {version};"
            ),
        );
        let before = untouched(&path);
        std::thread::sleep(std::time::Duration::from_millis(20));
        refused(&env, &path, "is not a roster store");
        let (code, _, stderr) = env.run(&["--db", path.to_str().unwrap(), "db", "stats"]);
        assert_eq!(code, 8, "version {version}: {stderr}");
        assert!(
            stderr.contains("another program's SQLite database"),
            "{stderr}"
        );
        assert!(!stderr.contains("no such"), "{stderr}");
        assert_eq!(
            untouched(&path),
            before,
            "version {version}: the file changed"
        );
        let mode: String = rusqlite::Connection::open(&path)
            .unwrap()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "delete", "version {version}: switched to {mode}");
    }
}

/// A store an older roster made (schema 1 to 3, from before the marker) is
/// recognised by its schema, opens, and carries the marker once migrated.
#[test]
fn an_old_store_without_the_marker_opens_and_gets_it() {
    let env = TestEnv::lite();
    let old = env.path().join("old.db");
    std::fs::File::create(&old).unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o600)).unwrap();
    let db = rusqlite::Connection::open(&old).unwrap();
    db.execute_batch(include_str!(
        "../../src/store/sqlite/migrations/0001_init.sql"
    ))
    .unwrap();
    db.execute_batch("PRAGMA user_version = 1").unwrap();
    drop(db);
    env.ok(&["--db", old.to_str().unwrap(), "user", "list"]);
    let db = rusqlite::Connection::open(&old).unwrap();
    let marker: i64 = db
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(marker, roster::store::APPLICATION_ID);
}

#[test]
fn a_store_others_can_read_is_refused_unless_sharing_is_on_purpose() {
    if crate::common::through::local_only("the store file's mode, checked by whoever opens it") {
        return;
    }
    let env = TestEnv::lite();
    env.create("ada@example.com", &["--no-invite"]);
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let db = env.db();
    refused(&env, &db, "chmod 600");

    // A symlink to it is the same file.
    let link = env.path().join("link.db");
    std::os::unix::fs::symlink(env.db(), &link).unwrap();
    refused(&env, &link, "mode 0644");

    // On purpose: a flag, or the config key.
    let (code, stdout, stderr) = env.run(&["--allow-shared-store", "user", "list"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("ada@example.com"));
    assert!(
        stderr.contains("warning: ") && stderr.contains("mode 0644"),
        "{stderr}"
    );
    env.config("[store]\nallow_shared = true\n");
    let (code, _, stderr) = env.run(&["user", "list"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("warning: "), "{stderr}");
}

#[test]
fn a_store_owned_by_another_account_is_refused() {
    if roster::private::effective_uid() != 0 {
        eprintln!("skipped: only root can give the file to another account");
        return;
    }
    let env = TestEnv::lite();
    env.create("ada@example.com", &["--no-invite"]);
    std::os::unix::fs::chown(env.db(), Some(65534), None).unwrap();
    let db = env.db();
    refused(&env, &db, "owned by another account (uid 65534");
}

#[test]
fn an_unrelated_variable_that_is_not_utf8_is_ignored() {
    use std::os::unix::ffi::OsStrExt as _;
    let env = TestEnv::lite();
    let out = env
        .cmd()
        .env("FOO", std::ffi::OsStr::from_bytes(b"\xff\xfe"))
        .args(["db", "path"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // One roster reads is named, not a panic.
    let out = env
        .cmd()
        .env("ROSTER_INVITE_TTL", std::ffi::OsStr::from_bytes(b"7\xffd"))
        .args(["user", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("ROSTER_INVITE_TTL"));
}

/// `db check` finds a missing table (and its indexes) and reports a
/// damaged page as a finding: exit 6, not "sound", not exit 1.
#[test]
fn db_check_finds_missing_tables_and_damaged_pages() {
    let env = TestEnv::lite();
    crate::common::seed_active_users(&env, 300);
    env.ok(&["db", "check"]);
    let whole = {
        env.sqlite()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .unwrap();
        std::fs::read(env.db()).unwrap()
    };

    env.sqlite().execute_batch("DROP TABLE audit").unwrap();
    let (code, stdout, stderr) = env.run(&["db", "check"]);
    assert_eq!(code, 6, "{stderr}");
    assert!(stdout.contains("table audit is missing"), "{stdout}");
    assert!(stdout.contains("index audit_user is missing"), "{stdout}");
    assert!(!stderr.contains("sound"), "{stderr}");

    // Garbage over a page in the middle of the file.
    let damaged = env.path().join("damaged.db");
    // Garbage in every page but the first (the schema): whatever a command
    // reads, it meets damage.
    let mut bytes = whole.clone();
    for page in (4096..bytes.len()).step_by(4096) {
        for b in &mut bytes[page + 100..page + 1500] {
            *b = 0xA5;
        }
    }
    std::fs::write(&damaged, &bytes).unwrap();
    std::fs::set_permissions(&damaged, std::fs::Permissions::from_mode(0o600)).unwrap();
    let (code, stdout, stderr) = env.run(&["--db", damaged.to_str().unwrap(), "db", "check"]);
    assert_eq!(code, 6, "{stdout}{stderr}");
    assert!(
        stdout.contains("damaged") || stdout.contains("integrity:"),
        "the damage is listed: {stdout}{stderr}"
    );

    // Any other command on it says it is damaged: exit 8, like every file
    // roster will not use.
    let (code, _, stderr) = env.run(&["--db", damaged.to_str().unwrap(), "user", "list"]);
    assert_eq!(code, 8, "{stderr}");
    assert!(stderr.contains("damaged"), "{stderr}");
}

/// `db check` only reads: it works on a store it cannot write, and leaves
/// the file and its directory as they were.
#[test]
fn db_check_runs_on_a_read_only_store() {
    if crate::common::through::local_only("a read-only store file, opened by the command itself") {
        return;
    }
    let env = TestEnv::lite();
    env.create("ada@example.com", &["--no-invite"]);
    let dir = env.db().parent().unwrap().to_path_buf();
    let before = std::fs::read(env.db()).unwrap();
    let root = roster::private::effective_uid() == 0;
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o400)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    let out = if root {
        // root writes anyway: run as an ordinary account that owns the files.
        for path in [
            env.path(),
            env.path().join("data").as_path(),
            &dir,
            &env.db(),
        ] {
            std::os::unix::fs::chown(path, Some(65534), Some(65534)).unwrap();
        }
        let mut cmd = std::process::Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(assert_cmd::cargo::cargo_bin("roster"))
            .args(["db", "check"])
            .env_clear()
            .env("HOME", env.path())
            .env("XDG_DATA_HOME", env.path().join("data"))
            .env("USER", "nobody")
            .current_dir(env.path());
        cmd.output().unwrap()
    } else {
        env.cmd().args(["db", "check"]).output().unwrap()
    };
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("sound"));
    assert_eq!(std::fs::read(env.db()).unwrap(), before);
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names.len(),
        1,
        "nothing created beside the store: {names:?}"
    );
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
}

/// Runs roster as an account that owns the test's files but cannot write
/// what their modes forbid: this one, or, under root (which writes
/// anyway, as CI runs), the unprivileged uid 65534 that the files are
/// given to first. `stdin` is fed to it.
fn as_owner(env: &TestEnv, args: &[&str], stdin: &str) -> (i32, String, String) {
    use std::io::Write as _;
    let mut cmd = if roster::private::effective_uid() == 0 {
        let status = std::process::Command::new("chown")
            .args(["-R", "65534:65534"])
            .arg(env.path())
            .status()
            .unwrap();
        assert!(status.success());
        let mut cmd = std::process::Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(assert_cmd::cargo::cargo_bin("roster"))
            .env_clear()
            .env("HOME", env.path())
            .env("XDG_DATA_HOME", env.path().join("data"))
            .env("XDG_CONFIG_HOME", env.path().join("config"))
            .env("USER", "nobody")
            .current_dir(env.path());
        cmd
    } else {
        env.std_cmd()
    };
    let mut child = cmd
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().expect("exit code"),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A store in a directory its account cannot write (0500): the commands
/// that only read work on it, reading it read-only; `auth verify` checks
/// the password and records nothing, with a warning; a write says what
/// cannot be written and how to fix it. The store and its directory stay
/// as they were (issue 17).
#[test]
fn commands_that_only_read_work_on_a_store_they_cannot_write() {
    if crate::common::through::local_only("a read-only store file, opened by the command itself") {
        return;
    }
    let env = TestEnv::lite();
    let password = "correct horse battery staple 9\n";
    env.cmd()
        .args([
            "user",
            "create",
            "ada@example.com",
            "--no-email",
            "--password-stdin",
        ])
        .write_stdin(password)
        .assert()
        .success();
    let dir = env.db().parent().unwrap().to_path_buf();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    let before = std::fs::read(env.db()).unwrap();

    for args in [
        &["user", "list"][..],
        &["audit", "verify"],
        &["db", "stats"],
        &["mail", "list"],
        &["user", "show", "ada@example.com"],
        &["db", "backup", "copy.db"],
    ] {
        let (code, _, stderr) = as_owner(&env, args, "");
        assert_eq!(code, 0, "{args:?}: {stderr}");
    }
    let (code, stdout, _) = as_owner(&env, &["user", "list"], "");
    assert_eq!(code, 0);
    assert!(stdout.contains("ada@example.com"), "{stdout}");

    let verify = ["auth", "verify", "ada@example.com", "--password-stdin"];
    let (code, _, stderr) = as_owner(&env, &verify, password);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("cannot be written") && stderr.contains("not recorded"),
        "{stderr}"
    );
    let (code, _, stderr) = as_owner(&env, &verify, "not the password at all\n");
    assert_eq!(code, 7, "{stderr}");
    assert!(stderr.contains("wrong password"), "{stderr}");

    let (code, _, stderr) = as_owner(
        &env,
        &["user", "create", "bob@example.com", "--no-email"],
        "",
    );
    assert_eq!(code, 8, "{stderr}");
    assert!(
        stderr.contains(&format!("cannot write its directory {}", dir.display()))
            && stderr.contains(&format!("chmod u+w {}", dir.display())),
        "{stderr}"
    );
    assert!(!stderr.contains("readonly database"), "{stderr}");

    assert_eq!(
        std::fs::read(env.db()).unwrap(),
        before,
        "the store changed"
    );
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "nothing made beside the store: {names:?}");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();

    // The file itself read-only: the same, naming the file.
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o400)).unwrap();
    let (code, stdout, stderr) = as_owner(&env, &["user", "list"], "");
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("ada@example.com"), "{stdout}");
    let (code, _, stderr) = as_owner(&env, &["user", "block", "ada@example.com", "--yes"], "");
    assert_eq!(code, 8, "{stderr}");
    let file = env.db().display().to_string();
    assert!(
        stderr.contains(&format!("cannot write the file {file}"))
            && stderr.contains(&format!("chmod u+w {file}")),
        "{stderr}"
    );
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o600)).unwrap();
    // The failed attempt was not counted.
    let failed: i64 = env
        .sqlite()
        .query_row("SELECT failed_logins FROM users", [], |r| r.get(0))
        .unwrap();
    assert_eq!(failed, 0);
}

/// A command that only reads never makes a store: none at the default
/// location, none at `--db` (not even its directory): exit 4, saying any
/// write makes it. A write makes the default location's directory, not
/// one `--db` names. `--db` naming a directory or a device says what it
/// is (issue 17).
#[test]
fn a_command_that_only_reads_never_creates_a_store() {
    if crate::common::through::local_only(
        "whether a command makes the store file; the server makes it as it starts",
    ) {
        return;
    }
    let env = TestEnv::lite();
    let (code, stdout, stderr) = env.run(&["user", "list"]);
    assert_eq!(code, 4, "{stdout}{stderr}");
    assert!(
        stderr.contains(&format!("no store at {}", env.db().display()))
            && stderr.contains("any write creates it"),
        "{stderr}"
    );
    assert!(!env.path().join("data").exists(), "a directory was made");

    let missing = env.path().join("nonexistent/dir/x.db");
    let db = missing.to_str().unwrap();
    for args in [
        &["--db", db, "user", "list"][..],
        &["--db", db, "audit", "verify"],
        &["--db", db, "db", "stats"],
        &["--db", db, "db", "backup", "copy.db"],
        &[
            "--db",
            db,
            "user",
            "create",
            "ada@example.com",
            "--no-email",
        ],
    ] {
        let (code, _, stderr) = env.run(args);
        assert_eq!(code, 4, "{args:?}: {stderr}");
        assert!(stderr.contains("no store at"), "{stderr}");
    }
    let (_, _, stderr) = env.run(&["--db", db, "user", "create", "a@example.com", "--no-email"]);
    assert!(
        stderr.contains("does not exist; create it first"),
        "{stderr}"
    );
    assert!(
        !env.path().join("nonexistent").exists(),
        "a directory was made"
    );

    env.create("ada@example.com", &["--no-email"]);
    assert!(env.db().exists());

    let dir = env.path().to_str().unwrap();
    let (code, _, stderr) = env.run(&["--db", dir, "user", "list"]);
    assert_eq!(code, 8, "{stderr}");
    assert!(stderr.contains("is a directory"), "{stderr}");

    for args in [
        &["--db", "/dev/null", "user", "list"][..],
        &[
            "--db",
            "/dev/null",
            "user",
            "create",
            "a@example.com",
            "--no-email",
        ],
    ] {
        let (code, _, stderr) = env.run(args);
        assert_eq!(code, 8, "{stderr}");
        assert!(stderr.contains("character device"), "{stderr}");
        assert!(!stderr.contains("chmod"), "{stderr}");
    }
}

/// `db check` on a truncated store reports findings and exits 6, as
/// docs/security.md says, however short the file: it says the file is
/// damaged and shorter than its header says. Other commands refuse it
/// (exit 8) (issue 17).
#[test]
fn db_check_reports_a_truncated_store() {
    let env = TestEnv::lite();
    crate::common::seed_active_users(&env, 50);
    env.sqlite()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let whole = std::fs::read(env.db()).unwrap();
    for tenths in [9, 5, 1] {
        let path = env.path().join(format!("truncated-{tenths}.db"));
        std::fs::write(&path, &whole[..whole.len() * tenths / 10]).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        let before = std::fs::read(&path).unwrap();
        let db = path.to_str().unwrap();
        let (code, stdout, stderr) = env.run(&["--db", db, "db", "check"]);
        assert_eq!(code, 6, "{tenths}/10: {stdout}{stderr}");
        assert!(stdout.contains("the file is damaged"), "{stdout}");
        assert!(stdout.contains("the file is truncated"), "{stdout}");
        assert!(stderr.contains("problems found"), "{stderr}");
        let (code, _, stderr) = env.run(&["--db", db, "user", "list"]);
        assert_eq!(code, 8, "{stderr}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
}

/// A command that only reads, on a `--db` whose directory is missing, says
/// the directory is missing: a write would fail too, so "any write creates
/// it" would mislead.
#[test]
fn a_missing_store_directory_is_named_to_a_reading_command() {
    let env = TestEnv::lite();
    let missing = env.path().join("no-such-dir/x.db");
    let (code, _, err) = env.run(&["--db", missing.to_str().unwrap(), "user", "list"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("no-such-dir does not exist"), "{err}");
    assert!(!err.contains("any write creates it"), "{err}");
    assert!(!missing.parent().unwrap().exists());
}
