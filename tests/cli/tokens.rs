//! `roster token …`: API tokens made, listed, shown and revoked through the
//! binary, on the suite's backend; and the check a server runs on one,
//! through the library.

use std::time::Duration;

use roster::mail::Transport;
use roster::ops::Ctx;
use roster::ops::api_token;
use roster::ops::delivery::MailSettings;
use roster::ops::session::Session;
use roster::store::{OpenOptions, Store};

use crate::common::{TestEnv, user_in};

/// The SHA-256 of `text`, hex, by coreutils' `sha256sum` (not roster's code).
fn sha256sum(text: &str) -> String {
    use std::io::Write as _;
    let mut child = std::process::Command::new("sha256sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("sha256sum");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8(out.stdout).unwrap()[..64].to_string()
}

fn count_tokens(env: &TestEnv) -> i64 {
    env.sql()
        .query_row("SELECT COUNT(*) FROM api_tokens", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_token_is_shown_once_and_only_its_sha256_is_kept() {
    let env = TestEnv::new();
    user_in(&env, "active", "svc@example.com");
    let (code, stdout, stderr) = env.run(&[
        "token",
        "create",
        "shop-backend",
        "--user",
        "svc@example.com",
        "--scope",
        "users.read,auth",
    ]);
    assert_eq!(code, 0, "{stderr}");
    // The secret alone on stdout, for `> file` or `$(…)`; what it is on stderr.
    let secret = stdout.trim_end();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(secret.starts_with("rst_") && secret.len() == 47, "{secret}");
    assert!(
        stderr.contains("shop-backend acts as svc@example.com for auth,users.read, until"),
        "{stderr}"
    );
    assert!(stderr.contains("shown once"), "{stderr}");

    let stored: String = env
        .sql()
        .query_row(
            "SELECT hash FROM api_tokens WHERE name = 'shop-backend'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, sha256sum(secret));
    let everything = String::from_utf8_lossy(&env.stored_bytes()).into_owned();
    assert!(
        !everything.contains(&secret[4..]),
        "the secret is in the store"
    );

    // Listing and showing never print it; the state and expiry are there.
    for args in [
        &["token", "list"][..],
        &["--json", "token", "list"],
        &["--format", "csv", "token", "list"],
        &["--json", "token", "show", "shop-backend"],
    ] {
        let out = env.ok(args);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!text.contains(&secret[4..]), "{args:?}: {text}");
        assert!(text.contains("shop-backend"), "{args:?}: {text}");
    }
    let shown = env.json(&["token", "show", "shop-backend"]);
    assert_eq!(shown["state"], "active");
    assert_eq!(shown["user"], "svc@example.com");
    assert_eq!(shown["scopes"], serde_json::json!(["auth", "users.read"]));
    assert!(
        shown["expires_at"].as_str().unwrap().starts_with("20"),
        "{shown}"
    );
    assert!(shown.get("token").is_none());

    // JSON carries the secret as "token", once, with what it is.
    let made = env.json(&[
        "token",
        "create",
        "okta",
        "--user",
        "svc@example.com",
        "--scope",
        "scim",
        "--expires",
        "never",
    ]);
    assert!(made["token"].as_str().unwrap().starts_with("rst_"));
    assert_eq!(made["expires_at"], serde_json::Value::Null);
    assert_eq!(made["state"], "active");

    let audit = env.json(&["audit", "list", "--action", "token-create"]);
    assert_eq!(audit.as_array().unwrap().len(), 2, "{audit}");
    let text = audit.to_string();
    assert!(text.contains("api_tokens.okta.scopes"), "{text}");
    assert!(!text.contains(&secret[4..]));
}

#[test]
fn bad_names_scopes_users_and_expiries_change_nothing() {
    let env = TestEnv::new();
    user_in(&env, "active", "svc@example.com");
    user_in(&env, "invited", "new@example.com");
    user_in(&env, "blocked", "gone@example.com");
    env.ok(&[
        "token",
        "create",
        "shop",
        "--user",
        "svc@example.com",
        "--scope",
        "auth",
    ]);
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["shop", "--user", "svc@example.com", "--scope", "auth"],
            5,
            "already exists",
        ),
        (
            &["x", "--user", "nobody@example.com", "--scope", "auth"],
            4,
            "nobody@example.com",
        ),
        (
            &["x", "--user", "new@example.com", "--scope", "auth"],
            7,
            "invited",
        ),
        (
            &["x", "--user", "gone@example.com", "--scope", "auth"],
            7,
            "blocked",
        ),
        (
            &["x", "--user", "svc@example.com", "--scope", "root"],
            2,
            "auth, users.read, admin, scim",
        ),
        (&["x", "--user", "svc@example.com"], 2, "--scope"),
        (
            &["-x", "--user", "svc@example.com", "--scope", "auth"],
            2,
            "",
        ),
        (
            &["a b", "--user", "svc@example.com", "--scope", "auth"],
            2,
            "token name",
        ),
        (
            &[
                "x",
                "--user",
                "svc@example.com",
                "--scope",
                "auth",
                "--expires",
                "0s",
            ],
            2,
            "--expires",
        ),
        (
            &[
                "x",
                "--user",
                "svc@example.com",
                "--scope",
                "auth",
                "--expires",
                "soon",
            ],
            2,
            "--expires",
        ),
    ];
    for (args, code, says) in cases {
        let mut full = vec!["token", "create"];
        full.extend_from_slice(args);
        let (got, _, stderr) = env.run(&full);
        assert_eq!(got, *code, "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    assert_eq!(count_tokens(&env), 1);
    let (code, _, stderr) = env.run(&["token", "show", "nope"]);
    assert_eq!(code, 4, "{stderr}");
}

#[test]
fn a_revoked_token_stays_listed_and_keeps_its_name() {
    let env = TestEnv::new();
    user_in(&env, "active", "svc@example.com");
    env.ok(&[
        "token",
        "create",
        "shop",
        "--user",
        "svc@example.com",
        "--scope",
        "auth",
    ]);
    let (code, _, stderr) = env.run(&["token", "revoke", "shop"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("shop is revoked"), "{stderr}");
    let (code, _, stderr) = env.run(&["token", "revoke", "shop"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("unchanged (already revoked)"), "{stderr}");
    assert_eq!(env.run(&["token", "revoke", "nope"]).0, 4);
    let shown = env.json(&["token", "show", "shop"]);
    assert_eq!(shown["state"], "revoked");
    assert!(shown["revoked_at"].is_string());
    let (code, _, stderr) = env.run(&[
        "token",
        "create",
        "shop",
        "--user",
        "svc@example.com",
        "--scope",
        "auth",
    ]);
    assert_eq!(code, 5, "{stderr}");
    let audit = env.json(&["audit", "list", "--action", "token-revoke"]);
    assert_eq!(audit.as_array().unwrap().len(), 1, "{audit}");

    // Past its expiry a token shows expired.
    env.ok(&[
        "token",
        "create",
        "old",
        "--user",
        "svc@example.com",
        "--scope",
        "auth",
    ]);
    env.sql()
        .execute(
            "UPDATE api_tokens SET expires_at = '2020-01-01T00:00:00Z' WHERE name = 'old'",
            [],
        )
        .unwrap();
    assert_eq!(env.json(&["token", "show", "old"])["state"], "expired");

    // A user's tokens go with the user.
    env.ok(&["user", "delete", "svc@example.com", "--yes"]);
    assert_eq!(count_tokens(&env), 0);
    assert_eq!(env.json(&["token", "list"]), serde_json::json!([]));
}

#[test]
fn only_an_actor_with_store_admin_manages_tokens() {
    let env = TestEnv::new();
    env.ok(&["role", "create", "admin", "--permission", "store.admin"]);
    env.ok(&["role", "create", "support", "--permission", "users.read"]);
    user_in(&env, "active", "svc@example.com");
    env.create("boss@example.com", &["--no-invite", "--role", "admin"]);
    env.create("help@example.com", &["--no-invite", "--role", "support"]);
    let create = |actor: &str, name: &str| {
        env.run(&[
            "--as",
            actor,
            "token",
            "create",
            name,
            "--user",
            "svc@example.com",
            "--scope",
            "auth",
        ])
    };
    let (code, _, stderr) = create("help@example.com", "a");
    assert_eq!(code, 7, "{stderr}");
    assert!(stderr.contains("store.admin"), "{stderr}");
    assert_eq!(env.run(&["--as", "help@example.com", "token", "list"]).0, 7);
    let (code, _, stderr) = create("boss@example.com", "b");
    assert_eq!(code, 0, "{stderr}");
    // A token acts with its user's permissions: its maker must hold them all.
    env.ok(&["role", "create", "manager", "--permission", "roles.manage"]);
    env.create("lead@example.com", &["--no-invite", "--role", "manager"]);
    let (code, _, stderr) = env.run(&[
        "--as",
        "boss@example.com",
        "token",
        "create",
        "c",
        "--user",
        "lead@example.com",
        "--scope",
        "auth",
    ]);
    assert_eq!(code, 7, "{stderr}");
    assert!(stderr.contains("roles.manage"), "{stderr}");
    let listed = env.json(&["--as", "boss@example.com", "token", "list"]);
    assert_eq!(listed[0]["created_by"], "boss@example.com");
    assert_eq!(
        env.run(&["--as", "help@example.com", "token", "revoke", "b"])
            .0,
        7
    );
}

/// A session on the test's store for a program that checks tokens.
fn session(env: &TestEnv) -> Session {
    let store = Store::open(
        &env.db(),
        &OpenOptions {
            create: false,
            ..OpenOptions::default()
        },
    )
    .unwrap();
    let mail = MailSettings {
        transport: Transport::File(env.outbox()),
        from: "roster@example.com".into(),
        deadline: Duration::from_secs(5),
        require_delivery: false,
    };
    Session::new(
        store,
        Ctx::new("server", "https://accounts.example.com"),
        mail,
    )
}

#[test]
fn a_server_checks_a_token_and_acts_as_its_user_within_its_scopes() {
    let env = TestEnv::new();
    env.ok(&["role", "create", "reader", "--permission", "users.read"]);
    env.create("svc@example.com", &["--no-invite", "--role", "reader"]);
    let secret = |name: &str, scope: &str| {
        let out = env.ok(&[
            "token",
            "create",
            name,
            "--user",
            "svc@example.com",
            "--scope",
            scope,
        ]);
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let shop = secret("shop", "auth");
    let old = secret("old", "auth");
    let cut = secret("cut", "auth");
    env.ok(&["token", "revoke", "cut"]);
    env.sql()
        .execute(
            "UPDATE api_tokens SET expires_at = '2020-01-01T00:00:00Z' WHERE name = 'old'",
            [],
        )
        .unwrap();

    let mut server = session(&env);
    let ok = api_token::authenticate(&mut server, &shop).unwrap();
    assert_eq!(ok.audit_actor(), "token:shop");
    assert!(ok.actor.require("users.read", "list users").is_ok());
    assert!(ok.actor.require("users.block", "block users").is_err());
    assert!(
        ok.require_scope(roster::domain::api_token::Scope::Auth, "sign in")
            .is_ok()
    );
    let outside = ok
        .require_scope(roster::domain::api_token::Scope::Admin, "run commands")
        .unwrap_err();
    assert!(outside.to_string().contains("the scope admin"), "{outside}");

    let code = |e: roster::Error| roster::exit::of_domain(&e) as i32;
    let wrong = api_token::authenticate(&mut server, "rst_not-a-token").unwrap_err();
    assert_eq!(code(wrong), 4);
    let revoked = api_token::authenticate(&mut server, &cut).unwrap_err();
    assert!(revoked.to_string().contains("revoked"), "{revoked}");
    assert_eq!(code(revoked), 5);
    let expired = api_token::authenticate(&mut server, &old).unwrap_err();
    assert!(expired.to_string().contains("expired"), "{expired}");
    drop(server);

    // The use is recorded; a token whose user cannot act is refused.
    assert!(env.json(&["token", "show", "shop"])["last_used_at"].is_string());
    env.ok(&["user", "block", "svc@example.com"]);
    let blocked = api_token::authenticate(&mut session(&env), &shop).unwrap_err();
    assert!(blocked.to_string().contains("blocked"), "{blocked}");
    assert_eq!(code(blocked), 7);
}
