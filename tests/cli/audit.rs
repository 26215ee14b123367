//! The audit log: a row per change, a hash chain that verifies, erasure on delete.

use crate::common::TestEnv;

#[test]
fn every_change_is_logged_with_actor_and_reason() {
    let env = TestEnv::new();
    let id = env.create("ada@example.com", &["--no-invite"]);
    env.ok(&["--as", "ops-team", "user", "block", &id, "--reason", "left"]);
    let entries = env.json(&["audit", "list", "--user", "ada@example.com"]);
    let entries = entries.as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["action"], "create");
    assert_eq!(entries[0]["actor"], format!("tester@{}", gethostname()));
    assert_eq!(entries[1]["action"], "block");
    assert_eq!(entries[1]["actor"], "ops-team");
    assert_eq!(entries[1]["reason"], "left");
    assert_eq!(
        entries[1]["changes"][0],
        serde_json::json!({"field": "status", "old": "active", "new": "blocked"})
    );
    assert_eq!(
        env.json(&["audit", "list", "--action", "block"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        env.json(&["audit", "list", "--since", "+1h"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        env.json(&["audit", "list", "--since", "-1h"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    env.cmd()
        .args(["--json", "user", "unblock", &id])
        .env("ROSTER_ACTOR", "script")
        .assert()
        .success();
    assert_eq!(
        env.json(&["audit", "list", "--action", "unblock"])[0]["actor"],
        "script"
    );
}

fn gethostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .unwrap()
        .trim()
        .to_string()
}

#[test]
fn verify_finds_the_first_tampered_row() {
    let env = TestEnv::new();
    let id = env.create("ada@example.com", &["--no-invite"]);
    env.ok(&["user", "block", &id]);
    env.ok(&["user", "unblock", &id]);
    let (code, _, stderr) = env.run(&["audit", "verify"]);
    assert_eq!(code, 0);
    assert!(stderr.contains("3 entries"), "{stderr}");
    env.sql()
        .execute("UPDATE audit SET actor = 'someone else' WHERE seq = 2", [])
        .unwrap();
    let (code, _, stderr) = env.run(&["audit", "verify"]);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("entry 2"), "{stderr}");
    let (code, _, stderr) = env.run(&["--json", "audit", "verify"]);
    assert_eq!(code, 6);
    let err: serde_json::Value = serde_json::from_str(stderr.trim()).unwrap();
    assert_eq!(err["error"]["code"], "invalid_input");
}

#[test]
fn verify_notices_a_removed_row_and_edited_changes() {
    let env = TestEnv::new();
    let id = env.create("ada@example.com", &["--no-invite"]);
    env.ok(&["user", "block", &id]);
    env.ok(&["user", "unblock", &id]);
    env.sql()
        .execute("UPDATE audit SET changes = '[]' WHERE seq = 1", [])
        .unwrap();
    let (code, _, stderr) = env.run(&["audit", "verify"]);
    assert_eq!(code, 6);
    assert!(
        stderr.contains("entry 1") && stderr.contains("digest"),
        "{stderr}"
    );

    let env = TestEnv::new();
    let id = env.create("ada@example.com", &["--no-invite"]);
    env.ok(&["user", "block", &id]);
    env.ok(&["user", "unblock", &id]);
    env.sql()
        .execute("DELETE FROM audit WHERE seq = 2", [])
        .unwrap();
    let (code, _, stderr) = env.run(&["audit", "verify"]);
    assert_eq!(code, 6);
    assert!(stderr.contains("row 2 is missing"), "{stderr}");
}

#[test]
fn delete_keeps_the_id_and_erases_the_personal_data() {
    let env = TestEnv::new();
    let id = env.create(
        "ada@example.com",
        &["--first", "Ada", "--phone", "+44 1234", "--no-invite"],
    );
    env.ok(&["user", "update", &id, "--city", "London"]);
    env.ok(&[
        "user",
        "block",
        &id,
        "--reason",
        "Ada Lovelace left for London",
    ]);
    env.ok(&["user", "unblock", &id]);
    env.ok(&["--yes", "user", "delete", &id, "--reason", "GDPR request"]);
    let entries = env.json(&["audit", "list", "--user", &id]);
    let entries = entries.as_array().unwrap();
    assert_eq!(entries.len(), 5);
    assert_eq!(entries[4]["action"], "delete");
    assert_eq!(entries[4]["reason"], "GDPR request");
    for e in entries {
        assert_eq!(e["user_id"], id.as_str());
        let text = e.to_string();
        for pii in ["ada@example.com", "Ada", "+44 1234", "London", "Lovelace"] {
            assert!(!text.contains(pii), "{pii} is still in {text}");
        }
    }
    let db = env.sql();
    let leftovers: i64 = db
        .query_row(
            "SELECT (SELECT count(*) FROM tokens) + (SELECT count(*) FROM outbox) + (SELECT count(*) FROM user_attributes)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(leftovers, 0);
    env.ok(&["audit", "verify"]);
    let (code, _, _) = env.run(&["user", "history", &id]);
    assert_eq!(
        code, 4,
        "history needs a user that exists; audit list --user takes a deleted id"
    );
}
