//! `user import`, `user export` and `user sync`: whole-file validation,
//! conflict policies, hashes from other systems, the round trip, sync and
//! its idempotence, and CI seeding that re-runs cleanly.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use crate::common::{TestEnv, python, user_in};

/// Writes a file in the test's directory and returns its path as text.
fn file(env: &TestEnv, name: &str, text: &str) -> String {
    let path = env.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// Every user as `user list --json` shows them, by id.
fn users(env: &TestEnv) -> Value {
    env.json(&["user", "list", "--sort", "id"])
}

fn audit_rows(env: &TestEnv) -> i64 {
    env.sql()
        .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
        .unwrap()
}

fn user_count(env: &TestEnv) -> i64 {
    env.sql()
        .query_row("SELECT count(*) FROM users", [], |r| r.get(0))
        .unwrap()
}

/// Runs with `--json` and returns (exit, rows on stdout, stderr).
fn import_rows(env: &TestEnv, args: &[&str]) -> (i32, Vec<Value>, String) {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let (code, out, err) = env.run(&all);
    let rows: Value = serde_json::from_str(&out)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {out}\nstderr: {err}"));
    (code, rows.as_array().cloned().unwrap_or_default(), err)
}

fn outcomes(rows: &[Value]) -> Vec<String> {
    rows.iter()
        .map(|r| r["outcome"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_bad_row_is_named_and_nothing_is_written() {
    let env = TestEnv::new();
    user_in(&env, "active", "taken@example.com");
    let before_audit = audit_rows(&env);
    let path = file(
        &env,
        "staff.csv",
        "email,first_name,status,created_at,attr.operator_type\n\
         ada@example.com,Ada,active,2025-01-02T03:04:05Z,PAYE\n\
         not-an-email,Bob,,,\n\
         carol@example.com,Carol,sleeping,,\n\
         dan@example.com,Dan,,yesterday,\n\
         ADA@Example.com,Ada again,,,\n\
         taken@example.com,Taken,,,\n\
         erin@example.com,\"Erin\u{7}\",,,\n",
    );
    let (code, rows, err) = import_rows(&env, &["user", "import", &path]);
    assert_eq!(code, 6, "{err}");
    assert!(
        err.contains("6 of 7 rows cannot be imported; nothing was written"),
        "{err}"
    );
    let failed: Vec<(i64, String)> = rows
        .iter()
        .map(|r| {
            assert_eq!(r["outcome"], "failed", "{r}");
            (
                r["line"].as_i64().unwrap(),
                r["error"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expect = [
        (3, "line 3: email: \"not-an-email\" has no @"),
        (4, "line 4: status: \"sleeping\" is not one of"),
        (
            5,
            "line 5: created_at: \"yesterday\" is not an RFC 3339 time",
        ),
        (6, "line 6: email: the same user as line 2"),
        (7, "line 7: user taken@example.com already exists"),
        (8, "line 8: first_name: control character"),
    ];
    assert_eq!(failed.len(), expect.len(), "{failed:?}");
    for ((line, error), (want_line, want)) in failed.iter().zip(expect) {
        assert_eq!(*line, want_line);
        assert!(error.contains("staff.csv: "), "{error}");
        assert!(error.contains(want), "{error} should say {want}");
    }
    assert_eq!(user_count(&env), 1, "nothing was written");
    assert_eq!(audit_rows(&env), before_audit);
}

#[test]
fn a_file_that_is_not_a_file_of_users_is_refused_whole() {
    let env = TestEnv::new();
    let path = file(&env, "odd.csv", "email,colour\nada@example.com,red\n");
    let (code, out, err) = env.run(&["user", "import", &path]);
    assert_eq!(code, 6);
    assert!(out.is_empty());
    assert!(
        err.contains("odd.csv: line 1: unknown column \"colour\""),
        "{err}"
    );
    let path = file(&env, "none.csv", "first_name\nAda\n");
    let (code, _, err) = env.run(&["user", "import", &path]);
    assert_eq!(code, 6);
    assert!(err.contains("needs an email column"), "{err}");
    let path = file(
        &env,
        "broken.json",
        "[{\"email\":\"a@example.com\"},\n{\"email\":",
    );
    let (code, _, err) = env.run(&["user", "import", &path]);
    assert_eq!(code, 6);
    assert!(
        err.contains("broken.json: line 2: not a JSON array of objects"),
        "{err}"
    );
    assert!(!env.store_exists() || user_count(&env) == 0);
}

#[test]
fn jsonl_and_json_rows_are_placed_by_line() {
    let env = TestEnv::new();
    let path = file(
        &env,
        "u.jsonl",
        "{\"email\":\"a@example.com\"}\n\n{\"email\":\"b@example.com\",\"roles\":\"x\"\n{\"email\":\"c@example.com\",\"failed_logins\":\"many\"}\n",
    );
    let (code, rows, _) = import_rows(&env, &["user", "import", &path]);
    assert_eq!(code, 6);
    let lines: Vec<i64> = rows.iter().map(|r| r["line"].as_i64().unwrap()).collect();
    assert_eq!(lines, [3, 4]);
    assert!(rows[0]["error"].as_str().unwrap().contains("is not JSON"));
    assert!(
        rows[1]["error"]
            .as_str()
            .unwrap()
            .contains("failed_logins: \"many\" must be a whole number")
    );

    let path = file(
        &env,
        "u.json",
        "[\n  {\"email\": \"a@example.com\"},\n  {\"email\": \"b@example.com\",\n   \"status\": \"gone\"}\n]\n",
    );
    let (code, rows, _) = import_rows(&env, &["user", "import", &path]);
    assert_eq!(code, 6);
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0]["line"], 4,
        "an item is placed by the line it ends on"
    );
}

#[test]
fn skip_invalid_imports_the_good_rows_and_reports_the_others() {
    let env = TestEnv::new();
    let path = file(
        &env,
        "staff.csv",
        "email,first_name\nada@example.com,Ada\nbad,Bob\ngrace@example.com,Grace\n",
    );
    let (code, rows, err) =
        import_rows(&env, &["--yes", "user", "import", &path, "--skip-invalid"]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(outcomes(&rows), ["created", "failed", "created"]);
    assert!(err.contains("2 created, 1 failed"), "{err}");
    assert_eq!(user_count(&env), 2);
    assert_eq!(env.status("grace@example.com"), "active");
    let shown = env.json(&["user", "show", "ada@example.com"]);
    assert_eq!(shown["first_name"], "Ada");
    assert_eq!(shown["id"], rows[0]["id"]);
}

#[test]
fn each_conflict_policy() {
    let env = TestEnv::new();
    let id = env.create(
        "ada@example.com",
        &["--no-invite", "--first", "Ada", "--phone", "1"],
    );
    let path = file(
        &env,
        "staff.csv",
        "email,first_name,last_name\nada@example.com,Augusta,Lovelace\nnew@example.com,New,\n",
    );

    // fail: the existing user is a conflict, and nothing is written.
    let (code, rows, err) = import_rows(&env, &["--yes", "user", "import", &path]);
    assert_eq!(code, 5, "{err}");
    assert_eq!(rows.len(), 1);
    assert!(
        rows[0]["error"].as_str().unwrap().contains(&id),
        "{}",
        rows[0]
    );
    assert_eq!(user_count(&env), 1);

    // skip: the existing user is left exactly as they were.
    let before = env.json(&["user", "show", &id]);
    let (code, rows, _) = import_rows(
        &env,
        &["--yes", "user", "import", &path, "--on-conflict", "skip"],
    );
    assert_eq!(code, 0);
    assert_eq!(outcomes(&rows), ["unchanged", "created"]);
    assert_eq!(env.json(&["user", "show", &id]), before);

    // update: the fields the file has change; the ones it lacks stay.
    let audit = audit_rows(&env);
    let (code, rows, _) = import_rows(
        &env,
        &["--yes", "user", "import", &path, "--on-conflict", "update"],
    );
    assert_eq!(code, 0);
    assert_eq!(outcomes(&rows), ["updated", "unchanged"]);
    let after = env.json(&["user", "show", &id]);
    assert_eq!(after["first_name"], "Augusta");
    assert_eq!(after["last_name"], "Lovelace");
    assert_eq!(after["phone"], "1");
    assert_eq!(audit_rows(&env), audit + 1);
    let history = env.json(&["user", "history", &id]);
    let last = history.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "update");
    assert!(last["changes"].to_string().contains("Augusta"), "{last}");

    // Again: nothing left to change.
    let (code, rows, _) = import_rows(
        &env,
        &["--yes", "user", "import", &path, "--on-conflict", "update"],
    );
    assert_eq!(code, 0);
    assert_eq!(outcomes(&rows), ["unchanged", "unchanged"]);
    assert_eq!(audit_rows(&env), audit + 1);
}

/// Two rows of one file that name one user, one by its id (giving it a new
/// email) and one by its current email, are the same user twice: the second
/// is refused with the line of the first, and nothing is written. (Before,
/// with `--on-conflict update` both were `updated` from the user as it was:
/// the user ended with the first row's email and the second row's name, the
/// output said the second row's email was still there, and the second audit
/// entry gave an old name the user no longer had. `user sync` did the same.)
#[test]
fn two_rows_naming_one_user_by_id_and_by_email_are_refused() {
    let env = TestEnv::new();
    let id = env.create("ada@example.com", &["--no-invite", "--first", "Ada"]);
    let audit = audit_rows(&env);
    let path = file(
        &env,
        "twice.csv",
        &format!("id,email,first_name\n{id},new@example.com,One\n,ADA@example.com,Two\n"),
    );
    for args in [
        &["--yes", "user", "import", &path, "--on-conflict", "update"][..],
        &["--yes", "user", "sync", &path, "--missing", "ignore"],
    ] {
        let (code, rows, err) = import_rows(&env, args);
        assert_eq!(code, 6, "{args:?}: {rows:?} {err}");
        let failed: Vec<&Value> = rows.iter().filter(|r| r["outcome"] == "failed").collect();
        assert_eq!(failed.len(), 1, "{args:?}: {rows:?}");
        assert_eq!(failed[0]["line"], 3);
        let error = failed[0]["error"].as_str().unwrap();
        assert!(error.contains("the same user as line 2"), "{error}");
        let user = env.json(&["user", "show", &id]);
        assert_eq!(
            (&user["email"], &user["first_name"]),
            (&Value::from("ada@example.com"), &Value::from("Ada")),
            "{args:?}: nothing was written"
        );
        assert_eq!(audit_rows(&env), audit, "{args:?}: nothing was audited");
    }
}

#[test]
fn an_update_moves_status_only_the_way_a_verb_would() {
    let env = TestEnv::new();
    let id = user_in(&env, "active", "ada@example.com");
    let path = file(
        &env,
        "b.csv",
        "email,status,blocked_reason\nada@example.com,blocked,left\n",
    );
    let (code, rows, _) = import_rows(
        &env,
        &["--yes", "user", "import", &path, "--on-conflict", "update"],
    );
    assert_eq!(code, 0);
    assert_eq!(outcomes(&rows), ["updated"]);
    let shown = env.json(&["user", "show", &id]);
    assert_eq!(shown["status"], "blocked");
    assert_eq!(shown["blocked_reason"], "left");

    let path = file(&env, "i.csv", "email,status\nada@example.com,invited\n");
    let (code, rows, _) = import_rows(
        &env,
        &["--yes", "user", "import", &path, "--on-conflict", "update"],
    );
    assert_eq!(code, 5);
    let error = rows[0]["error"].as_str().unwrap();
    assert!(
        error.contains("is blocked; an import cannot make it invited"),
        "{error}"
    );
    assert_eq!(env.status(&id), "blocked");
}

#[test]
fn bcrypt_and_argon2_hashes_are_kept_and_verify() {
    let env = TestEnv::new();
    let password = "a long and unusual passphrase 7";
    let bcrypt_hash = bcrypt::hash(password, 4).unwrap();
    let (code, argon2_hash) = python::run_script("argon2_hash.py", password);
    assert_eq!(code, 0, "{argon2_hash}");
    let argon2_hash = argon2_hash.trim().to_string();
    let path = file(
        &env,
        "hashes.csv",
        &format!(
            "email,password_hash\nb@example.com,{bcrypt_hash}\na@example.com,\"{argon2_hash}\"\nx@example.com,plaintext\n"
        ),
    );
    let (code, rows, _) = import_rows(&env, &["--yes", "user", "import", &path, "--skip-invalid"]);
    assert_eq!(code, 3);
    assert_eq!(outcomes(&rows), ["created", "created", "failed"]);
    assert!(
        rows[2]["error"]
            .as_str()
            .unwrap()
            .contains("password_hash: is not an argon2 PHC string")
    );
    let stored = |email: &str| -> String {
        env.sql()
            .query_row(
                "SELECT password_hash FROM users WHERE email = ?",
                [email],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(stored("b@example.com"), bcrypt_hash, "kept as it is");
    assert_eq!(stored("a@example.com"), argon2_hash);
    for email in ["a@example.com", "b@example.com"] {
        let out = env
            .cmd()
            .args(["auth", "verify", email, "--password-stdin"])
            .write_stdin(format!("{password}\n"))
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{email}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(
        stored("b@example.com").starts_with("$argon2id$"),
        "bcrypt upgraded on sign-in"
    );
    let out = env
        .cmd()
        .args(["auth", "verify", "a@example.com", "--password-stdin"])
        .write_stdin("not the password\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
}

/// A store with users in every status, with the fields a round trip must
/// keep: attributes, roles, groups with awkward names, text a spreadsheet
/// would run, times, a password hash.
fn varied_store(env: &TestEnv) {
    env.access(
        &["admin", "support"],
        &["team:north", "client:Smith; Jones, \"Ltd\""],
    );
    for status in crate::common::STATUSES {
        user_in(env, status, &format!("{status}@example.com"));
    }
    env.ok(&[
        "user",
        "update",
        "active@example.com",
        "--username",
        "act",
        "--first",
        "=SUM(A1)",
        "--phone",
        "+44 20 7946 0000",
        "--comment",
        "'quoted",
        "--attr",
        "operator_type=PAYE",
        "--attr",
        "code=-7",
        "--add-role",
        "admin",
        "--add-role",
        "support",
        "--add-group",
        "client:Smith; Jones, \"Ltd\"",
        "--add-group",
        "team:north",
        "--add-permission",
        "reports.read",
    ]);
    env.cmd()
        .args([
            "user",
            "reset-password",
            "blocked@example.com",
            "--password-stdin",
        ])
        .write_stdin("another long passphrase for the locked door 9\n")
        .assert()
        .success();
    env.ok(&[
        "user",
        "block",
        "blocked@example.com",
        "--reason",
        "left, for now",
        "--until",
        "2099-01-01T00:00:00Z",
    ]);
}

#[test]
fn an_export_imports_into_an_empty_store_as_the_same_users() {
    let env = TestEnv::new();
    varied_store(&env);
    let original = users(&env);
    let hashes: Value = env
        .sql()
        .query_row(
            "SELECT json_group_object(id, password_hash) FROM users",
            [],
            |r| r.get::<_, String>(0),
        )
        .map(|s| serde_json::from_str(&s).unwrap())
        .unwrap();
    for ext in ["csv", "jsonl", "json"] {
        let export = env.path().join(format!("all.{ext}"));
        env.ok(&[
            "user",
            "export",
            "--include-hashes",
            "--output",
            export.to_str().unwrap(),
        ]);
        let mode = std::fs::metadata(&export).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{ext}");
        let other = TestEnv::new();
        let (code, rows, err) = import_rows(
            &other,
            &["--yes", "user", "import", export.to_str().unwrap()],
        );
        assert_eq!(code, 0, "{ext}: {err}");
        assert!(
            rows.iter().all(|r| r["outcome"] == "created"),
            "{ext}: {rows:?}"
        );
        assert_eq!(users(&other), original, "{ext}: the same users");
        let copied: Value = other
            .sql()
            .query_row(
                "SELECT json_group_object(id, password_hash) FROM users",
                [],
                |r| r.get::<_, String>(0),
            )
            .map(|s| serde_json::from_str(&s).unwrap())
            .unwrap();
        assert_eq!(copied, hashes, "{ext}: the same hashes");
        let groups = other.json(&["group", "list"]);
        assert!(
            groups.to_string().contains("Smith; Jones, \\\"Ltd\\\""),
            "{groups}"
        );
    }
}

#[test]
fn an_export_never_overwrites_and_keeps_hashes_out_unless_asked() {
    let env = TestEnv::new();
    let id = env.create("ada@example.com", &["--no-invite"]);
    env.cmd()
        .args(["user", "reset-password", &id, "--password-stdin"])
        .write_stdin("a long and unusual passphrase 7\n")
        .assert()
        .success();
    let out = env.ok(&["user", "export"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("id,email,username,first_name"), "{text}");
    assert!(
        !text.contains("password_hash") && !text.contains("$argon2"),
        "{text}"
    );
    let out = env.ok(&["--format", "jsonl", "user", "export", "--include-hashes"]);
    let line: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        line["password_hash"]
            .as_str()
            .unwrap()
            .starts_with("$argon2id$")
    );

    let path = file(&env, "kept.csv", "precious\n");
    let (code, _, err) = env.run(&["user", "export", "--output", &path]);
    assert_eq!(code, 5);
    assert!(err.contains("never overwrites"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "precious\n");

    let (code, _, err) = env.run(&["--format", "csv", "user", "export", "--output", "x.json"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn export_takes_a_selector() {
    let env = TestEnv::new();
    user_in(&env, "active", "a@example.com");
    user_in(&env, "blocked", "b@example.com");
    let out = env.ok(&["--format", "jsonl", "user", "export", "--status", "blocked"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1);
    assert!(text.contains("b@example.com"));
}

#[test]
fn sync_makes_the_store_match_and_a_second_run_changes_nothing() {
    for missing in ["ignore", "block", "archive"] {
        let env = TestEnv::new();
        let kept = user_in(&env, "active", "kept@example.com");
        let gone = user_in(&env, "active", "gone@example.com");
        let invited = user_in(&env, "invited", "invited@example.com");
        let path = file(
            &env,
            "staff.csv",
            "email,first_name\nkept@example.com,Kept\nnew@example.com,New\n",
        );

        // The plan first: nothing written.
        let audit = audit_rows(&env);
        let (code, plan, _) = import_rows(
            &env,
            &["user", "sync", &path, "--missing", missing, "--dry-run"],
        );
        assert_eq!(code, 0);
        assert_eq!(audit_rows(&env), audit);
        assert_eq!(user_count(&env), 3);

        let (code, done, err) = import_rows(
            &env,
            &["--yes", "user", "sync", &path, "--missing", missing],
        );
        assert_eq!(code, 0, "{missing}: {err}");
        let by_email = |rows: &[Value], email: &str| {
            rows.iter()
                .find(|r| r["email"] == email)
                .map(|r| r["outcome"].as_str().unwrap().to_string())
        };
        assert_eq!(
            by_email(&done, "kept@example.com").as_deref(),
            Some("updated")
        );
        assert_eq!(
            by_email(&done, "new@example.com").as_deref(),
            Some("created")
        );
        assert_eq!(env.json(&["user", "show", &kept])["first_name"], "Kept");
        let (gone_status, gone_outcome) = match missing {
            "ignore" => ("active", None),
            "block" => ("blocked", Some("blocked")),
            _ => ("archived", Some("archived")),
        };
        assert_eq!(env.status(&gone), gone_status, "{missing}");
        assert_eq!(by_email(&done, "gone@example.com").as_deref(), gone_outcome);
        assert_eq!(
            by_email(&plan, "gone@example.com").as_deref(),
            gone_outcome.map(|o| if o == "blocked" {
                "would_block"
            } else {
                "would_archive"
            })
        );
        // An invited user cannot be blocked: left as they are.
        let invited_status = if missing == "archive" {
            "archived"
        } else {
            "invited"
        };
        assert_eq!(env.status(&invited), invited_status, "{missing}");

        let audit = audit_rows(&env);
        let (code, again, _) = import_rows(
            &env,
            &["--yes", "user", "sync", &path, "--missing", missing],
        );
        assert_eq!(code, 0);
        assert!(
            again.iter().all(|r| r["outcome"] == "unchanged"),
            "{missing}: {again:?}"
        );
        assert_eq!(
            audit_rows(&env),
            audit,
            "{missing}: a second run writes nothing"
        );
    }
}

#[test]
fn sync_is_checked_like_a_bulk_verb() {
    let env = TestEnv::new();
    for i in 0..3 {
        user_in(&env, "active", &format!("old{i}@example.com"));
    }
    let path = file(&env, "staff.csv", "email\nnew@example.com\n");
    let (code, _, err) = env.run(&[
        "--yes",
        "user",
        "sync",
        &path,
        "--missing",
        "block",
        "--max-affected",
        "2",
    ]);
    assert_eq!(code, 5, "{err}");
    assert!(
        err.contains("4 users would change, more than --max-affected 2"),
        "{err}"
    );
    let (code, _, err) = env.run(&["user", "sync", &path, "--missing", "block"]);
    assert_eq!(code, 9, "no terminal and no --yes: {err}");
    assert_eq!(user_count(&env), 3);
    assert!(
        (0..3).all(|i| env.status(&format!("old{i}@example.com")) == "active"),
        "nothing changed"
    );
}

#[test]
fn dry_run_and_atomic_write_nothing() {
    let env = TestEnv::new();
    let path = file(&env, "staff.csv", "email\na@example.com\nb@example.com\n");
    let (code, rows, err) = import_rows(&env, &["user", "import", &path, "--dry-run"]);
    assert_eq!(code, 0);
    assert_eq!(outcomes(&rows), ["would_create", "would_create"]);
    assert!(
        err.contains("dry run, nothing changed: 2 would create"),
        "{err}"
    );
    assert!(!env.store_exists() || user_count(&env) == 0);

    let path = file(
        &env,
        "one-bad.csv",
        "email\na@example.com\nb@example.com,\nnot-email\n",
    );
    let (code, _, _) = env.run(&["--yes", "user", "import", &path, "--atomic"]);
    assert_eq!(code, 6);
    assert!(!env.store_exists() || user_count(&env) == 0);
    let (code, _, err) = env.run(&[
        "--yes",
        "user",
        "import",
        &path,
        "--atomic",
        "--skip-invalid",
    ]);
    assert_eq!(code, 2, "{err}");

    let path = file(&env, "good.csv", "email\na@example.com\nb@example.com\n");
    let (code, rows, _) = import_rows(&env, &["--yes", "user", "import", &path, "--atomic"]);
    assert_eq!(code, 0);
    assert_eq!(outcomes(&rows), ["created", "created"]);
    let (code, _, _) = env.run(&["--yes", "user", "import", &path, "--max-affected", "1"]);
    assert_eq!(code, 5, "both exist: a conflict before any limit");
}

#[test]
fn ci_seeding_re_runs_with_one_credentials_file() {
    let env = TestEnv::new();
    let creds = env.path().join("creds.csv");
    let creds_arg = creds.to_str().unwrap();
    let seed = |rows: &str| file(&env, "seed.csv", &format!("email,roles\n{rows}"));
    let import = |path: &str| {
        import_rows(
            &env,
            &[
                "--yes",
                "user",
                "import",
                path,
                "--on-conflict",
                "skip",
                "--generate-password",
                "--credentials-file",
                creds_arg,
            ],
        )
    };
    let path = seed("ci1@example.com,\nci2@example.com,\n");
    let (code, first, err) = import(&path);
    assert_eq!(code, 0, "{err}");
    assert_eq!(outcomes(&first), ["created", "created"]);
    assert_eq!(
        std::fs::metadata(&creds).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let text = std::fs::read_to_string(&creds).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(
        !first.iter().any(|r| r.to_string().contains("password")),
        "no password on stdout"
    );

    // Again: every user exists, no password is made, the file is as it was.
    let (code, again, _) = import(&path);
    assert_eq!(code, 0);
    assert_eq!(outcomes(&again), ["unchanged", "unchanged"]);
    assert_eq!(std::fs::read_to_string(&creds).unwrap(), text);

    // One more user: one more line, appended.
    let path = seed("ci1@example.com,\nci2@example.com,\nci3@example.com,\n");
    let (code, third, _) = import(&path);
    assert_eq!(code, 0);
    assert_eq!(outcomes(&third), ["unchanged", "unchanged", "created"]);
    let now = std::fs::read_to_string(&creds).unwrap();
    assert!(now.starts_with(&text), "appended, not rewritten");
    assert_eq!(now.lines().count(), 4);
    for line in now.lines().skip(1) {
        let (email, password) = line.split_once(',').unwrap();
        let out = env
            .cmd()
            .args(["auth", "verify", email, "--password-stdin"])
            .write_stdin(format!("{password}\n"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{email}");
    }
    let shown = env.json(&["user", "show", "ci3@example.com"]);
    assert_eq!(shown["status"], "active");
    assert_eq!(shown["must_change_password"], true);
}

#[test]
fn invite_sends_each_new_user_an_invitation() {
    let env = TestEnv::new();
    let path = file(
        &env,
        "new.csv",
        "email,first_name\na@example.com,Ada\nb@example.com,Bo\n",
    );
    let (code, rows, err) = import_rows(&env, &["--yes", "user", "import", &path, "--invite"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(outcomes(&rows), ["created", "created"]);
    assert_eq!(env.status("a@example.com"), "invited");
    let mails = env.emails();
    assert_eq!(mails.len(), 2, "{err}");
    assert!(mails.iter().any(|m| m.contains("To: a@example.com")));

    let path = file(&env, "more.csv", "email\nc@example.com\n");
    env.ok(&["--yes", "user", "import", &path]);
    assert_eq!(
        env.status("c@example.com"),
        "active",
        "no --invite: active, no mail"
    );
    assert_eq!(env.emails().len(), 2);
}

#[test]
fn roles_and_groups_a_file_names_are_made_and_said() {
    let env = TestEnv::new();
    let path = file(
        &env,
        "staff.csv",
        "email,roles,groups\na@example.com,viewer,team:north;client:Acme\\; Co\n",
    );
    let (code, _, err) = env.run(&["--yes", "user", "import", &path]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("made role viewer"), "{err}");
    let shown = env.json(&["user", "show", "a@example.com"]);
    assert_eq!(shown["roles"], serde_json::json!(["viewer"]));
    assert_eq!(
        shown["groups"],
        serde_json::json!(["client:Acme; Co", "team:north"])
    );
    assert_eq!(shown["effective_permissions"], serde_json::json!([]));
}

#[test]
fn hashes_leave_only_for_an_actor_who_may_administer_the_store() {
    let env = TestEnv::new();
    env.ok(&["role", "create", "reader", "--permission", "users.read"]);
    env.create("reader@example.com", &["--no-invite", "--role", "reader"]);
    let as_reader = ["--as", "reader@example.com", "user", "export"];
    let (code, out, err) = env.run(&as_reader);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("reader@example.com"));
    let (code, out, err) = env.run(&[&as_reader[..], &["--include-hashes"]].concat());
    assert_eq!(code, 7, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("needs the permission store.admin"), "{err}");
}

/// Runs a shell pipeline with roster as `$R` in the test's environment.
fn shell(env: &TestEnv, script: &str) -> (i32, String, String) {
    let roster = assert_cmd::cargo::cargo_bin("roster");
    let out = env
        .std_cmd()
        .get_envs()
        .fold(std::process::Command::new("bash"), |mut cmd, (k, v)| {
            match v {
                Some(v) => cmd.env(k, v),
                None => cmd.env_remove(k),
            };
            cmd
        })
        .current_dir(env.path())
        .env("R", roster)
        .args(["-c", script])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn passwords_committed_stay_in_the_credentials_file_when_output_fails() {
    let env = TestEnv::new();
    file(
        &env,
        "g.csv",
        "email\na@example.com\nb@example.com\nc@example.com\n",
    );
    let (code, _, err) = shell(
        &env,
        "$R --yes user import g.csv --generate-password --credentials-file c.csv > /dev/full",
    );
    assert_eq!(code, 3, "written, then the rows could not be: {err}");
    // Through a server, the server does the rest; the client says so.
    assert!(
        err.contains("stopped early") || err.contains("its rows could not be shown"),
        "{err}"
    );
    let text = std::fs::read_to_string(env.path().join("c.csv")).expect("the file is kept");
    assert_eq!(text.lines().count(), 4, "{text}");
    for line in text.lines().skip(1) {
        let (email, password) = line.split_once(',').unwrap();
        env.cmd()
            .args(["auth", "verify", email, "--password-stdin"])
            .write_stdin(format!("{password}\n"))
            .assert()
            .success();
    }

    let (code, _, err) = shell(
        &env,
        "$R --yes user reset-password --all --generate-password --credentials-file r.csv > /dev/full",
    );
    assert_ne!(code, 0, "{err}");
    let text = std::fs::read_to_string(env.path().join("r.csv")).expect("the file is kept");
    let (email, password) = text.lines().nth(1).unwrap().split_once(',').unwrap();
    env.cmd()
        .args(["auth", "verify", email, "--password-stdin"])
        .write_stdin(format!("{password}\n"))
        .assert()
        .success();
}

#[test]
fn a_closed_pipe_does_not_stop_an_import_half_way() {
    let env = TestEnv::new();
    let mut text = String::from("email\n");
    for i in 0..4500 {
        text.push_str(&format!("u{i}@example.com\n"));
    }
    file(&env, "many.csv", &text);
    let (code, out, err) = shell(
        &env,
        "$R --yes --format jsonl user import many.csv | head -1; echo \"exit ${PIPESTATUS[0]}\"",
    );
    assert!(out.ends_with("exit 0\n"), "{out}\n{err}");
    assert_eq!(code, 0);
    assert_eq!(user_count(&env), 4500);
    let (_, out, _) = shell(
        &env,
        "$R --yes --format jsonl user block --all | head -1; echo \"exit ${PIPESTATUS[0]}\"",
    );
    assert!(out.ends_with("exit 0\n"), "{out}");
    let blocked: i64 = env
        .sql()
        .query_row(
            "SELECT count(*) FROM users WHERE status = 'blocked'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(blocked, 4500);
}

#[test]
fn sync_never_takes_a_mistyped_row_for_a_missing_user() {
    let env = TestEnv::new();
    for name in ["ada", "bob", "carol"] {
        user_in(&env, "active", &format!("{name}@example.com"));
    }
    let path = file(
        &env,
        "s.csv",
        "email,first_name,phone\nada@example.com,Ada,\nbob@example.com,Bob,\"\u{1}bad\"\n",
    );
    let (code, rows, err) = import_rows(
        &env,
        &[
            "--yes",
            "user",
            "sync",
            &path,
            "--missing",
            "archive",
            "--skip-invalid",
        ],
    );
    assert_eq!(code, 3, "{err}");
    assert_eq!(
        env.status("bob@example.com"),
        "active",
        "his row was only mistyped"
    );
    assert_eq!(env.status("carol@example.com"), "archived");
    assert!(
        rows.iter()
            .any(|r| r["email"] == "carol@example.com" && r["outcome"] == "archived")
    );

    // A row that names nobody one can tell: the missing users are unknown.
    let path = file(
        &env,
        "b.csv",
        "email,first_name\nada@example.com,Ada\nwho,knows,what\n",
    );
    let (code, _, err) = env.run(&[
        "--yes",
        "user",
        "sync",
        &path,
        "--missing",
        "block",
        "--skip-invalid",
    ]);
    assert_eq!(code, 6, "{err}");
    assert!(
        err.contains("b.csv: line 3: cannot tell which user this row names"),
        "{err}"
    );
    assert_eq!(env.status("bob@example.com"), "active");
}

#[test]
fn sync_missing_block_leaves_a_block_as_it_is() {
    let env = TestEnv::new();
    user_in(&env, "active", "ada@example.com");
    let bob = user_in(&env, "active", "bob@example.com");
    env.ok(&[
        "user",
        "block",
        &bob,
        "--reason",
        "fraud review",
        "--until",
        "2099-01-01T00:00:00Z",
    ]);
    let path = file(&env, "s.csv", "email\nada@example.com\n");
    let (code, rows, _) = import_rows(
        &env,
        &["--yes", "user", "sync", &path, "--missing", "block"],
    );
    assert_eq!(code, 0);
    assert!(
        rows.iter()
            .any(|r| r["email"] == "bob@example.com" && r["outcome"] == "unchanged")
    );
    let shown = env.json(&["user", "show", &bob]);
    assert_eq!(shown["blocked_reason"], "fraud review");
    assert_eq!(shown["blocked_until"], "2099-01-01T00:00:00Z");
}

#[test]
fn an_empty_password_hash_leaves_the_password() {
    let env = TestEnv::new();
    let id = user_in(&env, "active", "ada@example.com");
    env.cmd()
        .args(["user", "reset-password", &id, "--password-stdin"])
        .write_stdin("a long and unusual passphrase 7\n")
        .assert()
        .success();
    let path = file(&env, "h.csv", "email,password_hash\nada@example.com,\n");
    for _ in 0..2 {
        let (code, rows, _) = import_rows(
            &env,
            &["--yes", "user", "sync", &path, "--missing", "ignore"],
        );
        assert_eq!(code, 0);
        assert_eq!(outcomes(&rows), ["unchanged"]);
    }
    env.cmd()
        .args(["auth", "verify", &id, "--password-stdin"])
        .write_stdin("a long and unusual passphrase 7\n")
        .assert()
        .success();
}

#[test]
fn a_jsonl_line_that_is_not_utf8_is_one_failed_row() {
    let env = TestEnv::new();
    let path = env.path().join("u.jsonl");
    std::fs::write(
        &path,
        b"{\"email\":\"a@example.com\"}\n{\"email\":\"b\xff@example.com\"}\n{\"email\":\"c@example.com\"}\n{\"email\":\"d@example.com\"}\n",
    )
    .unwrap();
    let (code, rows, _) = import_rows(
        &env,
        &[
            "--yes",
            "user",
            "import",
            path.to_str().unwrap(),
            "--skip-invalid",
        ],
    );
    assert_eq!(code, 3);
    let seen: Vec<(i64, String)> = rows
        .iter()
        .map(|r| {
            (
                r["line"].as_i64().unwrap(),
                r["outcome"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (1, "created".into()),
            (2, "failed".into()),
            (3, "created".into()),
            (4, "created".into())
        ]
    );
}

#[test]
fn a_plain_password_column_is_refused_before_any_row() {
    let env = TestEnv::new();
    let path = file(
        &env,
        "p.csv",
        "email,password\na@example.com,hunter2hunter2\n",
    );
    let (code, out, err) = env.run(&["--yes", "user", "import", &path]);
    assert_eq!(code, 6);
    assert!(out.is_empty());
    assert!(
        err.contains("line 1: column \"password\": roster never reads a password"),
        "{err}"
    );
    assert!(!err.contains("hunter2"));
}

#[test]
fn an_import_needs_the_permissions_of_what_it_does() {
    let env = TestEnv::new();
    env.ok(&["role", "create", "manager", "--permission", "users.manage"]);
    env.create("boss@example.com", &["--no-invite", "--role", "manager"]);
    let bob = user_in(&env, "active", "bob@example.com");
    let hash = bcrypt::hash("a long and unusual passphrase 7", 4).unwrap();
    let cases = [
        (
            "hash.csv",
            format!("email,password_hash\nbob@example.com,{hash}\n"),
            &["--on-conflict", "update"][..],
            "users.reset-password",
        ),
        (
            "block.csv",
            "email,status\nbob@example.com,blocked\n".to_string(),
            &["--on-conflict", "update"][..],
            "users.block",
        ),
        (
            "role.csv",
            "email,roles\nnew@example.com,superpower\n".to_string(),
            &[][..],
            "roles.manage",
        ),
    ];
    for (name, text, extra, permission) in cases {
        let path = file(&env, name, &text);
        let mut args = vec!["--as", "boss@example.com", "--yes", "user", "import", &path];
        args.extend_from_slice(extra);
        let (code, out, err) = env.run(&args);
        assert_eq!(code, 7, "{name}: {err}");
        // Refused for the whole file (stderr), or on the row (its error).
        assert!(
            format!("{out}{err}").contains(&format!("needs the permission {permission}")),
            "{name}: {out}{err}"
        );
    }
    let path = file(&env, "all.csv", "email\nboss@example.com\n");
    let (code, _, err) = env.run(&[
        "--as",
        "boss@example.com",
        "--yes",
        "user",
        "sync",
        &path,
        "--missing",
        "block",
    ]);
    assert_eq!(code, 7, "{err}");
    assert_eq!(env.status(&bob), "active");
    assert_eq!(user_count(&env), 2, "nothing was written");
    // What users.manage covers goes through.
    let path = file(&env, "ok.csv", "email,first_name\nnew@example.com,New\n");
    let (code, _, err) = env.run(&["--as", "boss@example.com", "--yes", "user", "import", &path]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn atomic_writes_nothing_when_a_late_batch_fails() {
    let env = TestEnv::new();
    user_in(&env, "active", "first@example.com");
    // A store that refuses any user past the 2,100th: the failure comes in the
    // second batch, after the file was checked.
    env.sql()
        .execute_batch(
            "CREATE TRIGGER refuse_late BEFORE INSERT ON users \
             WHEN (SELECT count(*) FROM users) >= 2100 \
             BEGIN SELECT RAISE(ABORT, 'full'); END;",
        )
        .unwrap();
    let mut text = String::from("email\n");
    for i in 0..2500 {
        text.push_str(&format!("u{i}@example.com\n"));
    }
    let path = file(&env, "many.csv", &text);
    let (code, _, err) = env.run(&["--yes", "user", "import", &path, "--atomic"]);
    assert_ne!(code, 0, "{err}");
    assert_eq!(user_count(&env), 1, "all or nothing: {err}");

    let (code, _, err) = env.run(&["--yes", "--format", "jsonl", "user", "import", &path]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(
        user_count(&env),
        2001,
        "the first batch is written, the second fails"
    );
}

#[test]
fn import_max_affected_counts_the_users_it_would_create() {
    let env = TestEnv::new();
    let path = file(
        &env,
        "three.csv",
        "email\na@example.com\nb@example.com\nc@example.com\n",
    );
    let (code, _, err) = env.run(&["--yes", "user", "import", &path, "--max-affected", "2"]);
    assert_eq!(code, 5, "{err}");
    assert!(
        err.contains("3 users would change, more than --max-affected 2"),
        "{err}"
    );
    assert!(!env.store_exists() || user_count(&env) == 0);
    let (code, _, _) = env.run(&["--yes", "user", "import", &path, "--max-affected", "3"]);
    assert_eq!(code, 0);
    assert_eq!(user_count(&env), 3);
}

#[test]
fn imported_argon2_hashes_are_bounded_and_weak_ones_replaced() {
    let env = TestEnv::new();
    let password = "a long and unusual passphrase 7";
    let (code, weak) = python::run_script_with("argon2_hash.py", &["1", "8", "1"], password);
    assert_eq!(code, 0, "{weak}");
    let weak = weak.trim().to_string();
    assert!(weak.contains("m=8,t=1,p=1"), "{weak}");
    // A hash that would take minutes to check at every sign-in.
    let costly = weak.replace("m=8,t=1,p=1", "m=2097152,t=100,p=1");
    let path = file(
        &env,
        "h.csv",
        &format!(
            "email,password_hash\nweak@example.com,\"{weak}\"\ncostly@example.com,\"{costly}\"\n"
        ),
    );
    let (code, rows, _) = import_rows(&env, &["--yes", "user", "import", &path, "--skip-invalid"]);
    assert_eq!(code, 3);
    assert_eq!(outcomes(&rows), ["created", "failed"]);
    let error = rows[1]["error"].as_str().unwrap();
    assert!(
        error.contains("password_hash: asks too much of every sign-in"),
        "{error}"
    );
    env.cmd()
        .args(["auth", "verify", "weak@example.com", "--password-stdin"])
        .write_stdin(format!("{password}\n"))
        .assert()
        .success();
    let stored: String = env
        .sql()
        .query_row(
            "SELECT password_hash FROM users WHERE email = 'weak@example.com'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "replaced: {stored}"
    );
}

/// Issue 17: a bcrypt hash of cost 31 made every sign-in of its user run for
/// days. Above cost 14, a hash is refused where it comes in (import and
/// sync, exit 6 naming the line) and never checked if it is already stored.
#[test]
fn imported_bcrypt_hashes_above_cost_14_are_refused() {
    let env = TestEnv::new();
    // A well-formed bcrypt hash, only its cost changed.
    let cheap = "$2b$04$abcdefghijklmnopqrstuuQ0aQpD2dTjbTIF6iSV0fb0sCpyStRGK";
    let costly = cheap.replacen("$04$", "$31$", 1);
    let path = file(
        &env,
        "h.csv",
        &format!("email,password_hash\nok@example.com,{cheap}\ncostly@example.com,{costly}\n"),
    );
    for verb in ["import", "sync"] {
        let mut args = vec!["--yes", "user", verb, &path];
        if verb == "sync" {
            args.extend(["--missing", "ignore"]);
        }
        let (code, rows, err) = import_rows(&env, &args);
        assert_eq!(code, 6, "{verb}: {err}");
        let error = rows
            .iter()
            .find(|r| r["outcome"] == "failed")
            .and_then(|r| r["error"].as_str())
            .unwrap_or_else(|| panic!("{verb}: {rows:?}"));
        assert!(
            error.contains(
                "line 3: password_hash: asks too much of every sign-in: bcrypt cost 31, at most 14"
            ),
            "{verb}: {error}"
        );
        assert!(!env.store_exists() || user_count(&env) == 0, "{verb}");
    }
}

/// Issue 17: in a file with CRLF line ends (roster's own CSV export has
/// them), every line number was one less than the line's. A quoted cell
/// over two lines (refused: no field holds a line break) and a blank line
/// count as lines too.
#[test]
fn line_numbers_are_right_with_crlf_line_ends() {
    let env = TestEnv::new();
    let lf = "email,comment,status\n\
              ada@example.com,\"two\nlines\",active\n\
              \n\
              bad,,active\n\
              carol@example.com,,sleeping\n";
    let crlf = lf.replace('\n', "\r\n");
    for (name, text) in [("lf.csv", lf.to_string()), ("crlf.csv", crlf)] {
        let path = file(&env, name, &text);
        let (code, rows, err) = import_rows(&env, &["--yes", "user", "import", &path]);
        assert_eq!(code, 6, "{name}: {err}");
        let failed: Vec<(i64, String)> = rows
            .iter()
            .filter(|r| r["outcome"] == "failed")
            .map(|r| {
                (
                    r["line"].as_i64().unwrap(),
                    r["error"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let want = [
            (2, "line 2: comment"),
            (5, "line 5: email"),
            (6, "line 6: status"),
        ];
        assert_eq!(failed.len(), want.len(), "{name}: {failed:?}");
        for ((line, error), (want_line, says)) in failed.iter().zip(want) {
            assert_eq!(*line, want_line, "{name}: {failed:?}");
            assert!(error.contains(says), "{name}: {failed:?}");
        }
    }
    // roster's own export: its third line names the second user.
    env.ok(&["user", "create", "--no-invite", "a@example.com"]);
    env.ok(&["user", "create", "--no-invite", "b@example.com"]);
    let export = env.path().join("all.csv");
    env.ok(&["user", "export", "--output", export.to_str().unwrap()]);
    let text = std::fs::read_to_string(&export).unwrap();
    assert!(text.contains("\r\n"), "the export has CRLF line ends");
    let broken = text.replace("b@example.com", "b-at-example.com");
    let path = file(&env, "broken.csv", &broken);
    let (code, rows, err) = import_rows(
        &env,
        &["--yes", "user", "import", &path, "--on-conflict", "skip"],
    );
    assert_eq!(code, 6, "{err}");
    let failed: Vec<&Value> = rows.iter().filter(|r| r["outcome"] == "failed").collect();
    assert_eq!(failed.len(), 1, "{rows:?}");
    let line = broken
        .split("\r\n")
        .position(|l| l.contains("b-at-example.com"))
        .unwrap() as i64
        + 1;
    assert_eq!(failed[0]["line"], line, "{rows:?}");
}

/// An import runs through the library alone (`ops::sync`, as a server would
/// call it): the plan, then the rows written, and the store as the command
/// line then reads it, on either backend.
#[test]
fn an_import_runs_through_the_library() {
    use roster::exit::{Exit, of_file};
    use roster::ops::front::{Quiet, Yes};
    use roster::ops::import::OnConflict;
    use roster::ops::sync::{self, Collected, FileRow, FileRun, ImportRequest, Input};

    let env = TestEnv::new();
    env.ok(&["user", "create", "--no-invite", "ada@example.com"]);
    let path = file(
        &env,
        "staff.csv",
        "email,first_name\nada@example.com,Ada\ngrace@example.com,Grace\nnot an email,Nobody\n",
    );
    let store =
        roster::store::Store::open(&env.db(), &roster::store::OpenOptions::default()).unwrap();
    let mail = roster::ops::delivery::MailSettings {
        transport: roster::mail::Transport::File(env.path().join("outbox")),
        from: "roster@example.com".into(),
        deadline: std::time::Duration::from_secs(5),
        require_delivery: false,
    };
    let ctx = roster::ops::Ctx::new("library", "https://accounts.example.com");
    let mut session = roster::ops::session::Session::new(store, ctx, mail);
    let request = |dry_run| ImportRequest {
        run: FileRun {
            input: Input::File {
                path: path.clone().into(),
                format: None,
                name: None,
            },
            invite: false,
            generate_password: false,
            must_change: true,
            reason: Some("from HR".into()),
            dry_run,
            atomic: false,
            skip_invalid: true,
            max_affected: None,
            expect_count: None,
        },
        on_conflict: OnConflict::Update,
    };
    let shown = |rows: &[FileRow]| -> Vec<(Option<i64>, String)> {
        rows.iter()
            .map(|r| (r.line, r.shown().to_string()))
            .collect()
    };

    let mut plan = Collected::default();
    let outcome = sync::import(
        &mut session,
        request(true),
        &mut Yes,
        &mut plan,
        None,
        &Quiet,
    )
    .expect("the plan");
    let lines = |outcomes: [&str; 3]| -> Vec<(Option<i64>, String)> {
        (2..)
            .zip(outcomes)
            .map(|(l, o)| (Some(l), o.to_string()))
            .collect()
    };
    assert_eq!(
        shown(&plan.0),
        lines(["would_update", "would_create", "failed"])
    );
    assert_eq!(plan.0[2].code, Some("invalid_input"));
    assert_eq!(of_file(&outcome), Exit::Ok, "a dry run");
    assert_eq!(users(&env).as_array().unwrap().len(), 1, "nothing written");

    let mut rows = Collected::default();
    let outcome = sync::import(
        &mut session,
        request(false),
        &mut Yes,
        &mut rows,
        None,
        &Quiet,
    )
    .expect("the run");
    assert_eq!(shown(&rows.0), lines(["updated", "created", "failed"]));
    assert_eq!(outcome.summary(), "1 created, 1 updated, 1 failed");
    assert_eq!(of_file(&outcome), Exit::Partial);
    drop(session);

    let all = users(&env);
    let user = |email: &str| {
        all.as_array()
            .unwrap()
            .iter()
            .find(|u| u["email"] == email)
            .cloned()
            .unwrap_or_else(|| panic!("{email}: {all}"))
    };
    let grace = user("grace@example.com");
    assert_eq!(grace["first_name"], "Grace");
    assert_eq!(grace["id"].as_str(), rows.0[1].row.id.as_deref());
    assert_eq!(user("ada@example.com")["first_name"], "Ada");
    let history = env.json(&["user", "history", "grace@example.com"]);
    assert!(history.to_string().contains("from HR"), "{history}");
}

/// An import of more rows than a chunk parsed on the second core, a page
/// written in one transaction and a share of the audit chain hashed on a
/// thread: the rows come back in the file's order, each bad one failed at
/// its own line (one repeating an earlier row's email too), `--match` finds
/// users of the first and the last page the moment the import is done, one
/// `create` entry each, and the chain and the store check out.
#[test]
fn a_large_import_keeps_the_file_order_and_finds_its_users_at_once() {
    let env = TestEnv::new();
    let bad = [3usize, 1500, 2600, 4999];
    let mut text = String::from("email,first_name,last_name,city\n");
    for i in 0..5000usize {
        if bad.contains(&i) {
            text.push_str(&format!("not-an-email-{i},Bad,Row{i},Nowhere\n"));
        } else if i == 3000 {
            // The same user as row 10.
            text.push_str("person10@example.com,Again,Person10,Oslo\n");
        } else {
            text.push_str(&format!(
                "person{i}@example.com,First{i},Zebrafish{i},Oslo\n"
            ));
        }
    }
    let path = file(&env, "many.csv", &text);
    let (code, rows, err) =
        import_rows(&env, &["--yes", "user", "import", &path, "--skip-invalid"]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(rows.len(), 5000, "a row each");
    let lines: Vec<i64> = rows.iter().map(|r| r["line"].as_i64().unwrap()).collect();
    assert!(lines.windows(2).all(|w| w[1] == w[0] + 1), "in order");
    let failed: Vec<usize> = outcomes(&rows)
        .iter()
        .enumerate()
        .filter(|(_, o)| *o == "failed")
        .map(|(i, _)| i)
        .collect();
    assert_eq!(failed, [3, 1500, 2600, 3000, 4999], "{err}");
    for i in failed {
        let error = rows[i]["error"].as_str().unwrap();
        assert!(
            error.contains(&format!("line {}:", lines[i])),
            "row {i}: {error}"
        );
    }
    assert!(
        rows[3000]["error"]
            .as_str()
            .unwrap()
            .contains("the same user as line"),
        "{}",
        rows[3000]
    );
    assert!(err.contains("4995 created, 5 failed"), "{err}");
    for n in [0, 4998] {
        let found = env.json(&["user", "list", "--match", &format!("zebrafish{n}")]);
        let found = found.as_array().unwrap();
        assert_eq!(found.len(), 1, "zebrafish{n}: {found:?}");
        assert_eq!(found[0]["email"], format!("person{n}@example.com"));
        assert_eq!(found[0]["id"], rows[n]["id"]);
    }
    assert_eq!(user_count(&env), 4995);
    assert_eq!(audit_rows(&env), 4995, "one create entry each");
    env.ok(&["audit", "verify"]);
    env.ok(&["db", "check"]);
}
