//! Secrets where another local account, a log collector or a thief of the
//! store file could see them (SPEC §6, issue 9 "Proof that stays"): the
//! command line and environment of a running roster and of the MTA it starts,
//! `--verbose` output, the audit log, the store file and its write-ahead log;
//! and the lockout under concurrent wrong guesses.
//!
//! `tests/cli/auth.rs` (`no_secret_reaches_output_logs_audit_or_exports`)
//! already covers passwords and tokens in the output of the sign-in commands;
//! the flow here adds accepting an invitation, completing a reset, ending a
//! session, a generated password, a wrong guess and the SMTP password, with
//! verbose output from `ROSTER_LOG` as well as `--verbose`, and the store's
//! write-ahead log read while it is live.

use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::auth::{GOOD, OTHER, active_with_password, verify, with_stdin};
use crate::common::TestEnv;
use crate::common::process::{Reaped, drain};
use crate::common::python::{SmtpSink, free_port};
use crate::users::token_in;

const SMTP_SECRET: &str = "smtp-pass-Kq8Zr2vW9x";
const WRONG: &str = "a wrong guess nobody may see";

fn contains(hay: &[u8], needle: &str) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// What any process of the same account can read about a running roster.
fn proc_view(pid: u32) -> Option<(Vec<u8>, Vec<u8>)> {
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
    let environ = std::fs::read(format!("/proc/{pid}/environ")).ok()?;
    Some((cmdline, environ))
}

/// Runs roster with `lines` written to its stdin one at a time, a pause before
/// each, while reading its `/proc/PID/cmdline` and `/proc/PID/environ` over
/// and over until it exits. Asserts no secret is ever in either (the SMTP
/// password is in the environment by design, and must be seen there: proof
/// that the environment really was read). Returns (exit code, stdout, stderr).
fn watched(
    env: &TestEnv,
    args: &[&str],
    lines: &[&str],
    secrets: &[&str],
) -> (i32, String, String) {
    let roster = assert_cmd::cargo::cargo_bin("roster");
    let mut child = Reaped(
        env.std_cmd()
            .args(args)
            .env("ROSTER_SMTP_USER", "mailer")
            .env("ROSTER_SMTP_PASSWORD", SMTP_SECRET)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let pid = child.0.id();
    let output = drain(&mut child.0);
    let mut stdin = child.0.stdin.take();
    let mut views = 0;
    let mut smtp_seen = false;
    let mut look = |views: &mut usize| {
        if let Some((cmdline, environ)) = proc_view(pid) {
            if cmdline.is_empty() {
                return; // exited, not yet reaped
            }
            for secret in secrets {
                assert!(
                    !contains(&cmdline, secret),
                    "{args:?}: a secret is on the command line: {}",
                    String::from_utf8_lossy(&cmdline)
                );
                assert!(
                    !contains(&environ, secret),
                    "{args:?}: a secret is in the environment"
                );
            }
            smtp_seen |= contains(&environ, SMTP_SECRET);
            *views += 1;
        }
    };
    // Until exec: the child shows the test binary's command line before that.
    let started = Instant::now();
    loop {
        if let Some((cmdline, _)) = proc_view(pid)
            && cmdline.starts_with(roster.as_os_str().as_encoded_bytes())
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{args:?}: roster did not start"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    for line in lines {
        // roster is waiting on stdin now: look at it for a while.
        let pause = Instant::now();
        while pause.elapsed() < Duration::from_millis(150) {
            look(&mut views);
            std::thread::sleep(Duration::from_millis(10));
        }
        if let Some(pipe) = stdin.as_mut() {
            let _ = writeln!(pipe, "{line}");
        }
    }
    drop(stdin);
    // And while it works on what it read, until it exits.
    let started = Instant::now();
    let status = loop {
        look(&mut views);
        if let Some(status) = child.0.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{args:?}: did not exit"
        );
        std::thread::sleep(Duration::from_millis(1));
    };
    let (stdout, stderr) = output.join().unwrap();
    assert!(views > 0, "{args:?}: /proc was never read while roster ran");
    assert!(
        smtp_seen,
        "{args:?}: the environment read from /proc lacks a variable it was given"
    );
    let stderr = String::from_utf8_lossy(&stderr);
    for secret in secrets {
        assert!(!stderr.contains(secret), "{args:?}: a secret on stderr");
    }
    eprintln!(
        "{args:?}: {views} looks at /proc while it ran, exit {:?}",
        status.code()
    );
    (
        status.code().unwrap(),
        String::from_utf8_lossy(&stdout).into_owned(),
        stderr.into_owned(),
    )
}

