//! Roles, groups, features, attribute rules and permissions (SPEC §8): every
//! rule with its exit code, the presets, and actors held to their
//! permissions, command by command.

use crate::common::TestEnv;

fn fails(env: &TestEnv, args: &[&str], code: i32, says: &str) -> String {
    let (got, stdout, stderr) = env.run(args);
    assert_eq!(got, code, "{args:?}: {stdout}{stderr}");
    assert!(stderr.contains(says), "{args:?}: {stderr}");
    stderr
}

fn audit_rows(env: &TestEnv) -> usize {
    env.json(&["audit", "list"]).as_array().unwrap().len()
}

#[test]
fn unknown_roles_and_groups_are_not_found_unless_groups_may_be_made() {
    let env = TestEnv::new();
    env.ok(&["role", "preset", "apply", "back-office"]);
    fails(
        &env,
        &["user", "create", "a@example.com", "--role", "adminstrator"],
        4,
        "role not found: adminstrator",
    );
    fails(
        &env,
        &["user", "create", "a@example.com", "--group", "team:north"],
        4,
        "roster group create team:north",
    );
    assert_eq!(
        env.run(&["user", "show", "a@example.com"]).0,
        4,
        "nothing made"
    );
    let user = env.json(&[
        "user",
        "create",
        "a@example.com",
        "--role",
        "administrator",
        "--group",
        "team:north",
        "--create-groups",
    ]);
    assert_eq!(user["groups"], serde_json::json!(["team:north"]));
    assert_eq!(env.json(&["group", "list"])[0]["members"], 1);
    let actions: Vec<String> = env
        .json(&["audit", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    assert!(actions.contains(&"group-create".to_string()), "{actions:?}");
}

/// The seed 001 rules: a technician needs its feature and stands alone, a
/// team work manager needs a team.
#[test]
fn exclusive_scoped_and_gated_roles_keep_their_rules() {
    let env = TestEnv::new();
    env.ok(&["role", "preset", "apply", "back-office"]);
    env.access(&[], &["team:north"]);
    fails(
        &env,
        &["user", "create", "t@example.com", "--role", "technician"],
        5,
        "role technician needs feature TechnicianUsers, which is off",
    );
    env.ok(&["feature", "enable", "TechnicianUsers"]);
    fails(
        &env,
        &[
            "user",
            "create",
            "t@example.com",
            "--role",
            "technician",
            "--role",
            "accountant",
        ],
        5,
        "is exclusive and cannot be combined with accountant",
    );
    env.ok(&["user", "create", "t@example.com", "--role", "technician"]);
    fails(
        &env,
        &[
            "user",
            "update",
            "t@example.com",
            "--add-role",
            "accountant",
        ],
        5,
        "exclusive",
    );
    fails(
        &env,
        &[
            "user",
            "create",
            "m@example.com",
            "--role",
            "team-work-manager",
        ],
        6,
        "scoped to a team",
    );
    env.ok(&[
        "user",
        "create",
        "m@example.com",
        "--role",
        "team-work-manager",
        "--group",
        "team:north",
    ]);
    // Taking the team away would leave the role without its group.
    fails(
        &env,
        &[
            "user",
            "update",
            "m@example.com",
            "--remove-group",
            "team:north",
        ],
        6,
        "scoped to a team",
    );
    // Nor can a role's definition change under its holders.
    env.ok(&[
        "user",
        "create",
        "acc@example.com",
        "--role",
        "accountant",
        "--role",
        "work-manager",
    ]);
    fails(
        &env,
        &["role", "update", "work-manager", "--exclusive"],
        5,
        "would break a rule",
    );
    env.ok(&["db", "check"]);
}

#[test]
fn presets_install_once_and_never_change_a_role_that_exists() {
    let env = TestEnv::new();
    for preset in ["back-office", "client", "operator", "admin-console"] {
        let rows = env.json(&["role", "preset", "apply", preset, "--dry-run"]);
        assert!(
            rows.as_array()
                .unwrap()
                .iter()
                .all(|r| r["outcome"] == "would_create"),
            "{rows}"
        );
    }
    assert!(env.no_store_made(), "a dry run makes no store");
    let before = 0;
    let rows = env.json(&["role", "preset", "apply", "back-office"]);
    assert_eq!(rows.as_array().unwrap().len(), 9);
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|r| r["outcome"] == "created")
    );
    assert_eq!(audit_rows(&env), before + 9);
    // An administrator's change to a preset role stays.
    env.ok(&[
        "role",
        "update",
        "accountant",
        "--permission",
        "payroll.run",
    ]);
    let again = env.json(&["role", "preset", "apply", "back-office"]);
    assert!(
        again
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["outcome"] == "unchanged")
    );
    assert_eq!(
        audit_rows(&env),
        before + 10,
        "the second apply wrote nothing"
    );
    let accountant = env.json(&["role", "show", "accountant"]);
    assert!(
        accountant["role"]["permissions"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("payroll.run")),
        "{accountant}"
    );
    for preset in ["client", "operator", "admin-console"] {
        env.ok(&["role", "preset", "apply", preset]);
    }
    // Each preset on a store of its own: created, then unchanged.
    for preset in ["back-office", "client", "operator", "admin-console"] {
        let fresh = TestEnv::new();
        let first = fresh.json(&["role", "preset", "apply", preset]);
        assert!(
            first
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["outcome"] == "created"),
            "{first}"
        );
        let again = fresh.json(&["role", "preset", "apply", preset]);
        assert!(
            again
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["outcome"] == "unchanged"),
            "{again}"
        );
        assert_eq!(
            fresh.json(&["role", "list"]).as_array().unwrap().len(),
            first.as_array().unwrap().len()
        );
    }
    let out = env.ok(&["role", "list"]);
    insta::assert_snapshot!(
        "role_list_all_presets",
        String::from_utf8(out.stdout).unwrap()
    );
    env.ok(&["db", "check"]);
}

