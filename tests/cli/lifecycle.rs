//! Every row of the transition table (SPEC §2): valid, unchanged and invalid,
//! with the store checked afterwards; and the bulk options of SPEC §3.

use crate::common::{STATUSES, TestEnv, user_in};

/// What each verb does from each status, written out by hand so it checks the
/// code's table rather than repeating it: (outcome, status after, exit code).
fn expected(verb: &str, from: &str) -> (&'static str, Option<&'static str>, i32) {
    const CHANGED: i32 = 0;
    const INVALID: i32 = 5;
    let invalid = ("invalid_transition", Some(static_status(from)), INVALID);
    match (verb, from) {
        ("invite", "invited" | "invitation_expired" | "invitation_revoked") => {
            ("changed", Some("invited"), CHANGED)
        }
        ("invite", _) => invalid,
        ("revoke", "invited" | "invitation_expired") => {
            ("changed", Some("invitation_revoked"), CHANGED)
        }
        ("revoke", "invitation_revoked") => ("unchanged", Some("invitation_revoked"), 0),
        ("revoke", _) => invalid,
        ("block", "active") => ("changed", Some("blocked"), CHANGED),
        ("block", "blocked") => ("unchanged", Some("blocked"), 0),
        ("block", _) => invalid,
        ("unblock", "blocked") => ("changed", Some("active"), CHANGED),
        ("unblock", "active") => ("unchanged", Some("active"), 0),
        ("unblock", _) => invalid,
        ("archive", "archived") => ("unchanged", Some("archived"), 0),
        ("archive", _) => ("changed", Some("archived"), CHANGED),
        // The archived users here were active before.
        ("restore", "archived") => ("changed", Some("active"), CHANGED),
        ("restore", other) => ("unchanged", Some(static_status(other)), 0),
        ("delete", _) => ("changed", None, CHANGED),
        _ => panic!("no expectation for {verb} from {from}"),
    }
}

fn static_status(s: &str) -> &'static str {
    STATUSES.iter().find(|x| **x == s).unwrap()
}

#[test]
fn every_verb_from_every_status() {
    let env = TestEnv::new();
    for verb in [
        "invite", "revoke", "block", "unblock", "archive", "restore", "delete",
    ] {
        for from in STATUSES {
            let email = format!("{verb}.{from}@example.com");
            let id = user_in(&env, from, &email);
            assert_eq!(env.status(&id), from, "setup of {email}");
            let audit_before = audit_rows(&env);
            let (code, stdout, stderr) = env.run(&["--json", "--yes", "user", verb, &email]);
            let (outcome, to, exit) = expected(verb, from);
            assert_eq!(code, exit, "{verb} from {from}: exit\n{stderr}");
            let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
            let row = &rows[0];
            assert_eq!(row["outcome"], outcome, "{verb} from {from}: {row}");
            assert_eq!(row["action"], verb);
            assert_eq!(row["from"], from);
            assert_eq!(row["id"], id.as_str());
            match to {
                Some(to) => {
                    assert_eq!(env.status(&id), to, "{verb} from {from}: status after");
                    if outcome == "changed" {
                        assert_eq!(row["to"], to);
                    }
                }
                None => {
                    let (code, _, _) = env.run(&["user", "show", &id]);
                    assert_eq!(code, 4, "{verb} from {from}: the user should be gone");
                }
            }
            if outcome == "invalid_transition" {
                let error = row["error"].as_str().unwrap();
                assert!(error.contains(&format!("is {from}")), "{error}");
                assert!(error.contains("needs"), "{error}");
                assert!(stderr.contains("1 invalid transition"), "{stderr}");
            }
            let added = audit_rows(&env) - audit_before;
            let expected_rows = if outcome == "changed" { 1 } else { 0 };
            assert_eq!(added, expected_rows, "{verb} from {from}: audit rows added");
        }
    }
    env.ok(&["audit", "verify"]);
}

