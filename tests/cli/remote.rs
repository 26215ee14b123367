//! The command line through a server (SPEC §12): `roster login`,
//! `whoami`, `logout`, and bulk changes with `--server`, the server
//! deciding who acts from the credential alone; on the suite's backend.

use serde_json::Value;

use crate::common::TestEnv;
use crate::serve::{PASSWORD, Served, tls_client, with_password};

/// A manager who may block and read users, and two users to act on.
fn team(env: &TestEnv) {
    env.ok(&[
        "role",
        "create",
        "blocker",
        "--permission",
        "users.block",
        "--permission",
        "users.read",
    ]);
    with_password(env, "mgr@example.com", &["--role", "blocker"]);
    env.create("bob@example.com", &["--no-invite"]);
    env.create("carl@example.com", &["--no-invite"]);
}

/// A new API token's secret.
fn token(env: &TestEnv, name: &str, user: &str, scope: &str) -> String {
    let out = env.ok(&["token", "create", name, "--user", user, "--scope", scope]);
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn login(env: &TestEnv, url: &str) -> (i32, String, String) {
    let out = env
        .cmd()
        .args([
            "login",
            url,
            "--user",
            "mgr@example.com",
            "--password-stdin",
        ])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

/// A manager who may create, change and read users (role `manager`), and
/// a role it does not hold (`support`, with `audit.read`); the manager's
/// API token of scope admin, named `name`.
fn user_manager(env: &TestEnv, email: &str, name: &str) -> String {
    env.ok(&[
        "role",
        "create",
        "manager",
        "--permission",
        "users.manage",
        "--permission",
        "users.read",
    ]);
    env.ok(&["role", "create", "support", "--permission", "audit.read"]);
    with_password(env, email, &["--role", "manager"]);
    token(env, name, email, "admin")
}

/// Runs roster on the store, acting as `who` (`--as`): what a command
/// through the server is compared with.
fn as_locally(env: &TestEnv, who: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--as", who];
    all.extend_from_slice(args);
    env.run(&all)
}

/// Runs roster through `served`, acting with `token`.
fn through(env: &TestEnv, served: &Served, token: &str, args: &[&str]) -> (i32, String, String) {
    env.run_with_env(
        args,
        &[
            ("ROSTER_SERVER", served.at.as_str()),
            ("ROSTER_TOKEN", token.trim()),
        ],
    )
}

fn users_named(env: &TestEnv, email: &str) -> i64 {
    env.sql()
        .query_row(
            "SELECT count(*) FROM users WHERE email = ?1",
            [email],
            |r| r.get(0),
        )
        .unwrap()
}

fn audit_actors(env: &TestEnv, action: &str) -> Vec<String> {
    env.json(&["audit", "list", "--action", action])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["actor"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_manager_signs_in_and_administers_through_the_server_with_their_own_rights() {
    let env = TestEnv::new();
    team(&env);
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let url = served.at.clone();
    let remote = |args: &[&str]| {
        let mut all = vec!["--server", url.as_str()];
        all.extend_from_slice(args);
        env.run(&all)
    };

    // Not signed in yet.
    let (code, _, stderr) = remote(&["whoami"]);
    assert_eq!(code, 7, "{stderr}");
    assert!(stderr.contains("roster login"), "{stderr}");

    let (code, _, stderr) = login(&env, &url);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("signed in to"), "{stderr}");
    let credentials = env.path().join("config/roster/credentials.json");
    use std::os::unix::fs::PermissionsExt as _;
    let mode = std::fs::metadata(&credentials)
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    assert!(!served.log().contains(PASSWORD));

    let (code, stdout, stderr) = remote(&["whoami", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    let me: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(me["user"]["email"], "mgr@example.com", "{me}");
    assert_eq!(me["credential"], "session");
    assert_eq!(
        me["effective_permissions"],
        serde_json::json!(["users.block", "users.read"])
    );

    // A change within the manager's rights; `--as` names no one here: the
    // server takes the actor from the credential only.
    let (code, stdout, stderr) = remote(&[
        "--as",
        "root@example.com",
        "user",
        "block",
        "bob@example.com",
        "--reason",
        "left",
        "--json",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let rows: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(rows[0]["email"], "bob@example.com");
    assert_eq!(rows[0]["action"], "block");
    assert_eq!(rows[0]["outcome"], "changed");
    assert_eq!(env.status("bob@example.com"), "blocked");
    assert_eq!(audit_actors(&env, "block"), ["mgr@example.com via session"]);

    // The same plan through the server as on the store, as that manager.
    let local = env.run(&[
        "--as",
        "mgr@example.com",
        "user",
        "block",
        "--status",
        "active",
        "--dry-run",
        "--json",
    ]);
    let through = remote(&["user", "block", "--status", "active", "--dry-run", "--json"]);
    assert_eq!(
        (through.0, &through.1),
        (local.0, &local.1),
        "{}",
        through.2
    );

    // A selector needs confirming: without a terminal or --yes, nothing.
    let (code, _, stderr) = remote(&["user", "block", "--status", "active"]);
    assert_eq!(code, 9, "{stderr}");
    assert!(stderr.contains("confirmation needed"), "{stderr}");
    assert_eq!(env.status("carl@example.com"), "active");

    // Outside the manager's rights: refused whole, as `--as` is locally.
    let (code, _, stderr) = remote(&["user", "delete", "carl@example.com", "--yes"]);
    assert_eq!(code, 7, "{stderr}");
    assert!(stderr.contains("users.delete"), "{stderr}");
    assert_eq!(env.status("carl@example.com"), "active");

    // Reading: the same rows in every format as on the store.
    for args in [
        &["user", "list", "--json"][..],
        &["user", "list", "--format", "csv", "--status", "blocked"],
        &[
            "user", "list", "--format", "jsonl", "--sort", "-email", "--limit", "2",
        ],
        &[
            "user",
            "list",
            "--format",
            "table",
            "--columns",
            "email,status",
        ],
        &["user", "show", "bob@example.com", "--json"],
    ] {
        let local = as_locally(&env, "mgr@example.com", args);
        let through = remote(args);
        assert_eq!(through.0, 0, "{args:?}: {}", through.2);
        assert_eq!((through.0, &through.1), (local.0, &local.1), "{args:?}");
    }
    let (code, _, stderr) = remote(&["user", "show", "nobody@example.com"]);
    assert_eq!(code, 4, "{stderr}");

    // Commands that stay where the store is say so rather than open one.
    let (code, _, stderr) = remote(&["token", "list"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("does not run through a server;"),
        "{stderr}"
    );

    // Signing out ends the session on the server too.
    let saved: Value =
        serde_json::from_str(&std::fs::read_to_string(&credentials).unwrap()).unwrap();
    let token = saved["servers"][&url]["token"]
        .as_str()
        .unwrap()
        .to_string();
    let (code, _, stderr) = remote(&["logout"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = remote(&["whoami"]);
    assert_eq!(code, 7, "{stderr}");
    let (code, _, stderr) = env.run_with_env(
        &["--server", &url, "whoami"],
        &[("ROSTER_TOKEN", token.as_str())],
    );
    assert_eq!(code, 7, "the session ended on the server: {stderr}");
    assert!(stderr.contains("roster login"), "{stderr}");
}

#[test]
fn a_confirmation_is_asked_on_the_client_and_holds_on_the_server() {
    let env = TestEnv::new();
    team(&env);
    env.ok(&["user", "block", "bob@example.com"]);
    env.create("dan@example.com", &["--no-invite"]);
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    assert_eq!(login(&env, &served.at).0, 0);
    // Three named, one already blocked: the question counts the two it
    // changes; the yes is sent back with what was found.
    let asked = r"Block 2 users: carl@example\.com, dan@example\.com\?";
    let args = [
        "--server",
        served.at.as_str(),
        "user",
        "block",
        "bob@example.com",
        "carl@example.com",
        "dan@example.com",
    ];
    // A no changes nothing.
    let (code, screen) = env.on_terminal(&args, &[(asked, "n")]);
    assert_eq!(code, 9, "{screen}");
    assert_eq!(env.status("carl@example.com"), "active");
    let (code, screen) = env.on_terminal(&args, &[(asked, "y")]);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("2 changed, 1 unchanged"), "{screen}");
    assert_eq!(env.status("carl@example.com"), "blocked");
    assert_eq!(env.status("dan@example.com"), "blocked");
}

#[test]
fn whoami_needs_no_permission_and_login_names_are_kept_for_sessions() {
    let env = TestEnv::new();
    env.ok(&[
        "role",
        "create",
        "nobody-much",
        "--permission",
        "users.unlock",
    ]);
    with_password(&env, "mgr@example.com", &["--role", "nobody-much"]);
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let before = env.json(&["user", "show", "mgr@example.com"]);
    assert!(before["last_login_at"].is_null(), "{before}");
    // Signed in as HTTP://…/, found again as http://…: one server.
    let shouted = format!("{}/", served.at.replace("http://", "HTTP://"));
    assert_eq!(login(&env, &shouted).0, 0);
    let after = env.json(&["user", "show", "mgr@example.com"]);
    assert!(
        after["last_login_at"].is_string(),
        "a sign-in is a sign-in: {after}"
    );
    let (code, stdout, stderr) = env.run(&["--server", &served.at, "whoami", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    let shown: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        shown["user"]["email"], "mgr@example.com",
        "one object: {stdout}"
    );
    assert_eq!(shown["credential"], "session", "{stdout}");
    let (code, _, stderr) = env.run(&[
        "token",
        "create",
        "login-ci",
        "--user",
        "mgr@example.com",
        "--scope",
        "admin",
    ]);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("roster login"), "{stderr}");
}

#[test]
fn a_ci_job_acts_with_an_api_token_of_scope_admin() {
    let env = TestEnv::new();
    team(&env);
    let admin = token(&env, "ci", "mgr@example.com", "admin");
    let auth_only = token(&env, "web", "mgr@example.com", "auth");
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let (code, _, stderr) = env.run_with_env(
        &["user", "block", "bob@example.com"],
        &[
            ("ROSTER_SERVER", served.at.as_str()),
            ("ROSTER_TOKEN", admin.trim()),
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(env.status("bob@example.com"), "blocked");
    assert_eq!(audit_actors(&env, "block"), ["token:ci"]);
    let (code, _, stderr) = env.run_with_env(
        &["user", "unblock", "bob@example.com"],
        &[
            ("ROSTER_SERVER", served.at.as_str()),
            ("ROSTER_TOKEN", auth_only.trim()),
        ],
    );
    assert_eq!(code, 7, "a token without the admin scope: {stderr}");
    assert_eq!(env.status("bob@example.com"), "blocked");

    // The audit log through the server: as on the store, for a user who
    // may read it; refused for one who may not.
    env.ok(&["role", "create", "auditor", "--permission", "audit.read"]);
    with_password(&env, "aud@example.com", &["--role", "auditor"]);
    let auditor = token(&env, "audit", "aud@example.com", "admin");
    let through = |token: &str, args: &[&str]| through(&env, &served, token, args);
    for args in [
        &["audit", "list", "--action", "block", "--json"][..],
        &[
            "audit",
            "list",
            "--user",
            "bob@example.com",
            "--format",
            "csv",
        ],
        &["audit", "verify", "--json"],
    ] {
        let local = as_locally(&env, "aud@example.com", args);
        let remote = through(&auditor, args);
        assert_eq!(remote.0, 0, "{args:?}: {}", remote.2);
        assert_eq!((remote.0, &remote.1), (local.0, &local.1), "{args:?}");
    }
    let (code, _, stderr) = through(&admin, &["audit", "list"]);
    assert_eq!(code, 7, "{stderr}");
    assert!(stderr.contains("audit.read"), "{stderr}");
}

/// `user export` through the server writes what the same export writes on
/// the store, in every format, to stdout or to a new 0600 file, with the
/// attribute columns; the server decides from the credential alone, so a
/// manager without `users.read`, or asking for hashes without
/// `store.admin`, is refused with exit 7 and no file is left behind.
#[test]
fn an_export_through_the_server_writes_what_a_local_export_writes() {
    let env = TestEnv::new();
    team(&env);
    env.ok(&["user", "update", "bob@example.com", "--attr", "dept=ops"]);
    env.ok(&["user", "update", "carl@example.com", "--attr", "site=leeds"]);
    let manager = token(&env, "exporter", "mgr@example.com", "admin");
    env.ok(&["role", "create", "auditor", "--permission", "audit.read"]);
    with_password(&env, "aud@example.com", &["--role", "auditor"]);
    let auditor = token(&env, "auditor", "aud@example.com", "admin");
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let through = |token: &str, args: &[&str]| through(&env, &served, token, args);
    for format in ["csv", "jsonl", "json"] {
        let args = ["user", "export", "--all", "--format", format];
        let local = as_locally(&env, "mgr@example.com", &args);
        assert_eq!(local.0, 0, "{}", local.2);
        let remote = through(&manager, &args);
        assert_eq!(remote.0, 0, "{format}: {}", remote.2);
        assert_eq!(remote.1, local.1, "{format}");
        assert!(remote.1.contains("bob@example.com"), "{}", remote.1);
    }
    let csv = through(&manager, &["user", "export", "--all"]).1;
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with("attr.dept,attr.site"), "{header}");

    let file = env.path().join("out.csv");
    let file_arg = file.to_str().unwrap();
    let (code, _, stderr) = through(&manager, &["user", "export", "--all", "--output", file_arg]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("users written to"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), csv);
    use std::os::unix::fs::PermissionsExt as _;
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);

    let hashes = env.path().join("hashes.csv");
    let (code, _, stderr) = through(
        &manager,
        &[
            "user",
            "export",
            "--all",
            "--include-hashes",
            "--output",
            hashes.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 7, "hashes need store.admin: {stderr}");
    assert!(stderr.contains("store.admin"), "{stderr}");
    assert!(!hashes.exists(), "a refused export leaves no file");
    let (code, stdout, stderr) = through(&auditor, &["user", "export", "--all"]);
    assert_eq!(code, 7, "{stderr}");
    assert!(stderr.contains("users.read"), "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
}

/// `user create` through the server: as the credential's user, with the
/// server's password policy; a chosen password travels to the server and is
/// hashed there, a generated one comes back once and is written by the
/// client (0600); neither reaches the server's log. A manager without
/// `users.manage`, or giving a role it does not hold, changes nothing.
#[test]
fn a_user_is_created_through_the_server_as_on_the_store() {
    let env = TestEnv::new();
    team(&env);
    let hr = user_manager(&env, "hr@example.com", "hr");
    let blocker = token(&env, "blocker", "mgr@example.com", "admin");
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let through = |token: &str, args: &[&str], stdin: &str| {
        let out = env
            .cmd()
            .args(args)
            .env("ROSTER_SERVER", served.at.as_str())
            .env("ROSTER_TOKEN", token.trim())
            .write_stdin(stdin.to_string())
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };

    let (code, stdout, stderr) = through(
        &hr,
        &[
            "--json",
            "user",
            "create",
            "dan@example.com",
            "--no-invite",
            "--first",
            "Dan",
        ],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    let shown: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(shown["outcome"], "created");
    assert_eq!(shown["first_name"], "Dan");
    assert!(
        stderr.contains("created dan@example.com (active, no password yet)"),
        "{stderr}"
    );
    assert_eq!(env.status("dan@example.com"), "active");
    assert_eq!(audit_actors(&env, "create").last().unwrap(), "token:hr");
    let (code, stdout, stderr) = through(
        &hr,
        &[
            "--json",
            "user",
            "create",
            "dan@example.com",
            "--if-not-exists",
        ],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("\"unchanged\""), "{stdout}");

    // A chosen password: the server's policy, then a sign-in with it.
    let (code, _, stderr) = through(
        &hr,
        &["user", "create", "eve@example.com", "--password-stdin"],
        "short\n",
    );
    assert_eq!(
        code, 6,
        "a weak password is invalid input, as on the store: {stderr}"
    );
    assert_eq!(users_named(&env, "eve@example.com"), 0);
    let chosen = "a long passphrase nobody guesses 7";
    let (code, stdout, stderr) = through(
        &hr,
        &[
            "--json",
            "user",
            "create",
            "eve@example.com",
            "--password-stdin",
            "--no-must-change",
        ],
        &format!("{chosen}\n"),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        !stdout.contains("argon2"),
        "the hash is not sent back: {stdout}"
    );
    // Nor shown on the store.
    let local = env
        .cmd()
        .args([
            "--json",
            "user",
            "create",
            "ivy@example.com",
            "--password-stdin",
        ])
        .write_stdin(format!("{chosen}\n"))
        .output()
        .unwrap();
    assert!(local.status.success());
    let local = String::from_utf8_lossy(&local.stdout);
    assert!(
        local.contains("ivy@example.com") && !local.contains("argon2"),
        "{local}"
    );
    let verify = env
        .cmd()
        .args(["auth", "verify", "eve@example.com", "--password-stdin"])
        .write_stdin(format!("{chosen}\n"))
        .output()
        .unwrap();
    assert!(verify.status.success(), "the password given works");

    // A generated password, written by the client.
    let creds = env.path().join("creds.csv");
    let (code, stdout, stderr) = through(
        &hr,
        &[
            "user",
            "create",
            "fay@example.com",
            "--generate-password",
            "--credentials-file",
            creds.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("password written to"), "{stderr}");
    let line = std::fs::read_to_string(&creds).unwrap();
    assert_eq!(line.lines().count(), 2, "a header and one line: {line}");
    let generated = line
        .lines()
        .last()
        .unwrap()
        .strip_prefix("fay@example.com,")
        .unwrap()
        .to_string();
    assert!(!stdout.contains(&generated));
    use std::os::unix::fs::PermissionsExt as _;
    assert_eq!(
        std::fs::metadata(&creds).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let verify = env
        .cmd()
        .args(["auth", "verify", "fay@example.com", "--password-stdin"])
        .write_stdin(format!("{generated}\n"))
        .output()
        .unwrap();
    assert!(verify.status.success(), "the generated password works");
    let log = served.log();
    assert!(!log.contains(chosen) && !log.contains(&generated), "{log}");

    // The server's rules, whoever asks.
    let (code, _, stderr) = through(&blocker, &["user", "create", "gus@example.com"], "");
    assert_eq!(code, 7, "{stderr}");
    assert!(stderr.contains("users.manage"), "{stderr}");
    let (code, _, stderr) = through(
        &hr,
        &[
            "user",
            "create",
            "gus@example.com",
            "--role",
            "support",
            "--no-invite",
        ],
        "",
    );
    assert_eq!(code, 7, "a role the creator does not hold: {stderr}");
    assert_eq!(users_named(&env, "gus@example.com"), 0);
}

/// `user update` through the server prints what the same update prints on
/// the store, is audited as the credential's user, says when nothing
/// changed, and keeps the grant rules: a role the manager does not hold is
/// refused and changes nothing.
#[test]
fn a_user_is_updated_through_the_server_as_on_the_store() {
    let env = TestEnv::new();
    team(&env);
    let editor = user_manager(&env, "ed@example.com", "editor");
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let through = |args: &[&str]| through(&env, &served, &editor, args);
    let args = [
        "--json",
        "user",
        "update",
        "bob@example.com",
        "--phone",
        "0123 456",
        "--attr",
        "dept=ops",
    ];
    let (code, stdout, stderr) = through(&args);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("bob@example.com: updated phone, attributes.dept"),
        "{stderr}"
    );
    let shown: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(shown["phone"], "0123 456");
    assert_eq!(audit_actors(&env, "update"), ["token:editor"]);
    // The same request again changes nothing, on the server as on the store.
    let remote = through(&args);
    let local = as_locally(&env, "ed@example.com", &args);
    assert_eq!(
        (remote.0, &remote.1, &remote.2),
        (local.0, &local.1, &local.2)
    );
    assert!(remote.2.contains("unchanged"), "{}", remote.2);

    let (code, _, stderr) =
        through(&["user", "update", "bob@example.com", "--add-role", "support"]);
    assert_eq!(code, 7, "{stderr}");
    let roles = env.json(&["user", "show", "bob@example.com"])["roles"].clone();
    assert_eq!(roles, serde_json::json!([]));
    let (code, _, stderr) = through(&["user", "update", "nobody@example.com", "--phone", "1"]);
    assert_eq!(code, 4, "not found, as on the store: {stderr}");
    assert!(stderr.contains("nobody@example.com"), "{stderr}");
}

/// `role assign` and `role unassign` through the server: the same rows,
/// summary and exit code as on the store, as the credential's user, who
/// gives only a role whose permissions it holds.
#[test]
fn roles_are_given_and_taken_through_the_server_as_on_the_store() {
    let env = TestEnv::new();
    team(&env);
    let manager = user_manager(&env, "lead@example.com", "lead");
    env.ok(&["role", "create", "reader", "--permission", "users.read"]);
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let roles = |email: &str| env.json(&["user", "show", email])["roles"].clone();

    let args = [
        "--yes",
        "--json",
        "role",
        "assign",
        "reader",
        "bob@example.com",
        "carl@example.com",
    ];
    let (code, stdout, stderr) = through(&env, &served, &manager, &args);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(roles("bob@example.com"), serde_json::json!(["reader"]));
    assert_eq!(roles("carl@example.com"), serde_json::json!(["reader"]));
    let rows: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 2, "{stdout}");
    // Again: nothing to do, said the same way as on the store.
    let remote = through(&env, &served, &manager, &args);
    let local = as_locally(&env, "lead@example.com", &args);
    assert_eq!((remote.0, &remote.1), (local.0, &local.1));

    let (code, _, stderr) = through(
        &env,
        &served,
        &manager,
        &["--yes", "role", "unassign", "reader", "carl@example.com"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(roles("carl@example.com"), serde_json::json!([]));
    assert_eq!(audit_actors(&env, "role-unassign"), ["token:lead"]);

    // A role whose permissions the manager does not hold is not its to give.
    let args = ["--yes", "role", "assign", "support", "carl@example.com"];
    let (code, _, stderr) = through(&env, &served, &manager, &args);
    let (local_code, _, local_stderr) = as_locally(&env, "lead@example.com", &args);
    assert_eq!(code, local_code, "{stderr}\n{local_stderr}");
    assert_ne!(code, 0, "{stderr}");
    assert!(stderr.contains("audit.read"), "{stderr}");
    assert_eq!(roles("carl@example.com"), serde_json::json!([]));
}

/// `db stats` and `db check` through the server: what they print on the
/// store, for a user who may run them there (`users.read`; `store.admin`
/// for the check), and exit 7 for one who may not.
#[test]
fn db_stats_and_check_run_through_the_server_as_on_the_store() {
    let env = TestEnv::new();
    team(&env);
    env.ok(&["user", "block", "carl@example.com", "--yes"]);
    env.ok(&[
        "role",
        "create",
        "keeper",
        "--permission",
        "store.admin",
        "--permission",
        "users.read",
    ]);
    with_password(&env, "keeper@example.com", &["--role", "keeper"]);
    let keeper = token(&env, "keeper", "keeper@example.com", "admin");
    let blocker = token(&env, "blocker", "mgr@example.com", "admin");
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    for args in [
        &["db", "stats"][..],
        &["--json", "db", "stats"],
        &["--format", "csv", "db", "stats"],
        &["db", "check"],
        &["--json", "db", "check"],
    ] {
        let remote = through(&env, &served, &keeper, args);
        assert_eq!(remote.0, 0, "{args:?}: {}", remote.2);
        let local = env.run(args);
        assert_eq!((remote.0, &remote.1), (local.0, &local.1), "{args:?}");
    }
    let (_, stats, _) = through(&env, &served, &keeper, &["--json", "db", "stats"]);
    assert!(stats.contains("\"blocked\""), "{stats}");
    let (code, _, stderr) = through(&env, &served, &keeper, &["db", "check"]);
    assert_eq!(code, 0);
    assert!(stderr.contains("store is sound"), "{stderr}");
    let (code, _, stderr) = through(&env, &served, &blocker, &["db", "check"]);
    assert_eq!(code, 7, "{stderr}");
    assert!(stderr.contains("store.admin"), "{stderr}");
    let (code, _, _) = through(&env, &served, &blocker, &["db", "stats"]);
    assert_eq!(code, 0, "users.read is enough for the counts");
}

/// `user history` through the server lists what it lists on the store, for
/// a user with `audit.read`; without it, exit 7; an unknown user, exit 4.
/// `user transitions` needs no store and runs with `--server` set.
#[test]
fn a_users_history_comes_through_the_server_as_on_the_store() {
    let env = TestEnv::new();
    team(&env);
    env.ok(&[
        "user",
        "block",
        "bob@example.com",
        "--yes",
        "--reason",
        "left",
    ]);
    env.ok(&["role", "create", "auditor", "--permission", "audit.read"]);
    with_password(&env, "aud@example.com", &["--role", "auditor"]);
    let auditor = token(&env, "auditor", "aud@example.com", "admin");
    let blocker = token(&env, "blocker", "mgr@example.com", "admin");
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    for args in [
        &["user", "history", "bob@example.com"][..],
        &["--json", "user", "history", "bob@example.com"],
        &["--format", "csv", "user", "history", "bob@example.com"],
    ] {
        let remote = through(&env, &served, &auditor, args);
        assert_eq!(remote.0, 0, "{args:?}: {}", remote.2);
        let local = as_locally(&env, "aud@example.com", args);
        assert_eq!((remote.0, &remote.1), (local.0, &local.1), "{args:?}");
    }
    let (_, history, _) = through(
        &env,
        &served,
        &auditor,
        &["--json", "user", "history", "bob@example.com"],
    );
    assert!(
        history.contains("\"block\"") && history.contains("left"),
        "{history}"
    );
    let (code, _, stderr) = through(
        &env,
        &served,
        &blocker,
        &["user", "history", "bob@example.com"],
    );
    assert_eq!(code, 7, "{stderr}");
    let (code, _, stderr) = through(
        &env,
        &served,
        &auditor,
        &["user", "history", "nobody@example.com"],
    );
    assert_eq!(code, 4, "{stderr}");
    let remote = through(&env, &served, &auditor, &["user", "transitions"]);
    assert_eq!(remote.0, 0, "{}", remote.2);
    assert_eq!(remote.1, env.run(&["user", "transitions"]).1);
}

#[test]
fn the_way_to_the_server_is_checked_before_anything_is_sent() {
    let env = TestEnv::new();
    team(&env);
    // Plain HTTP beyond this machine is refused; nothing listening is 8.
    let (code, _, stderr) = env.run(&[
        "--server",
        "http://accounts.example.com",
        "user",
        "block",
        "bob@example.com",
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("https://"), "{stderr}");
    // A user name in the URL cannot pass for this machine.
    let (code, _, stderr) = login(&env, "http://localhost:80@accounts.example.com");
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("no user name"), "{stderr}");
    let (code, _, stderr) = login(&env, "http://127.0.0.1:1");
    assert_eq!(code, 8, "{stderr}");
    assert!(stderr.contains("cannot reach"), "{stderr}");

    // Over TLS: a certificate the client cannot verify is 8, never a
    // fallback; with its CA given, the sign-in works.
    let dir = env.path().join("tls");
    std::fs::create_dir(&dir).unwrap();
    tls_client(&["cert", dir.to_str().unwrap()]);
    let served = Served::start(
        &env,
        &[
            "--listen",
            "127.0.0.1:0",
            "--tls-cert",
            dir.join("server.pem").to_str().unwrap(),
            "--tls-key",
            dir.join("server.key").to_str().unwrap(),
        ],
        &[],
    );
    let (code, _, stderr) = login(&env, &served.at);
    assert_eq!(code, 8, "{stderr}");
    assert!(stderr.contains("certificate"), "{stderr}");
    env.config(&format!(
        "[client]\nca_file = \"{}\"\n",
        dir.join("ca.pem").display()
    ));
    let (code, _, stderr) = login(&env, &served.at);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = env.run(&["--server", &served.at, "user", "block", "bob@example.com"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(env.status("bob@example.com"), "blocked");
}

#[test]
fn a_server_killed_during_a_bulk_change_leaves_whole_batches_and_a_rerun_finishes() {
    let env = TestEnv::new();
    team(&env);
    crate::common::seed_active_users(&env, 10_000);
    let token = token(&env, "ci", "mgr@example.com", "admin");
    let mut served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let url = served.at.clone();
    let block = |env: &TestEnv| {
        let mut cmd = env.std_cmd();
        cmd.args([
            "--server",
            url.as_str(),
            "user",
            "block",
            "--match",
            "user",
            "--status",
            "active",
            "--yes",
            "--format",
            "jsonl",
        ])
        .env("ROSTER_TOKEN", &token)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
        cmd
    };
    let client = block(&env).spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    served.child.kill().unwrap();
    let _ = served.child.wait();
    let out = client.wait_with_output().unwrap();
    let code = out.status.code().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let reported = stdout
        .lines()
        .filter(|l| l.contains("\"outcome\":\"changed\""))
        .count();
    // The store is sound and holds whole batches only (10,000 users are
    // one batch): all of them blocked, or none.
    env.ok(&["db", "check"]);
    let blocked = env
        .json(&["user", "list", "--status", "blocked", "--json"])
        .as_array()
        .unwrap()
        .len();
    eprintln!("killed mid-change: exit {code}, {reported} rows reported, {blocked} blocked");
    assert!(blocked == 0 || blocked == 10_000, "{blocked} blocked");
    assert!(
        reported <= blocked,
        "{reported} reported, {blocked} blocked"
    );
    if code == 0 {
        assert_eq!(blocked, 10_000, "{stderr}");
    } else {
        assert_eq!(code, 8, "the client says the server went away: {stderr}");
        assert!(
            stderr.contains("cannot reach") || stderr.contains("broke off"),
            "{stderr}"
        );
    }
    // A rerun on a new server finishes the job.
    let _served = Served::start(&env, &["--listen", &url.replace("http://", "")], &[]);
    let out = block(&env).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let blocked = env
        .json(&["user", "list", "--status", "blocked", "--json"])
        .as_array()
        .unwrap()
        .len();
    assert_eq!(blocked, 10_000);
}

/// What differs between two stores given the same commands: user ids,
/// times, and where each store lives.
/// The server's actor is its credential (`token:boss`); the store's, the
/// user `--as` names.
fn masked(env: &TestEnv, text: &str) -> String {
    let text = text
        .replace(&env.path().display().to_string(), "<DIR>")
        .replace("token:boss", "boss@example.com")
        .replace("token:viewer", "ann@example.com");
    let shape = |c: char, want: char| match want {
        'h' => c.is_ascii_hexdigit(),
        'd' => c.is_ascii_digit(),
        _ => c == want,
    };
    let patterns = [
        ("hhhhhhhh-hhhh-hhhh-hhhh-hhhhhhhhhhhh", "<ID>"),
        ("dddd-dd-ddTdd:dd:ddZ", "<TIME>"),
    ];
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    'scan: while i < chars.len() {
        for (pattern, mask) in patterns {
            let p: Vec<char> = pattern.chars().collect();
            if chars.len() - i >= p.len() && p.iter().zip(&chars[i..]).all(|(w, c)| shape(*c, *w)) {
                out.push_str(mask);
                i += p.len();
                continue 'scan;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// A store with a manager of roles and users (`boss`, holding
/// roles.manage, users.manage and users.read), a reader who may change
/// nothing, and a user to invite.
fn managed_store() -> (TestEnv, String, String) {
    let env = TestEnv::new();
    env.ok(&[
        "role",
        "create",
        "boss",
        "--permission",
        "roles.manage",
        "--permission",
        "users.manage",
        "--permission",
        "users.read",
    ]);
    env.ok(&["role", "create", "viewer", "--permission", "users.read"]);
    env.create("boss@example.com", &["--no-invite", "--role", "boss"]);
    env.create("ann@example.com", &["--no-invite", "--role", "viewer"]);
    env.create("dan@example.com", &["--no-invite"]);
    let boss = token(&env, "boss", "boss@example.com", "admin");
    let viewer = token(&env, "viewer", "ann@example.com", "admin");
    (env, boss, viewer)
}

/// Roles, groups, features, attributes and the outbox through the server:
/// two stores made alike get the same commands, one on the store (`--as`),
/// one through its server; each command prints the same and exits the
/// same, in every format, refusals included.
#[test]
fn roles_groups_features_attributes_and_mail_go_through_the_server_as_on_the_store() {
    let (local, _, local_viewer) = managed_store();
    let (remote, boss, viewer) = managed_store();
    drop(local_viewer);
    let served = Served::start(&remote, &["--listen", "127.0.0.1:0"], &[]);
    let script: &[&[&str]] = &[
        &[
            "role",
            "create",
            "editor",
            "--permission",
            "users.read",
            "--description",
            "Reads",
        ],
        &["role", "create", "keeper", "--permission", "store.admin"],
        &[
            "role",
            "update",
            "editor",
            "--description",
            "Reads users",
            "--exclusive",
        ],
        &["role", "update", "editor", "--exclusive"],
        &["role", "list"],
        &["--json", "role", "list"],
        &["--format", "csv", "role", "list"],
        &["role", "show", "editor"],
        &["--json", "role", "show", "boss"],
        &["role", "show", "nosuch"],
        &["role", "preset", "apply", "operator", "--dry-run"],
        &["group", "create", "team:north"],
        &["group", "create", "team:north"],
        &["group", "rename", "team:north", "North Team"],
        &[
            "user",
            "update",
            "dan@example.com",
            "--add-group",
            "team:north",
        ],
        &["group", "list"],
        &["--json", "group", "list", "--kind", "team"],
        &["--json", "group", "show", "team:north"],
        &["group", "members", "team:north"],
        &["feature", "enable", "Dispatch"],
        &["feature", "enable", "Dispatch"],
        &["--json", "feature", "list"],
        &["feature", "disable", "Dispatch"],
        &[
            "attribute",
            "define",
            "shift",
            "--values",
            "day",
            "--values",
            "night",
        ],
        &["attribute", "list"],
        &["--json", "attribute", "list"],
        &["group", "delete", "team:north"],
        &["group", "delete", "team:north", "--force"],
        &["role", "delete", "editor"],
        &["mail", "list"],
        &["user", "invite", "dan@example.com", "--yes"],
        &["--json", "mail", "list", "--queued"],
        &["--json", "mail", "show", "1"],
        &["mail", "show", "1"],
        &["mail", "flush"],
        &["--json", "mail", "list"],
        &["mail", "retry", "1"],
        &["mail", "show", "99"],
    ];
    for args in script {
        let here = as_locally(&local, "boss@example.com", args);
        let there = through(&remote, &served, &boss, args);
        assert_eq!(
            (
                there.0,
                masked(&remote, &there.1),
                masked(&remote, &there.2)
            ),
            (here.0, masked(&local, &here.1), masked(&local, &here.2)),
            "{args:?}"
        );
    }
    // Every change was made as the credential's user, and said so.
    let actors = audit_actors(&remote, "role-create");
    assert!(actors.iter().any(|a| a == "token:boss"), "{actors:?}");
    // A reader may look but not change, through the server as on the store.
    for (args, code) in [
        (&["role", "list"][..], 0),
        (&["feature", "list"], 0),
        (&["role", "create", "mine", "--permission", "users.read"], 7),
        (&["group", "create", "team:south"], 7),
        (&["feature", "enable", "Dispatch"], 7),
        (&["attribute", "define", "badge"], 7),
        (&["mail", "flush"], 7),
    ] {
        let here = as_locally(&local, "ann@example.com", args);
        let there = through(&remote, &served, &viewer, args);
        assert_eq!(there.0, code, "{args:?}: {}", there.2);
        assert_eq!(
            (
                there.0,
                masked(&remote, &there.1),
                masked(&remote, &there.2)
            ),
            (here.0, masked(&local, &here.1), masked(&local, &here.2)),
            "{args:?}"
        );
    }
    assert_eq!(remote.run(&["role", "show", "mine"]).0, 4);
    // A delivered message's links are in a file where the server is.
    let (code, _, stderr) = through(&remote, &served, &boss, &["mail", "show", "1", "--links"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("without --server"), "{stderr}");
}

/// `user reset-password` through the server: generated passwords made
/// there, shown once or written to the client's credentials file (0600),
/// and each one signs in; a typed password for one user; a reset link
/// mailed by the server; the same rows and exit codes as on the store, and
/// exit 7 for a manager without `users.reset-password`.
#[test]
fn passwords_are_reset_through_the_server_as_on_the_store() {
    let env = TestEnv::new();
    team(&env);
    env.ok(&[
        "role",
        "create",
        "resetter",
        "--permission",
        "users.reset-password",
        "--permission",
        "users.read",
    ]);
    env.create("desk@example.com", &["--no-invite", "--role", "resetter"]);
    let desk = token(&env, "desk", "desk@example.com", "admin");
    let blocker = token(&env, "blocker", "mgr@example.com", "admin");
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let signs_in = |email: &str, password: &str| crate::auth::verify(&env, email, password).0 == 0;

    // Shown once, in the rows.
    let (code, stdout, stderr) = through(
        &env,
        &served,
        &desk,
        &[
            "--yes",
            "--json",
            "user",
            "reset-password",
            "bob@example.com",
            "carl@example.com",
            "--generate-password",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let rows: Value = serde_json::from_str(&stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2, "{stdout}");
    for row in rows {
        assert_eq!(row["outcome"], "changed", "{row}");
        let password = row["password"].as_str().expect("a generated password");
        assert!(signs_in(row["email"].as_str().unwrap(), password), "{row}");
    }
    assert_eq!(audit_actors(&env, "reset-password").len(), 2);
    assert!(
        audit_actors(&env, "reset-password")
            .iter()
            .all(|a| a == "token:desk")
    );

    // Written by the client, 0600, as on the store.
    let file = env.path().join("new.csv");
    let (code, _, stderr) = through(
        &env,
        &served,
        &desk,
        &[
            "--yes",
            "user",
            "reset-password",
            "--all",
            "--generate-password",
            "--credentials-file",
            file.to_str().unwrap(),
        ],
    );
    // Every user but mgr, who holds users.block, which desk does not.
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("1 denied"), "{stderr}");
    assert!(stderr.contains("passwords written to"), "{stderr}");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let text = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "email,password");
    assert!(lines.len() > 3, "{text}");
    for line in &lines[1..] {
        let (email, password) = line.split_once(',').unwrap();
        assert!(signs_in(email, password), "{email}");
    }

    // A typed password, for one user; several are refused as on the store.
    let typed = "a long typed passphrase 42";
    let out = env
        .cmd()
        .env("ROSTER_SERVER", &served.at)
        .env("ROSTER_TOKEN", &desk)
        .args([
            "user",
            "reset-password",
            "bob@example.com",
            "--password-stdin",
            "--yes",
        ])
        .write_stdin(format!("{typed}\n"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(signs_in("bob@example.com", typed));
    assert_eq!(
        env.json(&["user", "show", "bob@example.com"])["must_change_password"],
        true
    );

    // A link, mailed by the server; a dry run and a refusal say what they
    // say on the store.
    for args in [
        &[
            "--yes",
            "user",
            "reset-password",
            "carl@example.com",
            "--link",
            "--dry-run",
        ][..],
        &[
            "--yes",
            "--json",
            "user",
            "reset-password",
            "nobody@example.com",
            "--link",
        ],
    ] {
        let there = through(&env, &served, &desk, args);
        let here = as_locally(&env, "desk@example.com", args);
        assert_eq!(
            (
                there.0,
                masked(&env, &there.1),
                masked(&env, &there.2).replace("token:desk", "desk@example.com")
            ),
            (here.0, masked(&env, &here.1), masked(&env, &here.2)),
            "{args:?}"
        );
    }
    let (code, _, stderr) = through(
        &env,
        &served,
        &desk,
        &[
            "--yes",
            "user",
            "reset-password",
            "carl@example.com",
            "--link",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let mail = env.json(&["mail", "list"]);
    assert!(
        mail.as_array()
            .unwrap()
            .iter()
            .any(|m| m["to"] == "carl@example.com" && m["template"] == "reset"),
        "{mail}"
    );

    // Not the blocker's to do.
    let (code, _, stderr) = through(
        &env,
        &served,
        &blocker,
        &[
            "--yes",
            "user",
            "reset-password",
            "carl@example.com",
            "--link",
        ],
    );
    assert_eq!(code, 7, "{stderr}");
    assert!(stderr.contains("users.reset-password"), "{stderr}");
}

/// `user import` and `user sync` through the server: the file streamed
/// there (stdin too), checked whole before any write, the rows, summary
/// and exit codes as on the store (errors naming the client's file and
/// line), generated passwords written to the client's credentials file;
/// a reader refused.
#[test]
fn files_are_imported_and_synced_through_the_server_as_on_the_store() {
    let (local, _, _) = managed_store();
    let (remote, boss, viewer) = managed_store();
    let served = Served::start(&remote, &["--listen", "127.0.0.1:0"], &[]);
    let files = [
        (
            "staff.csv",
            "email,first_name\nada@example.com,Ada\ngrace@example.com,Grace\n",
        ),
        (
            "more.jsonl",
            "{\"email\":\"ada@example.com\",\"first_name\":\"Augusta\"}\n{\"email\":\"kay@example.com\"}\n",
        ),
        (
            "bad.csv",
            "email,first_name\nlin@example.com,Lin\nnot-an-email,Bob\n",
        ),
        (
            "hr.csv",
            "email,roles\nada@example.com,viewer\ngrace@example.com,\n",
        ),
    ];
    for env in [&local, &remote] {
        for (name, text) in files {
            std::fs::write(env.path().join(name), text).unwrap();
        }
    }
    let script: &[&[&str]] = &[
        &["--yes", "user", "import", "staff.csv"],
        &[
            "--yes",
            "--json",
            "user",
            "import",
            "staff.csv",
            "--on-conflict",
            "skip",
        ],
        &[
            "--yes",
            "--format",
            "csv",
            "user",
            "import",
            "more.jsonl",
            "--on-conflict",
            "update",
        ],
        &["--yes", "user", "import", "bad.csv"],
        &[
            "--yes",
            "--json",
            "user",
            "import",
            "bad.csv",
            "--skip-invalid",
        ],
        &["--yes", "user", "import", "missing.csv"],
        &["user", "sync", "hr.csv", "--missing", "block", "--dry-run"],
        &["user", "sync", "hr.csv", "--missing", "block"],
        &[
            "--yes",
            "user",
            "sync",
            "hr.csv",
            "--missing",
            "block",
            "--max-affected",
            "1",
        ],
        &[
            "--yes",
            "--json",
            "user",
            "sync",
            "hr.csv",
            "--missing",
            "ignore",
        ],
    ];
    for args in script {
        let (mut all_here, mut all_there) = (vec!["--as", "boss@example.com"], vec![]);
        all_here.extend_from_slice(args);
        all_there.extend_from_slice(args);
        let run = |env: &TestEnv, args: &[&str], vars: &[(&str, &str)]| {
            let mut cmd = env.cmd();
            cmd.current_dir(env.path()).args(args);
            for (k, v) in vars {
                cmd.env(k, v);
            }
            let out = cmd.output().unwrap();
            (
                out.status.code().unwrap_or(-1),
                masked(env, &String::from_utf8_lossy(&out.stdout)),
                masked(env, &String::from_utf8_lossy(&out.stderr)),
            )
        };
        let here = run(&local, &all_here, &[]);
        let there = run(
            &remote,
            &all_there,
            &[
                ("ROSTER_SERVER", served.at.as_str()),
                ("ROSTER_TOKEN", boss.trim()),
            ],
        );
        assert_eq!(there, here, "{args:?}");
    }
    let listed = |env: &TestEnv| env.json(&["user", "list", "--all", "--sort", "email"]);
    let emails = |v: Value| -> Vec<(String, String)> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|u| {
                (
                    u["email"].as_str().unwrap().to_string(),
                    u["status"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    assert_eq!(emails(listed(&remote)), emails(listed(&local)));
    assert!(
        audit_actors(&remote, "create")
            .iter()
            .any(|a| a == "token:boss")
    );

    // From stdin, with generated passwords written down by the client.
    let creds = remote.path().join("creds.csv");
    let out = remote
        .cmd()
        .env("ROSTER_SERVER", &served.at)
        .env("ROSTER_TOKEN", &boss)
        .args([
            "--yes",
            "user",
            "import",
            "-",
            "--input-format",
            "csv",
            "--no-invite",
            "--generate-password",
            "--credentials-file",
        ])
        .arg(&creds)
        .write_stdin("email\nsam@example.com\numa@example.com\n")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&creds).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let text = std::fs::read_to_string(&creds).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");
    for line in text.lines().skip(1) {
        let (email, password) = line.split_once(',').unwrap();
        assert_eq!(
            crate::auth::verify(&remote, email, password).0,
            0,
            "{email}"
        );
    }

    // A reader may not import: refused before the file is sent, however
    // large it is.
    let big = remote.path().join("big.csv");
    let mut text = String::from("email\n");
    for i in 0..400_000 {
        text.push_str(&format!("someone{i}@example.com\n"));
    }
    std::fs::write(&big, text).unwrap();
    for file in ["/dev/null", big.to_str().unwrap()] {
        let (code, _, stderr) = through(
            &remote,
            &served,
            &viewer,
            &["--yes", "user", "import", file],
        );
        assert_eq!(code, 7, "{stderr}");
        assert!(stderr.contains("users.manage"), "{stderr}");
    }
}

/// A change sent again with the same request id (a client that lost the
/// answer and retried) is refused, not applied twice; a read may be read
/// again. A client of another admin API version is told which side to
/// upgrade before anything is done.
#[test]
fn a_change_is_applied_once_per_request_id_and_versions_are_checked_first() {
    let env = TestEnv::new();
    team(&env);
    env.ok(&[
        "role",
        "create",
        "resetter",
        "--permission",
        "users.reset-password",
    ]);
    env.create("desk@example.com", &["--no-invite", "--role", "resetter"]);
    let desk = token(&env, "desk", "desk@example.com", "admin");
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let send = |path: &str, id: &str, version: Option<&str>, body: &Value| {
        let mut req = crate::serve::agent()
            .post(&format!("{}{path}", served.at))
            .header("Authorization", &format!("Bearer {}", desk.trim()))
            .header("Roster-Request-Id", id);
        if let Some(v) = version {
            req = req.header("Roster-Api-Version", v);
        }
        let mut resp = req
            .content_type("application/json")
            .send(body.to_string())
            .unwrap();
        let version = resp
            .headers()
            .get("roster-api-version")
            .map(|v| v.to_str().unwrap().to_string());
        let text = resp.body_mut().read_to_string().unwrap();
        (resp.status().as_u16(), text, version)
    };
    let reset = serde_json::json!({
        "reset": {"password": "generated", "must_change": true, "reason": null},
        "users": ["bob@example.com"],
        "confirmed": true,
    });
    let resets = || audit_actors(&env, "reset-password").len();

    let (status, text, version) =
        send("/v1/admin/users/reset-password", "req-1", Some("1"), &reset);
    assert_eq!(status, 200, "{text}");
    assert!(text.contains("\"password\""), "{text}");
    assert_eq!(version.as_deref(), Some("1"));
    assert_eq!(resets(), 1);
    let (status, text, _) = send("/v1/admin/users/reset-password", "req-1", Some("1"), &reset);
    assert_eq!(status, 409, "{text}");
    assert!(text.contains("not applied twice"), "{text}");
    assert!(!text.contains("\"password\""), "{text}");
    assert_eq!(resets(), 1, "the second send changed nothing");
    let (status, text, _) = send("/v1/admin/users/reset-password", "req-2", None, &reset);
    assert_eq!(status, 200, "{text}");
    assert_eq!(resets(), 2, "another request id is another request");
    // A read is read again.
    for _ in 0..2 {
        let (status, text, _) = send(
            "/v1/admin/users/show",
            "read-1",
            None,
            &serde_json::json!({"user": "bob@example.com"}),
        );
        assert_eq!(status, 403, "{text}"); // desk may not read users: refused each time, never 409
    }

    // A change refused (here: not desk's to make) did nothing: sent again
    // with its id, it is refused again, not taken for a repeat.
    let block = serde_json::json!({"change": {"verb": "block"}, "users": ["bob@example.com"], "confirmed": true});
    for _ in 0..2 {
        let (status, text, _) = send("/v1/admin/users/change", "req-5", None, &block);
        assert_eq!(status, 403, "{text}");
    }

    // Versions: the side to upgrade is named, and nothing is done.
    let (status, text, _) = send("/v1/admin/users/reset-password", "req-3", Some("2"), &reset);
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("upgrade this server"), "{text}");
    let (status, text, _) = send("/v1/admin/users/reset-password", "req-4", Some("0"), &reset);
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("upgrade roster on the client"), "{text}");
    assert_eq!(resets(), 2);
}

/// An audit table's SEQ column as `#`: PostgreSQL's sequences may skip a
/// number (a transaction retried under load) in one store and not the
/// other.
fn seqless(text: &str) -> String {
    text.lines()
        .map(|line| {
            let digits = line.chars().take_while(char::is_ascii_digit).count();
            if digits > 0 && line[digits..].starts_with(' ') {
                format!("#{}", &line[digits..])
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs of spaces as one.
fn squeezed(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if !(c == ' ' && out.ends_with(' ')) {
            out.push(c);
        }
    }
    out
}

/// A store of managers with assorted rights (one scoped to its team) and
/// users to act on, each manager with an admin token named after it.
fn rights_store() -> (TestEnv, Vec<String>) {
    let env = TestEnv::new();
    let roles: [(&str, &[&str]); 7] = [
        ("r-read", &["users.read"]),
        ("r-block", &["users.block", "users.unblock", "users.read"]),
        ("r-manage", &["users.manage", "users.read"]),
        ("r-reset", &["users.reset-password", "users.sign-out"]),
        ("r-roles", &["roles.manage", "users.read"]),
        ("r-audit", &["audit.read", "users.delete"]),
        ("r-team", &["users.block", "users.manage", "users.read"]),
    ];
    for (role, permissions) in roles {
        let mut args = vec!["role", "create", role];
        for p in permissions {
            args.extend(["--permission", p]);
        }
        if role == "r-team" {
            args.extend(["--scope", "team"]);
        }
        env.ok(&args);
    }
    env.ok(&["group", "create", "team:north"]);
    env.ok(&["group", "create", "team:south"]);
    let managers: [&[&str]; 6] = [
        &["r-read"],
        &["r-block"],
        &["r-manage", "r-reset"],
        &["r-roles", "r-audit"],
        &["r-team"],
        &["r-block", "r-manage", "r-roles", "r-audit", "r-reset"],
    ];
    let mut tokens = Vec::new();
    for (i, held) in managers.iter().enumerate() {
        let email = format!("m{i}@example.com");
        let mut args = vec!["--no-invite"];
        for role in *held {
            args.extend(["--role", role]);
        }
        if held.contains(&"r-team") {
            args.extend(["--group", "team:north"]);
        }
        env.create(&email, &args);
        tokens.push(token(&env, &format!("m{i}"), &email, "admin"));
    }
    for (i, group) in ["team:north", "team:south", "team:north", ""]
        .iter()
        .enumerate()
    {
        let email = format!("t{i}@example.com");
        let mut args = vec!["--no-invite"];
        if !group.is_empty() {
            args.extend(["--group", group]);
        }
        env.create(&email, &args);
    }
    (env, tokens)
}

/// Random managers × random commands × random targets: the server allows
/// exactly what the command line allows the same user (`--as`), with the
/// same rows, messages and exit codes, and the stores stay alike; no field
/// a client adds (an actor, `--as`, a header) changes who acts.
#[test]
fn through_the_server_each_manager_may_do_exactly_what_the_rules_allow() {
    let (local, _) = rights_store();
    let (remote, tokens) = rights_store();
    let served = Served::start(&remote, &["--listen", "127.0.0.1:0"], &[]);
    let commands: &[&[&str]] = &[
        &["user", "block", "T"],
        &["user", "unblock", "T"],
        &["user", "archive", "T"],
        &["user", "restore", "T"],
        &["user", "show", "T"],
        &["user", "update", "T", "--phone", "+44 20 7946 0000"],
        &["role", "assign", "r-read", "T"],
        &["role", "unassign", "r-read", "T"],
        &["role", "assign", "r-block", "T"],
        &["user", "reset-password", "T", "--link"],
        &["user", "sign-out", "T"],
        &["user", "history", "T"],
        &["user", "delete", "T"],
        &["user", "list", "--status", "active"],
        &["user", "block", "--group", "team:north"],
        &["audit", "list", "--user", "T"],
        &["group", "create", "team:G"],
        &["role", "create", "made-N", "--permission", "users.read"],
        &["feature", "enable", "FeatN"],
        &["mail", "list"],
    ];
    // The server's actor is its token (`token:m4`), which a table's
    // column widths follow: compared with spaces squeezed.
    let unmask = |text: String| {
        let mut text = text;
        for i in 0..tokens.len() {
            text = text.replace(&format!("token:m{i}"), &format!("m{i}@example.com"));
        }
        squeezed(&text)
    };
    // A fixed seed: a failure is the same failure on every run.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let (mut allowed, mut refused) = (0, 0);
    for step in 0..60 {
        let manager = next(tokens.len());
        let target = format!("t{}@example.com", next(4));
        let command = commands[next(commands.len())];
        let mut args: Vec<String> = vec!["--yes".into()];
        args.extend(command.iter().map(|a| {
            a.replace('T', &target)
                .replace("team:G", &format!("team:g{step}"))
                .replace("made-N", &format!("made-{step}"))
                .replace("FeatN", &format!("Feat{step}"))
        }));
        // `T` also stands in words that hold a capital T: none do.
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let here = as_locally(&local, &format!("m{manager}@example.com"), &args);
        let there = through(&remote, &served, &tokens[manager], &args);
        assert_eq!(
            (
                there.0,
                seqless(&masked(&remote, &unmask(there.1.clone()))),
                masked(&remote, &unmask(there.2.clone()))
            ),
            (
                here.0,
                seqless(&masked(&local, &squeezed(&here.1))),
                masked(&local, &squeezed(&here.2))
            ),
            "step {step}: m{manager} {args:?}"
        );
        if there.0 == 7 {
            refused += 1;
        } else {
            allowed += 1;
        }
    }
    assert!(
        allowed > 10 && refused > 10,
        "{allowed} allowed, {refused} refused"
    );
    let everyone = |env: &TestEnv| {
        masked(
            env,
            &env.run(&["--json", "user", "list", "--all", "--sort", "email"])
                .1,
        )
    };
    assert_eq!(everyone(&remote), everyone(&local));

    // Who acts comes from the credential alone.
    let reader = &tokens[0];
    let (code, _, stderr) = through(
        &remote,
        &served,
        reader,
        &[
            "--as",
            "m5@example.com",
            "--yes",
            "user",
            "block",
            "t3@example.com",
        ],
    );
    assert_eq!(code, 7, "{stderr}");
    assert!(
        stderr.contains("--as (ROSTER_ACTOR) is not sent"),
        "{stderr}"
    );
    let (status, body) = crate::serve::post(
        &served,
        "/v1/admin/users/change",
        Some(reader.trim()),
        &serde_json::json!({
            "change": {"verb": "block"},
            "users": ["t3@example.com"],
            "confirmed": true,
            "actor": "m5@example.com",
        }),
    );
    assert_eq!(status, 400, "{body}");
    let mut req = crate::serve::agent()
        .post(&served.url("/v1/admin/users/change"))
        .header("Authorization", &format!("Bearer {}", reader.trim()))
        .header("X-Roster-Actor", "m5@example.com")
        .header("Roster-Actor", "m5@example.com")
        .header("X-Forwarded-User", "m5@example.com");
    req = req.header("Roster-User", "m5@example.com");
    let resp = req
        .content_type("application/json")
        .send(
            serde_json::json!({"change": {"verb": "block"}, "users": ["t3@example.com"], "confirmed": true})
                .to_string(),
        )
        .unwrap();
    assert_eq!(resp.status().as_u16(), 403);
    assert_eq!(
        remote.json(&["user", "show", "t3@example.com"])["status"],
        "active"
    );
}

/// An import that needs confirming answers 428 with its question; sent
/// again confirmed with `expect_count` the question's count, it runs,
/// though rows of the file change nothing (what a terminal's yes does).
#[test]
fn an_import_confirmed_with_the_count_it_was_asked_runs() {
    let (env, boss, _) = managed_store();
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let file = "email\nann@example.com\ndan@example.com\nnew1@example.com\nnew2@example.com\n";
    let send = |expect: Option<u64>, confirmed: bool| {
        let request = serde_json::json!({
            "request": {
                "input": {"file": {"path": "-", "format": "csv", "name": "staff.csv"}},
                "invite": false, "generate_password": false, "must_change": true,
                "reason": null, "dry_run": false, "atomic": false, "skip_invalid": false,
                "max_affected": null, "expect_count": expect,
                "on_conflict": "skip",
            },
            "confirmed": confirmed,
        });
        let body = format!("{request}\n{file}");
        let mut resp = crate::serve::agent()
            .post(&format!("{}/v1/admin/users/import", served.at))
            .header("Authorization", &format!("Bearer {}", boss.trim()))
            .content_type("application/octet-stream")
            .send(body)
            .unwrap();
        let status = resp.status().as_u16();
        (status, resp.body_mut().read_to_string().unwrap())
    };
    let (status, text) = send(None, false);
    assert_eq!(status, 428, "{text}");
    let asked: Value = serde_json::from_str(&text).unwrap();
    let found = asked["error"]["question"]["found"].as_u64().unwrap();
    assert_eq!(found, 2, "two users made; two rows change nothing: {text}");
    let (status, text) = send(Some(found), true);
    assert_eq!(status, 200, "{text}");
    assert!(text.contains("2 created, 2 unchanged"), "{text}");
    assert_eq!(
        env.json(&["user", "show", "new2@example.com"])["status"],
        "active"
    );
}

/// A manager who may reset passwords may not set one for a user holding
/// permissions it does not hold (that would hand it their account): on the
/// store (`--as`) and through the server alike; a link, which goes to the
/// user's own mailbox, it may send. A signed-in manager's session ends
/// with their sessions: when they are signed out, blocked (and stays ended
/// when unblocked) or given a new password; and a password someone else
/// set must be changed before it opens an admin session.
#[test]
fn a_reset_takes_no_account_over_and_admin_sessions_end_with_the_others() {
    let env = TestEnv::new();
    team(&env); // mgr: users.block, users.read
    env.ok(&[
        "role",
        "create",
        "helpdesk",
        "--permission",
        "users.reset-password",
        "--permission",
        "users.read",
    ]);
    env.create("hd@example.com", &["--no-invite", "--role", "helpdesk"]);
    let hd = token(&env, "hd", "hd@example.com", "admin");
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    for args in [
        &[
            "--yes",
            "user",
            "reset-password",
            "mgr@example.com",
            "--generate-password",
        ][..],
        &[
            "--yes",
            "--json",
            "user",
            "reset-password",
            "mgr@example.com",
            "bob@example.com",
            "--generate-password",
        ],
    ] {
        let here = as_locally(&env, "hd@example.com", args);
        let there = through(&env, &served, &hd, args);
        assert_ne!(there.0, 0, "{args:?}: {}", there.2);
        assert_eq!(there.0, here.0, "{args:?}: {}\n{}", there.2, here.2);
        let said = format!("{}{}", there.1, there.2);
        assert!(said.contains("users.block"), "{args:?}: {said}");
        assert!(
            said.contains("a new password would hand it their account"),
            "{said}"
        );
    }
    // bob holds nothing: his was set (the second run, partly), mgr's never.
    assert_eq!(crate::auth::verify(&env, "mgr@example.com", PASSWORD).0, 0);
    let (code, _, stderr) = through(
        &env,
        &served,
        &hd,
        &[
            "--yes",
            "user",
            "reset-password",
            "mgr@example.com",
            "--link",
        ],
    );
    assert_eq!(code, 0, "a link goes to mgr's own mailbox: {stderr}");
    // Nor may a manager of users point mgr's mail (and so their reset
    // links) at an address it chose; bob's it may change.
    env.ok(&[
        "role",
        "create",
        "people",
        "--permission",
        "users.manage",
        "--permission",
        "users.read",
    ]);
    env.create("pm@example.com", &["--no-invite", "--role", "people"]);
    let pm = token(&env, "pm", "pm@example.com", "admin");
    let args = [
        "user",
        "update",
        "mgr@example.com",
        "--email",
        "mine@example.org",
    ];
    let here = as_locally(&env, "pm@example.com", &args);
    let there = through(&env, &served, &pm, &args);
    assert_eq!((here.0, there.0), (7, 7), "{}\n{}", here.2, there.2);
    assert!(there.2.contains("users.block"), "{}", there.2);
    assert_eq!(
        env.json(&["user", "show", "mgr@example.com"])["email"],
        "mgr@example.com"
    );
    let (code, _, stderr) = through(
        &env,
        &served,
        &pm,
        &[
            "user",
            "update",
            "bob@example.com",
            "--email",
            "robert@example.com",
        ],
    );
    assert_eq!(code, 0, "{stderr}");

    // Sessions end with the others.
    let signed_in = |env: &TestEnv| {
        assert_eq!(login(env, &served.at).0, 0);
        env.run(&["--server", &served.at, "whoami"]).0
    };
    for (ends, again) in [
        (&["--yes", "user", "sign-out", "mgr@example.com"][..], None),
        (
            &["--yes", "user", "block", "mgr@example.com"],
            Some(&["--yes", "user", "unblock", "mgr@example.com"][..]),
        ),
    ] {
        assert_eq!(signed_in(&env), 0);
        env.ok(ends);
        if let Some(again) = again {
            env.ok(again);
        }
        let (code, _, stderr) = env.run(&["--server", &served.at, "whoami"]);
        assert_eq!(code, 7, "{ends:?}: the session ended: {stderr}");
        assert!(stderr.contains("roster login"), "{stderr}");
    }
    assert_eq!(signed_in(&env), 0);
    env.cmd()
        .args([
            "user",
            "reset-password",
            "mgr@example.com",
            "--password-stdin",
            "--yes",
            "--no-must-change",
        ])
        .write_stdin("another long passphrase 7\n")
        .assert()
        .success();
    assert_eq!(
        env.run(&["--server", &served.at, "whoami"]).0,
        7,
        "a new password ends it"
    );

    // A password someone else set is changed before it opens a session.
    env.cmd()
        .args([
            "user",
            "reset-password",
            "mgr@example.com",
            "--password-stdin",
            "--yes",
        ])
        .write_stdin(format!("{PASSWORD}\n"))
        .assert()
        .success();
    let (code, _, stderr) = login(&env, &served.at);
    assert_eq!(code, 7, "{stderr}");
    assert!(
        stderr.contains("must change the password first"),
        "{stderr}"
    );
}

/// An upload that stalls gives its turn back: the upload route has no
/// deadline as a whole (a large file takes its time), but a client that
/// sends nothing for 20 s is cut off (408), and the uploads it held up go
/// on.
#[test]
fn a_stalled_upload_is_cut_off_and_gives_its_turn_back() {
    use std::io::{Read as _, Write as _};
    let env = TestEnv::new();
    let token = user_manager(&env, "boss@example.com", "ci");
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let addr = served.at.trim_start_matches("http://").to_string();
    // Both turns taken by clients that send a few bytes and then nothing.
    let stalled: Vec<_> = (0..2)
        .map(|_| {
            let mut stream = std::net::TcpStream::connect(&addr).unwrap();
            write!(
                stream,
                "POST /v1/admin/users/import HTTP/1.1\r\nHost: {addr}\r\n\
                 Authorization: Bearer {token}\r\nRoster-Api-Version: 1\r\n\
                 Content-Type: application/octet-stream\r\nContent-Length: 100000\r\n\r\n{{\"req"
            )
            .unwrap();
            stream
                .set_read_timeout(Some(std::time::Duration::from_secs(60)))
                .unwrap();
            stream
        })
        .collect();
    let started = std::time::Instant::now();
    std::fs::write(env.path().join("new.csv"), "email\nnew@example.com\n").unwrap();
    for mut stream in stalled {
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        assert!(
            answer.starts_with("HTTP/1.1 408"),
            "a stalled upload is cut off: {answer}"
        );
        assert!(answer.contains("sent nothing for 20 s"), "{answer}");
    }
    let waited = started.elapsed().as_secs();
    assert!((19..40).contains(&waited), "cut off after {waited} s");
    // The turns are free again.
    let out = env
        .cmd()
        .env("ROSTER_TOKEN", &token)
        .args(["--server", &served.at, "--yes", "user", "import", "new.csv"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(env.status("new@example.com"), "active");
}