#[test]
fn deleting_a_role_users_hold_needs_force_and_is_audited_per_user() {
    let env = TestEnv::new();
    env.ok(&["role", "create", "support", "--permission", "users.read"]);
    env.create("a@example.com", &["--role", "support", "--no-invite"]);
    env.create("b@example.com", &["--role", "support", "--no-invite"]);
    fails(
        &env,
        &["role", "delete", "support"],
        5,
        "role support is held by 2 users (a@example.com, b@example.com)",
    );
    env.ok(&["role", "delete", "support", "--force"]);
    assert_eq!(
        env.json(&["user", "show", "a@example.com"])["roles"],
        serde_json::json!([])
    );
    let history = env.json(&["user", "history", "b@example.com"]);
    let last = history.as_array().unwrap().last().unwrap();
    assert_eq!(last["action"], "update");
    assert_eq!(last["reason"], "role support deleted");
    fails(&env, &["role", "show", "support"], 4, "role not found");
    env.ok(&["audit", "verify"]);
}

/// Group names as written: a client's name with spaces, a store's email.
#[test]
fn groups_keep_their_names_as_written() {
    let env = TestEnv::new();
    env.ok(&["group", "create", "client:Acme Fleet Ltd"]);
    env.ok(&["group", "create", "store:leeds@shop.example"]);
    fails(
        &env,
        &["group", "create", "client:ACME fleet ltd"],
        5,
        "group client:Acme Fleet Ltd already exists (client:ACME fleet ltd is the same name as client:Acme Fleet Ltd)",
    );
    env.create(
        "a@example.com",
        &[
            "--group",
            "client:acme-fleet-ltd",
            "--group",
            "store:leeds@shop.example",
            "--no-invite",
        ],
    );
    env.create(
        "b@example.com",
        &["--group", "client:Acme Fleet Ltd", "--no-invite"],
    );
    let user = env.json(&["user", "show", "a@example.com"]);
    assert_eq!(
        user["groups"],
        serde_json::json!(["client:Acme Fleet Ltd", "store:leeds@shop.example"])
    );
    let table = String::from_utf8(env.ok(&["user", "list"]).stdout).unwrap();
    let header = table.lines().next().unwrap();
    assert!(
        header.contains("STORE"),
        "a store group shows the STORE column: {table}"
    );
    assert!(table.contains("leeds@shop.example"), "{table}");
    let without = String::from_utf8(env.ok(&["user", "list", "--match", "b@"]).stdout).unwrap();
    assert!(
        !without.lines().next().unwrap().contains("STORE"),
        "{without}"
    );
    let members = env.json(&["group", "members", "client:Acme Fleet Ltd"]);
    assert_eq!(members["users"].as_array().unwrap().len(), 2);
    let selected = env.json(&["user", "list", "--group", "client:Acme Fleet Ltd"]);
    assert_eq!(selected.as_array().unwrap().len(), 2);
    env.ok(&[
        "group",
        "rename",
        "client:Acme Fleet Ltd",
        "Acme Fleet Limited",
    ]);
    assert_eq!(
        env.json(&["user", "show", "b@example.com"])["groups"],
        serde_json::json!(["client:Acme Fleet Limited"])
    );
    fails(
        &env,
        &["group", "delete", "client:Acme Fleet Limited"],
        5,
        "the group of 2 users",
    );
    env.ok(&["group", "delete", "client:Acme Fleet Limited", "--force"]);
    assert_eq!(
        env.json(&["user", "show", "b@example.com"])["groups"],
        serde_json::json!([])
    );
    env.ok(&["db", "check"]);
}

#[test]
fn turning_off_a_feature_users_need_is_refused_unless_forced() {
    let env = TestEnv::new();
    env.ok(&["role", "preset", "apply", "back-office"]);
    env.ok(&["feature", "enable", "TechnicianUsers"]);
    env.create("t@example.com", &["--role", "technician", "--no-invite"]);
    fails(
        &env,
        &["feature", "disable", "TechnicianUsers"],
        5,
        "needed by the roles of 1 user (t@example.com)",
    );
    env.ok(&["feature", "disable", "TechnicianUsers", "--force"]);
    assert_eq!(
        env.json(&["user", "show", "t@example.com"])["roles"],
        serde_json::json!([])
    );
    let features = env.json(&["feature", "list"]);
    assert_eq!(features[0]["name"], "TechnicianUsers");
    assert_eq!(features[0]["enabled"], false);
    env.ok(&["db", "check"]);
}

