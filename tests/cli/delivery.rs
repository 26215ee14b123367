//! How delivery behaves when mail is slow, busy, international or wanted
//! back: a deadline per command, claims another roster holds, punycode and
//! SMTPUTF8, credentials in the clear, links read back from the outbox.

use std::net::TcpListener;
use std::time::{Duration, Instant};

use crate::auth::{GOOD, accept_invite};
use crate::common::TestEnv;
use crate::common::python::{SmtpSink, free_port};

/// A server that accepts connections and never says a word.
fn silent_server() -> (u16, std::thread::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        let mut held = Vec::new();
        listener.set_nonblocking(true).unwrap();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(30) {
            match listener.accept() {
                Ok((stream, _)) => held.push(stream),
                Err(_) => std::thread::sleep(Duration::from_millis(20)),
            }
        }
    });
    (port, handle)
}

fn queued(env: &TestEnv) -> Vec<serde_json::Value> {
    env.json(&["mail", "list", "--queued"])
        .as_array()
        .unwrap()
        .clone()
}

/// Three invitations to a server that never answers cost one deadline, not
/// three timeouts; what was not tried stays queued.
#[test]
fn a_server_that_never_answers_costs_one_deadline() {
    let env = TestEnv::new();
    for email in ["a@example.com", "b@example.com", "c@example.com"] {
        env.create(email, &["--no-email"]);
    }
    let (port, _server) = silent_server();
    let transport = format!("smtp://127.0.0.1:{port}?tls=none");
    let started = Instant::now();
    let (code, _, stderr) = env.run_with_env(
        &[
            "user",
            "invite",
            "a@example.com",
            "b@example.com",
            "c@example.com",
            "--yes",
        ],
        &[
            ("ROSTER_MAIL_TRANSPORT", transport.as_str()),
            ("ROSTER_MAIL_DEADLINE", "2s"),
        ],
    );
    let took = started.elapsed();
    assert_eq!(code, 0, "the invitations were issued: {stderr}");
    assert!(took < Duration::from_secs(8), "took {took:?}: {stderr}");
    assert!(
        stderr.contains("not tried before the delivery deadline"),
        "{stderr}"
    );
    let waiting = queued(&env);
    assert_eq!(waiting.len(), 3, "{waiting:?}");
    let attempts: Vec<i64> = waiting
        .iter()
        .map(|m| m["attempts"].as_i64().unwrap())
        .collect();
    assert_eq!(
        attempts,
        [1, 0, 0],
        "one tried and timed out, two never tried"
    );
}

/// `mail flush` while another roster holds a message's claim says so, with
/// the time the claim ends, instead of "0 sent, 0 still queued".
#[test]
fn a_flush_counts_messages_another_roster_is_delivering() {
    let env = TestEnv::new();
    env.create_with_mail_queued("ada@example.com");
    env.sql()
        .execute(
            "UPDATE outbox SET claimed_until = '2099-01-01T00:00:00Z' WHERE status = 'queued'",
            [],
        )
        .unwrap();
    let (code, stdout, stderr) = env.run(&["mail", "flush"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("claimed"), "{stdout}");
    assert!(
        stderr.contains("0 sent, 0 still queued, 1 being delivered by another roster")
            && stderr.contains("2099-01-01T00:00:00Z"),
        "{stderr}"
    );
}

/// A domain that is not ASCII is sent as punycode; a part before @ that is
/// not ASCII needs SMTPUTF8, and without it the message fails for good with
/// that reason, once, instead of failing every flush.
#[test]
fn international_addresses_go_as_punycode_or_fail_for_good_without_smtputf8() {
    let env = TestEnv::new();
    let sink = SmtpSink::start(free_port(), &env.path().join("smtp"));
    let transport = sink.transport();
    let vars = [("ROSTER_MAIL_TRANSPORT", transport.as_str())];
    let (code, _, stderr) = env.run_with_env(&["user", "create", "ida@bücher.de"], &vars);
    assert_eq!(code, 0, "{stderr}");
    sink.wait_for(1);
    assert_eq!(sink.recipients(), [["ida@xn--bcher-kva.de"]]);

    let (code, _, stderr) = env.run_with_env(&["user", "create", "jörg@example.com"], &vars);
    assert_eq!(code, 0, "the user is created all the same: {stderr}");
    assert!(stderr.contains("SMTPUTF8"), "{stderr}");
    let mail = env.json(&["mail", "list"]);
    let jorg = mail
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["to"] == "jörg@example.com")
        .unwrap()
        .clone();
    assert_eq!(jorg["status"], "failed", "{jorg}");
    assert!(jorg["last_error"].as_str().unwrap().contains("SMTPUTF8"));
    let (code, _, stderr) = env.run_with_env(&["mail", "flush"], &vars);
    assert_eq!(code, 0, "no retry loop: {stderr}");
    assert!(stderr.contains("nothing queued"), "{stderr}");

    // A server that speaks SMTPUTF8 takes it, when asked to retry.
    drop(sink);
    let sink = SmtpSink::start_with(free_port(), &env.path().join("smtp8"), &["--smtputf8"]);
    let transport = sink.transport();
    let id = jorg["id"].to_string();
    let (code, _, stderr) = env.run_with_env(
        &["mail", "retry", &id],
        &[("ROSTER_MAIL_TRANSPORT", transport.as_str())],
    );
    assert_eq!(code, 0, "{stderr}");
    sink.wait_for(1);
    assert_eq!(sink.recipients(), [["jörg@example.com"]]);
}

