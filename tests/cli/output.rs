//! Formats (SPEC §4): table, json, jsonl, csv, -q; sanitising; closed pipes; help.

use crate::common::TestEnv;

/// Ids and times change every run; snapshots show placeholders.
const FILTERS: &[(&str, &str)] = &[
    (
        r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        "[ID]                                ",
    ),
    (r"\d{4}-\d\d-\d\d \d\d:\d\d", "[TIME]          "),
];

fn seed(env: &TestEnv) {
    env.access(&["admin"], &["team:north"]);
    env.create(
        "ada@example.com",
        &[
            "--first",
            "Ada",
            "--last",
            "Lovelace",
            "--role",
            "admin",
            "--username",
            "ada",
        ],
    );
    env.create(
        "grace@example.com",
        &[
            "--first",
            "Grace",
            "--last",
            "Hopper",
            "--group",
            "team:north",
            "--no-invite",
        ],
    );
}

#[test]
fn table_shows_the_spec_columns() {
    let env = TestEnv::new();
    seed(&env);
    let out = env.ok(&["user", "list"]);
    let text = String::from_utf8(out.stdout).unwrap();
    insta::with_settings!({ filters => FILTERS.to_vec() }, {
        insta::assert_snapshot!("user_list_table", text);
    });
    assert!(
        out.stderr.is_empty(),
        "stdout carries data; nothing else on a quiet list"
    );
}

#[test]
fn json_jsonl_csv_and_quiet() {
    let env = TestEnv::new();
    seed(&env);
    let json = env.json(&["user", "list"]);
    assert_eq!(json.as_array().unwrap().len(), 2);
    let mut shape = json[0].clone();
    for key in [
        "id",
        "created_at",
        "updated_at",
        "invited_at",
        "invite_expires_at",
    ] {
        shape[key] = serde_json::json!(format!("[{key}]"));
    }
    insta::assert_json_snapshot!("user_json_shape", shape);

    let out = env.ok(&["--format", "jsonl", "user", "list"]);
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["email"], "grace@example.com");

    let out = env.ok(&["--format", "csv", "user", "list"]);
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "id");
    assert_eq!(&headers[1], "email");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert_eq!(&rows[0][col("roles")], "admin");
    assert_eq!(&rows[1][col("groups")], "team:north");
    assert_eq!(&rows[1][col("status")], "active");

    let out = env.ok(&["-q", "user", "list"]);
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(
        ids,
        [
            json[0]["id"].as_str().unwrap(),
            json[1]["id"].as_str().unwrap()
        ]
    );

    env.cmd()
        .args(["user", "list"])
        .env("ROSTER_FORMAT", "jsonl")
        .assert()
        .success()
        .stdout(predicates::str::starts_with("{\"id\""));
}

#[test]
fn csv_cells_cannot_be_formulas() {
    let env = TestEnv::new();
    env.create(
        "eve@example.com",
        &[
            "--company",
            "=HYPERLINK(\"http://evil\")",
            "--first",
            "+1",
            "--last",
            "@SUM(A1)",
        ],
    );
    let out = env.ok(&["--format", "csv", "user", "list"]);
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert_eq!(&row[col("company")], "'=HYPERLINK(\"http://evil\")");
    assert_eq!(&row[col("first_name")], "'+1");
    assert_eq!(&row[col("last_name")], "'@SUM(A1)");
}