/// While roster runs — waiting for a password or token on stdin, then hashing
/// and writing — its command line and environment (as another process of the
/// same account sees them in /proc) never hold a user password, an invitation
/// token, a reset token or a session token.
#[test]
fn no_secret_in_argv_or_environment_while_roster_runs() {
    let env = TestEnv::new();
    let (code, _, stderr) = watched(
        &env,
        &[
            "user",
            "create",
            "ada@example.com",
            "--password-stdin",
            "--no-must-change",
        ],
        &[GOOD],
        &[GOOD],
    );
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = watched(
        &env,
        &["auth", "verify", "ada@example.com", "--password-stdin"],
        &[GOOD],
        &[GOOD],
    );
    assert_eq!(code, 0, "the right password, given after a pause: {stderr}");

    env.create("bob@example.com", &[]);
    let invite = token_in(env.emails().last().unwrap());
    let (code, _, stderr) = watched(
        &env,
        &["auth", "accept-invite", "--token-stdin", "--password-stdin"],
        &[&invite, OTHER],
        &[&invite, OTHER],
    );
    assert_eq!(code, 0, "{stderr}");

    let (code, session, stderr) = watched(
        &env,
        &["auth", "login", "bob@example.com", "--password-stdin"],
        &[OTHER],
        &[OTHER],
    );
    assert_eq!(code, 0, "{stderr}");
    let session = session.trim().to_string();
    for verb in ["check", "revoke"] {
        let (code, _, stderr) = watched(
            &env,
            &["auth", "session", verb, "--token-stdin"],
            &[&session],
            &[&session],
        );
        assert_eq!(code, 0, "session {verb}: {stderr}");
    }

    env.ok(&["user", "reset-password", "bob@example.com", "--link"]);
    let reset = token_in(
        env.emails()
            .iter()
            .rfind(|m| m.contains("Subject: Reset your password"))
            .unwrap(),
    );
    let (code, _, stderr) = watched(
        &env,
        &[
            "auth",
            "complete-reset",
            "--token-stdin",
            "--password-stdin",
        ],
        &[&reset, GOOD],
        &[&reset, GOOD],
    );
    assert_eq!(code, 0, "{stderr}");
}

/// The `sendmail` transport starts the local MTA: the message (with its
/// link) goes to it on stdin, never in its arguments or environment.
#[test]
fn the_mta_roster_starts_gets_no_secret_in_argv_or_environment() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let spool = env.path().join("spool");
    std::fs::create_dir_all(&spool).unwrap();
    let script = env.path().join("fake-sendmail");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$0\" \"$@\" >> {0}/args\nenv >> {0}/env\ncat > {0}/mail-$$.eml\n",
            spool.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let transport = format!("sendmail:{}", script.display());
    let vars = [("ROSTER_MAIL_TRANSPORT", transport.as_str())];
    let (code, _, stderr) = env.run_with_env(&["user", "create", "ada@example.com"], &vars);
    assert_eq!(code, 0, "{stderr}");
    active_with_password(&env, "bob@example.com", GOOD);
    let (code, _, stderr) = env.run_with_env(
        &["user", "reset-password", "bob@example.com", "--link"],
        &vars,
    );
    assert_eq!(code, 0, "{stderr}");
    let mails: Vec<String> = std::fs::read_dir(&spool)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert_eq!(mails.len(), 2, "an invitation and a reset link");
    let tokens: Vec<String> = mails.iter().map(|m| token_in(m)).collect();
    let args = std::fs::read_to_string(spool.join("args")).unwrap();
    let environ = std::fs::read_to_string(spool.join("env")).unwrap();
    assert!(args.contains("ada@example.com"), "{args}");
    for token in &tokens {
        assert!(!args.contains(token.as_str()), "a token in the MTA's argv");
        assert!(
            !environ.contains(token.as_str()),
            "a token in the MTA's env"
        );
    }
    assert!(!args.contains(GOOD) && !environ.contains(GOOD));
}