#[test]
fn credentials_never_go_in_the_clear_beyond_this_machine() {
    let env = TestEnv::new();
    env.ok(&["db", "migrate"]);
    let creds = [
        ("ROSTER_SMTP_USER", "mailer"),
        ("ROSTER_SMTP_PASSWORD", "s3cret-pass"),
    ];
    let mut vars = vec![(
        "ROSTER_MAIL_TRANSPORT",
        "smtp://mail.example.com:25?tls=none",
    )];
    vars.extend(creds);
    let (code, _, stderr) = env.run_with_env(&["user", "list"], &vars);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("in the clear"), "{stderr}");
    assert!(!stderr.contains("s3cret-pass"));
    for local in [
        "smtp://127.0.0.1:25?tls=none",
        "smtp://localhost:25?tls=none",
        "smtp://[::1]:25?tls=none",
    ] {
        let mut vars = vec![("ROSTER_MAIL_TRANSPORT", local)];
        vars.extend(creds);
        let (code, _, stderr) = env.run_with_env(&["user", "list"], &vars);
        assert_eq!(code, 0, "{local}: {stderr}");
    }
}

/// After `user create`, roster says where the invitation went, and `mail
/// show ID --links` gives a script the link as delivered, decoded.
#[test]
fn the_outbox_says_where_mail_went_and_gives_its_links_back() {
    let env = TestEnv::new();
    let (code, _, stderr) = env.run(&["user", "create", "ada@example.com"]);
    assert_eq!(code, 0);
    let eml = std::fs::read_dir(env.outbox())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert!(
        stderr.contains(&format!("invitation written to {}", eml.display())),
        "{stderr}"
    );
    let mail = env.json(&["mail", "list"]);
    let id = mail[0]["id"].to_string();
    assert_eq!(mail[0]["delivered_to"], eml.display().to_string());
    let (code, stdout, stderr) = env.run(&["mail", "show", &id, "--links"]);
    assert_eq!(code, 0, "{stderr}");
    let link = stdout.trim();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    let token = link
        .strip_prefix("http://localhost:8080/accept-invite?token=")
        .unwrap_or_else(|| panic!("{link}"));
    let (code, _, stderr) = accept_invite(&env, token, GOOD);
    assert_eq!(code, 0, "the link works: {stderr}");

    // A message still queued has no link yet.
    env.create_with_mail_queued("bob@example.com");
    let waiting = queued(&env);
    let (code, _, stderr) = env.run(&["mail", "show", &waiting[0]["id"].to_string(), "--links"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("issued only when it is sent"), "{stderr}");
}

/// An absent value in CSV is an empty cell, not a formula-escaped `'-`.
#[test]
fn absent_values_in_csv_are_empty_cells() {
    let env = TestEnv::new();
    env.create("ada@example.com", &[]);
    let out = env.ok(&["--format", "csv", "mail", "list"]);
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("id,created,to,template,status,attempts,error")
    );
    let row = lines.next().unwrap();
    assert!(row.ends_with(",sent,1,"), "{row}");
    assert!(!csv.contains("'-"), "{csv}");
}