fn audit_rows(env: &TestEnv) -> i64 {
    env.sql()
        .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn restore_returns_to_the_remembered_status() {
    let env = TestEnv::new();
    for from in ["invited", "invitation_revoked", "active", "blocked"] {
        let id = user_in(&env, from, &format!("{from}@example.com"));
        env.ok(&["user", "archive", &id]);
        assert_eq!(env.status(&id), "archived");
        env.ok(&["user", "restore", &id]);
        // Archiving killed the invitation: it comes back expired, ready to re-send.
        let expected = if from == "invited" {
            "invitation_expired"
        } else {
            from
        };
        assert_eq!(env.status(&id), expected);
    }
}

#[test]
fn invite_issues_a_new_token_and_email_and_kills_the_old_one() {
    let env = TestEnv::new();
    let id = env.create("ada@example.com", &["--first", "Ada"]);
    let first = env.emails();
    assert_eq!(first.len(), 1);
    env.ok(&["user", "invite", &id]);
    let mails = env.emails();
    assert_eq!(mails.len(), 2);
    let tokens: Vec<String> = env
        .sql()
        .rows(
            "SELECT hash FROM tokens WHERE user_id = ? AND purpose = 'invite'",
            [&id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tokens.len(), 1, "only the newest invitation token lives");
    let newest = crate::users::token_in(&mails[1]);
    assert_eq!(tokens[0], crate::users::sha256_hex(&newest));
}

#[test]
fn revoke_kills_invitation_tokens() {
    let env = TestEnv::new();
    let id = env.create("ada@example.com", &[]);
    env.ok(&["user", "revoke", &id]);
    let n: i64 = env
        .sql()
        .query_row(
            "SELECT count(*) FROM tokens WHERE user_id = ?",
            [&id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn block_keeps_reason_and_until_and_the_block_lapses() {
    let env = TestEnv::new();
    let id = env.create("ada@example.com", &["--no-invite"]);
    env.ok(&[
        "user",
        "block",
        &id,
        "--reason",
        "security review",
        "--until",
        "+3s",
    ]);
    let user = env.json(&["user", "show", &id]);
    assert_eq!(user["status"], "blocked");
    assert_eq!(user["blocked_reason"], "security review");
    assert!(user["blocked_until"].is_string());
    let history = env.json(&["user", "history", &id]);
    assert_eq!(history[1]["reason"], "security review");
    // The end is kept to the second: the block lapses within 3 s, and the
    // checks above have 2 s to run on a busy machine.
    std::thread::sleep(std::time::Duration::from_millis(3100));
    assert_eq!(env.status(&id), "active", "a block past --until lapses");
    let (code, _, stderr) = env.run(&["user", "block", &id, "--until", "2001-01-01"]);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("until"), "{stderr}");
}

/// Blocking a blocked user replaces the block: a leaver blocked for a day
/// "temp" and then for good is not unblocked tomorrow (SPEC §2).
#[test]
fn a_new_block_replaces_the_old_one_and_the_same_block_is_unchanged() {
    let env = TestEnv::new();
    let id = env.create("t@example.com", &["--no-invite"]);
    env.ok(&["user", "block", &id, "--until", "+1d", "--reason", "temp"]);
    let audit_rows = |env: &TestEnv| {
        env.json(&["user", "history", &id])
            .as_array()
            .unwrap()
            .len()
    };
    let before = audit_rows(&env);

    let plan = env.json(&[
        "user",
        "block",
        &id,
        "--reason",
        "left the company",
        "--dry-run",
    ]);
    assert_eq!(plan[0]["outcome"], "would_change");
    assert_eq!(env.json(&["user", "show", &id])["blocked_reason"], "temp");

    let rows = env.json(&["user", "block", &id, "--reason", "left the company"]);
    assert_eq!(rows[0]["outcome"], "changed");
    assert_eq!(rows[0]["from"], "blocked");
    assert_eq!(rows[0]["to"], "blocked");
    let user = env.json(&["user", "show", &id]);
    assert_eq!(user["blocked_reason"], "left the company");
    assert!(user["blocked_until"].is_null(), "no --until: indefinite");
    assert_eq!(audit_rows(&env), before + 1);
    let history = env.json(&["user", "history", &id]);
    let last = history.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "block");
    let fields: Vec<&str> = last["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["blocked_reason", "blocked_until"], "{last}");

    // The same block again changes nothing and writes nothing.
    let rows = env.json(&["user", "block", &id, "--reason", "left the company"]);
    assert_eq!(rows[0]["outcome"], "unchanged");
    assert_eq!(audit_rows(&env), before + 1);

    // A new end alone is a new block too.
    let rows = env.json(&[
        "user",
        "block",
        &id,
        "--reason",
        "left the company",
        "--until",
        "+30d",
    ]);
    assert_eq!(rows[0]["outcome"], "changed");
    assert!(env.json(&["user", "show", &id])["blocked_until"].is_string());
}

#[test]
fn an_empty_reason_is_no_reason() {
    let env = TestEnv::new();
    let id = env.create("e@example.com", &["--no-invite"]);
    env.ok(&["user", "block", &id, "--reason", "  "]);
    let user = env.json(&["user", "show", &id]);
    assert!(user["blocked_reason"].is_null(), "{user}");
    let history = env.json(&["user", "history", &id]);
    assert!(history[1]["reason"].is_null(), "{history}");
    let stored: Option<String> = env
        .sql()
        .query_row("SELECT reason FROM audit WHERE action = 'block'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(stored, None);
}

#[test]
fn several_targets_report_a_row_each_and_mixed_results_exit_3() {
    let env = TestEnv::new();
    let a = env.create("a@example.com", &["--no-invite"]);
    let b = env.create("b@example.com", &[]);
    let c = env.create("c@example.com", &["--no-invite"]);
    env.ok(&["user", "block", &c]);
    let (code, stdout, stderr) = env.run(&[
        "--json",
        "--yes",
        "user",
        "block",
        &a,
        "b@example.com",
        "c@example.com",
        "nobody@example.com",
    ]);
    assert_eq!(code, 3, "{stderr}");
    let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let outcomes: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(
        outcomes,
        ["changed", "invalid_transition", "unchanged", "not_found"]
    );
    assert_eq!(rows[3]["email"], "nobody@example.com");
    assert_eq!(rows[3]["id"], serde_json::Value::Null);
    assert!(
        stderr.contains("1 changed, 1 unchanged, 1 invalid transition, 1 not found"),
        "{stderr}"
    );
    assert_eq!(env.status(&a), "blocked");
    assert_eq!(env.status(&b), "invited");
}

#[test]
fn all_targets_missing_exits_4_and_all_invalid_exits_5() {
    let env = TestEnv::new();
    let (code, _, _) = env.run(&["user", "block", "nobody@example.com"]);
    assert_eq!(code, 4);
    env.create("a@example.com", &[]);
    env.create("b@example.com", &[]);
    let (code, _, _) = env.run(&["--yes", "user", "block", "a@example.com", "b@example.com"]);
    assert_eq!(code, 5);
}

#[test]
fn several_changes_need_yes_without_a_terminal() {
    let env = TestEnv::new();
    let a = env.create("a@example.com", &["--no-invite"]);
    let b = env.create("b@example.com", &["--no-invite"]);
    let (code, stdout, stderr) = env.run(&["user", "block", &a, &b]);
    assert_eq!(code, 9, "{stderr}");
    assert!(stdout.is_empty());
    assert!(stderr.contains("--yes"), "{stderr}");
    assert_eq!(env.status(&a), "active");
    assert_eq!(env.status(&b), "active");
    // ROSTER_YES=1 answers like --yes.
    env.cmd()
        .args(["user", "block", &a, &b])
        .env("ROSTER_YES", "1")
        .assert()
        .success();
    assert_eq!(env.status(&b), "blocked");
}

#[test]
fn delete_is_always_confirmed() {
    let env = TestEnv::new();
    let id = env.create("a@example.com", &["--no-invite"]);
    let (code, _, stderr) = env.run(&["user", "delete", &id]);
    assert_eq!(code, 9, "{stderr}");
    assert_eq!(env.status(&id), "active");
    env.ok(&["user", "delete", &id, "--yes"]);
    let (code, _, _) = env.run(&["user", "show", &id]);
    assert_eq!(code, 4);
}

#[test]
fn a_selector_acts_on_every_match_and_needs_confirmation() {
    let env = TestEnv::new();
    env.access(&[], &["team:north", "team:south"]);
    let a = env.create("a@example.com", &["--no-invite", "--group", "team:north"]);
    let b = env.create("b@example.com", &["--no-invite", "--group", "team:north"]);
    let c = env.create("c@example.com", &["--no-invite", "--group", "team:south"]);
    let (code, _, _) = env.run(&["user", "block", "--group", "team:north"]);
    assert_eq!(code, 9);
    let rows = env.json(&["--yes", "user", "block", "--group", "team:north"]);
    assert_eq!(rows.as_array().unwrap().len(), 2);
    assert_eq!(env.status(&a), "blocked");
    assert_eq!(env.status(&b), "blocked");
    assert_eq!(env.status(&c), "active");
}

#[test]
fn a_bulk_verb_needs_targets_or_all() {
    let env = TestEnv::new();
    env.create("a@example.com", &["--no-invite"]);
    let (code, _, stderr) = env.run(&["user", "archive"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--all"), "{stderr}");
    let rows = env.json(&["--yes", "user", "archive", "--all"]);
    assert_eq!(rows[0]["outcome"], "changed");
}

#[test]
fn dry_run_writes_nothing() {
    let env = TestEnv::new();
    let a = env.create("a@example.com", &["--no-invite"]);
    let b = env.create("b@example.com", &[]);
    let (code, stdout, stderr) = env.run(&["--json", "user", "archive", &a, &b, "--dry-run"]);
    assert_eq!(code, 0, "{stderr}");
    let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(rows[0]["outcome"], "would_change");
    assert_eq!(rows[0]["to"], "archived");
    assert!(stderr.contains("dry run"), "{stderr}");
    assert_eq!(env.status(&a), "active");
    assert_eq!(env.status(&b), "invited");
    let n: i64 = env
        .sql()
        .query_row(
            "SELECT count(*) FROM audit WHERE action = 'archive'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn max_affected_and_expect_count_refuse_before_writing() {
    let env = TestEnv::new();
    for i in 0..3 {
        env.create(&format!("u{i}@example.com"), &["--no-invite"]);
    }
    let (code, _, stderr) = env.run(&[
        "--yes",
        "user",
        "block",
        "--status",
        "active",
        "--max-affected",
        "2",
    ]);
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("--max-affected 2"), "{stderr}");
    let (code, _, stderr) = env.run(&[
        "--yes",
        "user",
        "block",
        "--status",
        "active",
        "--expect-count",
        "2",
    ]);
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("3 users match"), "{stderr}");
    assert_eq!(
        env.json(&["user", "list", "--status", "blocked"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    env.ok(&[
        "--yes",
        "user",
        "block",
        "--status",
        "active",
        "--expect-count",
        "3",
        "--max-affected",
        "3",
    ]);
    assert_eq!(
        env.json(&["user", "list", "--status", "blocked"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn atomic_changes_nothing_when_any_target_would_fail() {
    let env = TestEnv::new();
    let a = env.create("a@example.com", &["--no-invite"]);
    let b = env.create("b@example.com", &[]);
    let (code, _, stderr) = env.run(&["--yes", "user", "block", &a, &b, "--atomic"]);
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("nothing was changed"), "{stderr}");
    assert_eq!(env.status(&a), "active");
    let (code, _, _) = env.run(&[
        "--yes",
        "user",
        "block",
        &a,
        "nobody@example.com",
        "--atomic",
    ]);
    assert_eq!(code, 4);
    assert_eq!(env.status(&a), "active");
    env.ok(&["--yes", "user", "block", &a, "--atomic"]);
    assert_eq!(env.status(&a), "blocked");
}

#[test]
fn from_file_reads_plain_csv_and_jsonl_and_stdin() {
    let env = TestEnv::new();
    let ids: Vec<String> = (0..4)
        .map(|i| env.create(&format!("u{i}@example.com"), &["--no-invite"]))
        .collect();
    let plain = env.config_file("plain.txt", "# leavers\nu0@example.com\n\n");
    env.ok(&[
        "--yes",
        "user",
        "block",
        "--from-file",
        plain.to_str().unwrap(),
    ]);
    let csv = env.config_file("leavers.csv", "name,email\nOne,u1@example.com\n");
    env.ok(&[
        "--yes",
        "user",
        "block",
        "--from-file",
        csv.to_str().unwrap(),
    ]);
    let jsonl = env.config_file("leavers.jsonl", &format!("{{\"id\":\"{}\"}}\n", ids[2]));
    env.ok(&[
        "--yes",
        "user",
        "block",
        "--from-file",
        jsonl.to_str().unwrap(),
    ]);
    env.cmd()
        .args(["--yes", "user", "block", "--from-file", "-"])
        .write_stdin("u3@example.com\n")
        .assert()
        .success();
    for id in &ids {
        assert_eq!(env.status(id), "blocked");
    }
    let bad = env.config_file("bad.csv", "name,phone\nOne,1\n");
    let (code, _, stderr) = env.run(&["user", "block", "--from-file", bad.to_str().unwrap()]);
    assert_eq!(code, 6);
    assert!(stderr.contains("bad.csv: line 1"), "{stderr}");
}

#[test]
fn unchanged_reruns_exit_0() {
    let env = TestEnv::new();
    let a = env.create("a@example.com", &["--no-invite"]);
    env.ok(&["user", "archive", &a]);
    let rows = env.json(&["user", "archive", &a]);
    assert_eq!(rows[0]["outcome"], "unchanged");
}

#[test]
fn transitions_prints_the_table() {
    let env = TestEnv::new();
    let rows = env.json(&["user", "transitions"]);
    let block = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["verb"] == "block")
        .unwrap();
    assert_eq!(block["from"], serde_json::json!(["active", "blocked"]));
    assert_eq!(block["to"], "blocked");
    let table = env.ok(&["user", "transitions"]).stdout;
    insta::assert_snapshot!("transitions_table", String::from_utf8(table).unwrap());
}

#[test]
fn outcome_rows_in_every_format() {
    let env = TestEnv::new();
    let a = env.create("a@example.com", &["--no-invite"]);
    let b = env.create("b@example.com", &[]);
    let out = env
        .cmd()
        .args(["--format", "csv", "--yes", "user", "block", &a, &b])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["id", "email", "action", "outcome", "from", "to", "error"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][3], "changed");
    assert_eq!(&rows[1][3], "invalid_transition");
    assert!(rows[1][6].contains("needs active"));

    env.ok(&["user", "unblock", &a]);
    let out = env
        .cmd()
        .args(["--format", "jsonl", "--yes", "user", "block", &a, &b])
        .output()
        .unwrap();
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["outcome"], "changed");

    env.ok(&["user", "unblock", &a]);
    let out = env
        .cmd()
        .args(["-q", "--yes", "user", "block", &a, &b])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        a,
        "-q lists only the users that changed"
    );

    env.ok(&["user", "unblock", &a]);
    let out = env
        .cmd()
        .args(["--yes", "user", "block", &a, &b])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.starts_with("EMAIL") && table.contains("invalid_transition"),
        "{table}"
    );
}

#[test]
fn a_corrupt_row_is_an_internal_error_exit_1() {
    let env = TestEnv::new();
    let id = env.create("a@example.com", &["--no-invite"]);
    env.sql()
        .execute(
            "UPDATE users SET created_at = 'yesterday' WHERE id = ?",
            [&id],
        )
        .unwrap();
    let (code, stdout, stderr) = env.run(&["user", "show", &id]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty());
    assert!(stderr.contains("store"), "{stderr}");
    let (code, stdout, _) = env.run(&["db", "check"]);
    assert_eq!(code, 6, "db check finds the bad row");
    assert!(
        stdout.contains(&id) && stdout.contains("not RFC 3339"),
        "{stdout}"
    );
}

/// Issue 17: counts said "1 entries", "5 invalid transition", "1 cells".
/// Every count has its noun in the right number.
#[test]
fn counts_have_their_nouns_in_the_right_number() {
    let env = TestEnv::new();
    env.ok(&["user", "create", "--no-invite", "ada@example.com"]);
    let (code, _, stderr) = env.run(&["audit", "verify"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("audit log verified: 1 entry, chain intact"),
        "{stderr}"
    );
    env.ok(&["user", "create", "--no-invite", "bob@example.com"]);
    let (_, _, stderr) = env.run(&["audit", "verify"]);
    assert!(stderr.contains("2 entries"), "{stderr}");
    env.ok(&[
        "--yes",
        "user",
        "archive",
        "ada@example.com",
        "bob@example.com",
    ]);
    let (code, _, stderr) = env.run(&[
        "--yes",
        "user",
        "block",
        "ada@example.com",
        "bob@example.com",
    ]);
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("2 invalid transitions"), "{stderr}");
    let (_, _, stderr) = env.run(&["--yes", "user", "block", "ada@example.com"]);
    assert!(stderr.contains("1 invalid transition"), "{stderr}");
    assert!(!stderr.contains("1 invalid transitions"), "{stderr}");
    let file = env.path().join("one.csv");
    std::fs::write(&file, "email,first_name\ncarol@example.com\n").unwrap();
    let (code, stdout, stderr) = env.run(&["--yes", "user", "import", file.to_str().unwrap()]);
    assert_eq!(code, 6, "{stderr}");
    assert!(stdout.contains("has 1 cell; the header has 2"), "{stdout}");
    assert!(stderr.contains("1 of 1 row cannot be imported"), "{stderr}");
}