#[test]
fn stored_text_cannot_drive_the_terminal() {
    let env = TestEnv::new();
    let id = env.create("eve@example.com", &["--no-invite"]);
    // Another program wrote escapes into the store, past roster's validation.
    env.sql()
        .execute(
            "UPDATE users SET first_name = ?, last_name = ? WHERE id = ?",
            ["Eve\u{1b}[2J\u{1b}[31m", "x\u{202e}gnp.exe", &id],
        )
        .unwrap();
    for args in [&["user", "list"][..], &["user", "show", &id]] {
        let out = env.ok(args);
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{202e}'),
            "{text:?}"
        );
        assert!(text.contains("Eve\\u{1b}[2J"), "{text}");
    }
    // JSON keeps the exact text (escaped by JSON itself).
    assert_eq!(
        env.json(&["user", "show", &id])["first_name"],
        "Eve\u{1b}[2J\u{1b}[31m"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let env = TestEnv::new();
    crate::common::seed_active_users(&env, 3000);
    let roster = assert_cmd::cargo::cargo_bin("roster");
    let commands = ["jsonl", "json", "csv", "table"]
        .map(|format| format!("--format {format} user list"))
        .into_iter()
        .chain([
            "completions bash".to_string(),
            "completions zsh".to_string(),
        ]);
    for command in commands {
        let script =
            format!("set -o pipefail; \"$ROSTER_UNDER_TEST\" {command} | (head -c 1 > /dev/null)");
        let out = std::process::Command::new("bash")
            .args(["-c", &script])
            .env("ROSTER_UNDER_TEST", &roster)
            .env("ROSTER_DB", env.db())
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn errors_in_json_mode_are_json_on_stderr() {
    let env = TestEnv::new();
    env.ok(&["db", "migrate"]);
    let (code, stdout, stderr) = env.run(&["--json", "user", "show", "nobody@example.com"]);
    assert_eq!(code, 4);
    assert!(stdout.is_empty());
    let err: serde_json::Value = serde_json::from_str(stderr.trim()).unwrap();
    assert_eq!(
        err,
        serde_json::json!({"error": {"code": "not_found", "message": "user not found: nobody@example.com", "exit": 4}})
    );
    let (code, _, stderr) = env.run(&["--format", "json", "user", "frobnicate"]);
    assert_eq!(code, 2);
    let err: serde_json::Value = serde_json::from_str(stderr.trim()).unwrap();
    assert_eq!(err["error"]["code"], "usage");
    let (code, _, stderr) = env.run(&["user", "show", "nobody@example.com"]);
    assert_eq!(code, 4);
    assert_eq!(stderr.trim(), "error: user not found: nobody@example.com");
}

#[test]
fn help_is_snapshotted_and_lists_exit_codes() {
    let env = TestEnv::new();
    let help = |args: &[&str]| String::from_utf8(env.ok(args).stdout).unwrap();
    let top = help(&["--help"]);
    assert!(
        top.contains("Exit codes:") && top.contains("9  not_confirmed"),
        "{top}"
    );
    insta::assert_snapshot!("help_top", top);
    insta::assert_snapshot!("help_user", help(&["user", "--help"]));
    insta::assert_snapshot!("help_user_create", help(&["user", "create", "--help"]));
    insta::assert_snapshot!("help_user_block", help(&["user", "block", "--help"]));
    insta::assert_snapshot!("help_user_list", help(&["user", "list", "--help"]));
}

#[test]
fn every_command_has_examples_in_its_help() {
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        let here = format!("{path} {}", cmd.get_name());
        if cmd.get_subcommands().count() == 0 {
            let help = cmd
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            if !help.contains("Examples:") && cmd.get_name() != "help" {
                missing.push(here.clone());
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &here, missing);
        }
    }
    let mut missing = Vec::new();
    walk(&roster::cli::command(), "", &mut missing);
    assert!(
        missing.is_empty(),
        "no examples in the help of: {missing:?}"
    );
}

/// Every flag says what it does; every example line fits 80 columns, so no
/// terminal wraps it mid-command; examples come before the options.
#[test]
fn help_describes_every_flag_and_examples_fit_and_come_first() {
    fn walk(cmd: &mut clap::Command, path: &str, problems: &mut Vec<String>) {
        let here = format!("{path} {}", cmd.get_name()).trim().to_string();
        for arg in cmd.get_arguments() {
            if arg.get_help().is_none() && !arg.is_hide_set() {
                problems.push(format!("{here}: --{} has no description", arg.get_id()));
            }
        }
        if let Some(after) = cmd.get_after_help() {
            for line in after.to_string().lines() {
                if line.chars().count() > 79 {
                    problems.push(format!("{here}: example line too long: {line}"));
                }
            }
            let help = cmd.render_long_help().to_string();
            let examples = help.find("Examples:");
            let options = help.find("Options:");
            if cmd.get_subcommands().count() == 0 && examples > options {
                problems.push(format!("{here}: examples come after the options"));
            }
        }
        let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().into()).collect();
        for name in names {
            walk(cmd.find_subcommand_mut(&name).unwrap(), &here, problems);
        }
    }
    let mut cmd = roster::cli::command();
    cmd.build();
    let mut problems = Vec::new();
    walk(&mut cmd, "", &mut problems);
    assert!(problems.is_empty(), "{problems:#?}");
}