/// `file:` outboxes that cannot hold mail: a directory other accounts can
/// read, and a path that is a plain file.
fn unusable_outboxes(env: &TestEnv) -> [std::path::PathBuf; 2] {
    use std::os::unix::fs::PermissionsExt as _;
    let open_dir = env.path().join("open-outbox");
    std::fs::create_dir(&open_dir).unwrap();
    std::fs::set_permissions(&open_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let file = env.path().join("outbox-file");
    std::fs::write(&file, "").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    [open_dir, file]
}

/// An outbox directory that cannot be used delivers nothing: a warning and
/// exit 0 with the mail left queued, and exit 8 with --require-delivery,
/// naming the directory and why.
#[test]
fn require_delivery_counts_an_unusable_outbox_as_undelivered() {
    for which in 0..2 {
        let env = TestEnv::new();
        let outbox = unusable_outboxes(&env)[which].clone();
        let transport = format!("file:{}", outbox.display());
        let vars = [("ROSTER_MAIL_TRANSPORT", transport.as_str())];
        let shown = outbox.display().to_string();

        let (code, _, stderr) = env.run_with_env(&["user", "create", "ada@example.com"], &vars);
        assert_eq!(code, 0, "{shown}: a warning only: {stderr}");
        assert!(
            stderr.contains("warning:") && stderr.contains(&shown),
            "{shown}: {stderr}"
        );

        let (code, _, stderr) = env.run_with_env(
            &["--require-delivery", "user", "create", "bob@example.com"],
            &vars,
        );
        assert_eq!(code, 8, "{shown}: nothing was delivered: {stderr}");
        assert!(
            stderr.contains("--require-delivery") && stderr.contains(&shown),
            "{shown}: the error names the outbox: {stderr}"
        );
        assert_eq!(env.status("bob@example.com"), "invited", "{shown}");

        let queued = queued(&env);
        assert_eq!(queued.len(), 2, "{shown}: both stay queued: {queued:?}");
        assert!(
            queued
                .iter()
                .all(|m| m["last_error"].as_str().unwrap().contains(&shown)),
            "{shown}: {queued:?}"
        );
        assert!(
            env.emails().is_empty(),
            "{shown}: nothing in the default outbox"
        );
    }
}

/// The refusal of an outbox speaks of the mail outbox directory, not the
/// store, and suggests what fits: chmod 700 for a directory others can read;
/// for a plain file, that it must be a directory.
#[test]
fn an_unusable_outbox_is_named_with_a_fix_that_fits() {
    let env = TestEnv::new();
    let [open_dir, file] = unusable_outboxes(&env);
    let refusal = |outbox: &std::path::Path| {
        let transport = format!("file:{}", outbox.display());
        let (code, _, stderr) = env.run_with_env(
            &["--require-delivery", "user", "create", "ada@example.com"],
            &[("ROSTER_MAIL_TRANSPORT", transport.as_str())],
        );
        env.ok(&["user", "delete", "ada@example.com", "--yes"]);
        assert_ne!(code, 0, "{stderr}");
        assert!(
            stderr.contains(&format!("mail outbox directory {}", outbox.display())),
            "{stderr}"
        );
        assert!(!stderr.contains("the store cannot be used"), "{stderr}");
        stderr
    };

    let stderr = refusal(&open_dir);
    assert!(
        stderr.contains("mode 0755") && stderr.contains("chmod 700"),
        "{stderr}"
    );

    let stderr = refusal(&file);
    assert!(stderr.contains("must be a directory"), "{stderr}");
    assert!(!stderr.contains("chmod"), "{stderr}");
}

/// Issue 17: roster said which template a message came from
/// (`password_changed written to …`); it says what was sent, in words.
#[test]
fn where_mail_went_is_said_in_words_not_template_names() {
    let env = TestEnv::new();
    env.ok(&["user", "create", "--no-invite", "ada@example.com"]);
    let said = |args: &[&str]| {
        let (code, _, stderr) = env.run(args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        stderr
    };
    let stderr = said(&[
        "--yes",
        "user",
        "reset-password",
        "ada@example.com",
        "--link",
    ]);
    assert!(
        stderr.contains("password-reset link written to "),
        "{stderr}"
    );
    let stderr = said(&[
        "--yes",
        "user",
        "email",
        "ada@example.com",
        "--template",
        "registration",
    ]);
    assert!(
        stderr.contains("registration message written to "),
        "{stderr}"
    );
    let out = env
        .cmd()
        .args([
            "--yes",
            "user",
            "reset-password",
            "ada@example.com",
            "--password-stdin",
        ])
        .write_stdin(format!("{GOOD}\n"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("password-changed notice written to "),
        "{stderr}"
    );
    for name in ["password_changed", "reset written", "registration written"] {
        assert!(!stderr.contains(name), "{stderr}");
    }
}