/// Every token flow, with diagnostics on (`ROSTER_LOG=1`, and `--verbose` on
/// every other command) and mail going through a real SMTP server that wants
/// a password: no user password (right or wrong), generated password,
/// invitation, reset or session token, or SMTP password appears in any
/// output (except the one place a token or generated password is handed
/// over), in the audit log in any format, or in the raw bytes of the store
/// and of its live write-ahead log (on PostgreSQL: in any value of any row
/// of any table of the database).
#[test]
fn no_token_flow_leaks_into_verbose_output_the_audit_log_or_the_store() {
    let env = TestEnv::new();
    let sink = SmtpSink::start_with(
        free_port(),
        &env.path().join("smtp"),
        &["--auth", &format!("mailer:{SMTP_SECRET}")],
    );
    let transport = sink.transport();
    let mut seen = String::new();
    let mut turn = 0;
    // Runs roster; returns (code, stdout). `hands_over` marks the one command
    // whose stdout is meant to carry a secret: its stdout is not searched.
    let mut run = |args: &[&str], input: &str, hands_over: bool| {
        turn += 1;
        let mut cmd = assert_cmd::Command::from_std(env.std_cmd_with(&[
            ("ROSTER_LOG", "1"),
            ("ROSTER_MAIL_TRANSPORT", &transport),
            ("ROSTER_SMTP_USER", "mailer"),
            ("ROSTER_SMTP_PASSWORD", SMTP_SECRET),
        ]));
        if turn % 2 == 0 {
            cmd.arg("--verbose");
        }
        let out = cmd.args(args).write_stdin(input).output().unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.contains("roster: "),
            "{args:?}: diagnostics are on: {stderr}"
        );
        if !hands_over {
            seen.push_str(&stdout);
        }
        seen.push_str(&stderr);
        (out.status.code().unwrap(), stdout)
    };

    let (code, _) = run(&["user", "create", "bob@example.com"], "", false);
    assert_eq!(code, 0);
    // Held open (and used, so it holds the write-ahead log's index) so that
    // the log stays as the commands leave it instead of being folded in.
    let holder = env.sql();
    holder
        .query_row("SELECT count(*) FROM users", [], |r| r.get::<_, i64>(0))
        .unwrap();
    let invite = token_in(&sink.wait_for(1)[0]);
    let (code, _) = run(
        &["auth", "accept-invite", "--token-stdin", "--password-stdin"],
        &format!("{invite}\n{GOOD}\n"),
        false,
    );
    assert_eq!(code, 0);
    let (code, _) = run(
        &["auth", "verify", "bob@example.com", "--password-stdin"],
        &format!("{WRONG}\n"),
        false,
    );
    assert_eq!(code, 7);
    let (code, session) = run(
        &["auth", "login", "bob@example.com", "--password-stdin"],
        &format!("{GOOD}\n"),
        true,
    );
    assert_eq!(code, 0);
    let session = session.trim().to_string();
    for verb in ["check", "revoke"] {
        let (code, _) = run(
            &["auth", "session", verb, "--token-stdin"],
            &format!("{session}\n"),
            false,
        );
        assert_eq!(code, 0, "session {verb}");
    }
    let (code, _) = run(
        &["user", "reset-password", "bob@example.com", "--link"],
        "",
        false,
    );
    assert_eq!(code, 0);
    let mails = sink.wait_for(2);
    let reset = token_in(
        mails
            .iter()
            .find(|m| m.contains("Subject: Reset your password"))
            .expect("a reset email"),
    );
    let (code, _) = run(
        &[
            "auth",
            "complete-reset",
            "--token-stdin",
            "--password-stdin",
        ],
        &format!("{reset}\n{OTHER}\n"),
        false,
    );
    assert_eq!(code, 0);
    let (code, created) = run(
        &[
            "--json",
            "user",
            "create",
            "carol@example.com",
            "--generate-password",
        ],
        "",
        true,
    );
    assert_eq!(code, 0);
    let generated = serde_json::from_str::<serde_json::Value>(&created).unwrap()["password"]
        .as_str()
        .unwrap()
        .to_string();
    let views: [&[&str]; 16] = [
        &["mail", "list"],
        &["--json", "mail", "list"],
        &["mail", "show", "1"],
        &["mail", "show", "2"],
        &["mail", "flush"],
        &["user", "history", "bob@example.com"],
        &["--json", "user", "show", "bob@example.com"],
        &["--format", "csv", "user", "list"],
        &["audit", "list"],
        &["--json", "audit", "list"],
        &["--format", "jsonl", "audit", "list"],
        &["--format", "csv", "audit", "list"],
        &["audit", "verify"],
        &["config", "show"],
        &["--json", "config", "show"],
        &["db", "stats"],
    ];
    for args in views {
        let (code, _) = run(args, "", false);
        assert_eq!(code, 0, "{args:?}");
    }

    let hash: String = holder
        .query_row(
            "SELECT password_hash FROM users WHERE email = 'bob@example.com'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let secrets = [
        ("the password", GOOD),
        ("the reset password", OTHER),
        ("a wrong guess", WRONG),
        ("the generated password", generated.as_str()),
        ("the invitation token", invite.as_str()),
        ("the reset token", reset.as_str()),
        ("the session token", session.as_str()),
        ("the SMTP password", SMTP_SECRET),
    ];
    for (what, secret) in secrets
        .iter()
        .chain([&("the password hash", hash.as_str())])
    {
        assert!(!seen.contains(secret), "{what} is in roster's output");
    }

    let audit: String = holder
        .query_row(
            "SELECT group_concat(seq || actor || action || coalesce(user_id, '') ||
                 coalesce(changes, '') || coalesce(reason, '') || hash, ' ') FROM audit",
            [],
            |r| r.get(0),
        )
        .unwrap();
    for (what, secret) in secrets
        .iter()
        .chain([&("the password hash", hash.as_str())])
    {
        assert!(!audit.contains(secret), "{what} is in the audit table");
    }

    if env.pg.is_none() {
        let wal_path = env.db().with_extension("db-wal");
        let wal = std::fs::read(&wal_path).unwrap_or_default();
        assert!(
            !wal.is_empty(),
            "the write-ahead log is live while a connection is open"
        );
        assert!(
            contains(&wal, "carol@example.com"),
            "the write-ahead log holds the latest rows in the clear: it was worth searching"
        );
        let file = std::fs::read(env.db()).unwrap();
        for (what, secret) in secrets {
            assert!(!contains(&file, secret), "{what} is in the store file");
            assert!(!contains(&wal, secret), "{what} is in the write-ahead log");
        }
    }
    // On either backend, all the store holds (on PostgreSQL every value of
    // every row of every table, as text).
    let stored = env.stored_bytes();
    assert!(
        contains(&stored, "carol@example.com"),
        "the store's latest rows are in what was searched"
    );
    for (what, secret) in secrets {
        assert!(!contains(&stored, secret), "{what} is in the store");
    }
    drop(holder);
}

