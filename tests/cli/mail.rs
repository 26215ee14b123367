//! Mail through a real SMTP server (aiosmtpd on 127.0.0.1), the outbox, templates.

use crate::auth::{GOOD, accept_invite, verify};
use crate::common::TestEnv;
use crate::common::python::{SmtpSink, free_port};
use crate::users::token_in;

#[test]
fn an_invitation_travels_by_smtp_and_its_token_works_once() {
    let env = TestEnv::new();
    let sink = SmtpSink::start(free_port(), &env.path().join("smtp"));
    let transport = sink.transport();
    let vars = [("ROSTER_MAIL_TRANSPORT", transport.as_str())];
    let (code, _, stderr) = env.run_with_env(
        &["user", "create", "ada@example.com", "--first", "Ada"],
        &vars,
    );
    assert_eq!(code, 0, "{stderr}");
    let mails = sink.wait_for(1);
    assert_eq!(mails.len(), 1, "the invitation reached the SMTP server");
    let mail = &mails[0];
    assert!(mail.contains("To: ada@example.com"), "{mail}");
    assert!(
        mail.contains("multipart/alternative") && mail.contains("text/html"),
        "text and HTML parts: {mail}"
    );
    let token = token_in(mail);

    let out = env
        .cmd()
        .env("ROSTER_MAIL_TRANSPORT", &transport)
        .args(["auth", "accept-invite", "--token-stdin", "--password-stdin"])
        .write_stdin(format!("{token}\n{GOOD}\n"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(env.status("ada@example.com"), "active");
    let welcome = sink.wait_for(2);
    assert!(
        welcome[1].contains("Subject: Your account is ready"),
        "{}",
        welcome[1]
    );

    let (code, _, stderr) = accept_invite(&env, &token, GOOD);
    assert_eq!(code, 5, "the token is refused the second time: {stderr}");
    let (code, _, _) = verify(&env, "ada@example.com", GOOD);
    assert_eq!(code, 0);
}

#[test]
fn with_the_server_down_the_change_stands_and_flush_delivers_later() {
    let env = TestEnv::new();
    let port = free_port();
    let transport = format!("smtp://127.0.0.1:{port}?tls=none");
    let vars = [("ROSTER_MAIL_TRANSPORT", transport.as_str())];
    let (code, _, stderr) = env.run_with_env(&["user", "create", "ada@example.com"], &vars);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("warning:") && stderr.contains("stays queued"),
        "{stderr}"
    );
    assert_eq!(env.status("ada@example.com"), "invited");

    let (code, _, stderr) = env.run_with_env(
        &["--require-delivery", "user", "create", "bob@example.com"],
        &vars,
    );
    assert_eq!(code, 8, "--require-delivery makes it exit 8: {stderr}");
    assert_eq!(
        env.status("bob@example.com"),
        "invited",
        "and the change still stands"
    );

    let queued = env.json(&["mail", "list", "--queued"]);
    assert_eq!(queued.as_array().unwrap().len(), 2);
    assert!(
        queued[0]["last_error"]
            .as_str()
            .unwrap()
            .contains(&port.to_string()),
        "{queued}"
    );
    let (code, _, _) = env.run_with_env(&["mail", "flush"], &vars);
    assert_eq!(code, 8, "flush with the server still down");

    let sink = SmtpSink::start(port, &env.path().join("smtp"));
    let (code, _, stderr) = env.run_with_env(&["mail", "flush"], &vars);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("2 sent"), "{stderr}");
    let mails = sink.wait_for(2);
    assert_eq!(mails.len(), 2);
    assert!(
        env.json(&["mail", "list", "--queued"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    // The delivered invitation's token was never in the store; it works.
    let token = token_in(
        mails
            .iter()
            .find(|m| m.contains("ada@example.com"))
            .unwrap(),
    );
    let body: String = env
        .sql()
        .query_row("SELECT group_concat(body_text) FROM outbox", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(!body.contains(&token));
    let (code, _, _) = accept_invite(&env, &token, GOOD);
    assert_eq!(code, 0);
}

#[test]
fn mail_show_holds_no_usable_link_and_retry_sends_one() {
    let env = TestEnv::new();
    let port = free_port();
    let transport = format!("smtp://127.0.0.1:{port}?tls=none");
    let vars = [("ROSTER_MAIL_TRANSPORT", transport.as_str())];
    env.run_with_env(&["user", "create", "ada@example.com"], &vars);
    let shown = String::from_utf8(env.ok(&["mail", "show", "1"]).stdout).unwrap();
    assert!(shown.contains("token=[token issued when sent]"), "{shown}");
    let (code, _, _) = env.run(&["mail", "show", "99"]);
    assert_eq!(code, 4);
    let sink = SmtpSink::start(port, &env.path().join("smtp"));
    let (code, _, stderr) = env.run_with_env(&["mail", "retry", "1"], &vars);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(sink.wait_for(1).len(), 1);
    let (code, _, _) = env.run_with_env(&["mail", "retry", "1"], &vars);
    assert_eq!(code, 5, "already delivered");
}

#[test]
fn templates_can_be_overridden_and_onboarding_and_custom_mail_sent() {
    let env = TestEnv::new();
    let sink = SmtpSink::start(free_port(), &env.path().join("smtp"));
    let templates = env.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("invitation.subject"),
        "Welcome aboard, {{ user.first_name }}",
    )
    .unwrap();
    env.config(&format!(
        "[mail]\ntransport = \"{}\"\nbase_url = \"https://accounts.example.com\"\ntemplates = \"{}\"\nfrom = \"Back Office <office@example.com>\"\n",
        sink.transport(),
        templates.display()
    ));
    env.ok(&[
        "user",
        "create",
        "op7@example.com",
        "--first",
        "Olu",
        "--request-onboarding",
    ]);
    let mails = sink.wait_for(2);
    assert_eq!(mails.len(), 2);
    assert!(
        mails[0].contains("Subject: Welcome aboard, Olu"),
        "{}",
        mails[0]
    );
    assert!(
        mails[0].contains("From: \"Back Office\" <office@example.com>"),
        "{}",
        mails[0]
    );
    assert!(
        crate::users::unquote(&mails[0])
            .contains("https://accounts.example.com/accept-invite?token=")
    );
    assert!(
        mails[1].contains("Subject: Please complete your onboarding form"),
        "{}",
        mails[1]
    );

    let body = env.config_file("rota.txt", "Hi {{ user.first_name }}, the rota changed.\n");
    env.ok(&[
        "user",
        "email",
        "op7@example.com",
        "--subject",
        "Rota change",
        "--body-file",
        body.to_str().unwrap(),
    ]);
    let mails = sink.wait_for(3);
    assert!(
        mails[2].contains("Subject: Rota change") && mails[2].contains("Hi Olu, the rota changed."),
        "{}",
        mails[2]
    );
    env.ok(&[
        "user",
        "email",
        "op7@example.com",
        "--template",
        "onboarding",
    ]);
    assert_eq!(sink.wait_for(4).len(), 4);
    let (code, _, stderr) = env.run(&["user", "email", "op7@example.com", "--template", "nope"]);
    assert_eq!(code, 6, "{stderr}");
    let (code, _, stderr) = env.run(&[
        "user",
        "email",
        "op7@example.com",
        "--template",
        "invitation",
    ]);
    assert_eq!(code, 6, "an invitation needs its link: {stderr}");
    assert!(stderr.contains("user invite"), "{stderr}");
}

#[test]
fn smtp_settings_are_checked_and_secrets_masked() {
    let env = TestEnv::new();
    let (code, _, stderr) = env.run_with_env(&["user", "list"], &[("ROSTER_SMTP_USER", "mailer")]);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("ROSTER_SMTP_PASSWORD"), "{stderr}");
    let (code, _, stderr) = env.run_with_env(
        &["user", "list"],
        &[("ROSTER_MAIL_TRANSPORT", "smtp://user:pw@mail.example.com")],
    );
    assert_eq!(code, 6, "{stderr}");
    let (code, stdout, _) = env.run_with_env(
        &["config", "show"],
        &[
            ("ROSTER_MAIL_TRANSPORT", "smtps://mail.example.com"),
            ("ROSTER_SMTP_USER", "mailer"),
            ("ROSTER_SMTP_PASSWORD", "s3cret-smtp-pass"),
        ],
    );
    assert_eq!(code, 0);
    assert!(
        stdout.contains("smtps://mail.example.com:465") && stdout.contains("mailer"),
        "{stdout}"
    );
    assert!(!stdout.contains("s3cret-smtp-pass"), "{stdout}");
}

#[test]
fn smtp_insists_on_starttls_unless_told_otherwise() {
    let env = TestEnv::new();
    let sink = SmtpSink::start(free_port(), &env.path().join("smtp"));
    let transport = format!("smtp://127.0.0.1:{}", sink.port);
    let (code, _, stderr) = env.run_with_env(
        &["user", "create", "ada@example.com"],
        &[("ROSTER_MAIL_TRANSPORT", transport.as_str())],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("stays queued"),
        "a server without STARTTLS is refused: {stderr}"
    );
    assert!(sink.messages().is_empty(), "nothing was sent in the clear");
    let queued = env.json(&["mail", "list", "--queued"]);
    assert_eq!(queued.as_array().unwrap().len(), 1);
}

#[test]
fn the_sendmail_transport_pipes_to_the_local_mta() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let spool = env.path().join("spool.eml");
    let script = env.path().join("fake-sendmail");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"$@\" > {0}.args\ncat > {0}\n",
            spool.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let transport = format!("sendmail:{}", script.display());
    let (code, _, stderr) = env.run_with_env(
        &["user", "create", "ada@example.com"],
        &[("ROSTER_MAIL_TRANSPORT", transport.as_str())],
    );
    assert_eq!(code, 0, "{stderr}");
    let mail = std::fs::read_to_string(&spool).unwrap();
    assert!(
        mail.contains("To: ada@example.com") && mail.contains("Subject: You are invited"),
        "{mail}"
    );
    let args = std::fs::read_to_string(spool.with_extension("eml.args")).unwrap();
    assert!(args.contains("ada@example.com"), "{args}");
    assert!(
        env.json(&["mail", "list", "--queued"])
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn smtp_credentials_come_from_the_environment() {
    let env = TestEnv::new();
    let sink = SmtpSink::start_with(
        free_port(),
        &env.path().join("smtp"),
        &["--auth", "mailer:s3cret-smtp-pass"],
    );
    let transport = sink.transport();
    let wrong = [
        ("ROSTER_MAIL_TRANSPORT", transport.as_str()),
        ("ROSTER_SMTP_USER", "mailer"),
        ("ROSTER_SMTP_PASSWORD", "guess"),
    ];
    let (code, _, stderr) = env.run_with_env(&["user", "create", "ada@example.com"], &wrong);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("stays queued"),
        "wrong credentials are refused: {stderr}"
    );
    assert!(
        !stderr.contains("guess"),
        "the password is not echoed: {stderr}"
    );
    let right = [
        ("ROSTER_MAIL_TRANSPORT", transport.as_str()),
        ("ROSTER_SMTP_USER", "mailer"),
        ("ROSTER_SMTP_PASSWORD", "s3cret-smtp-pass"),
    ];
    let (code, _, stderr) = env.run_with_env(&["mail", "flush"], &right);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(sink.wait_for(1).len(), 1);
    let (code, _, _) = env.run_with_env(
        &["mail", "list"],
        &[("ROSTER_MAIL_TRANSPORT", transport.as_str())],
    );
    assert_eq!(code, 0);
}

#[test]
fn a_missing_templates_directory_is_an_error() {
    let env = TestEnv::new();
    env.config("[mail]\ntemplates = \"/nonexistent/roster-templates\"\n");
    let (code, _, stderr) = env.run(&["user", "list"]);
    assert_eq!(code, 6, "{stderr}");
    assert!(
        stderr.contains("mail.templates") && stderr.contains("not a directory"),
        "{stderr}"
    );
}

/// A queued invitation whose link expired before it could be sent is removed,
/// not delivered with a dead link.
#[test]
fn a_queued_message_whose_link_expired_is_dropped_not_sent() {
    let env = TestEnv::new();
    env.config("[invite]\nttl = \"2s\"\n");
    env.create_with_mail_queued("ada@example.com");
    std::thread::sleep(std::time::Duration::from_millis(3100));
    let (code, stdout, stderr) = env.run(&["--json", "mail", "flush"]);
    assert_eq!(code, 0, "{stderr}");
    let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(rows[0]["status"], "dropped", "{rows}");
    assert!(stderr.contains("1 dropped"), "{stderr}");
    assert!(env.emails().is_empty(), "nothing was sent");
    assert!(env.json(&["mail", "list"]).as_array().unwrap().is_empty());
    assert_eq!(env.status("ada@example.com"), "invitation_expired");
}

/// `user email` sends one message to each target, through selectors too.
#[test]
fn user_email_reaches_every_target() {
    let env = TestEnv::new();
    env.access(&[], &["team:north", "team:south"]);
    for name in ["ann", "ben", "cat"] {
        env.create(
            &format!("{name}@example.com"),
            &["--no-invite", "--group", "team:north", "--first", name],
        );
    }
    env.create("dan@example.com", &["--no-invite", "--group", "team:south"]);
    let body = env.config_file("note.txt", "Hello {{ user.first_name }}.\n");
    let (code, stdout, stderr) = env.run(&[
        "--json",
        "user",
        "email",
        "--group",
        "team:north",
        "--subject",
        "Rota",
        "--body-file",
        body.to_str().unwrap(),
        "--yes",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 3, "{rows}");
    let mails = env.emails();
    assert_eq!(mails.len(), 3);
    for name in ["ann", "ben", "cat"] {
        assert!(
            mails
                .iter()
                .any(|m| m.contains(&format!("To: {name}@example.com"))
                    && m.contains(&format!("Hello {name}."))),
            "{name}: {mails:?}"
        );
    }
    assert!(!mails.iter().any(|m| m.contains("dan@example.com")));
}

/// Two deliverers at once (a command's own delivery and a `mail flush` from
/// cron, say) send a queued message once, and the link that goes out works:
/// the first claims the message, the second leaves it alone.
#[test]
fn two_flushes_at_once_send_one_working_link() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    env.create_with_mail_queued("ada@example.com");

    // A slow MTA: each message takes two seconds to hand over.
    let spool = env.path().join("spool");
    std::fs::create_dir_all(&spool).unwrap();
    let script = env.path().join("slow-sendmail");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nsleep 2\ncat > {}/$$.eml\n", spool.display()),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let transport = format!("sendmail:{}", script.display());
    let flush = || {
        let mut cmd = env.std_cmd_with(&[("ROSTER_MAIL_TRANSPORT", &transport)]);
        cmd.args(["--json", "mail", "flush"]);
        cmd.spawn().unwrap()
    };
    let first = flush();
    std::thread::sleep(std::time::Duration::from_millis(700));
    let second = flush();
    let first = first.wait_with_output().unwrap();
    let second = second.wait_with_output().unwrap();
    assert!(first.status.success() && second.status.success());

    let sent: Vec<String> = std::fs::read_dir(&spool)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert_eq!(sent.len(), 1, "the message went out once");
    let token = token_in(&sent[0]);
    let (code, _, stderr) = accept_invite(&env, &token, GOOD);
    assert_eq!(code, 0, "the link that went out works: {stderr}");
    let messages = env.json(&["mail", "list"]);
    assert_eq!(messages[0]["status"], "sent");
}

/// A template may put the link in the subject too: the stored subject holds
/// the placeholder like the body, and the sent one the working token.
#[test]
fn a_link_in_the_subject_is_not_stored_either() {
    let env = TestEnv::new();
    let templates = env.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("invitation.subject"),
        "Your link: {{ link }}",
    )
    .unwrap();
    env.config(&format!(
        "[mail]\ntemplates = \"{}\"\n",
        templates.display()
    ));
    env.create_with_mail_queued("ada@example.com");
    let subject: String = env
        .sql()
        .query_row("SELECT subject FROM outbox", [], |r| r.get(0))
        .unwrap();
    assert!(
        subject.ends_with("token=[token issued when sent]"),
        "{subject}"
    );
    env.ok(&["mail", "flush"]);
    let mail = env.emails().pop().unwrap();
    // The header is folded onto a second line (RFC 5322): unfold it.
    let unfolded = mail.replace("\r\n ", " ").replace("\n ", " ");
    let subject_line = unfolded
        .lines()
        .find(|l| l.starts_with("Subject:"))
        .unwrap()
        .to_string();
    assert!(!subject_line.contains("[token"), "{subject_line}");
    let token = token_in(&subject_line);
    assert_eq!(token_in(&mail), token, "subject and body carry one token");
    let (code, _, stderr) = accept_invite(&env, &token, GOOD);
    assert_eq!(code, 0, "{stderr}");
}

/// STARTTLS (the default for smtp://) and smtps:// deliver over real TLS to a
/// server whose certificate comes from a private CA named by `mail.tls_ca`;
/// without it the certificate is refused and the message stays queued. The
/// credentials travel inside the TLS session.
#[test]
fn tls_delivery_trusts_the_ca_it_is_given() {
    for (mode, scheme) in [("starttls", "smtp"), ("wrapper", "smtps")] {
        let env = TestEnv::new();
        let dir = env.path().join("smtp");
        let sink = SmtpSink::start_with(
            free_port(),
            &dir,
            &["--tls", mode, "--auth", "mailer:s3cret-smtp-pass"],
        );
        let transport = format!("{scheme}://127.0.0.1:{}", sink.port);
        let vars = [
            ("ROSTER_MAIL_TRANSPORT", transport.as_str()),
            ("ROSTER_SMTP_USER", "mailer"),
            ("ROSTER_SMTP_PASSWORD", "s3cret-smtp-pass"),
        ];

        let (code, _, stderr) = env.run_with_env(
            &["user", "create", "ada@example.com", "--require-delivery"],
            &vars,
        );
        assert_eq!(code, 8, "{mode}: an unknown CA is refused: {stderr}");
        assert!(stderr.contains("stays queued"), "{mode}: {stderr}");
        assert!(sink.messages().is_empty());

        let ca = dir.join("ca.pem");
        env.config(&format!("[mail]\ntls_ca = \"{}\"\n", ca.display()));
        let (code, _, stderr) = env.run_with_env(&["mail", "flush"], &vars);
        assert_eq!(code, 0, "{mode}: {stderr}");
        let mails = sink.wait_for(1);
        assert_eq!(mails.len(), 1, "{mode}");
        assert!(mails[0].contains("To: ada@example.com"), "{mode}");
        let shown = String::from_utf8(
            env.cmd()
                .envs(vars)
                .args(["config", "show"])
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap();
        assert!(
            shown.contains("mail.tls_ca") && shown.contains("ca.pem"),
            "{shown}"
        );
        assert!(!shown.contains("s3cret-smtp-pass"));
    }

    // A CA file that cannot be read, or holds no certificate, is refused
    // before anything changes.
    let env = TestEnv::new();
    let not_pem = env.path().join("notes.txt");
    std::fs::write(&not_pem, "not a certificate").unwrap();
    for ca in [env.path().join("missing.pem"), not_pem] {
        let (code, _, stderr) = env.run_with_env(
            &["user", "create", "ada@example.com"],
            &[
                ("ROSTER_MAIL_TRANSPORT", "smtp://127.0.0.1:25"),
                ("ROSTER_MAIL_TLS_CA", ca.to_str().unwrap()),
            ],
        );
        assert_eq!(code, 6, "{stderr}");
        assert!(stderr.contains("invalid mail.tls_ca"), "{stderr}");
    }
    assert_eq!(env.run(&["user", "show", "ada@example.com"]).0, 4);
}
