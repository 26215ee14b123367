//! The grant rules and the actor (SPEC §8): who may give which permission,
//! whom a scoped role reaches, what no actor does to itself, the last
//! holder of `roles.manage`, and an `--as` that names nobody.

use std::collections::{BTreeMap, BTreeSet};

use crate::common::TestEnv;

fn fails(env: &TestEnv, args: &[&str], code: i32, says: &str) -> String {
    let (got, stdout, stderr) = env.run(args);
    assert_eq!(got, code, "{args:?}: {stdout}{stderr}");
    assert!(stderr.contains(says), "{args:?}: {stderr}");
    stderr
}

fn with_as<'a>(actor: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--as", actor, "--yes"];
    all.extend_from_slice(args);
    all
}

fn effective(env: &TestEnv, user: &str) -> BTreeSet<String> {
    env.json(&["user", "show", user])["effective_permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect()
}

fn roles_of(env: &TestEnv, user: &str) -> Vec<String> {
    env.json(&["user", "show", user])["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect()
}

/// The operator preset's managers and an administrator of the back office.
fn shop() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["role", "preset", "apply", "operator"]);
    env.ok(&["role", "preset", "apply", "back-office"]);
    env.create(
        "admin@example.com",
        &["--role", "administrator", "--no-invite"],
    );
    env.create(
        "opadm@example.com",
        &["--role", "operator-admin", "--no-invite"],
    );
    env.create("op@example.com", &["--no-invite"]);
    env
}