/// Seeds 000 and 003: an operator type from a list, a notification
/// preference only technicians may have.
#[test]
fn attribute_rules_are_checked_on_create_and_update() {
    let env = TestEnv::new();
    env.ok(&["role", "preset", "apply", "back-office"]);
    env.ok(&["feature", "enable", "TechnicianUsers"]);
    env.ok(&[
        "attribute",
        "define",
        "operator_type",
        "--values",
        "PAYE,SubContractor",
    ]);
    env.ok(&[
        "attribute",
        "define",
        "dispatch_emails",
        "--values",
        "yes,no",
        "--requires-role",
        "technician",
    ]);
    fails(
        &env,
        &[
            "user",
            "create",
            "o@example.com",
            "--attr",
            "operator_type=Agency",
        ],
        6,
        "invalid attr operator_type: \"Agency\" is not one of PAYE, SubContractor",
    );
    env.create(
        "o@example.com",
        &["--attr", "operator_type=PAYE", "--attr", "free=anything"],
    );
    fails(
        &env,
        &[
            "user",
            "update",
            "o@example.com",
            "--attr",
            "dispatch_emails=no",
        ],
        6,
        "only users with role technician may have it",
    );
    env.create(
        "t@example.com",
        &["--role", "technician", "--attr", "dispatch_emails=no"],
    );
    // A rule existing values break is refused, naming the users.
    fails(
        &env,
        &["attribute", "define", "free", "--values", "a,b"],
        5,
        "o@example.com",
    );
    let rules = env.json(&["attribute", "list"]);
    assert_eq!(rules.as_array().unwrap().len(), 2);
}

