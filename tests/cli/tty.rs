//! Prompts on a real pseudo-terminal (pexpect): confirmations and passwords.

use crate::auth::{GOOD, verify, with_stdin};
use crate::common::TestEnv;

#[test]
fn a_bulk_change_asks_and_a_no_changes_nothing() {
    let env = TestEnv::new();
    let a = env.create("a@example.com", &["--no-invite"]);
    let b = env.create("b@example.com", &["--no-invite"]);
    let asked = r"Block 2 users: a@example\.com, b@example\.com\?";
    let (code, screen) = env.on_terminal(&["user", "block", &a, &b], &[(asked, "n")]);
    assert_eq!(code, 9, "{screen}");
    assert_eq!(env.status(&a), "active");
    assert_eq!(env.status(&b), "active");
    let (code, screen) = env.on_terminal(&["user", "block", &a, &b], &[(asked, "y")]);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("2 changed"), "{screen}");
    assert_eq!(env.status(&b), "blocked");
}

#[test]
fn delete_asks_even_for_one_user() {
    let env = TestEnv::new();
    let a = env.create("a@example.com", &["--no-invite"]);
    let (code, screen) = env.on_terminal(
        &["user", "delete", &a],
        &[(r"Delete 1 user permanently: a@example\.com\?", "y")],
    );
    assert_eq!(code, 0, "{screen}");
    let (code, _, _) = env.run(&["user", "show", &a]);
    assert_eq!(code, 4);
}

#[test]
fn a_password_is_asked_twice_on_a_terminal() {
    let env = TestEnv::new();
    env.create("ada@example.com", &["--no-invite"]);
    let (code, screen) = env.on_terminal(
        &[
            "user",
            "reset-password",
            "ada@example.com",
            "--no-must-change",
        ],
        &[
            ("New password for ada@example.com", &format!("{GOOD}\r")),
            ("Repeat it", "something else entirely\r"),
            ("differ", ""),
            ("New password for ada@example.com", &format!("{GOOD}\r")),
            ("Repeat it", &format!("{GOOD}\r")),
        ],
    );
    assert_eq!(code, 0, "{screen}");
    assert!(
        !screen.contains(GOOD),
        "the password is not echoed: {screen}"
    );
    let (code, _, _) = verify(&env, "ada@example.com", GOOD);
    assert_eq!(code, 0);
}

/// `user create --prompt-password` asks twice on a terminal, and refuses to
/// wait for a prompt without one.
#[test]
fn create_can_prompt_for_the_password() {
    let env = TestEnv::new();
    let (code, screen) = env.on_terminal(
        &["user", "create", "ada@example.com", "--prompt-password"],
        &[
            ("New password for ada@example.com", &format!("{GOOD}\r")),
            ("Repeat it", &format!("{GOOD}\r")),
        ],
    );
    assert_eq!(code, 0, "{screen}");
    assert!(
        !screen.contains(GOOD),
        "the password is not echoed: {screen}"
    );
    assert_eq!(env.status("ada@example.com"), "active");
    let (code, _, _) = verify(&env, "ada@example.com", GOOD);
    assert_eq!(code, 0);
    let (code, _, stderr) = with_stdin(
        &env,
        &["user", "create", "bob@example.com", "--prompt-password"],
        &format!("{GOOD}\n"),
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("needs a terminal"), "{stderr}");
    let (code, _, _) = env.run(&["user", "show", "bob@example.com"]);
    assert_eq!(code, 4, "nothing was created");
}

/// The question names the first five users it is about and counts the rest.
#[test]
fn the_question_names_the_first_users() {
    let env = TestEnv::new();
    env.ok(&["group", "create", "team:north"]);
    for n in 1..=7 {
        env.create(
            &format!("u{n}@example.com"),
            &["--no-invite", "--group", "team:north"],
        );
    }
    let (code, screen) = env.on_terminal(
        &["user", "block", "--group", "team:north"],
        &[(
            r"Block 7 users: (u\d@example\.com, ){4}u\d@example\.com and 2 more\?",
            "n",
        )],
    );
    assert_eq!(code, 9, "{screen}");
    assert_eq!(env.status("u1@example.com"), "active");
    // Without a terminal, the refusal names them too.
    let (code, _, stderr) = env.run(&["user", "block", "u1@example.com", "u2@example.com"]);
    assert_eq!(code, 9, "{stderr}");
    assert!(
        stderr.contains("Block 2 users: u1@example.com, u2@example.com?"),
        "{stderr}"
    );
}

/// A change made by another process while roster waits for confirmation is
/// seen: the verb acts on the user as stored when it writes, not as planned.
#[test]
fn a_change_made_while_asking_is_not_overwritten() {
    let env = TestEnv::new();
    let a = env.create("a@example.com", &["--no-invite"]);
    let b = env.create("b@example.com", &["--no-invite"]);
    let (code, screen) = env.on_terminal_steps(
        &["--json", "user", "block", &a, &b],
        vec![serde_json::json!([
            r"Block 2 users: a@example\.com, b@example\.com\?",
            "y",
            ["user", "archive", &a]
        ])],
    );
    assert_eq!(code, 3, "{screen}");
    assert!(
        screen.contains("a@example.com") && screen.contains("invalid_transition"),
        "{screen}"
    );
    assert_eq!(
        env.status(&a),
        "archived",
        "the other process's change stands"
    );
    assert_eq!(env.status(&b), "blocked");
    env.ok(&["audit", "verify"]);
}

