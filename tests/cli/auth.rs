//! Passwords, sign-in, sessions, lockout and the token flows (SPEC §6).

use std::os::unix::fs::PermissionsExt;

use crate::common::TestEnv;
use crate::common::python::run_script;
use crate::users::token_in;

pub const GOOD: &str = "tangerine vortex quietly sublime";
pub const OTHER: &str = "marmalade glacier whistles backwards";

fn stored_hash(env: &TestEnv, email: &str) -> String {
    env.sql()
        .query_row(
            "SELECT password_hash FROM users WHERE email_key = ?",
            [email],
            |r| r.get(0),
        )
        .unwrap()
}

/// Runs roster with `input` on stdin; returns (exit code, stdout, stderr).
pub fn with_stdin(env: &TestEnv, args: &[&str], input: &str) -> (i32, String, String) {
    let out = env.cmd().args(args).write_stdin(input).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `auth verify` with the password on stdin.
pub fn verify(env: &TestEnv, user: &str, password: &str) -> (i32, String, String) {
    with_stdin(
        env,
        &["auth", "verify", user, "--password-stdin"],
        &format!("{password}\n"),
    )
}

/// `auth accept-invite` with a token and a password on stdin.
pub fn accept_invite(env: &TestEnv, token: &str, password: &str) -> (i32, String, String) {
    with_stdin(
        env,
        &["auth", "accept-invite", "--token-stdin", "--password-stdin"],
        &format!("{token}\n{password}\n"),
    )
}

/// `auth complete-reset` with a token and a password on stdin.
pub fn complete_reset(env: &TestEnv, token: &str, password: &str) -> (i32, String, String) {
    with_stdin(
        env,
        &[
            "auth",
            "complete-reset",
            "--token-stdin",
            "--password-stdin",
        ],
        &format!("{token}\n{password}\n"),
    )
}

pub fn active_with_password(env: &TestEnv, email: &str, password: &str) -> String {
    let (code, stdout, stderr) = with_stdin(
        env,
        &[
            "--json",
            "user",
            "create",
            email,
            "--password-stdin",
            "--no-must-change",
        ],
        &format!("{password}\n"),
    );
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str::<serde_json::Value>(&stdout).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_stored_hash_is_argon2id_checked_by_argon2_cffi() {
    let env = TestEnv::new();
    let (code, stdout, stderr) = with_stdin(
        &env,
        &[
            "--json",
            "user",
            "create",
            "ada@example.com",
            "--password-stdin",
        ],
        &format!("{GOOD}\n"),
    );
    assert_eq!(code, 0, "{stderr}");
    let user: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(user["status"], "active");
    assert_eq!(
        user["must_change_password"], true,
        "an admin-set password must be changed"
    );
    assert!(user["password_changed_at"].is_string());
    assert!(!stdout.contains(GOOD) && !stderr.contains(GOOD));
    let hash = stored_hash(&env, "ada@example.com");
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    let (code, params) = run_script("argon2_check.py", &format!("{hash}\n{GOOD}"));
    assert_eq!(code, 0, "argon2-cffi rejects the hash: {params}");
    assert_eq!(params.trim(), "type=ID m=19456 t=2 p=1");
    let (code, _) = run_script("argon2_check.py", &format!("{hash}\n{OTHER}"));
    assert_eq!(code, 1, "argon2-cffi accepts a wrong password");
}

#[test]
fn the_policy_refuses_weak_passwords_and_says_why() {
    let env = TestEnv::new();
    let too_long = "tangerine vortex ".repeat(16);
    let cases = [
        ("short pass", "at least 12"),
        (too_long.trim_end(), "at most 256"),
        ("password1234", "too easy to guess"),
        ("qwertyuiopasdf", "too easy to guess"),
        ("ada-the-tangerine-vortex", "email name"),
    ];
    for (password, why) in cases {
        let (code, stdout, stderr) = with_stdin(
            &env,
            &["user", "create", "ada@example.com", "--password-stdin"],
            &format!("{password}\n"),
        );
        assert_eq!(code, 6, "{password}: {stderr}");
        assert!(stdout.is_empty());
        assert!(
            stderr.contains("invalid password") && stderr.contains(why),
            "{password}: {stderr}"
        );
        assert!(
            !stderr.contains(password),
            "the refusal must not echo the password: {stderr}"
        );
    }
    let (code, _, stderr) = with_stdin(
        &env,
        &[
            "user",
            "create",
            "bob@example.com",
            "--username",
            "marmalade",
            "--password-stdin",
        ],
        "marmalade-glacier-whistles\n",
    );
    assert_eq!(code, 6);
    assert!(stderr.contains("username"), "{stderr}");
    assert!(!env.store_exists() || env.json(&["user", "list"]).as_array().unwrap().is_empty());
    // NFKC: the ligature "ﬁ" is the same password as "fi".
    env.ok(&["db", "migrate"]);
    active_with_password(
        &env,
        "carol@example.com",
        "\u{fb01}ve tangerine vortex quietly",
    );
    let (code, _, _) = with_stdin(
        &env,
        &["auth", "verify", "carol@example.com", "--password-stdin"],
        "five tangerine vortex quietly\n",
    );
    assert_eq!(code, 0);
    // The policy is configurable.
    env.config("[password]\nmin_length = 40\n");
    let (code, _, stderr) = with_stdin(
        &env,
        &["user", "create", "dan@example.com", "--password-stdin"],
        &format!("{GOOD}\n"),
    );
    assert_eq!(code, 6);
    assert!(stderr.contains("at least 40"), "{stderr}");
}

#[test]
fn no_password_flag_exists_on_argv() {
    let env = TestEnv::new();
    for args in [
        &["user", "create", "a@example.com", "--password", "x"][..],
        &["auth", "verify", "a@example.com", "--password", "x"],
    ] {
        let (code, _, _) = env.run(args);
        assert_eq!(code, 2, "{args:?}");
    }
    let (code, _, stderr) = env.run(&["auth", "verify", "a@example.com"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--password-stdin"), "{stderr}");
}

#[test]
fn generated_passwords_print_once_or_go_to_a_private_file() {
    let env = TestEnv::new();
    let user = env.json(&["user", "create", "ada@example.com", "--generate-password"]);
    let password = user["password"].as_str().unwrap().to_string();
    assert_eq!(password.len(), 28);
    assert!(password.chars().all(|c| c.is_ascii_alphanumeric()));
    let (code, _, _) = verify(&env, "ada@example.com", &password);
    assert_eq!(code, 0);
    assert!(
        !env.json(&["user", "show", "ada@example.com"])
            .to_string()
            .contains(&password)
    );

    let file = env.path().join("creds.csv");
    let out = env.ok(&[
        "user",
        "create",
        "bob@example.com",
        "--generate-password",
        "--credentials-file",
        file.to_str().unwrap(),
    ]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text.lines().nth(1).unwrap();
    let (email, pw) = line.split_once(',').unwrap();
    assert_eq!(email, "bob@example.com");
    assert!(
        !stdout.contains(pw),
        "with a credentials file the password is not printed"
    );
    // A second run appends to the caller's own 0600 file (SPEC §6).
    env.ok(&[
        "user",
        "create",
        "carol@example.com",
        "--generate-password",
        "--credentials-file",
        file.to_str().unwrap(),
    ]);
    let appended = std::fs::read_to_string(&file).unwrap();
    assert!(appended.starts_with(&text), "never truncated: {appended}");
    let lines: Vec<&str> = appended.lines().collect();
    assert_eq!(lines.len(), 3, "{appended}");
    assert_eq!(lines[0], "email,password", "one header");
    assert!(lines[2].starts_with("carol@example.com,"));

    // A file others can read, or a symlink, is refused, and nothing changes.
    for (name, unsafe_file) in [("shared.csv", 0o644), ("link.csv", 0o600)] {
        let path = env.path().join(name);
        if name == "link.csv" {
            std::os::unix::fs::symlink(&file, &path).unwrap();
        } else {
            std::fs::write(&path, "email,password\n").unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(unsafe_file)).unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let (code, _, stderr) = env.run(&[
            "user",
            "create",
            "dave@example.com",
            "--generate-password",
            "--credentials-file",
            path.to_str().unwrap(),
        ]);
        assert_eq!(code, 5, "{name}: {stderr}");
        assert!(
            stderr.contains("regular file of yours with mode 0600"),
            "{stderr}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), before, "{name} is untouched");
        let (code, _, _) = env.run(&["user", "show", "dave@example.com"]);
        assert_eq!(code, 4, "a refused credentials file means no user either");
    }

    // A run that changes nothing takes back the line it wrote.
    let before = std::fs::read_to_string(&file).unwrap();
    let (code, _, stderr) = env.run(&[
        "user",
        "create",
        "CAROL@example.com",
        "--generate-password",
        "--credentials-file",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 5, "a duplicate: {stderr}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
}

/// A CI job that seeds accounts can run again: existing users are
/// `unchanged`, get no new password, and the credentials file keeps one line
/// a user.
#[test]
fn seeding_twice_with_if_not_exists_is_a_no_op() {
    let env = TestEnv::new();
    let file = env.path().join("seed.csv");
    let seed = |env: &TestEnv| {
        let mut rows = Vec::new();
        for email in ["a@example.com", "b@example.com"] {
            let (code, stdout, stderr) = env.run(&[
                "--format",
                "jsonl",
                "user",
                "create",
                email,
                "--if-not-exists",
                "--generate-password",
                "--credentials-file",
                file.to_str().unwrap(),
            ]);
            assert_eq!(code, 0, "{stderr}");
            let row: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
            rows.push(row["outcome"].as_str().unwrap().to_string());
        }
        rows
    };
    assert_eq!(seed(&env), ["created", "created"]);
    let first = std::fs::read_to_string(&file).unwrap();
    assert_eq!(first.lines().count(), 3);
    assert_eq!(seed(&env), ["unchanged", "unchanged"]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), first);
    // The passwords written the first time still work.
    for line in first.lines().skip(1) {
        let (email, pw) = line.split_once(',').unwrap();
        assert_eq!(verify(&env, email, pw).0, 0);
    }
    // Every format says unchanged.
    for format in ["table", "csv", "json"] {
        let (code, stdout, _) = env.run(&[
            "--format",
            format,
            "user",
            "create",
            "a@example.com",
            "--if-not-exists",
        ]);
        assert_eq!(code, 0);
        assert!(stdout.contains("unchanged"), "{format}: {stdout}");
    }
}

#[test]
fn verify_login_and_lockout() {
    let env = TestEnv::new();
    env.config("[lockout]\nattempts = 10\nduration = \"15m\"\n");
    active_with_password(&env, "ada@example.com", GOOD);
    let (code, stdout, stderr) = verify(&env, "ada@example.com", GOOD);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("ada@example.com"));
    for i in 1..=10 {
        let (code, stdout, stderr) = with_stdin(
            &env,
            &["auth", "verify", "ada@example.com", "--password-stdin"],
            "not the right one\n",
        );
        assert_eq!(code, 7, "attempt {i}");
        assert!(stdout.is_empty());
        assert!(stderr.contains("wrong password"), "{stderr}");
        if i == 10 {
            assert!(stderr.contains("locked until"), "{stderr}");
        }
    }
    let (code, _, stderr) = verify(&env, "ada@example.com", GOOD);
    assert_eq!(code, 7, "locked out even with the right password");
    assert!(stderr.contains("locked out"), "{stderr}");
    let user = env.json(&["user", "show", "ada@example.com"]);
    assert!(user["locked_until"].is_string());
    let rows = env.json(&["user", "unlock", "ada@example.com"]);
    assert_eq!(rows[0]["outcome"], "changed");
    assert_eq!(
        env.json(&["user", "unlock", "ada@example.com"])[0]["outcome"],
        "unchanged"
    );
    let (code, _, _) = verify(&env, "ada@example.com", GOOD);
    assert_eq!(code, 0);
    assert_eq!(
        env.json(&["audit", "list", "--action", "lock"])
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Not active: says which, exit 7.
    env.ok(&["user", "block", "ada@example.com"]);
    let (code, _, stderr) = verify(&env, "ada@example.com", GOOD);
    assert_eq!(code, 7);
    assert!(stderr.contains("is blocked"), "{stderr}");
    let (code, _, _) = verify(&env, "nobody@example.com", GOOD);
    assert_eq!(code, 4);
}

fn login(env: &TestEnv, email: &str) -> String {
    let (code, stdout, stderr) = with_stdin(
        env,
        &["auth", "login", email, "--password-stdin"],
        &format!("{GOOD}\n"),
    );
    assert_eq!(code, 0, "{stderr}");
    let token = stdout.trim().to_string();
    assert_eq!(token.len(), 43);
    token
}

fn session_code(env: &TestEnv, token: &str) -> i32 {
    with_stdin(
        env,
        &["auth", "session", "check", "--token-stdin"],
        &format!("{token}\n"),
    )
    .0
}

#[test]
fn sessions_live_until_revoked_by_every_verb_that_must() {
    let env = TestEnv::new();
    active_with_password(&env, "ada@example.com", GOOD);
    let token = login(&env, "ada@example.com");
    assert_eq!(session_code(&env, &token), 0);
    let user = env.json(&["user", "show", "ada@example.com"]);
    assert!(
        user["last_login_at"].is_string(),
        "login records last_login_at"
    );
    let digest = crate::users::sha256_hex(&token);
    let stored: String = env
        .sql()
        .query_row(
            "SELECT hash FROM tokens WHERE purpose = 'session'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        stored, digest,
        "only the SHA-256 of a session token is stored"
    );

    let revokers: &[&[&str]] = &[
        &["user", "sign-out", "ada@example.com"],
        &["user", "block", "ada@example.com"],
        &["user", "archive", "ada@example.com"],
        &[
            "user",
            "reset-password",
            "ada@example.com",
            "--generate-password",
        ],
    ];
    for args in revokers {
        if env.status("ada@example.com") == "blocked" {
            env.ok(&["user", "unblock", "ada@example.com"]);
        }
        if env.status("ada@example.com") == "archived" {
            env.ok(&["user", "restore", "ada@example.com"]);
        }
        let token = {
            // reset-password changed the password in an earlier round: set it back.
            let (code, _, stderr) = with_stdin(
                &env,
                &[
                    "user",
                    "reset-password",
                    "ada@example.com",
                    "--password-stdin",
                    "--no-must-change",
                ],
                &format!("{GOOD}\n"),
            );
            assert_eq!(code, 0, "{args:?}: {stderr}");
            login(&env, "ada@example.com")
        };
        assert_eq!(session_code(&env, &token), 0);
        env.ok(args);
        assert_eq!(
            session_code(&env, &token),
            4,
            "{args:?} must end the session"
        );
    }
    // sign-out with no sessions is unchanged.
    assert_eq!(
        env.json(&["user", "sign-out", "ada@example.com"])[0]["outcome"],
        "unchanged"
    );

    with_stdin(
        &env,
        &[
            "user",
            "reset-password",
            "ada@example.com",
            "--password-stdin",
            "--no-must-change",
        ],
        &format!("{GOOD}\n"),
    );
    let token = login(&env, "ada@example.com");
    let (code, _, _) = with_stdin(
        &env,
        &["auth", "session", "revoke", "--token-stdin"],
        &format!("{token}\n"),
    );
    assert_eq!(code, 0);
    assert_eq!(session_code(&env, &token), 4);
}

#[test]
fn an_idle_session_expires() {
    let env = TestEnv::new();
    env.config("[session]\nidle = \"1s\"\n");
    active_with_password(&env, "ada@example.com", GOOD);
    let token = login(&env, "ada@example.com");
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let (code, _, stderr) = with_stdin(
        &env,
        &["auth", "session", "check", "--token-stdin"],
        &format!("{token}\n"),
    );
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("idle"), "{stderr}");
}

#[test]
fn reset_by_link_then_complete_reset() {
    let env = TestEnv::new();
    active_with_password(&env, "ada@example.com", GOOD);
    let rows = env.json(&["user", "reset-password", "ada@example.com", "--link"]);
    assert_eq!(rows[0]["outcome"], "changed");
    let mails = env.emails();
    let reset = mails
        .iter()
        .find(|m| m.contains("Subject: Reset your password"))
        .expect("a reset email");
    let token = token_in(reset);
    let (code, _, stderr) = complete_reset(&env, &token, OTHER);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, _) = verify(&env, "ada@example.com", OTHER);
    assert_eq!(code, 0);
    let (code, _, stderr) = complete_reset(&env, &token, GOOD);
    assert_eq!(code, 5, "a reset link works once: {stderr}");
    assert!(stderr.contains("already used"), "{stderr}");
    let (code, _, _) = with_stdin(
        &env,
        &[
            "auth",
            "complete-reset",
            "--token-stdin",
            "--password-stdin",
        ],
        &format!("not-a-token\n{GOOD}\n"),
    );
    assert_eq!(code, 4);
    assert!(
        env.emails()
            .iter()
            .any(|m| m.contains("Subject: Your password was changed"))
    );
}

#[test]
fn admin_reset_sets_must_change_and_refuses_one_password_for_many() {
    let env = TestEnv::new();
    active_with_password(&env, "ada@example.com", GOOD);
    active_with_password(&env, "bob@example.com", GOOD);
    let (code, _, stderr) = with_stdin(
        &env,
        &[
            "user",
            "reset-password",
            "ada@example.com",
            "--password-stdin",
        ],
        &format!("{OTHER}\n"),
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        env.json(&["user", "show", "ada@example.com"])["must_change_password"],
        true
    );
    let (code, _, stderr) = with_stdin(
        &env,
        &[
            "--yes",
            "user",
            "reset-password",
            "ada@example.com",
            "bob@example.com",
            "--password-stdin",
        ],
        &format!("{OTHER}\n"),
    );
    assert_eq!(code, 2, "{stderr}");
    let file = env.path().join("new.csv");
    env.ok(&[
        "--yes",
        "user",
        "reset-password",
        "--all",
        "--generate-password",
        "--credentials-file",
        file.to_str().unwrap(),
    ]);
    let lines: Vec<String> = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(lines[0], "email,password");
    assert_eq!(lines.len(), 3);
    for line in &lines[1..] {
        let (email, pw) = line.split_once(',').unwrap();
        let (code, _, _) = with_stdin(
            &env,
            &["auth", "verify", email, "--password-stdin"],
            &format!("{pw}\n"),
        );
        assert_eq!(code, 0, "{email}");
    }
    // Not from an invited user.
    env.create("new@example.com", &[]);
    let (code, _, _) = env.run(&[
        "user",
        "reset-password",
        "new@example.com",
        "--generate-password",
    ]);
    assert_eq!(code, 5);
}

#[test]
fn a_bcrypt_hash_verifies_and_becomes_argon2id() {
    let env = TestEnv::new();
    let id = env.create("old@example.com", &["--no-invite"]);
    let bcrypt_hash = bcrypt::hash(GOOD, 4).unwrap();
    env.sql()
        .execute(
            "UPDATE users SET password_hash = ? WHERE id = ?",
            [&bcrypt_hash, &id],
        )
        .unwrap();
    let (code, _, _) = verify(&env, "old@example.com", OTHER);
    assert_eq!(code, 7);
    assert_eq!(
        stored_hash(&env, "old@example.com"),
        bcrypt_hash,
        "a failed attempt upgrades nothing"
    );
    let (code, _, stderr) = verify(&env, "old@example.com", GOOD);
    assert_eq!(code, 0, "{stderr}");
    let upgraded = stored_hash(&env, "old@example.com");
    assert!(upgraded.starts_with("$argon2id$"), "{upgraded}");
    let (code, _) = run_script("argon2_check.py", &format!("{upgraded}\n{GOOD}"));
    assert_eq!(code, 0);
    assert_eq!(
        env.json(&["audit", "list", "--action", "rehash"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn no_secret_reaches_output_logs_audit_or_exports() {
    let env = TestEnv::new();
    let mut seen = String::new();
    let mut run = |args: &[&str], input: &str| {
        let mut all = vec!["--verbose"];
        all.extend_from_slice(args);
        let (code, stdout, stderr) = with_stdin(&env, &all, input);
        seen.push_str(&stdout);
        seen.push_str(&stderr);
        (code, stdout)
    };
    run(
        &[
            "user",
            "create",
            "ada@example.com",
            "--password-stdin",
            "--no-must-change",
        ],
        &format!("{GOOD}\n"),
    );
    run(
        &["auth", "verify", "ada@example.com", "--password-stdin"],
        &format!("{GOOD}\n"),
    );
    run(
        &["auth", "verify", "ada@example.com", "--password-stdin"],
        &format!("{OTHER}\n"),
    );
    let (_, token_out) = run(
        &["auth", "login", "ada@example.com", "--password-stdin"],
        &format!("{GOOD}\n"),
    );
    let token = token_out.trim().to_string();
    run(
        &["auth", "session", "check", "--token-stdin"],
        &format!("{token}\n"),
    );
    run(
        &[
            "user",
            "reset-password",
            "ada@example.com",
            "--password-stdin",
        ],
        &format!("{OTHER}\n"),
    );
    run(&["user", "create", "bob@example.com"], "");
    run(&["user", "reset-password", "ada@example.com", "--link"], "");
    for args in [
        &["audit", "list"][..],
        &["--json", "audit", "list"],
        &["--json", "user", "list"],
        &["--format", "csv", "user", "list"],
        &["mail", "list"],
        &["config", "show"],
    ] {
        run(args, "");
    }
    let hash = stored_hash(&env, "ada@example.com");
    let invite = token_in(
        &env.emails()
            .into_iter()
            .find(|m| m.contains("bob@example.com"))
            .unwrap(),
    );
    let reset = token_in(
        &env.emails()
            .into_iter()
            .find(|m| m.contains("Subject: Reset your password"))
            .unwrap(),
    );
    let without_login = seen.replacen(&token, "", 1);
    for secret in [GOOD, OTHER, &hash, &token, &invite, &reset] {
        assert!(
            !without_login.contains(secret),
            "a secret leaked into output: {secret}"
        );
    }
    // The store itself (on SQLite the file and its write-ahead log, on
    // PostgreSQL every value of every table) holds no password and no token
    // in the clear: only hashes.
    let store = env.stored_bytes();
    let store = String::from_utf8_lossy(&store);
    assert!(
        store.contains("bob@example.com"),
        "the store's rows are in what was searched"
    );
    for secret in [GOOD, OTHER, &token, &invite, &reset] {
        assert!(!store.contains(secret), "a secret is in the store file");
    }
    let audit: String = env
        .sql()
        .query_row(
            "SELECT group_concat(coalesce(changes, '') || coalesce(reason, ''), ' ') FROM audit",
            [],
            |r| r.get(0),
        )
        .unwrap();
    for secret in [GOOD, OTHER, &hash, &token, &invite, &reset] {
        assert!(!audit.contains(secret), "a secret is in the audit log");
    }
}

#[test]
fn parallel_guesses_cannot_outrun_the_lockout() {
    let env = TestEnv::new();
    active_with_password(&env, "ada@example.com", GOOD);
    let guesses: Vec<_> = (0..24)
        .map(|i| {
            let mut child = env
                .std_cmd()
                .args(["auth", "verify", "ada@example.com", "--password-stdin"])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            use std::io::Write;
            writeln!(child.stdin.take().unwrap(), "wrong guess number {i}").unwrap();
            child
        })
        .collect();
    let mut checked = 0;
    for child in guesses {
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(7));
        let stderr = String::from_utf8(out.stderr).unwrap();
        if stderr.contains("wrong password") {
            checked += 1;
        } else {
            assert!(stderr.contains("locked out"), "{stderr}");
        }
    }
    assert_eq!(
        checked, 10,
        "exactly 10 guesses were checked against the hash"
    );
    let (code, _, stderr) = verify(&env, "ada@example.com", GOOD);
    assert_eq!(code, 7, "locked, even with the right password: {stderr}");
    env.ok(&["audit", "verify"]);
}

#[test]
fn generated_passwords_are_never_hidden_and_follow_the_policy_length() {
    let env = TestEnv::new();
    let (code, _, stderr) = env.run(&[
        "-q",
        "user",
        "create",
        "ada@example.com",
        "--generate-password",
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--credentials-file"), "{stderr}");
    let (code, _, _) = env.run(&["user", "show", "ada@example.com"]);
    assert_eq!(code, 4, "nothing was created");
    env.config("[password]\nmin_length = 40\n");
    let user = env.json(&["user", "create", "bob@example.com", "--generate-password"]);
    assert_eq!(user["password"].as_str().unwrap().len(), 40);
}

/// Invitation and reset links die at their expiry, and a session at its
/// absolute limit however recently it was used (`invite.ttl`, `reset.ttl`,
/// `session.absolute`).
#[test]
fn links_and_sessions_expire() {
    let env = TestEnv::new();
    env.config(
        "[invite]\nttl = \"3s\"\n[reset]\nttl = \"3s\"\n[session]\nabsolute = \"3s\"\nidle = \"1h\"\n",
    );
    env.create("new@example.com", &[]);
    active_with_password(&env, "ada@example.com", GOOD);
    env.ok(&["user", "reset-password", "ada@example.com", "--link"]);
    let session = login(&env, "ada@example.com");
    let mails = env.emails();
    let find = |needle: &str| token_in(mails.iter().find(|m| m.contains(needle)).unwrap());
    let invite = find("Subject: You are invited");
    let reset = find("Subject: Reset your password");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert_eq!(session_code(&env, &session), 0, "used, so not idle");
    std::thread::sleep(std::time::Duration::from_millis(2600));

    let (code, _, stderr) = accept_invite(&env, &invite, OTHER);
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("invitation expired at"), "{stderr}");
    assert_eq!(env.status("new@example.com"), "invitation_expired");
    let (code, _, stderr) = complete_reset(&env, &reset, OTHER);
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("expired at"), "{stderr}");
    let (code, _, stderr) = with_stdin(
        &env,
        &["auth", "session", "check", "--token-stdin"],
        &format!("{session}\n"),
    );
    assert_eq!(code, 5, "{stderr}");
    assert!(
        stderr.contains("session expired at") && !stderr.contains("idle"),
        "{stderr}"
    );
    let (code, _, _) = verify(&env, "ada@example.com", GOOD);
    assert_eq!(code, 0, "the expired reset link changed nothing");
}

/// Only active users sign in: each other status is refused with exit 7 and a
/// message that names it, on stderr only.
#[test]
fn only_active_users_sign_in() {
    let env = TestEnv::new();
    // A user with the right password, moved to each refused status.
    let id = active_with_password(&env, "ada@example.com", GOOD);
    for (verb, status) in [("block", "blocked"), ("archive", "archived")] {
        if env.status(&id) == "blocked" {
            env.ok(&["user", "unblock", &id]);
        }
        env.ok(&["user", verb, &id]);
        for command in ["verify", "login"] {
            let (code, stdout, stderr) = with_stdin(
                &env,
                &["auth", command, "ada@example.com", "--password-stdin"],
                &format!("{GOOD}\n"),
            );
            assert_eq!(code, 7, "{command} when {status}: {stderr}");
            assert!(stdout.is_empty());
            assert!(
                stderr.contains(&format!("is {status}; only active users can sign in")),
                "{stderr}"
            );
        }
    }
    for status in ["invited", "invitation_revoked"] {
        crate::common::user_in(&env, status, &format!("{status}@example.com"));
        let (code, stdout, stderr) = with_stdin(
            &env,
            &[
                "auth",
                "verify",
                &format!("{status}@example.com"),
                "--password-stdin",
            ],
            &format!("{GOOD}\n"),
        );
        assert_eq!(code, 7, "{status}: {stderr}");
        assert!(stdout.is_empty());
        assert!(stderr.contains(&format!("is {status}")), "{stderr}");
    }
}

/// A lockout shows: `active (locked)` in tables, `locked_until` and the
/// count that set it in JSON and CSV; `--locked` selects the locked users for
/// `user list` and the bulk verbs; an export of a locked user imports locked.
#[test]
fn a_lockout_shows_and_can_be_selected() {
    let env = TestEnv::new();
    env.config("[lockout]\nattempts = 3\nduration = \"15m\"\n");
    active_with_password(&env, "ada@example.com", GOOD);
    active_with_password(&env, "bob@example.com", GOOD);
    for _ in 0..3 {
        assert_eq!(verify(&env, "ada@example.com", "not the right one").0, 7);
    }
    assert_eq!(verify(&env, "bob@example.com", "not the right one").0, 7);

    let ada = env.json(&["user", "show", "ada@example.com"]);
    assert!(ada["locked_until"].is_string(), "{ada}");
    assert_eq!(
        ada["failed_logins"], 3,
        "the count that set the lock: {ada}"
    );
    let bob = env.json(&["user", "show", "bob@example.com"]);
    assert_eq!(
        (&bob["failed_logins"], &bob["locked_until"]),
        (&1.into(), &serde_json::Value::Null)
    );

    let table = String::from_utf8(env.ok(&["user", "list"]).stdout).unwrap();
    let line = |email: &str| {
        table
            .lines()
            .find(|l| l.contains(email))
            .unwrap()
            .to_string()
    };
    assert!(
        line("ada@example.com").contains("active (locked)"),
        "{table}"
    );
    assert!(!line("bob@example.com").contains("locked"), "{table}");

    let csv = String::from_utf8(env.ok(&["user", "list", "--format", "csv"]).stdout).unwrap();
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let at = header
        .iter()
        .position(|h| *h == "locked_until")
        .expect("a locked_until column");
    let ada_row = csv.lines().find(|l| l.contains("ada@example.com")).unwrap();
    assert!(!ada_row.split(',').nth(at).unwrap().is_empty(), "{csv}");

    let locked = env.json(&["user", "list", "--locked"]);
    let emails: Vec<&str> = locked
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, ["ada@example.com"]);

    // An export keeps the lock through an import.
    let exported = env.path().join("users.csv");
    env.ok(&["user", "export", "--output", exported.to_str().unwrap()]);
    let other = TestEnv::new();
    other.ok(&["user", "import", exported.to_str().unwrap(), "--yes"]);
    let emails: Vec<String> = other
        .json(&["user", "list", "--locked"])
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(emails, ["ada@example.com"]);

    // A bulk verb takes --locked.
    let rows = env.json(&["user", "unlock", "--locked", "--yes"]);
    assert_eq!(rows.as_array().unwrap().len(), 1, "{rows}");
    assert_eq!(rows[0]["email"], "ada@example.com");
    assert_eq!(rows[0]["outcome"], "changed");
    assert_eq!(
        env.json(&["user", "list", "--locked"]),
        serde_json::json!([])
    );
    assert_eq!(
        env.json(&["user", "show", "ada@example.com"])["failed_logins"],
        0
    );
}

/// A lock that is over reads as none, its count as 0, and the count starts
/// again: one more failure does not lock at once.
#[test]
fn a_lock_that_is_over_counts_afresh() {
    let env = TestEnv::new();
    env.config("[lockout]\nattempts = 2\nduration = \"2s\"\n");
    active_with_password(&env, "ada@example.com", GOOD);
    for _ in 0..2 {
        assert_eq!(verify(&env, "ada@example.com", "not the right one").0, 7);
    }
    assert_eq!(
        env.json(&["user", "list", "--locked"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    std::thread::sleep(std::time::Duration::from_millis(2600));
    let ada = env.json(&["user", "show", "ada@example.com"]);
    assert_eq!(
        (&ada["failed_logins"], &ada["locked_until"]),
        (&0.into(), &serde_json::Value::Null),
        "{ada}"
    );
    assert_eq!(
        env.json(&["user", "list", "--locked"]),
        serde_json::json!([])
    );
    let (code, _, stderr) = verify(&env, "ada@example.com", "not the right one");
    assert_eq!(code, 7);
    assert!(
        !stderr.contains("locked"),
        "one failure after the lock does not lock again: {stderr}"
    );
    assert_eq!(
        env.json(&["user", "show", "ada@example.com"])["failed_logins"],
        1
    );
    assert_eq!(verify(&env, "ada@example.com", GOOD).0, 0);
}

/// The lockout is reached through `auth login` as well as `auth verify`, and
/// lifts by itself when `lockout.duration` has passed.
#[test]
fn a_lockout_by_login_lifts_by_itself() {
    let env = TestEnv::new();
    env.config("[lockout]\nattempts = 3\nduration = \"2s\"\n");
    active_with_password(&env, "ada@example.com", GOOD);
    for _ in 0..3 {
        let (code, stdout, _) = with_stdin(
            &env,
            &["auth", "login", "ada@example.com", "--password-stdin"],
            "not the right one\n",
        );
        assert_eq!(code, 7);
        assert!(stdout.is_empty(), "no session for a wrong password");
    }
    let (code, stdout, stderr) = with_stdin(
        &env,
        &["auth", "login", "ada@example.com", "--password-stdin"],
        &format!("{GOOD}\n"),
    );
    assert_eq!(code, 7, "{stderr}");
    assert!(
        stdout.is_empty() && stderr.contains("locked out"),
        "{stderr}"
    );
    std::thread::sleep(std::time::Duration::from_millis(2600));
    login(&env, "ada@example.com");
}

/// A reset by link ends the user's sessions when it is issued, and completing
/// it ends any session opened in between.
#[test]
fn reset_links_end_sessions_when_issued_and_when_used() {
    let env = TestEnv::new();
    active_with_password(&env, "ada@example.com", GOOD);
    let before = login(&env, "ada@example.com");
    env.ok(&["user", "reset-password", "ada@example.com", "--link"]);
    assert_eq!(session_code(&env, &before), 4, "issuing the link ends it");
    let between = login(&env, "ada@example.com");
    assert_eq!(session_code(&env, &between), 0);
    let reset = token_in(
        &env.emails()
            .into_iter()
            .find(|m| m.contains("Subject: Reset your password"))
            .unwrap(),
    );
    let (code, _, stderr) = complete_reset(&env, &reset, OTHER);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(session_code(&env, &between), 4, "completing it ends it");
}

/// `reset-password` needs an active or blocked user; on any other status it
/// is an invalid transition that names the status, and changes nothing.
#[test]
fn reset_password_refuses_users_who_cannot_sign_in() {
    let env = TestEnv::new();
    for status in [
        "invited",
        "invitation_expired",
        "invitation_revoked",
        "archived",
    ] {
        let email = format!("{}@example.com", status.replace('_', "-"));
        let id = crate::common::user_in(&env, status, &email);
        for how in ["--generate-password", "--link"] {
            let (code, stdout, stderr) = env.run(&["--json", "user", "reset-password", &id, how]);
            assert_eq!(code, 5, "{status} {how}: {stderr}");
            let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
            assert_eq!(rows[0]["outcome"], "invalid_transition");
            assert!(
                rows[0]["error"].as_str().unwrap().contains(status),
                "{rows}"
            );
        }
        assert_eq!(env.status(&id), status);
        let hash: Option<String> = env
            .sql()
            .query_row("SELECT password_hash FROM users WHERE id = ?", [&id], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(hash, None, "{status}: no password was set");
    }
}

fn change_password(env: &TestEnv, user: &str, current: &str, new: &str) -> (i32, String, String) {
    with_stdin(
        env,
        &["auth", "change-password", user, "--password-stdin"],
        &format!("{current}\n{new}\n"),
    )
}

/// The call a product's "change your password" page makes (issue 8): the
/// current password checked like a sign-in, the policy applied, sessions
/// ended, must_change_password cleared, the user told by email.
#[test]
fn a_user_changes_their_own_password() {
    let env = TestEnv::new();
    env.config("[lockout]\nattempts = 3\n");
    active_with_password(&env, "ada@example.com", GOOD);
    // An administrator's reset asks for a change at the next sign-in.
    with_stdin(
        &env,
        &[
            "user",
            "reset-password",
            "ada@example.com",
            "--password-stdin",
        ],
        &format!("{GOOD}\n"),
    );
    assert_eq!(
        env.json(&["user", "show", "ada@example.com"])["must_change_password"],
        true
    );
    let token = login(&env, "ada@example.com");
    let mails_before = env.emails().len();

    // A new password the policy refuses changes nothing and is not an attempt.
    let (code, _, stderr) = change_password(&env, "ada@example.com", GOOD, "password1234");
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("invalid password"), "{stderr}");
    assert_eq!(verify(&env, "ada@example.com", GOOD).0, 0);

    // A wrong current password is denied and counts towards the lockout.
    let (code, _, stderr) = change_password(&env, "ada@example.com", "wrong wrong wrong!", OTHER);
    assert_eq!(code, 7, "{stderr}");
    assert!(stderr.contains("wrong password"), "{stderr}");
    assert_eq!(
        env.json(&["user", "show", "ada@example.com"])["failed_logins"],
        1
    );

    let (code, stdout, stderr) = change_password(&env, "ada@example.com", GOOD, OTHER);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("ada@example.com"), "{stdout}");
    assert_eq!(verify(&env, "ada@example.com", OTHER).0, 0);
    assert_eq!(verify(&env, "ada@example.com", GOOD).0, 7);
    let user = env.json(&["user", "show", "ada@example.com"]);
    assert_eq!(user["must_change_password"], false);
    assert_eq!(session_code(&env, &token), 4, "every session ended");
    let mails = env.emails();
    assert_eq!(mails.len(), mails_before + 1);
    assert!(
        mails.last().unwrap().contains("password"),
        "a password-changed email"
    );
    let history = env.json(&["user", "history", "ada@example.com"]);
    let actions: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"change-password"), "{actions:?}");
    assert!(!history.to_string().contains(OTHER), "no secret in the log");

    // Three wrong current passwords lock the account, like sign-ins do.
    for _ in 0..3 {
        change_password(&env, "ada@example.com", "wrong wrong wrong!", GOOD);
    }
    let (code, _, stderr) = change_password(&env, "ada@example.com", OTHER, GOOD);
    assert_eq!(code, 7, "{stderr}");
    assert!(stderr.contains("locked out"), "{stderr}");
}

/// Issue 17: the audit row of `reset-password --link` said `sessions: 0 → 0`
/// for a user with no session. A no-op is not recorded; sessions that ended
/// are.
#[test]
fn a_reset_link_records_sessions_only_when_some_ended() {
    let env = TestEnv::new();
    active_with_password(&env, "ada@example.com", GOOD);
    let changes_of_last_reset = |env: &TestEnv| {
        let rows = env.json(&[
            "audit",
            "list",
            "--user",
            "ada@example.com",
            "--action",
            "reset-link",
        ]);
        rows.as_array().unwrap().last().unwrap()["changes"].clone()
    };
    env.ok(&[
        "--yes",
        "user",
        "reset-password",
        "ada@example.com",
        "--link",
    ]);
    assert_eq!(changes_of_last_reset(&env), serde_json::json!([]));
    login(&env, "ada@example.com");
    login(&env, "ada@example.com");
    env.ok(&[
        "--yes",
        "user",
        "reset-password",
        "ada@example.com",
        "--link",
    ]);
    assert_eq!(
        changes_of_last_reset(&env),
        serde_json::json!([{"field": "sessions", "old": 2, "new": 0}])
    );
}