/// The privilege escalation of issue 17: `users.manage` alone made its
/// holder administrator, then took the administrator's role away.
#[test]
fn managing_users_gives_no_admin_permission_it_does_not_hold() {
    let env = shop();
    let run = |args: &[&str]| env.run(&with_as("opadm@example.com", args));
    let before = effective(&env, "opadm@example.com");
    // Its own admin permissions and roles: never.
    let (code, _, err) = run(&[
        "user",
        "update",
        "opadm@example.com",
        "--add-permission",
        "roles.manage",
        "--add-permission",
        "users.delete",
    ]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("its own permission"), "{err}");
    let (code, _, err) = run(&["role", "assign", "administrator", "opadm@example.com"]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("its own role"), "{err}");
    // Another user's: only what it holds.
    let (code, _, err) = run(&[
        "user",
        "update",
        "op@example.com",
        "--add-permission",
        "roles.manage",
    ]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("needs roles.manage"), "{err}");
    let (code, _, err) = run(&["role", "unassign", "administrator", "admin@example.com"]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("roles.manage"), "{err}");
    let (code, _, err) = run(&[
        "user",
        "create",
        "new@example.com",
        "--role",
        "administrator",
        "--no-invite",
    ]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("role administrator"), "{err}");
    // Product permissions and roles without admin permissions: yes.
    let (code, _, err) = run(&["role", "assign", "operator", "op@example.com"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&[
        "user",
        "update",
        "op@example.com",
        "--add-permission",
        "reports.read",
    ]);
    assert_eq!(code, 0, "{err}");
    // So is an admin permission it holds, given to another user.
    let (code, _, err) = run(&[
        "user",
        "update",
        "op@example.com",
        "--add-permission",
        "users.block",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(effective(&env, "opadm@example.com"), before);
    assert_eq!(roles_of(&env, "admin@example.com"), ["administrator"]);
    assert_eq!(env.run(&["user", "show", "new@example.com"]).0, 4);
}

/// Import and sync are paths that grant too: a row that gives what the
/// actor does not hold fails, naming the rule, and nothing is written.
#[test]
fn import_and_sync_rows_keep_the_grant_rules() {
    let env = shop();
    let file = env.path().join("admins.csv");
    std::fs::write(
        &file,
        "email,roles,permissions\nop@example.com,administrator,\nnew@example.com,,roles.manage\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let args = with_as(
        "opadm@example.com",
        &["user", "import", file, "--on-conflict", "update"],
    );
    let (code, out, err) = env.run(&args);
    assert_eq!(code, 7, "{out}{err}");
    assert!(err.contains("cannot be imported"), "{err}");
    assert!(out.contains("role administrator"), "{out}");
    assert!(out.contains("roles.manage"), "{out}");
    assert!(roles_of(&env, "op@example.com").is_empty());
    assert_eq!(env.run(&["user", "show", "new@example.com"]).0, 4);
    // Its own row may not change its roles either.
    std::fs::write(
        env.path().join("me.csv"),
        "email,roles\nopadm@example.com,administrator\nadmin@example.com,administrator\n",
    )
    .unwrap();
    let me = env.path().join("me.csv");
    let args = with_as(
        "opadm@example.com",
        &["user", "sync", me.to_str().unwrap(), "--missing", "ignore"],
    );
    let (code, out, err) = env.run(&args);
    assert_eq!(code, 7, "{out}{err}");
    assert!(out.contains("its own role"), "{out}");
    assert_eq!(roles_of(&env, "opadm@example.com"), ["operator-admin"]);
    // Importing a user already blocked blocks them: it needs users.block.
    env.ok(&["role", "create", "hr", "--permission", "users.manage"]);
    env.create("hr@example.com", &["--role", "hr", "--no-invite"]);
    std::fs::write(
        env.path().join("blocked.csv"),
        "email,status\ngone@example.com,blocked\n",
    )
    .unwrap();
    let blocked = env.path().join("blocked.csv");
    let (code, out, err) = env.run(&with_as(
        "hr@example.com",
        &["user", "import", blocked.to_str().unwrap()],
    ));
    assert_eq!(code, 7, "{out}{err}");
    assert!(out.contains("users.block"), "{out}");
    assert_eq!(env.run(&["user", "show", "gone@example.com"]).0, 4);
    // A row that gives a user who holds more than the actor a new address
    // (where their reset links would go) is refused, as `user update
    // --email` refuses it.
    let admin = env.json(&["user", "show", "admin@example.com"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::write(
        env.path().join("moved.csv"),
        format!("id,email\n{admin},hr-inbox@example.com\n"),
    )
    .unwrap();
    let moved = env.path().join("moved.csv");
    let (code, out, err) = env.run(&with_as(
        "hr@example.com",
        &[
            "user",
            "import",
            moved.to_str().unwrap(),
            "--on-conflict",
            "update",
        ],
    ));
    assert_eq!(code, 7, "{out}{err}");
    assert!(
        out.contains("change the email of admin@example.com"),
        "{out}"
    );
    assert_eq!(
        env.json(&["user", "show", &admin])["email"],
        "admin@example.com"
    );
    // Nor a row that gives them a password hash the actor knows the
    // password of.
    env.cmd()
        .args([
            "user",
            "create",
            "known@example.com",
            "--password-stdin",
            "--no-must-change",
        ])
        .write_stdin("correct horse battery staple 42")
        .assert()
        .success();
    let export = env.ok(&["user", "export", "--include-hashes", "--format", "jsonl"]);
    let hash = String::from_utf8(export.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|u| u["email"] == "known@example.com")
        .unwrap()["password_hash"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::write(
        env.path().join("hash.csv"),
        format!("id,password_hash\n{admin},\"{hash}\"\n"),
    )
    .unwrap();
    let hashed = env.path().join("hash.csv");
    env.ok(&[
        "role",
        "create",
        "resetter",
        "--permission",
        "users.manage",
        "--permission",
        "users.reset-password",
    ]);
    env.create(
        "resetter@example.com",
        &["--role", "resetter", "--no-invite"],
    );
    let (code, out, err) = env.run(&with_as(
        "resetter@example.com",
        &[
            "user",
            "import",
            hashed.to_str().unwrap(),
            "--on-conflict",
            "update",
        ],
    ));
    assert_eq!(code, 7, "{out}{err}");
    assert!(
        out.contains("set the password of admin@example.com"),
        "{out}"
    );
}

/// Role definitions: putting an admin permission into a role, or taking
/// one out, needs it; a role the actor holds is its own.
#[test]
fn role_definitions_keep_the_grant_rules() {
    let env = shop();
    env.ok(&[
        "role",
        "create",
        "role-keeper",
        "--permission",
        "roles.manage",
    ]);
    env.create(
        "keeper@example.com",
        &["--role", "role-keeper", "--no-invite"],
    );
    let keeper = |args: &[&str]| {
        let all = with_as("keeper@example.com", args);
        env.run(&all)
    };
    let (code, _, err) = keeper(&[
        "role",
        "update",
        "operator-admin",
        "--permission",
        "users.delete",
    ]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("users.delete"), "{err}");
    let (code, _, err) = keeper(&["role", "create", "deleters", "--permission", "users.delete"]);
    assert_eq!(code, 7, "{err}");
    let (code, _, err) = keeper(&["role", "update", "role-keeper", "--permission", "clocking"]);
    assert_eq!(code, 0, "a product permission: {err}");
    let (code, _, err) = keeper(&[
        "role",
        "update",
        "role-keeper",
        "--remove-permission",
        "roles.manage",
    ]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("which it holds"), "{err}");
    assert!(effective(&env, "keeper@example.com").contains("roles.manage"));
}

/// No actor blocks, archives or deletes itself; nothing takes
/// `roles.manage` from its last active holder, whoever acts.
#[test]
fn the_actor_itself_and_the_last_manager_are_kept() {
    let env = shop();
    let admin = |args: &[&str]| env.run(&with_as("admin@example.com", args));
    for verb in ["block", "archive", "delete"] {
        let (code, out, err) = admin(&["user", verb, "admin@example.com"]);
        assert_eq!(code, 7, "{verb}: {out}{err}");
        assert!(
            err.contains("itself") || out.contains("itself"),
            "{err}{out}"
        );
    }
    let (code, _, err) = admin(&["role", "unassign", "administrator", "admin@example.com"]);
    assert_eq!(code, 7, "{err}");
    assert_eq!(env.status("admin@example.com"), "active");

    // A trusted actor is held to the last holder of roles.manage (exit 5).
    for args in [
        vec!["user", "block", "admin@example.com"],
        vec!["user", "archive", "admin@example.com", "--yes"],
        vec!["user", "delete", "admin@example.com", "--yes"],
        vec!["role", "unassign", "administrator", "admin@example.com"],
        vec![
            "user",
            "update",
            "admin@example.com",
            "--remove-role",
            "administrator",
        ],
        vec![
            "role",
            "update",
            "administrator",
            "--remove-permission",
            "roles.manage",
        ],
        vec!["role", "delete", "administrator", "--force"],
    ] {
        fails(&env, &args, 5, "without an active holder of roles.manage");
        assert!(effective(&env, "admin@example.com").contains("roles.manage"));
        assert_eq!(env.status("admin@example.com"), "active");
    }
    // With a second holder, one may go; the other stays.
    env.create(
        "admin2@example.com",
        &["--role", "administrator", "--no-invite"],
    );
    let (code, out, err) = env.run(&[
        "user",
        "block",
        "admin@example.com",
        "admin2@example.com",
        "--yes",
        "--format",
        "jsonl",
    ]);
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("\"refused\""), "{out}");
    let active: Vec<String> = ["admin@example.com", "admin2@example.com"]
        .iter()
        .map(|u| env.status(u))
        .collect();
    assert_eq!(
        active.iter().filter(|s| *s == "active").count(),
        1,
        "{active:?}"
    );
}

/// A scoped role's admin permissions reach only the users of its holder's
/// groups of that kind.
#[test]
fn a_scoped_role_acts_only_on_its_holders_groups() {
    let env = TestEnv::new();
    env.ok(&["group", "create", "team:north"]);
    env.ok(&["group", "create", "team:south"]);
    env.ok(&[
        "role",
        "create",
        "team-blocker",
        "--scope",
        "team",
        "--permission",
        "users.block",
        "--permission",
        "users.read",
    ]);
    env.create(
        "lead@example.com",
        &[
            "--role",
            "team-blocker",
            "--group",
            "team:north",
            "--no-invite",
        ],
    );
    env.create("bob@example.com", &["--group", "team:north", "--no-invite"]);
    env.create(
        "carl@example.com",
        &["--group", "team:south", "--no-invite"],
    );
    env.create("dan@example.com", &["--no-invite"]);
    let lead = |args: &[&str]| env.run(&with_as("lead@example.com", args));
    let (code, _, err) = lead(&["user", "block", "dan@example.com"]);
    assert_eq!(code, 7, "a user of no team: {err}");
    assert!(err.contains("team:north"), "{err}");
    let (code, _, err) = lead(&["user", "block", "carl@example.com"]);
    assert_eq!(code, 7, "{err}");
    assert_eq!(env.status("carl@example.com"), "active");
    assert_eq!(env.status("dan@example.com"), "active");
    let (code, out, err) = lead(&[
        "--format",
        "jsonl",
        "user",
        "block",
        "bob@example.com",
        "carl@example.com",
    ]);
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("\"denied\""), "{out}");
    assert_eq!(env.status("bob@example.com"), "blocked");
    assert_eq!(env.status("carl@example.com"), "active");
    // What it reads is scoped the same way.
    let (code, out, err) = lead(&["--format", "jsonl", "user", "list", "--all"]);
    assert_eq!(code, 0, "{err}");
    let mut seen: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["email"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    seen.sort();
    assert_eq!(seen, ["bob@example.com", "lead@example.com"]);
    let (code, _, err) = lead(&["user", "show", "carl@example.com"]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("scoped role"), "{err}");
}

/// An actor with `@` must be a user of the store who can act: a typo is
/// never trusted in full (exit 4, naming `user list`).
#[test]
fn an_actor_with_an_at_sign_must_be_a_store_user() {
    let env = TestEnv::new();
    env.ok(&["role", "create", "reader", "--permission", "users.read"]);
    env.create("ro@example.com", &["--role", "reader", "--no-invite"]);
    env.create("gone@example.com", &["--no-invite"]);
    env.create("x@example.com", &["--no-invite"]);
    env.ok(&["user", "block", "x@example.com"]);
    env.ok(&["user", "delete", "gone@example.com", "--yes"]);
    for actor in [
        "rita@shop.exmaple",
        "ro@example.com.",
        "<ro@example.com>",
        "mailto:ro@example.com",
        "ro\u{200b}@example.com",
        "gone@example.com",
    ] {
        fails(
            &env,
            &["--as", actor, "user", "unblock", "x@example.com"],
            4,
            "roster user list",
        );
        assert_eq!(env.status("x@example.com"), "blocked", "{actor:?}");
    }
    fails(
        &env,
        &["--as", "ro@example.com", "user", "unblock", "x@example.com"],
        7,
        "users.unblock",
    );
    // A name without @ is a label for the trusted account.
    let (code, _, err) = env.run(&["--as", "nightly-job", "user", "unblock", "x@example.com"]);
    assert_eq!(code, 0, "{err}");
    let audit = env.json(&["audit", "list", "--user", "x@example.com"]);
    assert!(audit.to_string().contains("nightly-job"), "{audit}");
}

/// The permission is checked before the input is looked at: a reader
/// learns nothing of which files exist.
#[test]
fn permission_comes_before_input() {
    let env = TestEnv::new();
    env.ok(&["role", "create", "reader", "--permission", "users.read"]);
    env.create("ro@example.com", &["--role", "reader", "--no-invite"]);
    let existing = env.path().join("users.csv");
    std::fs::write(&existing, "email\na@example.com\n").unwrap();
    for file in ["/nonexistent.csv", existing.to_str().unwrap()] {
        fails(
            &env,
            &["--as", "ro@example.com", "user", "import", file],
            7,
            "users.manage",
        );
        fails(
            &env,
            &[
                "--as",
                "ro@example.com",
                "user",
                "block",
                "--from-file",
                file,
            ],
            7,
            "users.block",
        );
    }
    // History reads the audit log: it needs audit.read, like audit list.
    fails(
        &env,
        &[
            "--as",
            "ro@example.com",
            "user",
            "history",
            "ro@example.com",
        ],
        7,
        "audit.read",
    );
}

/// A selector that names a role, group, permission or attribute key the
/// store does not have is not found (exit 4), never "no users match".
#[test]
fn unknown_names_in_selectors_are_not_found() {
    let env = TestEnv::new();
    env.ok(&["group", "create", "team:north"]);
    env.ok(&["role", "create", "clerk", "--permission", "clocking"]);
    env.create(
        "a@example.com",
        &[
            "--group",
            "team:north",
            "--attr",
            "source=hr",
            "--no-invite",
        ],
    );
    env.ok(&["group", "rename", "team:north", "northern"]);
    for (args, says) in [
        (
            vec!["user", "block", "--role", "superuser", "--yes"],
            "role not found: superuser",
        ),
        (
            vec!["user", "block", "--group", "team:north", "--yes"],
            "group not found: team:north",
        ),
        (
            vec!["user", "list", "--permission", "nope.read"],
            "permission not found: nope.read",
        ),
        (
            vec!["user", "export", "--attr", "colour=red"],
            "attribute not found: colour",
        ),
        (
            vec!["user", "list", "--role", "superuser"],
            "role not found",
        ),
    ] {
        fails(&env, &args, 4, says);
    }
    assert_eq!(env.status("a@example.com"), "active");
    // Names that exist select as before, matching or not.
    let (code, _, err) = env.run(&[
        "user",
        "list",
        "--group",
        "team:northern",
        "--role",
        "clerk",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = env.run(&[
        "user",
        "list",
        "--permission",
        "clocking",
        "--attr",
        "source=x",
    ]);
    assert_eq!(code, 0, "{err}");
}

/// `user sync` can be scoped: only the users its filters select can be
/// missing from the file.
#[test]
fn sync_with_a_selector_touches_only_the_users_it_selects() {
    let env = TestEnv::new();
    env.ok(&["role", "preset", "apply", "back-office"]);
    env.ok(&["group", "create", "client:acme"]);
    env.create(
        "admin@example.com",
        &["--role", "administrator", "--no-invite"],
    );
    for who in ["a1", "a2", "a3"] {
        env.create(
            &format!("{who}@acme.example"),
            &["--group", "client:acme", "--no-invite"],
        );
    }
    env.create("other@example.com", &["--no-invite"]);
    let file = env.path().join("acme.csv");
    std::fs::write(&file, "email,groups\na1@acme.example,client:acme\n").unwrap();
    let file = file.to_str().unwrap();
    let (code, out, err) = env.run(&[
        "--yes",
        "--format",
        "jsonl",
        "user",
        "sync",
        file,
        "--missing",
        "archive",
        "--group",
        "client:acme",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(env.status("a1@acme.example"), "active");
    assert_eq!(env.status("a2@acme.example"), "archived");
    assert_eq!(env.status("a3@acme.example"), "archived");
    assert_eq!(env.status("other@example.com"), "active");
    assert_eq!(env.status("admin@example.com"), "active");
    // Unscoped, it would archive the last administrator: refused, and
    // nothing is written (exit 5); --skip-invalid does the rest.
    let unscoped = [
        "--yes",
        "--format",
        "jsonl",
        "user",
        "sync",
        file,
        "--missing",
        "archive",
    ];
    let (code, out, err) = env.run(&unscoped);
    assert_eq!(code, 5, "{out}{err}");
    assert!(out.contains("roles.manage"), "{out}");
    assert_eq!(env.status("other@example.com"), "active");
    let mut skipping = unscoped.to_vec();
    skipping.push("--skip-invalid");
    let (code, out, err) = env.run(&skipping);
    assert_eq!(code, 3, "{out}{err}");
    assert_eq!(env.status("other@example.com"), "archived");
    assert_eq!(env.status("admin@example.com"), "active");
    fails(
        &env,
        &[
            "user",
            "sync",
            file,
            "--missing",
            "archive",
            "--group",
            "client:nobody",
        ],
        4,
        "group not found",
    );
}

/// Where an admin permission of a user reaches: every user (None), or the
/// users of these groups.
type Reaches = BTreeMap<String, Option<BTreeSet<String>>>;

/// Every user's reach of every admin permission, computed from what the
/// store says: roles (with their scope), own permissions and groups.
fn reaches(env: &TestEnv, users: &[&str]) -> BTreeMap<String, Reaches> {
    let roles = env.json(&["role", "list"]);
    let roles: BTreeMap<String, (Vec<String>, Option<String>)> = roles
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let permissions = r["permissions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_str().unwrap().to_string())
                .collect();
            let scope = r["scope"].as_str().map(str::to_string);
            (
                r["name"].as_str().unwrap().to_string(),
                (permissions, scope),
            )
        })
        .collect();
    let mut all = BTreeMap::new();
    for user in users {
        let shown = env.json(&["user", "show", user]);
        let list = |field: &str| -> Vec<String> {
            shown[field]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect()
        };
        let groups = list("groups");
        let mut reach: Reaches = BTreeMap::new();
        let mut widen = |permission: &str, to: Option<BTreeSet<String>>| {
            if !permission.contains('.') {
                return;
            }
            let entry = reach
                .entry(permission.to_string())
                .or_insert_with(|| Some(BTreeSet::new()));
            match (entry.as_mut(), to) {
                (Some(_), None) => *entry = None,
                (Some(have), Some(more)) => have.extend(more),
                (None, _) => {}
            }
        };
        for role in list("roles") {
            let (permissions, scope) = &roles[&role];
            let to = scope.as_ref().map(|kind| {
                groups
                    .iter()
                    .filter(|g| g.starts_with(&format!("{kind}:")))
                    .cloned()
                    .collect()
            });
            for p in permissions {
                widen(p, to.clone());
            }
        }
        for p in list("permissions") {
            widen(&p, None);
        }
        all.insert(user.to_string(), reach);
    }
    all
}

/// Whether reach `a` lies within `b` or `c`.
fn within(
    a: &Option<BTreeSet<String>>,
    b: Option<&Option<BTreeSet<String>>>,
    c: Option<&Option<BTreeSet<String>>>,
) -> bool {
    match a {
        None => matches!(b, Some(None)) || matches!(c, Some(None)),
        Some(groups) => groups.iter().all(|g| {
            [b, c].iter().any(|r| match r {
                Some(None) => true,
                Some(Some(have)) => have.contains(g),
                None => false,
            })
        }),
    }
}

/// The grant rules as a property: random actors making random grants (of
/// roles, scoped roles, permissions, groups and role definitions) never
/// leave any user reaching with an admin permission further than it did
/// before, or than the actor who gave it did; and no actor changes its
/// own. Runs on both backends with the rest of the suite.
#[test]
fn random_grants_never_give_what_the_granter_lacks() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    const USERS: [&str; 4] = [
        "u0@example.com",
        "u1@example.com",
        "u2@example.com",
        "u3@example.com",
    ];
    const ROLES: [&str; 5] = ["administrator", "people", "keeper", "lead", "clerk"];
    const PERMISSIONS: [&str; 5] = [
        "roles.manage",
        "users.manage",
        "users.delete",
        "audit.read",
        "clocking",
    ];
    const GROUPS: [&str; 2] = ["team:a", "team:b"];
    let step = (
        0..USERS.len(),
        0..8usize,
        0..USERS.len(),
        0..ROLES.len(),
        0..PERMISSIONS.len(),
        0..GROUPS.len(),
    );
    let case = (
        proptest::collection::vec((0..ROLES.len(), 0..GROUPS.len()), USERS.len()),
        proptest::collection::vec(step, 1..7),
    );
    let mut runner = TestRunner::new(Config {
        cases: 8,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&case, |(initial, steps)| {
            let env = TestEnv::new();
            for g in GROUPS {
                env.ok(&["group", "create", g]);
            }
            env.ok(&[
                "role", "create", "administrator", "--permission", "roles.manage", "--permission",
                "users.manage", "--permission", "users.delete", "--permission", "audit.read",
            ]);
            env.ok(&["role", "create", "people", "--permission", "users.manage"]);
            env.ok(&["role", "create", "keeper", "--permission", "roles.manage", "--permission", "users.manage"]);
            env.ok(&[
                "role", "create", "lead", "--scope", "team", "--permission", "users.manage",
                "--permission", "users.delete", "--permission", "roles.manage",
            ]);
            env.ok(&["role", "create", "clerk", "--permission", "clocking"]);
            for (user, (role, group)) in USERS.iter().zip(&initial) {
                env.create(user, &["--role", ROLES[*role], "--group", GROUPS[*group], "--no-invite"]);
            }
            for (actor, kind, target, role, permission, group) in steps {
                let before = reaches(&env, &USERS);
                let (role, permission, group) = (ROLES[role], PERMISSIONS[permission], GROUPS[group]);
                let args: Vec<&str> = match kind {
                    0 => vec!["user", "update", USERS[target], "--add-role", role],
                    1 => vec!["user", "update", USERS[target], "--remove-role", role],
                    2 => vec!["user", "update", USERS[target], "--add-permission", permission],
                    3 => vec!["role", "assign", role, USERS[target]],
                    4 => vec!["role", "update", role, "--permission", permission],
                    5 => vec!["user", "update", USERS[target], "--add-group", group],
                    6 => vec!["user", "update", USERS[target], "--remove-group", group],
                    _ => vec!["role", "update", "lead", "--scope", if target % 2 == 0 { "" } else { "team" }],
                };
                let (code, out, err) = env.run(&with_as(USERS[actor], &args));
                let after = reaches(&env, &USERS);
                let granter = &before[USERS[actor]];
                for user in USERS {
                    for (p, reach) in &after[user] {
                        prop_assert!(
                            within(reach, before[user].get(p), granter.get(p)),
                            "{} made {user}'s {p} reach {reach:?} (was {:?}; the actor's {:?}) with {args:?}, exit {code}: {out}{err}",
                            USERS[actor],
                            before[user].get(p),
                            granter.get(p)
                        );
                    }
                }
                prop_assert_eq!(
                    &after[USERS[actor]],
                    &before[USERS[actor]],
                    "{} changed its own reach with {:?}: {}{}",
                    USERS[actor],
                    args,
                    out,
                    err
                );
                prop_assert!([0, 4, 5, 6, 7].contains(&code), "{args:?}: exit {code}: {out}{err}");
            }
            Ok(())
        })
        .unwrap();
}

/// `user email` follows the statuses: archived users and revoked
/// invitations get no mail, the registration notice goes to active users
/// only; those are `skipped` rows with the reason, not failures.
#[test]
fn user_email_skips_users_whose_status_gets_no_such_mail() {
    let env = TestEnv::new();
    env.create("active@example.com", &["--no-invite"]);
    env.create("archived@example.com", &["--no-invite"]);
    env.create("invited@example.com", &["--no-email"]);
    env.ok(&["user", "archive", "archived@example.com"]);
    let before = env.json(&["mail", "list"]).as_array().unwrap().len();
    let (code, out, err) = env.run(&[
        "--yes",
        "--format",
        "jsonl",
        "user",
        "email",
        "active@example.com",
        "archived@example.com",
        "invited@example.com",
        "--template",
        "registration",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let outcome = |email: &str| {
        rows.iter()
            .find(|r| r["email"] == email)
            .map(|r| {
                (
                    r["outcome"].as_str().unwrap().to_string(),
                    r["error"].clone(),
                )
            })
            .unwrap()
    };
    assert_eq!(outcome("active@example.com").0, "changed");
    let (archived, why) = outcome("archived@example.com");
    assert_eq!(archived, "skipped");
    assert!(
        why.as_str().unwrap().contains("archived users get no mail"),
        "{why}"
    );
    assert_eq!(outcome("invited@example.com").0, "skipped");
    let after = env.json(&["mail", "list"]).as_array().unwrap().len();
    assert_eq!(after, before + 1, "one message, to the active user");
    // Every target skipped is still not a failure; onboarding reaches the invited.
    let (code, _, err) = env.run(&[
        "--yes",
        "user",
        "email",
        "invited@example.com",
        "--template",
        "onboarding",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        env.json(&["mail", "list"]).as_array().unwrap().len(),
        before + 2
    );
}

/// A store with scoped team roles, as the review of the grant rules set it
/// up: what a scoped holder gives may not reach further than what it holds.
fn teams() -> TestEnv {
    let env = TestEnv::new();
    for g in ["team:north", "team:south", "team:east"] {
        env.ok(&["group", "create", g]);
    }
    env.ok(&["role", "preset", "apply", "back-office"]);
    env.ok(&[
        "role",
        "create",
        "team-admin",
        "--scope",
        "team",
        "--permission",
        "users.manage",
        "--permission",
        "users.read",
        "--permission",
        "users.block",
    ]);
    env.ok(&[
        "role",
        "create",
        "team-lead",
        "--scope",
        "team",
        "--permission",
        "users.block",
        "--permission",
        "users.read",
        "--permission",
        "users.delete",
    ]);
    env.ok(&["role", "create", "blocker", "--permission", "users.block"]);
    env.ok(&[
        "role",
        "create",
        "keeper",
        "--permission",
        "roles.manage",
        "--permission",
        "users.read",
    ]);
    env.ok(&[
        "role",
        "create",
        "people",
        "--permission",
        "users.manage",
        "--permission",
        "users.read",
    ]);
    env.create(
        "admin@example.com",
        &["--role", "administrator", "--no-invite"],
    );
    env.create(
        "admin2@example.com",
        &["--role", "administrator", "--no-invite"],
    );
    env.create(
        "tadm@example.com",
        &[
            "--role",
            "team-admin",
            "--group",
            "team:north",
            "--no-invite",
        ],
    );
    env.create(
        "lead@example.com",
        &[
            "--role",
            "team-lead",
            "--group",
            "team:north",
            "--no-invite",
        ],
    );
    env.create("rm@example.com", &["--role", "keeper", "--no-invite"]);
    env.create("op@example.com", &["--role", "people", "--no-invite"]);
    env.create("n1@example.com", &["--group", "team:north", "--no-invite"]);
    env.create("s1@example.com", &["--group", "team:south", "--no-invite"]);
    env.create("e1@example.com", &["--group", "team:east", "--no-invite"]);
    env
}

#[test]
fn what_a_scoped_holder_gives_reaches_no_further_than_it_holds() {
    let env = teams();
    let tadm = |args: &[&str]| env.run(&with_as("tadm@example.com", args));
    // A per-user permission reaches everyone: a scoped holder may not give it.
    for args in [
        vec![
            "user",
            "update",
            "n1@example.com",
            "--add-permission",
            "users.block",
        ],
        vec![
            "user",
            "update",
            "n1@example.com",
            "--add-permission",
            "users.manage",
        ],
        vec!["role", "assign", "blocker", "n1@example.com"],
    ] {
        let (code, out, err) = tadm(&args);
        assert_eq!(code, 7, "{args:?}: {out}{err}");
        assert!(err.contains("scoped role"), "{args:?}: {err}");
    }
    // The same scoped role, inside its own team, it may give.
    let (code, _, err) = tadm(&["role", "assign", "team-admin", "n1@example.com"]);
    assert_eq!(code, 0, "{err}");
    // Joining a group moves a scoped role's reach: only within the giver's.
    let (code, _, err) = tadm(&[
        "user",
        "update",
        "lead@example.com",
        "--add-group",
        "team:south",
    ]);
    assert_eq!(code, 7, "team-lead's users.delete is not tadm's: {err}");
    let (code, _, err) = env.run(&with_as(
        "op@example.com",
        &[
            "user",
            "update",
            "lead@example.com",
            "--add-group",
            "team:east",
        ],
    ));
    assert_eq!(code, 7, "{err}");
    let (code, _, err) = tadm(&[
        "user",
        "create",
        "sock@example.com",
        "--role",
        "team-admin",
        "--group",
        "team:north",
        "--group",
        "team:south",
        "--no-invite",
    ]);
    assert_eq!(code, 7, "{err}");
    assert_eq!(
        env.run(&[
            "--as",
            "lead@example.com",
            "user",
            "delete",
            "s1@example.com",
            "--yes"
        ])
        .0,
        7
    );
    assert_eq!(env.status("s1@example.com"), "active");
    // A role's scope is what its permissions reach: changing it is a grant.
    let (code, _, err) = env.run(&with_as(
        "rm@example.com",
        &["role", "update", "team-lead", "--scope", ""],
    ));
    assert_eq!(code, 7, "{err}");
    let (code, _, err) = env.run(&with_as(
        "rm@example.com",
        &["role", "update", "team-lead", "--scope", "client"],
    ));
    assert_eq!(code, 7, "{err}");
}

#[test]
fn imports_check_each_verb_where_the_verb_would() {
    let env = teams();
    env.ok(&[
        "role",
        "create",
        "mixer",
        "--permission",
        "users.manage",
        "--permission",
        "users.read",
    ]);
    env.ok(&[
        "role",
        "create",
        "team-reset",
        "--scope",
        "team",
        "--permission",
        "users.reset-password",
        "--permission",
        "users.block",
    ]);
    env.create(
        "mix@example.com",
        &[
            "--role",
            "mixer",
            "--role",
            "team-reset",
            "--group",
            "team:north",
            "--no-invite",
        ],
    );
    let blk = env.path().join("blk.csv");
    std::fs::write(&blk, "email,status\nadmin@example.com,blocked\n").unwrap();
    let (code, out, err) = env.run(&with_as(
        "mix@example.com",
        &[
            "user",
            "import",
            blk.to_str().unwrap(),
            "--on-conflict",
            "update",
        ],
    ));
    assert_eq!(code, 7, "{out}{err}");
    assert_eq!(env.status("admin@example.com"), "active");
    let pw = env.path().join("pw.csv");
    std::fs::write(
        &pw,
        "email,password_hash\nadmin2@example.com,$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0n7iCnm4rSXpL6Zx2y5QKzWx4v0eS1hC2k5dL8m9Q0A\n",
    )
    .unwrap();
    let (code, out, err) = env.run(&with_as(
        "mix@example.com",
        &[
            "user",
            "import",
            pw.to_str().unwrap(),
            "--on-conflict",
            "update",
        ],
    ));
    assert_ne!(code, 0, "{out}{err}");
    let exported = env.json(&[
        "user",
        "export",
        "--include-hashes",
        "--format",
        "json",
        "--match",
        "admin2@",
    ]);
    assert!(
        !exported.to_string().contains("c29tZXNhbHRzb21lc2FsdA"),
        "{exported}"
    );
}

#[test]
fn a_sync_that_may_not_touch_a_missing_user_changes_nothing() {
    let env = TestEnv::new();
    env.ok(&["role", "preset", "apply", "back-office"]);
    env.create(
        "admin@example.com",
        &["--role", "administrator", "--no-invite"],
    );
    env.create(
        "admin2@example.com",
        &["--role", "administrator", "--no-invite"],
    );
    let file = env.path().join("staff.csv");
    std::fs::write(&file, "email,roles\nadmin2@example.com,\n").unwrap();
    let file = file.to_str().unwrap();
    let sync = [
        "--yes",
        "user",
        "sync",
        file,
        "--missing",
        "archive",
        "--role",
        "administrator",
    ];
    // admin2 loses administrator, and admin, the other holder, would be
    // archived: with --atomic the whole sync is refused and nothing written.
    let mut atomic = sync.to_vec();
    atomic.push("--atomic");
    let (code, out, err) = env.run(&atomic);
    assert_eq!(code, 5, "{out}{err}");
    assert!(err.contains("roles.manage"), "{err}");
    assert_eq!(roles_of(&env, "admin2@example.com"), ["administrator"]);
    assert_eq!(env.status("admin@example.com"), "active");
    // Without it, the file's rows are written and the last holder is kept.
    let (code, out, err) = env.run(&sync);
    assert_eq!(code, 3, "{out}{err}");
    assert!(roles_of(&env, "admin2@example.com").is_empty());
    assert_eq!(env.status("admin@example.com"), "active");
    assert!(effective(&env, "admin@example.com").contains("roles.manage"));
}

#[test]
fn scoped_readers_and_managers_stay_in_their_groups() {
    let env = teams();
    let lead = |args: &[&str]| env.run(&with_as("lead@example.com", args));
    for args in [
        vec!["group", "members", "team:south"],
        vec!["role", "show", "administrator"],
        vec!["mail", "list"],
        vec!["db", "stats"],
        vec!["group", "list"],
    ] {
        let (code, _, err) = lead(&args);
        assert_eq!(code, 7, "{args:?}: {err}");
        assert!(err.contains("scoped role"), "{args:?}: {err}");
    }
    let (code, out, err) = env.run(&with_as(
        "tadm@example.com",
        &[
            "user",
            "create",
            "s1@example.com",
            "--if-not-exists",
            "--no-invite",
        ],
    ));
    assert_eq!(code, 7, "{out}{err}");
    assert!(!out.contains("s1@example.com"), "{out}");
}

#[test]
fn taking_roles_and_groups_wholesale_needs_users_manage_and_never_the_actors_own() {
    let env = teams();
    env.ok(&["role", "create", "clocker", "--permission", "clocking"]);
    env.ok(&["role", "assign", "clocker", "n1@example.com"]);
    env.ok(&["role", "assign", "clocker", "rm@example.com"]);
    let rm = |args: &[&str]| env.run(&with_as("rm@example.com", args));
    let (code, _, err) = rm(&["role", "delete", "clocker", "--force"]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("which it holds"), "{err}");
    env.ok(&["role", "unassign", "clocker", "rm@example.com"]);
    let (code, _, err) = rm(&["role", "delete", "clocker", "--force"]);
    assert_eq!(code, 7, "needs users.manage to take it from n1: {err}");
    assert!(err.contains("users.manage"), "{err}");
    let (code, _, err) = rm(&["group", "delete", "team:south", "--force"]);
    assert_eq!(code, 7, "{err}");
    assert_eq!(roles_of(&env, "n1@example.com"), ["clocker"]);
    // Making groups is roles.manage's, however they are asked for.
    let (code, _, err) = env.run(&with_as(
        "op@example.com",
        &[
            "user",
            "update",
            "n1@example.com",
            "--add-group",
            "team:west",
            "--create-groups",
        ],
    ));
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("roles.manage"), "{err}");
    assert_eq!(env.run(&["group", "show", "team:west"]).0, 4);
}

#[test]
fn an_at_sign_in_any_form_makes_an_actor_a_user() {
    let env = teams();
    for actor in ["rm\u{ff20}example.com", "rm\u{fe6b}example.com"] {
        let (code, _, err) = env.run(&["--as", actor, "user", "delete", "n1@example.com", "--yes"]);
        assert_eq!(code, 4, "{actor}: {err}");
    }
    assert_eq!(env.status("n1@example.com"), "active");
}

#[test]
fn create_checks_the_permission_before_it_reads_a_password() {
    let env = teams();
    env.ok(&["role", "create", "reader", "--permission", "users.read"]);
    env.create("ro@example.com", &["--role", "reader", "--no-invite"]);
    let out = env
        .cmd()
        .args([
            "--as",
            "ro@example.com",
            "user",
            "create",
            "new@example.com",
            "--password-stdin",
        ])
        .write_stdin("short\n")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(7),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (code, _, err) = env.run(&[
        "--as",
        "ro@example.com",
        "user",
        "create",
        "new@example.com",
        "--generate-password",
        "--credentials-file",
        "/nonexistent/dir/c.csv",
    ]);
    assert_eq!(code, 7, "{err}");
}

/// A scoped manager's filters select only the users it reaches: a user of
/// another team is never shown to it, not even as a `denied` row; a user it
/// names is one. Its own sync leaves the actor itself alone.
#[test]
fn a_scoped_selection_holds_only_the_users_it_reaches() {
    let env = teams();
    let (code, out, err) = env.run(&with_as(
        "lead@example.com",
        &["--format", "jsonl", "user", "block", "--all", "--dry-run"],
    ));
    assert_eq!(code, 0, "{out}{err}");
    for other in ["s1@example.com", "e1@example.com", "admin@example.com"] {
        assert!(!out.contains(other), "{other} shown: {out}");
    }
    assert!(out.contains("n1@example.com"), "{out}");
    let (code, out, _) = env.run(&with_as(
        "lead@example.com",
        &[
            "--format",
            "jsonl",
            "user",
            "block",
            "--match",
            "admin",
            "--dry-run",
        ],
    ));
    assert_eq!(code, 0);
    assert!(!out.contains("admin"), "{out}");
    // A team admin syncs its team: the users it reaches and the file does
    // not list are archived, and it is not among them.
    let file = env.path().join("north.csv");
    std::fs::write(&file, "email\nlead@example.com\n").unwrap();
    let (code, out, err) = env.run(&with_as(
        "tadm@example.com",
        &[
            "--format",
            "jsonl",
            "user",
            "sync",
            file.to_str().unwrap(),
            "--missing",
            "block",
        ],
    ));
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(env.status("n1@example.com"), "blocked");
    assert_eq!(env.status("tadm@example.com"), "active");
    assert_eq!(env.status("s1@example.com"), "active");
    assert_eq!(env.status("admin@example.com"), "active");
}

/// A dry run only reads: where there is no store it plans against an empty
/// one (every row a create) and makes none.
#[test]
fn a_dry_run_makes_no_store() {
    if crate::common::through::local_only(
        "whether a dry run makes the store file; the server makes it as it starts",
    ) {
        return;
    }
    let env = TestEnv::new();
    let file = env.path().join("users.csv");
    std::fs::write(&file, "email\na@example.com\n").unwrap();
    let file = file.to_str().unwrap();
    for (args, says) in [
        (
            vec!["user", "block", "a@example.com", "--dry-run"],
            "not_found",
        ),
        (vec!["user", "archive", "--all", "--dry-run"], ""),
        (vec!["user", "import", file, "--dry-run"], "would_create"),
        (
            vec!["user", "sync", file, "--missing", "ignore", "--dry-run"],
            "would_create",
        ),
        (
            vec!["role", "preset", "apply", "operator", "--dry-run"],
            "would_create",
        ),
    ] {
        let mut all = vec!["--format", "jsonl"];
        all.extend_from_slice(&args);
        let (code, out, err) = env.run(&all);
        assert!(code == 0 || code == 4, "{args:?}: exit {code}: {err}");
        assert!(out.contains(says), "{args:?}: {out}");
        assert!(!env.store_exists(), "{args:?} made a store");
    }
}