/// Long bulk work shows a progress bar on a terminal, and never in a pipe.
#[test]
fn long_bulk_work_shows_progress_on_a_terminal_only() {
    if crate::common::through::local_only(
        "progress bars are drawn from this process's own work; a server does not send its progress (a known gap)",
    ) {
        return;
    }
    let env = TestEnv::new();
    // Enough passwords that hashing them on every core takes well over the
    // second a bar waits for (an argon2id hash takes tens of milliseconds).
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let users = 80 * cores;
    crate::common::seed_active_users(&env, users);
    let question = format!(r"{users} users: [^?]+ and {} more\?", users - 5);
    let changed = format!("{users} changed");
    let credentials = env.path().join("first.csv");
    let (code, screen) = env.on_terminal(
        &[
            "user",
            "reset-password",
            "--all",
            "--generate-password",
            "--credentials-file",
            credentials.to_str().unwrap(),
        ],
        &[(question.as_str(), "y")],
    );
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("hashing passwords ["), "{screen}");
    assert!(screen.contains(&changed), "{screen}");

    let credentials = env.path().join("second.csv");
    let (code, _, stderr) = env.run(&[
        "user",
        "reset-password",
        "--all",
        "--generate-password",
        "--credentials-file",
        credentials.to_str().unwrap(),
        "--yes",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains('['), "no bar without a terminal: {stderr}");
}

/// `user import --generate-password` shows its bar while it hashes, not only
/// once a batch has committed: the bar is seen part way.
#[test]
fn import_shows_progress_while_it_hashes() {
    if crate::common::through::local_only(
        "progress bars are drawn from this process's own work; a server does not send its progress (a known gap)",
    ) {
        return;
    }
    let env = TestEnv::new();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let users = 80 * cores;
    let mut csv = String::from("email\n");
    for n in 0..users {
        csv.push_str(&format!("user{n}@example.com\n"));
    }
    let file = env.path().join("staff.csv");
    std::fs::write(&file, csv).unwrap();
    let credentials = env.path().join("credentials.csv");
    let (code, screen) = env.on_terminal(
        &[
            "--yes",
            "user",
            "import",
            file.to_str().unwrap(),
            "--generate-password",
            "--credentials-file",
            credentials.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(code, 0, "{screen}");
    // Each drawn bar: `importing [===>   ] 37/160, 3s left`.
    let positions: Vec<usize> = screen
        .split("importing [")
        .skip(1)
        .filter_map(|bar| {
            let after = bar.split_once("] ")?.1;
            after.split_once('/')?.0.parse().ok()
        })
        .collect();
    assert!(
        positions.iter().any(|&p| p < users),
        "no bar part way through the hashing ({positions:?}): {screen}"
    );
    assert!(screen.contains(&format!("{users} created")), "{screen}");
}

/// On a terminal, a bulk result of more than a page (1,000 rows) shows the
/// rows that are not plain successes and says how many it left out and how
/// to get every row; a small result is shown whole.
#[test]
fn a_large_bulk_result_on_a_terminal_shows_what_is_not_a_plain_success() {
    let env = TestEnv::new();
    crate::common::seed_active_users(&env, 1100);
    let (code, screen) = env.on_terminal(
        &["--yes", "user", "block", "--all", "nobody@example.com"],
        &[],
    );
    let screen = screen.replace('\r', "");
    assert_eq!(code, 3, "{screen}");
    assert!(screen.contains("EMAIL"), "{screen}");
    assert!(screen.contains("nobody@example.com"), "{screen}");
    assert!(!screen.contains("user7@example.com"), "{screen}");
    assert!(
        screen.contains(
            "1 of 1101 rows shown: those that are not plain successes; every row: --format jsonl, or a pipe"
        ),
        "{screen}"
    );
    assert!(screen.contains("1100 changed, 1 not found"), "{screen}");
    assert!(screen.lines().count() < 20, "{screen}");

    // A dry run's plan is a result too.
    let (code, screen) = env.on_terminal(&["user", "unblock", "--all", "--dry-run"], &[]);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("0 of 1100 rows shown"), "{screen}");
    assert!(screen.contains("1100 would change"), "{screen}");

    // A small result is shown whole.
    let (code, screen) = env.on_terminal(
        &[
            "--yes",
            "user",
            "unblock",
            "user1@example.com",
            "user2@example.com",
            "user3@example.com",
        ],
        &[],
    );
    assert_eq!(code, 0, "{screen}");
    for n in 1..=3 {
        assert!(screen.contains(&format!("user{n}@example.com")), "{screen}");
    }
    assert!(!screen.contains("rows shown"), "{screen}");
}

/// An import of more than a page on a terminal shows its failed rows only.
#[test]
fn a_large_import_on_a_terminal_shows_its_failed_rows() {
    let env = TestEnv::new();
    let mut csv = String::from("email,first_name\n");
    for n in 0..1050 {
        csv.push_str(&format!("person{n}@example.com,Ada\n"));
    }
    csv.push_str("not an email,Bad\n");
    let file = env.path().join("staff.csv");
    std::fs::write(&file, csv).unwrap();
    let (code, screen) = env.on_terminal(
        &[
            "--yes",
            "user",
            "import",
            file.to_str().unwrap(),
            "--skip-invalid",
            "--no-invite",
        ],
        &[],
    );
    let screen = screen.replace('\r', "");
    assert_eq!(code, 3, "{screen}");
    assert!(screen.contains("1052"), "the failed row's line: {screen}");
    assert!(!screen.contains("person7@example.com"), "{screen}");
    assert!(
        screen.contains("1 of 1051 rows shown: those that are not plain successes"),
        "{screen}"
    );
    assert!(screen.contains("1050 created, 1 failed"), "{screen}");
}