/// With `lockout.attempts = 5`, 12 concurrent wrong guesses: at most 5 are
/// checked against the hash (5 `login-failed` audit rows, one `lock`); the
/// rest are refused as locked out before any check. Then the right password
/// is refused too (exit 7, locked) until `user unlock`.
#[test]
fn concurrent_wrong_guesses_get_no_more_than_the_configured_attempts() {
    let env = TestEnv::new();
    env.config("[lockout]\nattempts = 5\nduration = \"15m\"\n");
    active_with_password(&env, "ada@example.com", GOOD);
    let guesses: Vec<Reaped> = (0..12)
        .map(|i| {
            let mut child = env
                .std_cmd()
                .args(["auth", "verify", "ada@example.com", "--password-stdin"])
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            writeln!(child.stdin.take().unwrap(), "wrong guess number {i}").unwrap();
            Reaped(child)
        })
        .collect();
    let mut wrong = 0;
    let mut locked = 0;
    for mut guess in guesses {
        let stderr = drain(&mut guess.0);
        let status = crate::common::process::wait_within(&mut guess.0, Duration::from_secs(60))
            .expect("a guess finishes");
        let stderr = String::from_utf8(stderr.join().unwrap().1).unwrap();
        assert_eq!(status.code(), Some(7), "a wrong guess is denied: {stderr}");
        if stderr.contains("wrong password") {
            wrong += 1;
        } else {
            assert!(stderr.contains("locked out"), "{stderr}");
            locked += 1;
        }
    }
    let count = |action: &str| {
        env.json(&["audit", "list", "--action", action])
            .as_array()
            .unwrap()
            .len()
    };
    let failed = count("login-failed");
    eprintln!("12 concurrent guesses: {wrong} checked, {locked} refused as locked");
    assert!(
        failed <= 5,
        "{failed} guesses were checked against the hash; the limit is 5"
    );
    assert_eq!(failed, 5, "12 guesses reach the limit of 5");
    assert_eq!(wrong, failed, "each checked guess said `wrong password`");
    assert_eq!(count("lock"), 1, "one lock");

    let (code, _, stderr) = verify(&env, "ada@example.com", GOOD);
    assert_eq!(code, 7, "locked, even with the right password: {stderr}");
    assert!(stderr.contains("locked out"), "{stderr}");
    assert_eq!(count("login-failed"), 5, "a refused attempt is not a check");
    let (code, _, stderr) = with_stdin(&env, &["user", "unlock", "ada@example.com"], "");
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = verify(&env, "ada@example.com", GOOD);
    assert_eq!(code, 0, "unlocked: {stderr}");
    env.ok(&["audit", "verify"]);
}