/// `user list --columns` keeps only the named fields, in that order, in every
/// format; an unknown name is refused before the store is opened.
#[test]
fn columns_choose_the_fields_in_every_format() {
    let env = TestEnv::new();
    seed(&env);
    let args = |format: &str| {
        vec![
            "--format".to_string(),
            format.to_string(),
            "user".into(),
            "list".into(),
            "--all".into(),
            "--sort".into(),
            "email".into(),
            "--columns".into(),
            "email,status,groups,last_name".into(),
        ]
    };
    let run = |format: &str| {
        let out = env.cmd().args(args(format)).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    insta::assert_snapshot!("user_list_columns_table", run("table"));
    assert_eq!(
        run("csv"),
        "email,status,groups,last_name\r\n\
         ada@example.com,invited,,Lovelace\r\n\
         grace@example.com,active,team:north,Hopper\r\n"
    );
    let lines: Vec<String> = run("jsonl").lines().map(str::to_string).collect();
    assert_eq!(
        lines,
        [
            r#"{"email":"ada@example.com","status":"invited","groups":[],"last_name":"Lovelace"}"#,
            r#"{"email":"grace@example.com","status":"active","groups":["team:north"],"last_name":"Hopper"}"#,
        ]
    );
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(json[1]["groups"][0], "team:north");
    assert_eq!(json[1].as_object().unwrap().len(), 4);

    let fresh = env.path().join("fresh.db");
    let (code, stdout, stderr) = env.run(&[
        "--db",
        fresh.to_str().unwrap(),
        "user",
        "list",
        "--columns",
        "email,shoe_size",
    ]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("invalid value for --columns: \"shoe_size\" is not one of id, email"),
        "{stderr}"
    );
    assert!(!fresh.exists());
    let (code, _, stderr) = env.run(&["user", "list", "--all", "--status", "active"]);
    assert_eq!(code, 2, "as on the bulk verbs: {stderr}");
    let (code, _, stderr) = env.run(&["user", "list", "--columns", "email,status,email"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("\"email\" is named twice"), "{stderr}");
}

/// An `attr.KEY` column is headed by the key as written, upper-cased, its
/// underscores kept (a field's heading has spaces: LAST NAME).
#[test]
fn an_attribute_column_is_headed_by_its_key() {
    let env = TestEnv::new();
    seed(&env);
    env.ok(&[
        "user",
        "update",
        "ada@example.com",
        "--attr",
        "operator_type=PAYE",
    ]);
    let out = env.ok(&[
        "user",
        "list",
        "--all",
        "--sort",
        "email",
        "--columns",
        "email,attr.operator_type,last_name",
    ]);
    insta::assert_snapshot!(
        "user_list_attribute_column_table",
        String::from_utf8(out.stdout).unwrap()
    );
}

/// Users with fixed ids and times, so a table of them is the same every run:
/// created through roster, then given ids that share their first 9
/// characters (a shortened id needs 10 to tell them apart).
fn fixed_users(env: &TestEnv) {
    let people: [(&str, &[&str]); 4] = [
        (
            "ada.lovelace@analytical-engines.example.com",
            &[
                "--first",
                "Ada",
                "--last",
                "Lovelace",
                "--username",
                "ada",
                "--role",
                "admin",
                "--role",
                "auditor",
                "--group",
                "team:north",
            ],
        ),
        (
            "grace@example.com",
            &[
                "--first",
                "Grace",
                "--last",
                "Hopper",
                "--group",
                "team:north",
                "--group",
                "client:navy",
            ],
        ),
        (
            "margaret.hamilton@example.com",
            &[
                "--first", "Margaret", "--last", "Hamilton", "--role", "engineer",
            ],
        ),
        ("linus@example.com", &["--first", "Linus", "--no-invite"]),
    ];
    env.access(
        &["admin", "auditor", "engineer"],
        &["team:north", "client:navy"],
    );
    for (email, args) in people {
        env.create(email, args);
    }
    let ids = [
        "0193a5b2-7c1e-7d4f-9a10-3b2c4d5e6f70",
        "0193a5b2-8d2f-7a11-8b22-4c3d5e6f7081",
        "0193a5b2-9e30-7b22-9c33-5d4e6f708192",
        "0193a5b3-af41-7c33-8d44-6e5f708192a3",
    ];
    let db = env.sql();
    db.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    for (i, (email, _)) in people.iter().enumerate() {
        let old: String = db
            .query_row("SELECT id FROM users WHERE email = ?", [*email], |r| {
                r.get(0)
            })
            .unwrap();
        for table in [
            "users",
            "user_roles",
            "user_groups",
            "user_attributes",
            "user_permissions",
            "tokens",
        ] {
            let column = if table == "users" { "id" } else { "user_id" };
            db.execute(
                &format!("UPDATE {table} SET {column} = ?1 WHERE {column} = ?2"),
                [ids[i], old.as_str()],
            )
            .unwrap();
        }
    }
    db.execute_batch("UPDATE users SET updated_at = '2026-11-30T09:15:00Z'")
        .unwrap();
}

/// Text without its colour codes (`ESC [ … m`).
fn without_colour(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// `user list` on terminals 80, 120 and 200 columns wide: no line longer
/// than the terminal, no email or id broken across lines, the least
/// important columns left out first.
#[test]
fn tables_fit_the_terminal() {
    let env = TestEnv::new();
    fixed_users(&env);
    for cols in [80u16, 120, 200] {
        let shown = without_colour(&env.on_terminal_width(&["user", "list"], cols));
        for line in shown.lines() {
            assert!(
                line.chars().count() <= usize::from(cols),
                "a line is wider than {cols} columns:\n{shown}"
            );
        }
        for email in [
            "ada.lovelace@analytical-engines.example.com",
            "grace@example.com",
            "margaret.hamilton@example.com",
            "linus@example.com",
        ] {
            assert!(shown.contains(email), "{email} broken at {cols}:\n{shown}");
        }
        assert_eq!(
            shown.lines().count(),
            5,
            "one line a user at {cols}:\n{shown}"
        );
        insta::assert_snapshot!(format!("user_list_{cols}_columns"), shown);
    }
    // A shortened id still names its user.
    let shown = without_colour(&env.on_terminal_width(&["user", "list"], 80));
    assert!(shown.contains(" 0193a5b2-7c1e\n"), "{shown}");
    assert_eq!(
        env.json(&["user", "show", "0193a5b2-7c1e"])["email"],
        "ada.lovelace@analytical-engines.example.com"
    );
    // A prefix more than one id starts with says so.
    let (code, _, stderr) = env.run(&["user", "show", "0193a5b2"]);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("more than one user's id"), "{stderr}");
}

/// A terminal that reports no size is taken to be 80 columns; a pipe gets
/// whole lines.
#[test]
fn a_terminal_with_no_size_is_80_columns_and_a_pipe_is_unlimited() {
    let env = TestEnv::new();
    fixed_users(&env);
    let sizeless = env.on_terminal_width(&["user", "list"], 0);
    assert_eq!(sizeless, env.on_terminal_width(&["user", "list"], 80));
    let piped = String::from_utf8(env.ok(&["user", "list"]).stdout).unwrap();
    assert!(
        piped.contains("0193a5b2-7c1e-7d4f-9a10-3b2c4d5e6f70"),
        "{piped}"
    );
    assert!(piped.lines().any(|l| l.chars().count() > 120), "{piped}");
}

/// A cell of megabytes is capped, not laid out character by character.
#[test]
fn a_huge_cell_is_capped() {
    let env = TestEnv::new();
    let id = env.create("big@example.com", &["--no-invite"]);
    let huge = "x".repeat(5_000_000);
    env.sql()
        .execute("UPDATE users SET comment = ?1, first_name = ?1", [&huge])
        .unwrap();
    let started = std::time::Instant::now();
    let out = env.ok(&["user", "list"]);
    let shown = env.ok(&["user", "show", &id]);
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    let list = String::from_utf8(out.stdout).unwrap();
    assert!(list.len() < 5_000, "{} bytes", list.len());
    assert!(list.contains("more characters)"), "{list}");
    assert!(String::from_utf8(shown.stdout).unwrap().len() < 10_000);
}

/// At 80 and 120 columns no table wraps, and names outrank lesser columns:
/// `user list` leaves out STORE, USERNAME and UPDATED before it shortens a
/// role or group name, and a list too long anyway keeps its first names and
/// counts the rest (`admin +3`); `role list` does the same with
/// permissions; `audit list` keeps AT and cuts CHANGES on one line.
#[test]
fn tables_keep_names_whole_and_never_wrap() {
    let env = TestEnv::new();
    fixed_users(&env);
    env.access(&[], &["team:south", "store:leeds-central"]);
    env.ok(&[
        "role",
        "create",
        "operations-manager",
        "--permission",
        "users.read",
        "--permission",
        "users.block",
        "--permission",
        "users.reset-password",
        "--permission",
        "audit.read",
        "--permission",
        "reports.read",
        "--permission",
        "clocking",
        "--description",
        "runs the shops day to day",
    ]);
    env.ok(&[
        "role",
        "create",
        "payroll-reader",
        "--permission",
        "reports.read",
        "--description",
        "reads the payroll reports",
    ]);
    env.ok(&[
        "user",
        "update",
        "grace@example.com",
        "--add-role",
        "operations-manager",
        "--add-group",
        "store:leeds-central",
    ]);
    env.ok(&[
        "user",
        "update",
        "0193a5b2-7c1e",
        "--add-role",
        "engineer",
        "--add-role",
        "operations-manager",
        "--add-role",
        "payroll-reader",
        "--add-group",
        "team:south",
        "--add-group",
        "client:navy",
    ]);
    env.sql()
        .execute_batch("UPDATE users SET updated_at = '2026-11-30T09:15:00Z'")
        .unwrap();
    for cols in [80u16, 120] {
        for (name, args) in [
            ("user_list", &["user", "list"][..]),
            ("role_list", &["role", "list"][..]),
            ("audit_list", &["audit", "list", "--action", "update"][..]),
        ] {
            let shown = without_colour(&env.on_terminal_width(args, cols));
            for line in shown.lines() {
                assert!(
                    line.chars().count() <= usize::from(cols),
                    "{name}: a line is wider than {cols} columns:\n{shown}"
                );
            }
            let rows = match name {
                "user_list" => 5,
                "audit_list" => 3,
                _ => shown.lines().count(),
            };
            assert_eq!(shown.lines().count(), rows, "one line a row:\n{shown}");
            insta::with_settings!({filters => vec![
                (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "[time]"),
                (r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", "[id]"),
            ]}, {
                insta::assert_snapshot!(format!("names_{name}_{cols}_columns"), shown);
            });
        }
    }
}

/// Where each heading of a table's first line starts, in characters.
fn heading_at(header: &str, heading: &str) -> usize {
    header[..header.find(heading).unwrap()].chars().count()
}

/// The character at column `at` of a line (a space past its end).
fn char_at(line: &str, at: usize) -> char {
    line.chars().nth(at).unwrap_or(' ')
}

/// A table longer than a page streams in a pipe: the first 1,000 rows fix
/// the column widths, every row is printed, a later cell wider than its
/// column is cut as a narrow terminal cuts it (an email is never cut), and
/// the columns stay aligned. JSON Lines and CSV hold every row, whole.
#[test]
fn a_table_longer_than_a_page_streams_with_the_first_pages_widths() {
    let env = TestEnv::new();
    crate::common::seed_active_users(&env, 1200);
    env.create(
        "zz@example.com",
        &["--no-invite", "--first", "Bartholomew-Maximilian"],
    );
    let long = "zzz.longer-name@example.com";
    env.create(long, &["--no-invite", "--last", "Hopper"]);
    let args = [
        "user",
        "list",
        "--sort",
        "email",
        "--columns",
        "email,first_name,last_name,id",
    ];
    let table = String::from_utf8(env.ok(&args).stdout).unwrap();
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 1 + 1202, "a header and every row");
    let header = lines[0];
    assert!(header.starts_with("EMAIL"), "{header}");
    for n in 0..1200 {
        let email = format!("user{n}@example.com ");
        assert!(
            lines.iter().any(|l| l.starts_with(&email)),
            "{email} is missing"
        );
    }
    let (first, last, id) = (
        heading_at(header, "FIRST NAME"),
        heading_at(header, "LAST NAME"),
        heading_at(header, "ID"),
    );
    for line in &lines[1..] {
        // Every column starts where its heading does, after a gap; the
        // long email pushes only the cell right after it.
        for at in [first, last, id] {
            if line.starts_with(long) && at == first {
                continue;
            }
            assert!(
                char_at(line, at) != ' ' && char_at(line, at - 1) == ' ',
                "column {at} is out of line:\n{header}\n{line}"
            );
        }
    }
    let zz = lines.iter().find(|l| l.starts_with("zz@")).unwrap();
    assert!(zz.contains("Bartholom…"), "{zz}");
    assert!(!zz.contains("Bartholomew-Maximilian"), "{zz}");
    let zzz = lines.iter().find(|l| l.starts_with(long)).unwrap();
    assert!(zzz.contains("Hopper"), "{zzz}");

    let out = env.ok(&["--format", "jsonl", "user", "list", "--sort", "email"]);
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 1202);
    assert_eq!(rows[1200]["first_name"], "Bartholomew-Maximilian");
    let out = env.ok(&["--format", "csv", "user", "list", "--sort", "email"]);
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        csv::Reader::from_reader(csv.as_bytes()).records().count(),
        1202
    );
    assert!(csv.contains(",Bartholomew-Maximilian,"), "{}", &csv[..200]);
    assert_eq!(env.json(&["user", "list"]).as_array().unwrap().len(), 1202);
}

