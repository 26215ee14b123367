//! The store file: modes, migrations, refusal of newer schemas, db commands.

use std::os::unix::fs::PermissionsExt;

use crate::common::TestEnv;

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn first_use_creates_a_private_directory_and_file() {
    let env = TestEnv::lite();
    env.ok(&["db", "migrate"]);
    assert_eq!(mode(env.db().parent().unwrap()), 0o700);
    assert_eq!(mode(&env.db()), 0o600);
    env.create("ada@example.com", &[]);
    assert_eq!(
        mode(&env.outbox()),
        0o700,
        "the outbox holds invitation links"
    );
    let wal = env.db().with_extension("db-wal");
    if wal.exists() {
        assert_eq!(mode(&wal), 0o600);
    }
}

#[test]
fn db_flag_and_env_choose_the_store() {
    if crate::common::through::local_only("which store file a command opens") {
        return;
    }
    let env = TestEnv::lite();
    let custom = env.path().join("elsewhere/custom.db");
    // A store --db names goes in a directory that exists.
    std::fs::create_dir(env.path().join("elsewhere")).unwrap();
    env.ok(&[
        "--db",
        custom.to_str().unwrap(),
        "user",
        "create",
        "a@example.com",
        "--no-email",
    ]);
    assert!(custom.exists());
    assert!(!env.db().exists());
    env.cmd()
        .args(["user", "show", "a@example.com"])
        .env("ROSTER_DB", &custom)
        .assert()
        .success();
    let out = env.ok(&["db", "path"]);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        env.db().to_str().unwrap()
    );
}

#[test]
fn a_new_store_is_migrated_from_empty() {
    if crate::common::through::local_only(
        "migrating a store file, which the server does as it starts",
    ) {
        return;
    }
    let env = TestEnv::lite();
    std::fs::create_dir_all(env.db().parent().unwrap()).unwrap();
    std::fs::write(env.db(), b"").unwrap();
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = env.ok(&["db", "migrate"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!(
            "from version 0 to {}",
            roster::store::SCHEMA_VERSION
        )),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let db = env.sqlite();
    let version: i64 = db
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, roster::store::SCHEMA_VERSION);
    let journal: String = db
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(journal, "wal");
    for table in [
        "users",
        "user_attributes",
        "user_roles",
        "user_groups",
        "user_permissions",
        "tokens",
        "outbox",
        "audit",
        "users_search",
    ] {
        let n: i64 = db
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                [table],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1, "{table}");
    }
    let out = env.ok(&["db", "migrate"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("current"));
}