/// The outcomes of a bulk command's rows, by email.
fn outcomes(rows: &serde_json::Value) -> Vec<(String, String)> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["email"].as_str().unwrap_or_default().to_string(),
                r["outcome"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn roles_of(env: &TestEnv, user: &str) -> serde_json::Value {
    env.json(&["user", "show", user])["roles"].clone()
}

/// `role assign|unassign`: the bulk engine with a role as its action —
/// named users and selections, dry run, idempotence, every rule per user,
/// --atomic, and one audit row per user changed.
#[test]
fn roles_are_given_and_taken_in_bulk_keeping_every_rule() {
    let env = TestEnv::new();
    env.ok(&["role", "preset", "apply", "back-office"]);
    env.ok(&["group", "create", "team:north"]);
    for user in ["a@example.com", "b@example.com"] {
        env.create(user, &["--no-invite", "--group", "team:north"]);
    }
    env.create("acc@example.com", &["--no-invite", "--role", "accountant"]);
    env.create("loner@example.com", &["--no-invite"]);

    fails(
        &env,
        &["role", "assign", "adminstrator", "a@example.com"],
        4,
        "role not found: adminstrator",
    );
    fails(&env, &["role", "assign", "support"], 4, "role not found");
    fails(&env, &["role", "assign", "accountant"], 2, "name the users");

    // A dry run over a selection says what would change and writes nothing.
    let before = audit_rows(&env);
    let plan = env.json(&[
        "role",
        "assign",
        "work-manager",
        "--group",
        "team:north",
        "--dry-run",
    ]);
    assert_eq!(
        outcomes(&plan),
        [
            ("a@example.com".to_string(), "would_change".to_string()),
            ("b@example.com".to_string(), "would_change".to_string()),
        ]
    );
    assert_eq!(audit_rows(&env), before);
    assert_eq!(roles_of(&env, "a@example.com"), serde_json::json!([]));

    // A selection of more than one user is asked about; --yes answers.
    let (code, _, stderr) = env.run(&["role", "assign", "work-manager", "--group", "team:north"]);
    assert_eq!(code, 9, "{stderr}");
    assert!(
        stderr.contains("Give role work-manager to 2 users: a@example.com, b@example.com?"),
        "{stderr}"
    );
    let rows = env.json(&[
        "--yes",
        "role",
        "assign",
        "work-manager",
        "--group",
        "team:north",
        "acc@example.com",
    ]);
    assert_eq!(rows.as_array().unwrap().len(), 3, "{rows}");
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|r| r["outcome"] == "changed"
                && r["action"] == "role-assign"
                && r["from"] == "active"
                && r["to"] == "active"),
        "{rows}"
    );
    assert_eq!(
        roles_of(&env, "acc@example.com"),
        serde_json::json!(["accountant", "work-manager"])
    );
    assert_eq!(audit_rows(&env), before + 3);
    let history = env.json(&["user", "history", "a@example.com"]);
    let last = history.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "role-assign", "{history}");
    assert_eq!(last["changes"][0]["field"], "roles", "{last}");
    assert_eq!(
        last["changes"][0]["new"],
        serde_json::json!(["work-manager"])
    );
    // The selector by role sees the new holders.
    let holders = env.json(&["user", "list", "--role", "work-manager"]);
    assert_eq!(holders.as_array().unwrap().len(), 3);

    // Again: nothing changes, nothing is audited.
    let rows = env.json(&[
        "--yes",
        "role",
        "assign",
        "work-manager",
        "--group",
        "team:north",
    ]);
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|r| r["outcome"] == "unchanged"),
        "{rows}"
    );
    assert_eq!(audit_rows(&env), before + 3);

    // Each user is held to the rules: a scoped role needs its group.
    let (code, stdout, stderr) = env.run(&[
        "--json",
        "role",
        "assign",
        "team-work-manager",
        "loner@example.com",
    ]);
    assert_eq!(code, 5, "{stderr}");
    let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(rows[0]["outcome"], "invalid_transition");
    assert!(
        rows[0]["error"]
            .as_str()
            .unwrap()
            .contains("scoped to a team"),
        "{rows}"
    );
    // An exclusive role stands alone; a gated one needs its feature.
    fails(
        &env,
        &["role", "assign", "technician", "loner@example.com"],
        5,
        "needs feature TechnicianUsers, which is off",
    );
    env.ok(&["feature", "enable", "TechnicianUsers"]);
    let (code, stdout, stderr) = env.run(&[
        "--json",
        "role",
        "assign",
        "technician",
        "loner@example.com",
        "a@example.com",
    ]);
    assert_eq!(code, 3, "one changed, one refused: partial. {stderr}");
    let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        outcomes(&rows),
        [
            ("loner@example.com".to_string(), "changed".to_string()),
            (
                "a@example.com".to_string(),
                "invalid_transition".to_string()
            ),
        ]
    );
    assert!(
        rows[1]["error"].as_str().unwrap().contains("is exclusive"),
        "{rows}"
    );
    assert_eq!(
        roles_of(&env, "a@example.com"),
        serde_json::json!(["work-manager"])
    );

    // --atomic: one refusal, nobody changes.
    let before = audit_rows(&env);
    fails(
        &env,
        &[
            "role",
            "assign",
            "accountant",
            "b@example.com",
            "loner@example.com",
            "--atomic",
        ],
        5,
        "exclusive",
    );
    assert_eq!(
        roles_of(&env, "b@example.com"),
        serde_json::json!(["work-manager"])
    );
    assert_eq!(audit_rows(&env), before);

    // Taking a role: an attribute that needs it refuses; a user without it
    // is unchanged; --reason goes to the audit row.
    env.ok(&[
        "attribute",
        "define",
        "dispatch_emails",
        "--values",
        "yes,no",
        "--requires-role",
        "technician",
    ]);
    env.ok(&[
        "user",
        "update",
        "loner@example.com",
        "--attr",
        "dispatch_emails=yes",
    ]);
    fails(
        &env,
        &["role", "unassign", "technician", "loner@example.com"],
        5,
        "only users with role technician may have it",
    );
    assert_eq!(
        roles_of(&env, "loner@example.com"),
        serde_json::json!(["technician"])
    );
    let rows = env.json(&[
        "--yes",
        "role",
        "unassign",
        "work-manager",
        "--role",
        "work-manager",
        "loner@example.com",
        "--reason",
        "restructure",
    ]);
    let mut got = outcomes(&rows);
    got.sort();
    assert_eq!(
        got,
        [
            ("a@example.com".to_string(), "changed".to_string()),
            ("acc@example.com".to_string(), "changed".to_string()),
            ("b@example.com".to_string(), "changed".to_string()),
            ("loner@example.com".to_string(), "unchanged".to_string()),
        ]
    );
    assert_eq!(
        roles_of(&env, "acc@example.com"),
        serde_json::json!(["accountant"])
    );
    let history = env.json(&["user", "history", "b@example.com"]);
    let last = history.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "role-unassign", "{history}");
    assert_eq!(last["reason"], "restructure", "{last}");
    assert!(
        env.json(&["user", "list", "--role", "work-manager"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    env.ok(&["db", "check"]);
    env.ok(&["audit", "verify"]);
}

#[test]
fn effective_permissions_and_auth_check() {
    let env = TestEnv::new();
    env.ok(&["role", "create", "viewer", "--permission", "users.read"]);
    env.create(
        "v@example.com",
        &[
            "--role",
            "viewer",
            "--permission",
            "clocking",
            "--no-invite",
        ],
    );
    let user = env.json(&["user", "show", "v@example.com"]);
    assert_eq!(
        user["effective_permissions"],
        serde_json::json!(["clocking", "users.read"])
    );
    env.ok(&["auth", "check", "v@example.com", "users.read"]);
    env.ok(&["auth", "check", "v@example.com", "clocking"]);
    fails(
        &env,
        &["auth", "check", "v@example.com", "users.delete"],
        7,
        "needs the permission users.delete",
    );
    fails(
        &env,
        &["auth", "check", "nobody@example.com", "users.read"],
        4,
        "not found",
    );
    env.ok(&["user", "block", "v@example.com"]);
    fails(
        &env,
        &["auth", "check", "v@example.com", "users.read"],
        7,
        "blocked",
    );
    // Selectors: by role, by permission through a role or a grant.
    env.ok(&["user", "unblock", "v@example.com"]);
    env.create(
        "c@example.com",
        &["--permission", "users.read", "--no-invite"],
    );
    let by = |args: &[&str]| {
        let mut all = vec!["user", "list"];
        all.extend_from_slice(args);
        env.json(&all).as_array().unwrap().len()
    };
    assert_eq!(by(&["--role", "viewer"]), 1);
    assert_eq!(by(&["--permission", "users.read"]), 2);
    assert_eq!(by(&["--permission", "clocking"]), 1);
}

/// Seed 000's onboarding: recorded on the user, selectable, and a template
/// that reads the operator type.
#[test]
fn onboarding_is_recorded_selectable_and_its_mail_follows_the_type() {
    let env = TestEnv::new();
    env.create(
        "p@example.com",
        &[
            "--attr",
            "operator_type=PAYE",
            "--request-onboarding",
            "--no-invite",
        ],
    );
    env.create(
        "s@example.com",
        &["--attr", "operator_type=SubContractor", "--no-invite"],
    );
    let p = env.json(&["user", "show", "p@example.com"]);
    assert!(p["onboarding_requested_at"].is_string(), "{p}");
    let requested = env.json(&["user", "list", "--onboarding", "requested"]);
    assert_eq!(requested.as_array().unwrap().len(), 1);
    assert_eq!(
        env.json(&["user", "list", "--onboarding", "none"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    env.ok(&["user", "update", "s@example.com", "--request-onboarding"]);
    let mails = env.emails();
    let onboarding: Vec<&String> = mails.iter().filter(|m| m.contains("onboarding")).collect();
    assert_eq!(onboarding.len(), 2, "{mails:?}");
    assert!(
        onboarding[0].contains("for PAYE operatives"),
        "{}",
        onboarding[0]
    );
    assert!(
        onboarding[1].contains("for sub-contractors"),
        "{}",
        onboarding[1]
    );
    // --columns attr.KEY
    let out = env.ok(&[
        "--format",
        "csv",
        "user",
        "list",
        "--columns",
        "email,attr.operator_type,onboarding_requested_at",
    ]);
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(
        csv.starts_with("email,attr.operator_type,onboarding_requested_at"),
        "{csv}"
    );
    assert!(csv.contains("p@example.com,PAYE,"), "{csv}");
}

/// Arguments that run `command` harmlessly (dry runs, missing names), as
/// far as the permission check and a little beyond; `i` makes names unique.
fn harmless(command: &str, i: usize, env: &TestEnv) -> Vec<String> {
    let dir = env.path();
    let owned = |args: &[&str]| args.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    let dry = |verb: &str, user: &str| owned(&["user", verb, user, "--dry-run"]);
    match command {
        "user create" => owned(&[
            "user",
            "create",
            &format!("new{i}@example.com"),
            "--no-invite",
        ]),
        "user list" => owned(&["user", "list"]),
        "user show" => owned(&["user", "show", "target@example.com"]),
        "user update" => owned(&[
            "user",
            "update",
            "target@example.com",
            "--title",
            &format!("T{i}"),
        ]),
        "user invite" | "user revoke" => {
            dry(command.trim_start_matches("user "), "invited@example.com")
        }
        "user block" | "user unblock" | "user archive" | "user restore" | "user sign-out"
        | "user unlock" | "user delete" => {
            dry(command.trim_start_matches("user "), "target@example.com")
        }
        "user reset-password" => owned(&[
            "user",
            "reset-password",
            "target@example.com",
            "--link",
            "--dry-run",
        ]),
        "user email" => owned(&[
            "user",
            "email",
            "target@example.com",
            "--template",
            "onboarding",
            "--dry-run",
        ]),
        "user history" => owned(&["user", "history", "target@example.com"]),
        "user import" | "user sync" => {
            let path = dir.join("harmless.csv");
            std::fs::write(&path, "email\nnobody-yet@example.com\n").unwrap();
            let mut args = owned(&[
                "user",
                command.trim_start_matches("user "),
                path.to_str().unwrap(),
                "--dry-run",
            ]);
            if command == "user sync" {
                args.extend(["--missing".to_string(), "ignore".to_string()]);
            }
            args
        }
        "user export" => owned(&["user", "export", "--status", "active"]),
        "audit list" | "audit verify" | "mail list" | "mail flush" | "db migrate" | "db check"
        | "db stats" | "role list" | "group list" | "feature list" | "attribute list" => {
            command.split(' ').map(String::from).collect()
        }
        "mail show" => owned(&["mail", "show", "1"]),
        "mail retry" => owned(&["mail", "retry", "999"]),
        "db backup" => owned(&[
            "db",
            "backup",
            dir.join(format!("b{i}.db")).to_str().unwrap(),
        ]),
        "db copy" => owned(&[
            "db",
            "copy",
            env.db().to_str().unwrap(),
            dir.join(format!("c{i}.db")).to_str().unwrap(),
        ]),
        "role show" => owned(&["role", "show", "only-users.read"]),
        "role create" => owned(&["role", "create", &format!("made{i}")]),
        "role update" => owned(&[
            "role",
            "update",
            "only-users.read",
            "--description",
            &format!("d{i}"),
        ]),
        "role delete" => owned(&["role", "delete", "no-such-role"]),
        "role assign" | "role unassign" => owned(&[
            "role",
            command.trim_start_matches("role "),
            "only-users.read",
            "target@example.com",
            "--dry-run",
        ]),
        "role preset apply" => owned(&["role", "preset", "apply", "client", "--dry-run"]),
        "group show" | "group members" => {
            owned(&["group", command.trim_start_matches("group "), "team:north"])
        }
        "group create" => owned(&["group", "create", &format!("team:made{i}")]),
        "group rename" => owned(&["group", "rename", "team:nowhere", "x"]),
        "group delete" => owned(&["group", "delete", "team:nowhere"]),
        "feature enable" | "feature disable" => owned(&[
            "feature",
            command.trim_start_matches("feature "),
            &format!("F{i}"),
        ]),
        "attribute define" => owned(&["attribute", "define", &format!("key{i}")]),
        // The permission is checked first; then the address is refused.
        "serve" => owned(&["serve", "--listen", "0.0.0.0:1"]),
        "token create" => owned(&[
            "token",
            "create",
            &format!("t{i}"),
            "--user",
            "target@example.com",
            "--scope",
            "auth",
        ]),
        "token list" => owned(&["token", "list"]),
        "token show" | "token revoke" => {
            owned(&["token", command.trim_start_matches("token "), "nope"])
        }
        other => panic!("no harmless arguments for `roster {other}`"),
    }
}

/// Every command × every permission (SPEC §8, docs/permissions.md): an
/// actor that is a user of the store runs a command only with the
/// permission it needs; one without it is refused with exit 7 naming the
/// permission, before anything changes; an actor that is not a user is
/// trusted; an actor that is not active may do nothing.
#[test]
fn every_command_checks_an_actor_that_is_a_user() {
    use roster::commands::permissions::COMMANDS;
    let env = TestEnv::new();
    let permissions: std::collections::BTreeSet<&str> =
        COMMANDS.iter().filter_map(|(_, p)| *p).collect();
    for p in &permissions {
        env.ok(&["role", "create", &format!("only-{p}"), "--permission", p]);
        env.create(
            &format!("has-{p}@example.com"),
            &["--role", &format!("only-{p}"), "--no-invite"],
        );
    }
    env.create("nothing@example.com", &["--no-invite"]);
    env.create("target@example.com", &["--no-invite"]);
    env.create("invited@example.com", &[]);
    env.ok(&["group", "create", "team:north"]);
    let mut checked = 0;
    for (i, (command, permission)) in COMMANDS.iter().enumerate() {
        let Some(permission) = permission else {
            continue;
        };
        let args = harmless(command, i, &env);
        let run = |actor: &str| {
            let mut all = vec!["--as".to_string(), actor.to_string(), "--yes".to_string()];
            all.extend(args.iter().cloned());
            let all: Vec<&str> = all.iter().map(String::as_str).collect();
            env.run(&all)
        };
        let before = audit_rows(&env);
        let (code, _, stderr) = run("nothing@example.com");
        assert_eq!(code, 7, "{command} without {permission}: {stderr}");
        assert!(
            stderr.contains(&format!("needs the permission {permission}")),
            "{command}: {stderr}"
        );
        assert_eq!(
            audit_rows(&env),
            before,
            "{command}: a refusal changes nothing"
        );
        let (code, _, stderr) = run(&format!("has-{permission}@example.com"));
        assert!(
            code != 7 && !stderr.contains("needs the permission"),
            "{command} with {permission}: exit {code}: {stderr}"
        );
        let (code, _, stderr) = run("ops-admin");
        assert!(code != 7, "{command} by a trusted actor: {stderr}");
        checked += 1;
    }
    assert!(checked >= 40, "{checked} commands checked");
    // A blocked actor may do nothing, whatever its roles.
    env.ok(&["user", "block", "has-users.read@example.com"]);
    fails(
        &env,
        &["--as", "has-users.read@example.com", "user", "list"],
        7,
        "is blocked; only active users can act through roster",
    );
}

/// The permission table names every command there is, once.
#[test]
fn every_command_has_a_row_in_the_permission_table() {
    fn leaves(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
        let here = format!("{path} {}", cmd.get_name()).trim().to_string();
        let subs: Vec<&clap::Command> = cmd
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .collect();
        if subs.is_empty() {
            out.push(here.trim_start_matches("roster ").to_string());
        }
        for sub in subs {
            leaves(sub, &here, out);
        }
    }
    let mut all = Vec::new();
    leaves(&roster::cli::command(), "", &mut all);
    let table: Vec<&str> = roster::commands::permissions::COMMANDS
        .iter()
        .map(|(c, _)| *c)
        .collect();
    for command in &all {
        assert_eq!(
            table.iter().filter(|c| *c == command).count(),
            1,
            "`{command}` must have one row in ops/permissions.rs"
        );
    }
    assert_eq!(table.len(), all.len(), "{table:?} vs {all:?}");
}

mod random {
    //! Random role, group, feature and user changes through the library,
    //! each allowed to fail, never leave a user breaking a rule (`db check`).

    use proptest::prelude::*;
    use roster::domain::access::{FeatureName, GroupKind, GroupRef, Role, RoleName};
    use roster::domain::query::Selector;
    use roster::domain::user::{NewUser, UserChanges};
    use roster::ops::assign::AssignRole;
    use roster::ops::bulk::{self, Targets};
    use roster::ops::{Ctx, feature, group, role, users};
    use roster::store::{OpenOptions, Store};

    use crate::common::TestEnv;

    const KINDS: [&str; 2] = ["team", "area"];

    #[derive(Clone, Debug)]
    enum Op {
        CreateRole(usize, bool, Option<usize>, Option<usize>),
        UpdateRole(
            usize,
            Option<bool>,
            Option<Option<usize>>,
            Option<Option<usize>>,
        ),
        DeleteRole(usize, bool),
        Feature(usize, bool, bool),
        CreateGroup(usize, usize),
        DeleteGroup(usize, usize, bool),
        CreateUser(usize, Vec<usize>, Vec<(usize, usize)>),
        UpdateUser(
            usize,
            Option<usize>,
            Option<usize>,
            Option<(usize, usize)>,
            Option<(usize, usize)>,
        ),
        /// `role assign|unassign` of a role to every user, through the
        /// bulk engine.
        Assign(usize, bool),
    }

    fn op() -> impl Strategy<Value = Op> {
        let i = || 0usize..3;
        let group = || (0usize..2, 0usize..2);
        prop_oneof![
            (
                i(),
                any::<bool>(),
                proptest::option::of(0usize..2),
                proptest::option::of(0usize..2)
            )
                .prop_map(|(r, e, s, f)| Op::CreateRole(r, e, s, f)),
            (
                i(),
                proptest::option::of(any::<bool>()),
                proptest::option::of(proptest::option::of(0usize..2)),
                proptest::option::of(proptest::option::of(0usize..2))
            )
                .prop_map(|(r, e, s, f)| Op::UpdateRole(r, e, s, f)),
            (i(), any::<bool>()).prop_map(|(r, f)| Op::DeleteRole(r, f)),
            (0usize..2, any::<bool>(), any::<bool>())
                .prop_map(|(f, on, force)| Op::Feature(f, on, force)),
            group().prop_map(|(k, n)| Op::CreateGroup(k, n)),
            (0usize..2, 0usize..2, any::<bool>()).prop_map(|(k, n, f)| Op::DeleteGroup(k, n, f)),
            (
                i(),
                proptest::collection::vec(i(), 0..3),
                proptest::collection::vec(group(), 0..3)
            )
                .prop_map(|(u, r, g)| Op::CreateUser(u, r, g)),
            (
                i(),
                proptest::option::of(i()),
                proptest::option::of(i()),
                proptest::option::of(group()),
                proptest::option::of(group())
            )
                .prop_map(|(u, ar, rr, ag, rg)| Op::UpdateUser(u, ar, rr, ag, rg)),
            (i(), any::<bool>()).prop_map(|(r, remove)| Op::Assign(r, remove)),
        ]
    }

    fn role(i: usize) -> RoleName {
        RoleName::parse(&format!("r{i}")).unwrap()
    }
    fn kind(i: usize) -> GroupKind {
        GroupKind::parse(KINDS[i]).unwrap()
    }
    fn feature(i: usize) -> FeatureName {
        FeatureName::parse(&format!("F{i}")).unwrap()
    }
    fn group((k, n): (usize, usize)) -> GroupRef {
        GroupRef::parse(&format!("{}:g{n}", KINDS[k])).unwrap()
    }
    fn email(i: usize) -> String {
        format!("u{i}@example.com")
    }

    fn apply(store: &mut Store, ctx: &Ctx, op: Op) -> roster::Result<()> {
        match op {
            Op::CreateRole(r, exclusive, scope, f) => role::create_role(
                store,
                ctx,
                Role {
                    exclusive,
                    scope: scope.map(kind),
                    requires_feature: f.map(feature),
                    ..Role::new(role(r))
                },
            )
            .map(drop),
            Op::UpdateRole(r, exclusive, scope, f) => role::update_role(
                store,
                ctx,
                &role(r),
                role::RoleChanges {
                    exclusive,
                    scope: scope.map(|s| s.map(kind)),
                    requires_feature: f.map(|f| f.map(feature)),
                    ..Default::default()
                },
            )
            .map(drop),
            Op::DeleteRole(r, force) => role::delete_role(store, ctx, &role(r), force).map(drop),
            Op::Feature(f, on, force) => {
                feature::set_feature(store, ctx, &feature(f), on, force).map(drop)
            }
            Op::CreateGroup(k, n) => group::create_group(store, ctx, &group((k, n))),
            Op::DeleteGroup(k, n, force) => {
                group::delete_group(store, ctx, &group((k, n)), force).map(drop)
            }
            Op::CreateUser(u, roles, groups) => users::create(
                store,
                ctx,
                NewUser {
                    email: roster::domain::Email::parse(&email(u)).unwrap(),
                    username: None,
                    profile: Default::default(),
                    attributes: Default::default(),
                    roles: roles.into_iter().map(role).collect(),
                    groups: groups.into_iter().map(group).collect(),
                    permissions: vec![],
                    create_groups: true,
                    initial: roster::domain::user::Initial::Active,
                    request_onboarding: false,
                    send_email: false,
                },
                false,
            )
            .map(drop),
            Op::UpdateUser(u, add, remove, add_group, remove_group) => users::update(
                store,
                ctx,
                &email(u),
                UserChanges {
                    add_roles: add.map(role).into_iter().collect(),
                    remove_roles: remove.map(role).into_iter().collect(),
                    add_groups: add_group.map(group).into_iter().collect(),
                    remove_groups: remove_group.map(group).into_iter().collect(),
                    create_groups: true,
                    ..Default::default()
                },
            )
            .map(drop),
            Op::Assign(r, remove) => {
                let action = AssignRole::new(store.reader(), role(r), remove, None)?;
                let targets = Targets {
                    keys: Vec::new(),
                    selector: Some(Selector {
                        all: true,
                        ..Selector::default()
                    }),
                    preselected: false,
                };
                bulk::select(store, ctx, &targets)?;
                bulk::apply(
                    store,
                    ctx,
                    &action,
                    &targets,
                    false,
                    &mut |_| Ok(()),
                    &|_| {},
                )
                .map(drop)
            }
        }
    }

    /// Rules that change between the survey (and the question) and the
    /// write are decided on again inside it: `--atomic` then changes
    /// nobody, and a role deleted meanwhile is "not found", not a raw
    /// database error.
    #[test]
    fn a_rule_changed_after_the_survey_is_decided_on_again() {
        let env = TestEnv::new();
        let mut store = Store::open(&env.db(), &OpenOptions::default()).unwrap();
        let ctx = Ctx::new("race", "http://localhost");
        apply(&mut store, &ctx, Op::CreateRole(0, false, None, None)).unwrap();
        apply(&mut store, &ctx, Op::CreateRole(1, false, None, None)).unwrap();
        apply(&mut store, &ctx, Op::CreateUser(0, vec![1], vec![])).unwrap();
        apply(&mut store, &ctx, Op::CreateUser(1, vec![], vec![])).unwrap();
        let targets = Targets {
            keys: vec![email(0), email(1)],
            selector: None,
            preselected: false,
        };
        let action = AssignRole::new(store.reader(), role(0), false, None).unwrap();
        let survey = bulk::survey(&store, &ctx, &action, &targets, None).unwrap();
        assert!(survey.atomic_refusal().is_none(), "both would change");
        // Meanwhile, r0 becomes exclusive: u0 (who holds r1) can no longer
        // have it.
        role::update_role(
            &mut store,
            &ctx,
            &role(0),
            role::RoleChanges {
                exclusive: Some(true),
                ..Default::default()
            },
        )
        .unwrap();
        let err = bulk::apply(
            &mut store,
            &ctx,
            &action,
            &targets,
            true,
            &mut |_| Ok(()),
            &|_| {},
        )
        .unwrap_err();
        assert!(err.to_string().contains("exclusive"), "{err}");
        let holders = store.reader().role_holders(&role(0)).unwrap();
        assert!(holders.is_empty(), "--atomic changed nobody: {holders:?}");
        // Without --atomic, the one the rule now refuses is refused alone.
        let mut rows = Vec::new();
        bulk::apply(
            &mut store,
            &ctx,
            &action,
            &targets,
            false,
            &mut |batch| {
                rows.extend(batch.iter().map(|r| r.outcome.as_str()));
                Ok(())
            },
            &|_| {},
        )
        .unwrap();
        assert_eq!(rows, ["invalid_transition", "changed"]);
        // A role deleted after the command began.
        role::delete_role(&mut store, &ctx, &role(0), true).unwrap();
        let err = bulk::apply(
            &mut store,
            &ctx,
            &action,
            &targets,
            false,
            &mut |_| Ok(()),
            &|_| {},
        )
        .unwrap_err();
        assert!(
            matches!(err, roster::Error::NotFound { .. })
                && err.to_string().contains("deleted while"),
            "{err:?}"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]
        #[test]
        fn random_changes_never_leave_a_user_breaking_a_rule(ops in proptest::collection::vec(op(), 1..30)) {
            let env = TestEnv::new();
            let mut store = Store::open(&env.db(), &OpenOptions::default()).unwrap();
            let ctx = Ctx::new("property", "http://localhost");
            let mut done = 0;
            // Start where the rules have something to guard: roles held,
            // alone and together, beside groups of both kinds.
            let setup = [
                Op::CreateRole(0, false, None, None),
                Op::CreateRole(1, false, None, None),
                Op::CreateRole(2, false, None, None),
                Op::Feature(0, true, false),
                Op::Feature(1, true, false),
                Op::CreateUser(0, vec![0, 1], vec![(0, 0)]),
                Op::CreateUser(1, vec![2], vec![(1, 0)]),
                Op::CreateUser(2, vec![0], vec![]),
            ];
            for op in setup {
                apply(&mut store, &ctx, op).unwrap();
            }
            for op in ops {
                done += usize::from(apply(&mut store, &ctx, op).is_ok());
            }
            let broken: Vec<String> = store
                .check()
                .unwrap()
                .into_iter()
                .filter(|p| p.contains(": holds the"))
                .collect();
            prop_assert!(broken.is_empty(), "after {done} changes: {broken:?}");
        }
    }
}

/// Issue 17: `group create team:north` when the group exists said "already
/// taken by another user". It says the group (or role) exists.
#[test]
fn creating_a_group_or_role_that_exists_says_it_exists() {
    let env = TestEnv::new();
    env.ok(&["group", "create", "team:north"]);
    let said = fails(
        &env,
        &["group", "create", "team:north"],
        5,
        "error: group team:north already exists\n",
    );
    assert!(!said.contains("user"), "{said}");
    env.ok(&["group", "create", "team:south"]);
    fails(
        &env,
        &["group", "rename", "team:south", "North"],
        5,
        "group team:north already exists (team:North is the same name as team:north)",
    );
    env.ok(&["role", "create", "auditor"]);
    let said = fails(
        &env,
        &["role", "create", "auditor"],
        5,
        "role auditor already exists",
    );
    assert!(!said.contains("user"), "{said}");
}