/// A bulk result longer than a page in a pipe gets every row, in a table
/// whose widths the first page chose.
#[test]
fn a_long_bulk_result_in_a_pipe_gets_every_row() {
    let env = TestEnv::new();
    crate::common::seed_active_users(&env, 1100);
    let out = env
        .cmd()
        .args(["--yes", "user", "block", "--all", "nobody@example.com"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let table = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 1 + 1101, "{}", &table[..300]);
    let outcome = heading_at(lines[0], "OUTCOME");
    assert_eq!(
        lines
            .iter()
            .filter(|l| l[outcome..].starts_with("changed "))
            .count(),
        1100
    );
    assert!(lines[1].starts_with("nobody@example.com"), "{}", lines[1]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("error: no user nobody@example.com"),
        "{stderr}"
    );
    assert!(stderr.contains("1100 changed, 1 not found"), "{stderr}");
    assert!(!stderr.contains("rows shown"), "{stderr}");
}

/// An `--atomic` run of more than a page of users keeps its rows on disk
/// until its commit, and then prints every one, in order.
#[test]
fn an_atomic_run_longer_than_a_page_prints_every_row() {
    let env = TestEnv::new();
    crate::common::seed_active_users(&env, 2100);
    let out = env.ok(&[
        "--yes", "--format", "jsonl", "user", "block", "--all", "--atomic",
    ]);
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2100);
    assert!(
        rows.iter()
            .all(|r| r["outcome"] == "changed" && r["action"] == "block")
    );
    assert_eq!(rows[0]["email"], "user0@example.com");
    assert_eq!(rows[2099]["email"], "user2099@example.com");
    assert_eq!(rows[2099]["to"], "blocked");
}