/// Issue 17: the MTA roster starts inherited roster's whole environment, so
/// `ROSTER_SMTP_PASSWORD`, `PGPASSWORD` and a `ROSTER_DB` URL holding a
/// password reached the sendmail script. It gets PATH, HOME, the locale and
/// what an MTA reads, nothing else.
#[test]
fn the_mta_gets_a_clean_environment() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let dump = env.path().join("mta-env");
    let script = env.path().join("fake-sendmail");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nenv > {}\ncat > /dev/null\n", dump.display()),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let transport = format!("sendmail:{}", script.display());
    let (code, _, stderr) = env.run_with_env(
        &["user", "create", "ada@example.com"],
        &[
            ("ROSTER_MAIL_TRANSPORT", transport.as_str()),
            ("ROSTER_SMTP_PASSWORD", "smtp-secret-1"),
            ("ROSTER_SMTP_USER", "mailer"),
            ("PGPASSWORD", "pg-secret-2"),
            ("SOME_API_KEY", "other-secret-3"),
            ("LANG", "C.UTF-8"),
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let environ = std::fs::read_to_string(&dump).unwrap();
    for secret in ["smtp-secret-1", "pg-secret-2", "other-secret-3", "ROSTER_"] {
        assert!(
            !environ.contains(secret),
            "{secret} reached the MTA: {environ}"
        );
    }
    let names: Vec<&str> = environ
        .lines()
        .filter_map(|l| l.split_once('=').map(|(name, _)| name))
        .collect();
    assert!(names.contains(&"PATH"), "{environ}");
    assert!(environ.contains("LANG=C.UTF-8"), "{environ}");
    for name in &names {
        assert!(
            [
                "PATH",
                "HOME",
                "USER",
                "LOGNAME",
                "LANG",
                "LC_ALL",
                "LC_CTYPE",
                "LC_MESSAGES",
                "TZ",
                "TMPDIR",
                "MAIL_CONFIG",
                "PWD",
                "SHLVL",
                "_"
            ]
            .contains(name),
            "{name} reached the MTA: {environ}"
        );
    }
}
