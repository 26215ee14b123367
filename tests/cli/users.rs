//! user create, show, update, list: fields, validation, uniqueness, invitations.

use sha2::{Digest, Sha256};

use crate::common::TestEnv;

pub fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// The readable text of a message: quoted-printable (RFC 2045) undone in its
/// body when the message uses it. The top-level headers are left as they are:
/// they are not quoted-printable (a link in the subject has `=` before
/// characters that could pass for hex).
pub fn unquote(eml: &str) -> String {
    if !eml.contains("Content-Transfer-Encoding: quoted-printable") {
        return eml.to_string();
    }
    let split = eml
        .find("\r\n\r\n")
        .or_else(|| eml.find("\n\n"))
        .unwrap_or(0);
    let (headers, body) = eml.split_at(split);
    let joined = body.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    format!("{headers}{}", String::from_utf8(out).unwrap())
}

/// The token in an invitation email's link; `eml` is the raw message.
pub fn token_in(eml: &str) -> String {
    let eml = unquote(eml);
    let start = eml.find("token=").expect("a link with a token") + "token=".len();
    eml[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

#[test]
fn create_invites_by_email_storing_only_the_token_hash() {
    let env = TestEnv::new();
    let user = env.json(&[
        "user",
        "create",
        "Ada@Example.com",
        "--first",
        "Ada",
        "--last",
        "Lovelace",
    ]);
    assert_eq!(user["status"], "invited");
    assert_eq!(user["email"], "Ada@Example.com");
    assert!(user["invite_expires_at"].is_string());
    let id = user["id"].as_str().unwrap();
    assert_eq!(id.len(), 36);
    assert_eq!(&id[14..15], "7", "ids are UUIDv7");

    let mails = env.emails();
    assert_eq!(
        mails.len(),
        1,
        "one invitation written to the outbox directory"
    );
    let eml = &mails[0];
    assert!(eml.contains("To: Ada@Example.com"), "{eml}");
    let decoded = unquote(eml);
    assert!(decoded.contains("Hello Ada,"), "{decoded}");
    assert!(
        decoded.contains("http://localhost:8080/accept-invite?token="),
        "{decoded}"
    );
    let token = token_in(eml);
    assert_eq!(token.len(), 43, "256 bits in base64url");

    let db = env.sql();
    let (hash, purpose): (String, String) = db
        .query_row(
            "SELECT hash, purpose FROM tokens WHERE user_id = ?",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(purpose, "invite");
    assert_eq!(
        hash,
        sha256_hex(&token),
        "the store keeps the SHA-256 of the token"
    );
    let (status, token_hash, body): (String, Option<String>, String) = db
        .query_row(
            "SELECT status, token_hash, body_text FROM outbox",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(status, "sent");
    assert_eq!(
        token_hash, None,
        "the delivered message no longer names a token"
    );
    assert!(!body.contains(&token));
    assert!(body.contains("[token issued when sent]"), "{body}");
    let dump: String = db
        .query_row("SELECT group_concat(quote(hash)) || (SELECT group_concat(body_text) FROM outbox) FROM tokens", [], |r| r.get(0))
        .unwrap();
    assert!(!dump.contains(&token));
}

#[test]
fn create_active_and_without_email() {
    let env = TestEnv::new();
    let user = env.json(&["user", "create", "bot@example.com", "--no-invite"]);
    assert_eq!(user["status"], "active");
    assert_eq!(user["invited_at"], serde_json::Value::Null);
    let user = env.json(&["user", "create", "quiet@example.com", "--no-email"]);
    assert_eq!(user["status"], "invited");
    assert!(env.emails().is_empty());
    let n: i64 = env
        .sql()
        .query_row("SELECT count(*) FROM tokens", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1, "--no-email still issues the invitation token");
}

/// `--no-email` goes with every way of creating a user (SPEC §3), and
/// suppresses whatever mail the create would send.
#[test]
fn no_email_goes_with_every_create_mode() {
    let env = TestEnv::new();
    for (email, extra, status) in [
        ("a@example.com", &["--no-invite"][..], "active"),
        ("b@example.com", &["--generate-password"][..], "active"),
        ("c@example.com", &["--request-onboarding"][..], "invited"),
        (
            "d@example.com",
            &["--no-invite", "--request-onboarding"][..],
            "active",
        ),
    ] {
        let mut args = vec!["--json", "user", "create", email, "--no-email"];
        args.extend_from_slice(extra);
        let out = env.ok(&args);
        let user: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(user["status"], status, "{extra:?}");
        assert_eq!(user["outcome"], "created");
    }
    let out = env
        .cmd()
        .args([
            "--json",
            "user",
            "create",
            "e@example.com",
            "--password-stdin",
            "--no-email",
        ])
        .write_stdin("correct horse battery staple 42\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(env.emails().is_empty(), "no mail at all");
    let queued: i64 = env
        .sql()
        .query_row("SELECT count(*) FROM outbox", [], |r| r.get(0))
        .unwrap();
    assert_eq!(queued, 0, "nothing queued either");
}

#[test]
fn create_takes_every_field() {
    let env = TestEnv::new();
    env.access(&["operator"], &["crew:b", "team:north"]);
    let user = env.json(&[
        "user",
        "create",
        "op7@example.com",
        "--username",
        "op7",
        "--first",
        "Olu",
        "--middle",
        "K",
        "--last",
        "Ade",
        "--phone",
        "+44 20 7946 0000",
        "--company",
        "Acme",
        "--address",
        "1 High St",
        "--city",
        "Leeds",
        "--region",
        "Yorkshire",
        "--postal-code",
        "LS1 1AA",
        "--country",
        "GB",
        "--title",
        "Driver",
        "--employee-id",
        "E7",
        "--accounting-id",
        "A7",
        "--comment",
        "night shift",
        "--attr",
        "operator_type=PAYE",
        "--attr",
        "operator_code=OP7",
        "--role",
        "operator",
        "--group",
        "team:north",
        "--group",
        "crew:b",
        "--permission",
        "clocking",
        "--no-invite",
    ]);
    for (field, value) in [
        ("username", "op7"),
        ("first_name", "Olu"),
        ("middle_name", "K"),
        ("last_name", "Ade"),
        ("phone", "+44 20 7946 0000"),
        ("company", "Acme"),
        ("address", "1 High St"),
        ("city", "Leeds"),
        ("region", "Yorkshire"),
        ("postal_code", "LS1 1AA"),
        ("country", "GB"),
        ("title", "Driver"),
        ("employee_id", "E7"),
        ("accounting_id", "A7"),
        ("comment", "night shift"),
    ] {
        assert_eq!(user[field], value, "{field}");
    }
    assert_eq!(
        user["attributes"],
        serde_json::json!({"operator_code": "OP7", "operator_type": "PAYE"})
    );
    assert_eq!(user["roles"], serde_json::json!(["operator"]));
    assert_eq!(user["groups"], serde_json::json!(["crew:b", "team:north"]));
    assert_eq!(user["permissions"], serde_json::json!(["clocking"]));
    assert!(
        user.get("password_hash").is_none(),
        "never a hash unless asked"
    );
    // Found by id, email (any case) and username (any case).
    for key in [user["id"].as_str().unwrap(), "OP7@example.com", "OP7"] {
        assert_eq!(env.json(&["user", "show", key])["id"], user["id"]);
    }
}

/// Look-alike spellings of one address are one account (issue 9): fullwidth
/// and mathematical letters, a fullwidth domain, punycode and Unicode
/// domains.
#[test]
fn one_address_in_another_spelling_is_a_duplicate() {
    let env = TestEnv::new();
    env.create("ada@example.com", &["--no-invite"]);
    env.create("idn@bücher.de", &["--no-invite"]);
    for (same, account) in [
        ("ａｄａ@example.com", "ada@example.com"),
        ("𝐚𝐝𝐚@example.com", "ada@example.com"),
        ("ada@ｅｘａｍｐｌｅ.com", "ada@example.com"),
        ("idn@xn--bcher-kva.de", "idn@bücher.de"),
        ("IDN@BÜCHER.DE", "idn@bücher.de"),
    ] {
        let (code, _, stderr) = env.run(&["user", "create", same, "--no-invite"]);
        assert_eq!(code, 5, "{same} became a second account: {stderr}");
        assert!(stderr.contains("already used"), "{stderr}");
        assert_eq!(
            env.json(&["user", "show", same])["email"],
            account,
            "{same} finds the account"
        );
    }
    assert_eq!(env.json(&["user", "list"]).as_array().unwrap().len(), 2);
    // A fullwidth address is kept in its plain form.
    env.create("ｂｏｂ@example.com", &["--no-invite"]);
    assert!(env.json(&["user", "show", "bob@example.com"])["email"] == "bob@example.com");
}

#[test]
fn duplicates_are_conflicts_regardless_of_case() {
    let env = TestEnv::new();
    env.create("ada@example.com", &["--username", "ada"]);
    let (code, _, stderr) = env.run(&["user", "create", "ADA@example.com"]);
    assert_eq!(code, 5, "{stderr}");
    assert!(
        stderr.contains("email ADA@example.com is already used by user")
            && stderr.contains("(as ada@example.com)"),
        "{stderr}"
    );
    let (code, _, stderr) = env.run(&["user", "create", "other@example.com", "--username", "ADA"]);
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("username"), "{stderr}");
    let n: i64 = env
        .sql()
        .query_row("SELECT count(*) FROM users", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1, "a failed create leaves nothing behind");
    // --if-not-exists makes seeding re-runnable.
    let (code, stdout, stderr) = env.run(&[
        "--json",
        "user",
        "create",
        "Ada@Example.com",
        "--if-not-exists",
    ]);
    assert_eq!(code, 0);
    assert!(stderr.contains("already exists"), "{stderr}");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&stdout).unwrap()["email"],
        "ada@example.com"
    );
}

#[test]
fn invalid_input_names_the_field_and_exits_6() {
    let env = TestEnv::new();
    let long = "x".repeat(201);
    let long_comment = "x".repeat(4001);
    // 64 + 1 + 190 = 255 characters: one over the bound, every part valid.
    let domain = |last: usize| format!("{0}.{0}.{1}.com", "b".repeat(63), "c".repeat(last));
    let long_email = format!("{}@{}", "a".repeat(64), domain(58));
    let cases: &[(&[&str], &str)] = &[
        (&["user", "create", "not-an-email"], "email"),
        (&["user", "create", "a@b"], "email"),
        (&["user", "create", "a b@example.com"], "email"),
        (&["user", "create", &long_email], "email"),
        (
            &[
                "user",
                "create",
                "a@example.com",
                "--first",
                "Ada\u{1b}[31m",
            ],
            "first_name",
        ),
        (
            &["user", "create", "a@example.com", "--city", "Leeds\nX"],
            "city",
        ),
        (
            &["user", "create", "a@example.com", "--last", &long],
            "last_name",
        ),
        (
            &[
                "user",
                "create",
                "a@example.com",
                "--comment",
                &long_comment,
            ],
            "comment",
        ),
        (
            &["user", "create", "a@example.com", "--username", "has space"],
            "username",
        ),
        (
            &["user", "create", "a@example.com", "--attr", "bad key=1"],
            "attr key",
        ),
        (
            &["user", "create", "a@example.com", "--group", "nokind"],
            "group",
        ),
        (
            &["user", "create", "a@example.com", "--role", "bad role"],
            "role",
        ),
    ];
    for (args, field) in cases {
        let (code, stdout, stderr) = env.run(args);
        assert_eq!(code, 6, "{args:?}: {stderr}");
        assert!(stdout.is_empty(), "{args:?}");
        assert!(
            stderr.contains(&format!("invalid {field}")),
            "{args:?}: {stderr}"
        );
    }
    // A status that is not one is a bad flag value, like --format's (exit 2).
    let (code, _, stderr) = env.run(&["user", "list", "--status", "sleeping"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("--status") && stderr.contains("invitation_expired"),
        "{stderr}"
    );
    assert!(
        env.no_store_made(),
        "input is validated before the store is even created"
    );
    let longest = format!("{}@{}", "a".repeat(64), domain(57));
    assert_eq!(longest.len(), 254);
    env.create(&longest, &[]);
}

#[test]
fn update_changes_fields_attributes_and_memberships() {
    let env = TestEnv::new();
    env.access(&["admin", "support"], &["team:north"]);
    let id = env.create(
        "ada@example.com",
        &["--role", "admin", "--attr", "legacy_id=9", "--phone", "1"],
    );
    let user = env.json(&[
        "user",
        "update",
        "ada@example.com",
        "--phone",
        "",
        "--title",
        "Engineer",
        "--attr",
        "dispatch_emails=yes",
        "--unset-attr",
        "legacy_id",
        "--add-role",
        "support",
        "--remove-role",
        "admin",
        "--add-group",
        "team:north",
        "--add-permission",
        "clocking",
        "--email",
        "ada.l@example.com",
        "--username",
        "ada",
    ]);
    assert_eq!(user["id"], id.as_str());
    assert_eq!(user["email"], "ada.l@example.com");
    assert_eq!(user["username"], "ada");
    assert_eq!(
        user["phone"],
        serde_json::Value::Null,
        "an empty value clears a field"
    );
    assert_eq!(user["title"], "Engineer");
    assert_eq!(
        user["attributes"],
        serde_json::json!({"dispatch_emails": "yes"})
    );
    assert_eq!(user["roles"], serde_json::json!(["support"]));
    assert_eq!(user["groups"], serde_json::json!(["team:north"]));
    assert_eq!(user["permissions"], serde_json::json!(["clocking"]));
    let history = env.json(&["user", "history", &id]);
    let update = &history[1];
    assert_eq!(update["action"], "update");
    let fields: Vec<&str> = update["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"email")
            && fields.contains(&"roles")
            && fields.contains(&"attributes.legacy_id"),
        "{fields:?}"
    );

    // Re-running the same update changes nothing and writes no audit row.
    let (code, _, stderr) = env.run(&["user", "update", &id, "--title", "Engineer"]);
    assert_eq!(code, 0);
    assert!(stderr.contains("unchanged"), "{stderr}");
    assert_eq!(
        env.json(&["user", "history", &id])
            .as_array()
            .unwrap()
            .len(),
        2
    );

    let (code, _, stderr) = env.run(&["user", "update", &id]);
    assert_eq!(code, 2, "{stderr}");
    env.create("bob@example.com", &[]);
    let (code, _, _) = env.run(&["user", "update", &id, "--email", "BOB@example.com"]);
    assert_eq!(code, 5);
    let (code, _, _) = env.run(&["user", "update", "nobody@example.com", "--title", "x"]);
    assert_eq!(code, 4);
}

#[test]
fn list_filters_sorts_and_pages() {
    let env = TestEnv::new();
    env.access(&["support"], &[]);
    env.create(
        "carol@example.com",
        &[
            "--first",
            "Carol",
            "--company",
            "Smithson Ltd",
            "--no-invite",
        ],
    );
    env.create(
        "alice@example.com",
        &["--first", "Alice", "--role", "support"],
    );
    env.create(
        "bob@example.com",
        &[
            "--first",
            "Bob",
            "--city",
            "Leeds",
            "--attr",
            "operator_type=PAYE",
        ],
    );
    let emails = |v: serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|u| u["email"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        emails(env.json(&["user", "list"])),
        ["carol@example.com", "alice@example.com", "bob@example.com"]
    );
    assert_eq!(
        emails(env.json(&["user", "list", "--sort", "email"])),
        ["alice@example.com", "bob@example.com", "carol@example.com"]
    );
    assert_eq!(
        emails(env.json(&["user", "list", "--sort", "-first"])),
        ["carol@example.com", "bob@example.com", "alice@example.com"]
    );
    assert_eq!(
        emails(env.json(&[
            "user", "list", "--sort", "email", "--limit", "1", "--offset", "1"
        ])),
        ["bob@example.com"]
    );
    assert_eq!(
        emails(env.json(&["user", "list", "--status", "active"])),
        ["carol@example.com"]
    );
    assert_eq!(
        emails(env.json(&[
            "user",
            "list",
            "--status",
            "invited,active",
            "--sort",
            "email"
        ])),
        ["alice@example.com", "bob@example.com", "carol@example.com"]
    );
    assert_eq!(
        emails(env.json(&["user", "list", "--match", "SMITH"])),
        ["carol@example.com"]
    );
    assert_eq!(
        emails(env.json(&["user", "list", "--match", "leeds"])),
        ["bob@example.com"]
    );
    assert_eq!(
        emails(env.json(&["user", "list", "--match", "%"])),
        Vec::<String>::new(),
        "LIKE wildcards are literal"
    );
    assert_eq!(
        emails(env.json(&["user", "list", "--role", "support"])),
        ["alice@example.com"]
    );
    assert_eq!(
        emails(env.json(&["user", "list", "--attr", "operator_type=PAYE"])),
        ["bob@example.com"]
    );
    assert_eq!(
        emails(env.json(&["user", "list", "--created-after", "-1h"])).len(),
        3
    );
    assert_eq!(
        emails(env.json(&["user", "list", "--created-before", "2000-01-01"])).len(),
        0
    );
    assert_eq!(
        emails(env.json(&["user", "list", "--inactive-for", "30d"])).len(),
        0
    );
    assert_eq!(
        emails(env.json(&["user", "list", "--inactive-for", "0s"])).len(),
        3
    );
}

#[test]
fn expired_invitations_are_derived_from_the_ttl() {
    let env = TestEnv::new();
    env.config("[invite]\nttl = \"0s\"\n");
    let id = env.create("late@example.com", &[]);
    assert_eq!(env.status(&id), "invitation_expired");
    let listed = env.json(&["user", "list", "--status", "invitation_expired"]);
    assert_eq!(listed[0]["id"], id.as_str());
    assert_eq!(
        env.json(&["user", "list", "--status", "invited"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    env.config("[invite]\nttl = \"7d\"\n");
    env.ok(&["user", "invite", &id]);
    assert_eq!(env.status(&id), "invited");
    let user = env.json(&["user", "show", &id]);
    let invited = user["invited_at"]
        .as_str()
        .unwrap()
        .parse::<jiff::Timestamp>()
        .unwrap();
    let expires = user["invite_expires_at"]
        .as_str()
        .unwrap()
        .parse::<jiff::Timestamp>()
        .unwrap();
    assert_eq!(expires.as_second() - invited.as_second(), 7 * 86_400);
}

#[test]
fn an_unknown_mail_transport_is_refused_before_any_change() {
    let env = TestEnv::new();
    let (code, _, stderr) = env.run_with_env(
        &["user", "create", "ada@example.com"],
        &[("ROSTER_MAIL_TRANSPORT", "carrier-pigeon")],
    );
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("mail.transport"), "{stderr}");
    assert!(env.no_store_made());
}

#[test]
fn mail_delivery_failure_keeps_the_change_and_queues_the_message() {
    let env = TestEnv::new();
    let stderr = env.create_with_mail_queued("ada@example.com");
    assert!(
        stderr.contains("warning:") && stderr.contains("queued"),
        "{stderr}"
    );
    assert_eq!(env.status("ada@example.com"), "invited");
    let (status, token_hash, body): (String, String, String) = env
        .sql()
        .query_row(
            "SELECT status, token_hash, body_text FROM outbox",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(status, "queued");
    let stored: String = env
        .sql()
        .query_row(
            "SELECT hash FROM tokens WHERE purpose = 'invite'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        token_hash, stored,
        "a queued invitation names its token by digest only"
    );
    assert!(
        body.contains("accept-invite?token=[token issued when sent]"),
        "{body}"
    );
}