#[test]
fn a_newer_store_is_refused_and_left_untouched() {
    if crate::common::through::local_only(
        "a store file of a newer schema, which the server refuses to start on",
    ) {
        return;
    }
    let env = TestEnv::lite();
    env.create("ada@example.com", &[]);
    {
        let db = env.sqlite();
        db.execute_batch("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(env.db()).unwrap();
    for args in [
        &["user", "list"][..],
        &["db", "migrate"],
        &["user", "create", "b@example.com"],
        &["audit", "verify"],
    ] {
        let (code, stdout, stderr) = env.run(args);
        assert_eq!(code, 8, "{args:?}: {stderr}");
        assert!(stdout.is_empty());
        assert!(
            stderr.contains("schema version 99") && stderr.contains("not touched"),
            "{stderr}"
        );
    }
    assert_eq!(
        std::fs::read(env.db()).unwrap(),
        before,
        "the store is byte-for-byte the same"
    );
    let (code, _, stderr) = env.run(&["--json", "user", "list"]);
    assert_eq!(code, 8);
    let err: serde_json::Value = serde_json::from_str(stderr.trim()).unwrap();
    assert_eq!(err["error"]["code"], "unavailable");
    assert_eq!(err["error"]["exit"], 8);
}

#[test]
fn a_file_that_is_not_a_store_is_refused() {
    let env = TestEnv::lite();
    let junk = env.path().join("junk.db");
    std::fs::write(
        &junk,
        "this is not sqlite, just text long enough to have a header......",
    )
    .unwrap();
    let (code, _, stderr) = env.run(&["--db", junk.to_str().unwrap(), "user", "list"]);
    assert_eq!(code, 8, "{stderr}");
    assert!(stderr.contains("not a roster store"), "{stderr}");
}

#[test]
fn db_check_finds_broken_invariants() {
    let env = TestEnv::lite();
    let id = env.create("ada@example.com", &["--no-invite"]);
    let (code, _, stderr) = env.run(&["db", "check"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("sound"));
    env.sqlite()
        .execute(
            "UPDATE users SET status = 'archived', previous_status = NULL WHERE id = ?",
            [&id],
        )
        .unwrap();
    let (code, stdout, _) = env.run(&["db", "check"]);
    assert_eq!(code, 6);
    assert!(
        stdout.contains(&id) && stdout.contains("no remembered previous status"),
        "{stdout}"
    );
    let report = env.cmd().args(["--json", "db", "check"]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    assert_eq!(report["ok"], false);

    // A row pointing at no user (written with foreign keys off, as another
    // program might) is found by the foreign-key check.
    env.sqlite()
        .execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO user_roles (user_id, role) VALUES ('no-such-user', 'admin');",
        )
        .unwrap();
    let (code, stdout, _) = env.run(&["db", "check"]);
    assert_eq!(code, 6);
    assert!(
        stdout.contains("foreign key") && stdout.contains("user_roles"),
        "{stdout}"
    );
}

/// Each foreign-key finding names what the row points at in words: a user,
/// a role, a group that does not exist.
#[test]
fn db_check_says_what_a_dangling_row_points_at() {
    let env = TestEnv::lite();
    env.create("ada@example.com", &["--no-invite"]);
    env.sqlite()
        .execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO user_roles (user_id, role) VALUES ('no-such-user', 'ghost');
             INSERT INTO user_groups (user_id, kind, name) VALUES ('no-such-user', 'team', 'ghosts');
             INSERT INTO attribute_rules (key, requires_role) VALUES ('operator_type', 'ghost');",
        )
        .unwrap();
    let (code, stdout, stderr) = env.run(&["db", "check"]);
    assert_eq!(code, 6, "{stderr}");
    for finding in [
        "row 1 of user_roles points at a user that does not exist",
        "row 1 of user_roles points at a role that does not exist",
        "row 1 of user_groups points at a user that does not exist",
        "row 1 of user_groups points at a group that does not exist",
        "row 1 of attribute_rules points at a role that does not exist",
    ] {
        assert!(stdout.contains(finding), "{finding}: {stdout}");
    }
    assert!(!stdout.contains("a missing"), "{stdout}");
}

#[test]
fn db_stats_counts_users_per_status() {
    let env = TestEnv::lite();
    env.create("a@example.com", &[]);
    env.create("b@example.com", &["--no-invite"]);
    let id = env.create("c@example.com", &["--no-invite"]);
    env.ok(&["user", "block", &id]);
    let stats = env.json(&["db", "stats"]);
    let count = |s: &str| {
        stats
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["status"] == s)
            .unwrap()["users"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(count("invited"), 1);
    assert_eq!(count("active"), 1);
    assert_eq!(count("blocked"), 1);
    assert_eq!(count("archived"), 0);
}

#[test]
fn a_busy_store_is_unavailable_not_a_crash() {
    let env = TestEnv::lite();
    env.create("a@example.com", &["--no-invite"]);
    env.config("[store]\nbusy_timeout = \"1s\"\n");
    let db = env.sqlite();
    db.execute_batch("BEGIN IMMEDIATE; UPDATE users SET comment = 'held';")
        .unwrap();
    let (code, _, stderr) = env.run(&["user", "block", "a@example.com"]);
    db.execute_batch("ROLLBACK").unwrap();
    assert_eq!(code, 8, "{stderr}");
    assert!(stderr.contains("busy"), "{stderr}");
    assert_eq!(env.status("a@example.com"), "active");
}

#[test]
fn concurrent_processes_each_land_their_writes() {
    let env = TestEnv::lite();
    env.ok(&["db", "migrate"]);
    let children: Vec<_> = (0..8)
        .map(|i| {
            env.std_cmd()
                .args(["user", "create", &format!("p{i}@example.com"), "--no-email"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(env.json(&["user", "list"]).as_array().unwrap().len(), 8);
    env.ok(&["audit", "verify"]);
}

#[test]
fn config_show_prints_resolved_settings() {
    if crate::common::through::local_only(
        "the settings of this process, and a config the server refuses to start with",
    ) {
        return;
    }
    let env = TestEnv::lite();
    env.config("[invite]\nttl = \"3d\"\n[mail]\nbase_url = \"https://accounts.example.com\"\n");
    let rows = env.json(&["config", "show"]);
    let value = |k: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == k)
            .unwrap()["value"]
            .clone()
    };
    assert_eq!(value("invite.ttl"), "3d", "durations are shown as written");
    assert_eq!(value("mail.base_url"), "https://accounts.example.com");
    env.config("[invite]\nttl = \"soon\"\n");
    let (code, _, stderr) = env.run(&["user", "list"]);
    assert_eq!(code, 6);
    assert!(stderr.contains("invite.ttl"), "{stderr}");
    env.config("[nonsense]\nx = 1\n");
    let (code, _, stderr) = env.run(&["user", "list"]);
    assert_eq!(code, 6);
    assert!(stderr.contains("config.toml"), "{stderr}");
}

/// Every config key can come from the environment as ROSTER_SECTION_KEY,
/// over the config file, and `config show` says so.
#[test]
fn every_config_key_can_come_from_the_environment() {
    if crate::common::through::local_only("the settings of this process, given in its environment")
    {
        return;
    }
    let env = TestEnv::lite();
    env.config("[invite]\nttl = \"3d\"\n[mail]\nbase_url = \"https://file.example.com\"\n");
    let vars = [
        ("ROSTER_INVITE_TTL", "2d"),
        ("ROSTER_MAIL_BASE_URL", "https://env.example.com"),
        ("ROSTER_OUTPUT_FORMAT", "json"),
        ("ROSTER_LOCKOUT_ATTEMPTS", "4"),
    ];
    let (code, stdout, stderr) = env.run_with_env(&["config", "show"], &vars);
    assert_eq!(code, 0, "{stderr}");
    let rows: serde_json::Value = serde_json::from_str(&stdout).expect("ROSTER_OUTPUT_FORMAT=json");
    let row = |k: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == k)
            .unwrap_or_else(|| panic!("no row {k}: {rows}"))
            .clone()
    };
    assert_eq!(row("invite.ttl")["value"], "2d");
    assert_eq!(row("invite.ttl")["source"], "env");
    assert_eq!(row("invite.ttl")["env"], "ROSTER_INVITE_TTL");
    assert_eq!(row("mail.base_url")["value"], "https://env.example.com");
    assert_eq!(row("lockout.attempts")["value"], "4");
    assert_eq!(row("session.idle")["source"], "default");
    assert_eq!(row("session.idle")["value"], "12h");
    assert_eq!(row("output.format")["env"], "ROSTER_OUTPUT_FORMAT");

    // The values are used, not only shown.
    let (code, stdout, stderr) =
        env.run_with_env(&["user", "create", "ada@example.com"], &vars[..3]);
    assert_eq!(code, 0, "{stderr}");
    let user: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let invited: jiff::Timestamp = user["invited_at"].as_str().unwrap().parse().unwrap();
    let expires: jiff::Timestamp = user["invite_expires_at"].as_str().unwrap().parse().unwrap();
    assert_eq!(expires.duration_since(invited).as_secs(), 2 * 86_400);
    let mail = env.emails().pop().expect("an invitation");
    assert!(
        mail.contains("https://env.example.com/accept-invite"),
        "{mail}"
    );

    // A bad value names the variable it came from.
    let (code, _, stderr) = env.run_with_env(&["user", "list"], &[("ROSTER_SESSION_IDLE", "soon")]);
    assert_eq!(code, 6);
    assert!(stderr.contains("ROSTER_SESSION_IDLE"), "{stderr}");
    let (code, _, stderr) = env.run_with_env(
        &["user", "list"],
        &[("ROSTER_MAIL_BASE_URL", "https://me:pw@accounts.example.com")],
    );
    assert_eq!(
        code, 6,
        "a password in the link base would be in every email"
    );
    assert!(!stderr.contains("pw@"), "{stderr}");
}

/// Without $USER or $LOGNAME, the actor is the OS account's name, not
/// "unknown".
#[test]
fn the_default_actor_is_the_os_account() {
    let env = TestEnv::lite();
    let out = env
        .cmd()
        .env_remove("USER")
        .env_remove("LOGNAME")
        .args(["--json", "config", "show"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let actor = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "actor")
        .unwrap()["value"]
        .as_str()
        .unwrap()
        .to_string();
    let whoami = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    let name = String::from_utf8(whoami.stdout).unwrap();
    assert!(
        actor.starts_with(&format!("{}@", name.trim())),
        "{actor} should start with {name}"
    );
}

/// Builds a store at schema `version` the way that version's roster wrote it:
/// its migrations' SQL (the files roster ships), then rows inserted with
/// plain SQL.
fn store_at_version(env: &TestEnv, version: usize, rows: &str) {
    std::fs::create_dir_all(env.db().parent().unwrap()).unwrap();
    std::fs::File::create(env.db()).unwrap();
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o600)).unwrap();
    let db = rusqlite::Connection::open(env.db()).unwrap();
    for sql in &crate::common::migration_sql("sqlite")[..version] {
        db.execute_batch(sql).unwrap();
    }
    // As the `sqlite3` shell writes: foreign keys off.
    db.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    db.execute_batch(rows).unwrap();
    db.execute_batch(&format!("PRAGMA user_version = {version}"))
        .unwrap();
}

/// An invited user with a role, a group and an attribute, as SQL.
const ADA: &str = "INSERT INTO users (id, email, email_key, first_name, last_name, status,
        created_at, updated_at, invited_at, invite_expires_at, search_text)
    VALUES ('01a20000-0000-7000-8000-000000000001', 'Ada@example.com', 'ada@example.com',
        'Ada', 'Lovelace', 'invited', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z',
        '2026-11-01T00:00:00Z', '2099-01-01T00:00:00Z',
        'ada@example.com' || char(10) || 'ada' || char(10) || 'lovelace');
    INSERT INTO user_roles (user_id, role) VALUES ('01a20000-0000-7000-8000-000000000001', 'support');
    INSERT INTO user_groups (user_id, kind, name) VALUES ('01a20000-0000-7000-8000-000000000001', 'team', 'north');
    INSERT INTO user_attributes (user_id, key, value) VALUES ('01a20000-0000-7000-8000-000000000001', 'operator_code', 'OP7');";

/// What every migrated store must still hold of Ada, and find by `--match`.
fn ada_survived(env: &TestEnv) {
    let user = env.json(&["user", "show", "ada@example.com"]);
    assert_eq!(user["roles"], serde_json::json!(["support"]));
    assert_eq!(user["groups"], serde_json::json!(["team:north"]));
    assert_eq!(user["attributes"]["operator_code"], "OP7");
    let found = env.json(&["user", "list", "--match", "lovelace"]);
    assert_eq!(
        found.as_array().unwrap().len(),
        1,
        "the search index has Ada"
    );
    // Her free-text role became a role with no permissions; db check says so
    // until someone looks at it.
    let (code, stdout, _) = env.run(&["db", "check"]);
    assert_eq!(code, 6, "{stdout}");
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(
        stdout.starts_with("role support: came from a free-text role"),
        "{stdout}"
    );
    env.ok(&[
        "role",
        "update",
        "support",
        "--description",
        "first-line support",
    ]);
    env.ok(&["db", "check"]);
    env.ok(&["audit", "verify"]);
}

/// A schema-1 store kept a queued message's raw token in `outbox.secret` and in
/// its body. Migrating it keeps every user and membership, leaves only the
/// token's digest and a placeholder, and the message, once flushed, carries a
/// fresh token that works.
#[test]
fn a_schema_1_store_is_migrated_and_its_queued_link_hashed() {
    if crate::common::through::local_only(
        "migrating a store file, which the server does as it starts",
    ) {
        return;
    }
    use crate::auth::{GOOD, accept_invite};
    use crate::users::{sha256_hex, token_in};

    let env = TestEnv::lite();
    let old_token = "c2NoZW1hLW9uZS1yYXctdG9rZW4tZm9yLWEtdGVzdA";
    let link = format!("http://localhost:8080/accept-invite?token={old_token}");
    store_at_version(
        &env,
        1,
        &format!(
            "{ADA}
            INSERT INTO tokens (hash, user_id, purpose, created_at, expires_at)
                VALUES ('{}', '01a20000-0000-7000-8000-000000000001', 'invite',
                        '2026-11-01T00:00:00Z', '2099-01-01T00:00:00Z');
            INSERT INTO outbox (created_at, user_id, template, to_addr, subject, body_text,
                                body_html, secret)
                VALUES ('2026-11-01T00:00:00Z', '01a20000-0000-7000-8000-000000000001',
                        'invitation', 'Ada@example.com', 'You are invited',
                        'Accept: {link}', '<a href=\"{link}\">Accept</a>', '{old_token}');",
            sha256_hex(old_token)
        ),
    );
    let out = env.ok(&["db", "migrate"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!(
            "from version 1 to {}",
            roster::store::SCHEMA_VERSION
        )),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    ada_survived(&env);
    let db = env.sqlite();
    let (token_hash, text, html): (String, String, String) = db
        .query_row(
            "SELECT token_hash, body_text, body_html FROM outbox",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(token_hash, sha256_hex(old_token));
    assert!(!text.contains(old_token) && !html.contains(old_token));
    assert!(text.contains("token=[token issued when sent]"), "{text}");
    drop(db);

    let out = env.ok(&["mail", "flush"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 sent"));
    let mails = env.emails();
    assert_eq!(mails.len(), 1);
    let new_token = token_in(&mails[0]);
    assert_ne!(new_token, old_token, "delivery issues a fresh token");
    let (code, _, _) = accept_invite(&env, old_token, GOOD);
    assert_eq!(code, 4, "the token schema 1 kept is dead");
    let (code, _, stderr) = accept_invite(&env, &new_token, GOOD);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(env.status("ada@example.com"), "active");
}

/// Migration 3 rebuilds `users` around an integer key: every user keeps its
/// memberships (no cascade while the old table is dropped), and the rowid
/// becomes `seq`.
#[test]
fn a_schema_2_store_is_migrated_without_losing_memberships() {
    if crate::common::through::local_only(
        "migrating a store file, which the server does as it starts",
    ) {
        return;
    }
    let env = TestEnv::lite();
    store_at_version(&env, 2, ADA);
    let out = env.ok(&["db", "migrate"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!(
        "from version 2 to {}",
        roster::store::SCHEMA_VERSION
    )));
    ada_survived(&env);
    let seq: i64 = env
        .sqlite()
        .query_row("SELECT seq FROM users", [], |r| r.get(0))
        .unwrap();
    assert_eq!(seq, 1);
    // New users and edits reach the search index through its triggers.
    env.create("grace@example.com", &["--last", "Hopper"]);
    env.ok(&["user", "update", "ada@example.com", "--last", "Byron"]);
    let found = |text: &str| {
        env.json(&["user", "list", "--match", text])
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(found("hopper"), 1);
    assert_eq!(found("byron"), 1);
    assert_eq!(found("lovelace"), 0, "the old name left the index");
    env.ok(&["user", "delete", "grace@example.com", "--yes"]);
    assert_eq!(found("hopper"), 0);
    env.ok(&["db", "check"]);
}

/// Migration 5 makes roles and groups rows of their own: a schema 4 store
/// (the first with the marker) keeps every user's roles, groups and
/// attributes, its free-text role becomes a role to review, and the group
/// can be selected by.
#[test]
fn a_schema_4_store_is_migrated_to_roles_and_groups() {
    if crate::common::through::local_only(
        "migrating a store file, which the server does as it starts",
    ) {
        return;
    }
    let env = TestEnv::lite();
    store_at_version(&env, 4, ADA);
    let out = env.ok(&["db", "migrate"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!(
            "from version 4 to {}",
            roster::store::SCHEMA_VERSION
        )),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    ada_survived(&env);
    let groups = env.json(&["group", "list"]);
    assert_eq!(groups[0]["kind"], "team", "{groups}");
    assert_eq!(groups[0]["name"], "north", "{groups}");
    assert_eq!(groups[0]["members"], 1, "{groups}");
    let selected = env.json(&["user", "list", "--group", "team:north", "--role", "support"]);
    assert_eq!(selected.as_array().unwrap().len(), 1, "{selected}");
    let marker: i64 = env
        .sqlite()
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(marker, roster::store::APPLICATION_ID);
}

/// Ada's rows as a store of schema `version` holds them: from the schema
/// with roles on, her role and group are rows of their own too.
fn ada_at(version: usize) -> String {
    if (version as i64) < roster::store::ROLES_SCHEMA {
        return ADA.to_string();
    }
    format!(
        "{ADA}
        INSERT INTO roles (name, description, created_at)
            VALUES ('support', 'first-line support', '2026-11-01T00:00:00Z');
        INSERT INTO groups (kind, name, display_name, created_at)
            VALUES ('team', 'north', 'north', '2026-11-01T00:00:00Z');
        {}",
        // From schema 8 a group has an id.
        if version >= 8 {
            "UPDATE groups SET id = '0b5e2f5a-0000-4000-8000-000000000001';"
        } else {
            ""
        }
    )
}

/// A store of every schema roster ever wrote, made by that version's
/// migrations, is brought to the current one by `db migrate`: it keeps
/// its user, her memberships and her place in the search index, passes
/// `db check` and `audit verify`, and takes new users, selections and
/// changes like a new store.
#[test]
fn every_past_schema_migrates_and_works() {
    if crate::common::through::local_only(
        "migrating a store file, which the server does as it starts",
    ) {
        return;
    }
    let current = roster::store::SCHEMA_VERSION;
    assert_eq!(
        crate::common::migration_sql("sqlite").len() as i64,
        current,
        "one migration per schema version"
    );
    for version in 1..=current as usize {
        let env = TestEnv::lite();
        store_at_version(&env, version, &ada_at(version));
        let (code, _, stderr) = env.run(&["db", "migrate"]);
        assert_eq!(code, 0, "schema {version}: {stderr}");
        if (version as i64) < current {
            assert!(
                stderr.contains(&format!("from version {version} to {current}")),
                "schema {version}: {stderr}"
            );
        }
        let db = env.sqlite();
        let (marker, found): (i64, i64) = db
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .and_then(|m| {
                db.query_row("PRAGMA user_version", [], |r| r.get(0))
                    .map(|v| (m, v))
            })
            .unwrap();
        assert_eq!(
            (marker, found),
            (roster::store::APPLICATION_ID, current),
            "schema {version}"
        );
        drop(db);
        // Her data, as it was.
        let ada = env.json(&["user", "show", "ada@example.com"]);
        assert_eq!(ada["status"], "invited", "schema {version}: {ada}");
        assert_eq!(ada["first_name"], "Ada", "schema {version}: {ada}");
        assert_eq!(
            ada["roles"],
            serde_json::json!(["support"]),
            "schema {version}"
        );
        assert_eq!(
            ada["groups"],
            serde_json::json!(["team:north"]),
            "schema {version}"
        );
        assert_eq!(
            ada["attributes"]["operator_code"], "OP7",
            "schema {version}"
        );
        let matched = env.json(&["user", "list", "--match", "lovelace"]);
        assert_eq!(matched.as_array().unwrap().len(), 1, "schema {version}");
        // A free-text role from before roles is a role to review.
        if (version as i64) < roster::store::ROLES_SCHEMA {
            let (code, stdout, _) = env.run(&["db", "check"]);
            assert_eq!(code, 6, "schema {version}: {stdout}");
            assert!(stdout.contains("came from a free-text role"), "{stdout}");
            env.ok(&[
                "role",
                "update",
                "support",
                "--description",
                "first-line support",
            ]);
        }
        env.ok(&["db", "check"]);
        env.ok(&["audit", "verify"]);
        // It works as a new store does.
        env.create(
            "grace@example.com",
            &[
                "--last",
                "Hopper",
                "--role",
                "support",
                "--group",
                "team:north",
                "--no-invite",
            ],
        );
        env.ok(&["user", "update", "ada@example.com", "--last", "Byron"]);
        let north = env.json(&["user", "list", "--group", "team:north", "--role", "support"]);
        assert_eq!(
            north.as_array().unwrap().len(),
            2,
            "schema {version}: {north}"
        );
        assert_eq!(
            env.json(&["user", "list", "--match", "byron"])
                .as_array()
                .unwrap()
                .len(),
            1,
            "schema {version}: the index follows an update"
        );
        env.ok(&["user", "block", "grace@example.com", "--yes"]);
        assert_eq!(env.status("grace@example.com"), "blocked");
        env.ok(&["db", "check"]);
        env.ok(&["audit", "verify"]);
    }
}

/// Deleting a user relies on `ON DELETE CASCADE`, which works only when
/// roster's connection has `foreign_keys = ON`: no row may outlive its user.
#[test]
fn deleting_a_user_leaves_no_rows_behind() {
    let env = TestEnv::lite();
    env.access(&["support"], &["team:north"]);
    let id = env.create(
        "ada@example.com",
        &[
            "--attr",
            "operator_code=OP7",
            "--role",
            "support",
            "--group",
            "team:north",
            "--permission",
            "clocking",
        ],
    );
    env.ok(&["user", "delete", &id, "--yes"]);
    let db = env.sqlite();
    for table in [
        "user_attributes",
        "user_roles",
        "user_groups",
        "user_permissions",
        "tokens",
    ] {
        let n: i64 = db
            .query_row(
                &format!("SELECT count(*) FROM {table} WHERE user_id = ?"),
                [&id],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0, "{table} kept rows of a deleted user");
    }
    env.ok(&["db", "check"]);
}

/// `db backup` writes a consistent, private copy that roster can open like any
/// store, even while another process writes; it never overwrites a file.
#[test]
fn backup_copies_the_store_while_it_is_written() {
    let env = TestEnv::lite();
    for i in 0..5 {
        env.create(&format!("u{i}@example.com"), &["--no-invite"]);
    }
    let writer = {
        let mut cmd = env.std_cmd();
        cmd.args(["user", "block", "--all", "--yes"]);
        cmd.spawn().unwrap()
    };
    let copy = env.path().join("backups").join("copy.db");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    let (code, stdout, stderr) = env.run(&["db", "backup", copy.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.trim(), copy.to_str().unwrap());
    assert_eq!(mode(&copy), 0o600);
    let out = writer.wait_with_output().unwrap();
    assert!(out.status.success());

    let in_copy = |args: &[&str]| {
        let mut all = vec!["--db", copy.to_str().unwrap()];
        all.extend_from_slice(args);
        env.run(&all)
    };
    let (code, listed, _) = in_copy(&["--json", "user", "list"]);
    assert_eq!(code, 0);
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 5);
    let blocked = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["status"] == "blocked")
        .count();
    assert!(
        blocked == 0 || blocked == 5,
        "a snapshot from before or after the block, not half of it: {blocked}"
    );
    assert_eq!(in_copy(&["audit", "verify"]).0, 0);
    assert_eq!(in_copy(&["db", "check"]).0, 0);

    let before = std::fs::read(&copy).unwrap();
    let (code, _, stderr) = env.run(&["db", "backup", copy.to_str().unwrap()]);
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("never overwrites"), "{stderr}");
    assert_eq!(std::fs::read(&copy).unwrap(), before);
}

/// Rows another program left pointing at nothing (foreign keys off in the
/// `sqlite3` shell) do not block an upgrade; `db check` reports them after.
#[test]
fn an_upgrade_goes_ahead_past_rows_that_already_dangle() {
    let env = TestEnv::lite();
    store_at_version(
        &env,
        2,
        &format!(
            "{ADA}
            INSERT INTO user_roles (user_id, role) VALUES ('01a2ffff-0000-7000-8000-00000000dead', 'ghost');"
        ),
    );
    let (code, _, stderr) = env.run(&["user", "list"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, _) = env.run(&["db", "check"]);
    assert_eq!(code, 6);
    assert!(stdout.contains("foreign key"), "{stdout}");
    let version: i64 = env
        .sqlite()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, roster::store::SCHEMA_VERSION);
}

/// Migration 4 marks the file as a roster store, rebuilds the outbox without
/// reusing a message id, and puts email keys in the new normal form; two
/// users who turn out to share an address are left apart and named by
/// `db check`.
#[test]
fn a_schema_3_store_is_migrated_keeping_mail_ids_and_naming_shared_addresses() {
    if crate::common::through::local_only(
        "migrating a store file, which the server does as it starts",
    ) {
        return;
    }
    let env = TestEnv::lite();
    store_at_version(
        &env,
        3,
        &format!(
            "{ADA}
            INSERT INTO users (id, email, email_key, status, created_at, updated_at, search_text)
            VALUES ('01a20000-0000-7000-8000-000000000002', 'ＡＤＡ@example.com', 'ａｄａ@example.com',
                'active', '2026-11-02T00:00:00Z', '2026-11-02T00:00:00Z', 'ａｄａ@example.com');
            INSERT INTO users (id, email, email_key, status, created_at, updated_at, search_text)
            VALUES ('01a20000-0000-7000-8000-000000000003', 'idn@bücher.de', 'idn@bücher.de',
                'active', '2026-11-02T00:00:00Z', '2026-11-02T00:00:00Z', 'idn@bücher.de');
            INSERT INTO outbox (id, created_at, template, to_addr, subject, body_text, status)
            VALUES (1, '2026-11-01T00:00:00Z', 'onboarding', 'Ada@example.com', 'One', 'x', 'sent'),
                   (2, '2026-11-01T00:00:00Z', 'onboarding', 'Ada@example.com', 'Two', 'x', 'sent'),
                   (3, '2026-11-01T00:00:00Z', 'onboarding', 'Ada@example.com', 'Three', 'x', 'sent');
            DELETE FROM outbox WHERE id = 3;"
        ),
    );
    let out = env.ok(&["db", "migrate"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!(
            "from version 3 to {}",
            roster::store::SCHEMA_VERSION
        )),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let db = env.sqlite();
    let app: i64 = db
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(app, roster::store::APPLICATION_ID);
    let ids: Vec<i64> = db
        .prepare("SELECT id FROM outbox ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(ids, [1, 2]);
    let key: String = db
        .query_row(
            "SELECT email_key FROM users WHERE id = '01a20000-0000-7000-8000-000000000003'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(key, "idn@xn--bcher-kva.de");
    // A new message never takes the id of the deleted one.
    env.ok(&[
        "user",
        "email",
        "ada@example.com",
        "--template",
        "onboarding",
    ]);
    let newest: i64 = db
        .query_row("SELECT max(id) FROM outbox", [], |r| r.get(0))
        .unwrap();
    assert_eq!(newest, 4);
    // Ada and ＡＤＡ are one address: db check says so, and names both.
    let (code, stdout, _) = env.run(&["db", "check"]);
    assert_eq!(code, 6, "{stdout}");
    assert!(
        stdout.contains("01a20000-0000-7000-8000-000000000002")
            && stdout.contains("01a20000-0000-7000-8000-000000000001")
            && stdout.contains("same address"),
        "{stdout}"
    );
    // The same address in another spelling is a duplicate from now on.
    let (code, _, stderr) = env.run(&["user", "create", "idn@xn--bcher-kva.de"]);
    assert_eq!(code, 5, "{stderr}");
}

/// A write the triggers cannot see (a REPLACE that deletes a conflicting
/// row) leaves a stale entry in the search index; searches stay right.
#[test]
fn searches_survive_a_replace_by_another_program() {
    let env = TestEnv::lite();
    env.create("ada@example.com", &["--last", "Lovelace", "--no-invite"]);
    env.create("grace@example.com", &["--last", "Hopper", "--no-invite"]);
    env.sqlite()
        .execute_batch(
            "INSERT OR REPLACE INTO users (id, email, email_key, last_name, status,
                 created_at, updated_at, search_text)
             VALUES ('01a2ffff-0000-7000-8000-000000000abc', 'ada@example.com',
                 'ada@example.com', 'Byron', 'active', '2026-11-01T00:00:00Z',
                 '2026-11-01T00:00:00Z', 'ada@example.com' || char(10) || 'byron');",
        )
        .unwrap();
    let found = |text: &str| -> Vec<String> {
        env.json(&["user", "list", "--match", text])
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["last_name"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(found("lovelace"), Vec::<String>::new());
    assert_eq!(found("byron"), ["Byron"]);
    assert_eq!(found("hopper"), ["Hopper"]);
    env.ok(&["db", "check"]);
}

/// `db check` only reads: a writer holding the store's lock neither blocks
/// it nor makes it report a problem (the WAL lets readers through).
#[test]
fn db_check_reads_while_another_process_writes() {
    let env = TestEnv::lite();
    env.create("ada@example.com", &[]);
    env.config("[store]\nbusy_timeout = \"1s\"\n");
    let holder = env.sqlite();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let (code, stdout, stderr) = env.run(&["db", "check"]);
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("sound"), "{stderr}");
}

/// `db backup` writes the file it is given, even one named like a URI.
#[test]
fn backup_takes_its_file_name_literally() {
    let env = TestEnv::lite();
    env.create("ada@example.com", &[]);
    std::fs::write(env.path().join("copy.db"), b"keep me").unwrap();
    let out = env
        .cmd()
        .current_dir(env.path())
        .args(["db", "backup", "file:copy.db"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read(env.path().join("copy.db")).unwrap(),
        b"keep me"
    );
    let copy = env.path().join("file:copy.db");
    assert!(std::fs::metadata(&copy).unwrap().len() > 0);
    let (code, listed, _) = env.run(&["--db", copy.to_str().unwrap(), "--json", "user", "list"]);
    assert_eq!(code, 0);
    assert!(listed.contains("ada@example.com"));
}

/// `--match` names the same users whether the search index answers (rare
/// text) or every user is read (text most users share).
#[test]
fn match_finds_the_same_users_through_the_index_or_without_it() {
    let env = TestEnv::lite();
    crate::common::seed_active_users(&env, 2100);
    let count = |text: &str| {
        let out = env.ok(&["-q", "user", "list", "--match", text]);
        String::from_utf8(out.stdout).unwrap().lines().count()
    };
    assert_eq!(count("example.com"), 2100, "common text: a full read");
    assert_eq!(count("user2099@"), 1, "rare text: the index");
    assert_eq!(count("user20"), 111, "user20, user200-209, user2000-2099");
    assert_eq!(count("er1"), 1111, "under the index's limit");
    assert_eq!(count("EXAMPLE.COM"), 2100, "any case");
    assert_eq!(count("zz"), 0);
}

/// A libpq keyword string given as the store is refused (exit 6, naming
/// the URL form), never taken for a file name: no SQLite file named with
/// its password, and the password is not echoed (issue 17).
#[test]
fn a_libpq_keyword_string_is_refused_not_taken_for_a_file() {
    let env = TestEnv::lite();
    let keywords = "host=db.example.com password=hunter2 dbname=roster";
    let (code, _, stderr) = env.run(&[
        "--db",
        keywords,
        "user",
        "create",
        "a@example.com",
        "--no-email",
    ]);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("postgresql://"), "{stderr}");
    assert!(!stderr.contains("hunter2"), "{stderr}");
    let (code, _, stderr) = env.run_with_env(&["db", "migrate"], &[("ROSTER_DB", keywords)]);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("libpq keyword string"), "{stderr}");
    let names: Vec<_> = std::fs::read_dir(env.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.contains("hunter2")),
        "a file was made: {names:?}"
    );
}

/// Typed text reaches the terminal escaped: the store path `db path`
/// prints, and what clap quotes in a usage error (a right-to-left
/// override, a CR), as `config show` shows them (issue 17).
#[test]
fn typed_paths_and_arguments_are_shown_escaped() {
    let env = TestEnv::lite();
    let db = env.path().join("a\u{202e}b\r.db");
    let out = env.ok(&["--db", db.to_str().unwrap(), "db", "path"]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("a\\u{202e}b\\u{d}.db"), "{stdout:?}");
    assert!(
        !stdout.contains('\u{202e}') && !stdout.contains('\r'),
        "{stdout:?}"
    );
    let (code, _, stderr) = env.run(&["user", "show", "--bo\u{202e}gus\rx"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--bo\\u{202e}gus\\u{d}x"), "{stderr:?}");
    assert!(
        !stderr.contains('\u{202e}') && !stderr.contains('\r'),
        "{stderr:?}"
    );
}

/// An import of more users than a trigger is used for feeds the search
/// index in one statement: every new user is found at once, a stale entry
/// where the new users land (a write the triggers did not see) gives way,
/// the trigger works again for the next user, and `db check` passes. A
/// pause left behind by hand is a problem `db check` names.
#[test]
fn a_large_import_feeds_the_search_index_in_bulk() {
    let env = TestEnv::lite();
    env.create("ada@example.com", &["--last", "Lovelace", "--no-invite"]);
    env.sqlite()
        .execute_batch("INSERT INTO users_search (rowid, search_text) VALUES (3, 'stale entry');")
        .unwrap();
    // The insert trigger, made to also note each user it indexes, so that
    // the test sees which way the users were indexed.
    let original: String = env
        .sqlite()
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'users_search_insert'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    env.sqlite()
        .execute_batch(
            "CREATE TABLE trigger_log (seq INTEGER);
             DROP TRIGGER users_search_insert;
             CREATE TRIGGER users_search_insert AFTER INSERT ON users
             WHEN NOT EXISTS (SELECT 1 FROM users_search_paused) BEGIN
                 INSERT OR REPLACE INTO users_search (rowid, search_text)
                 VALUES (new.seq, new.search_text);
                 INSERT INTO trigger_log (seq) VALUES (new.seq);
             END;",
        )
        .unwrap();
    let by_trigger = || -> i64 {
        env.sqlite()
            .query_row("SELECT count(*) FROM trigger_log", [], |r| r.get(0))
            .unwrap()
    };
    let mut csv = String::from("email,last_name\n");
    for i in 0..300 {
        csv.push_str(&format!("u{i}@example.com,Surname{i:03}x\n"));
    }
    let file = env.path().join("users.csv");
    std::fs::write(&file, csv).unwrap();
    env.ok(&[
        "-q",
        "--yes",
        "user",
        "import",
        file.to_str().unwrap(),
        "--no-invite",
    ]);
    let found = |text: &str| -> Vec<String> {
        env.json(&["user", "list", "--match", text])
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["email"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(found("surname000x"), ["u0@example.com"]);
    assert_eq!(found("surname001x"), ["u1@example.com"]);
    assert_eq!(found("surname299x"), ["u299@example.com"]);
    assert_eq!(found("stale entry"), Vec::<String>::new());
    let indexed: i64 = env
        .sqlite()
        .query_row("SELECT count(*) FROM users_search", [], |r| r.get(0))
        .unwrap();
    assert_eq!(indexed, 301, "one entry a user");
    assert_eq!(by_trigger(), 0, "the import's users were indexed in bulk");
    env.create("grace@example.com", &["--last", "Hopper", "--no-invite"]);
    assert_eq!(found("hopper"), ["grace@example.com"]);
    assert_eq!(
        by_trigger(),
        1,
        "one user at a time goes through the trigger"
    );
    env.sqlite()
        .execute_batch(&format!(
            "DROP TRIGGER users_search_insert; {original}; DROP TABLE trigger_log;"
        ))
        .unwrap();
    env.ok(&["db", "check"]);

    env.sqlite()
        .execute_batch("INSERT INTO users_search_paused (one) VALUES (1);")
        .unwrap();
    let (code, stdout, stderr) = env.run(&["db", "check"]);
    assert_ne!(code, 0, "{stdout}{stderr}");
    assert!(
        stdout.contains("users_search_paused") || stderr.contains("users_search_paused"),
        "{stdout}{stderr}"
    );
}

/// `db check` checks a store as it is, before any migration: one written
/// by the roster before the last schema passes it.
#[test]
fn db_check_passes_a_sound_store_of_the_schema_before() {
    let previous = roster::store::SCHEMA_VERSION as usize - 1;
    let env = TestEnv::lite();
    store_at_version(&env, previous, &ada_at(previous));
    let (code, stdout, stderr) = env.run(&["db", "check"]);
    assert_eq!(code, 0, "schema {previous}: {stdout}{stderr}");
    assert!(stderr.contains("sound"), "{stderr}");
}
