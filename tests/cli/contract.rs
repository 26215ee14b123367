//! The storage interface's contract: the same assertions against the `dyn`
//! traits of `roster::store`, on whichever backend the suite runs (SQLite,
//! or PostgreSQL with `ROSTER_TEST_DB=postgres`). The CLI tests check the
//! store through commands; these check what every backend must do when a
//! library caller (or a new front end) uses the store directly.

use std::collections::BTreeMap;

use jiff::Timestamp;
use roster::domain::access::{FeatureName, GroupRef, Permission, Role, RoleName};
use roster::domain::query::{ListQuery, Selector, SortKey, SortSpec};
use roster::domain::stored::{AuditFilter, AuditRecord, MailStatus, QueuedMail, TokenPurpose};
use roster::domain::types::{Status, UserId};
use roster::domain::user::{FieldChange, User};
use roster::store::copy::TABLES;
use roster::store::{OpenOptions, Store};

use crate::common::TestEnv;

/// The test's store (on the suite's backend).
fn open(env: &TestEnv) -> Store {
    open_at(&env.db())
}

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn t0() -> Timestamp {
    at("2026-06-01T00:00:00Z")
}

/// A user as a caller of the library makes one: every field set.
fn user(email: &str, status: Status) -> User {
    let mut profile = roster::domain::user::Profile::default();
    profile.set("first_name", Some("Ada")).unwrap();
    profile.set("city", Some("Leeds")).unwrap();
    User {
        id: UserId::new(),
        email: email.to_string(),
        username: None,
        profile,
        attributes: BTreeMap::from([("source".to_string(), "hr".to_string())]),
        roles: Vec::new(),
        groups: Vec::new(),
        permissions: Vec::new(),
        status,
        created_at: t0(),
        updated_at: t0(),
        last_login_at: None,
        password_changed_at: None,
        must_change_password: false,
        invited_at: (status == Status::Invited).then(t0),
        invite_expires_at: (status == Status::Invited).then(|| at("2026-06-08T00:00:00Z")),
        blocked_reason: None,
        blocked_until: None,
        failed_logins: 0,
        locked_until: None,
        onboarding_requested_at: None,
        previous_status: None,
        password_hash: None,
    }
}

fn role(name: &str, permissions: &[&str]) -> Role {
    let mut role = Role::new(RoleName::parse(name).unwrap());
    role.permissions = permissions
        .iter()
        .map(|p| Permission::parse(p).unwrap())
        .collect();
    role
}

#[test]
fn users_round_trip_with_their_memberships() {
    let env = TestEnv::new();
    let mut store = open(&env);
    let north = GroupRef::parse("team:North Side").unwrap();
    let mut ada = user("Ada@Example.com", Status::Active);
    ada.username = Some("ada".into());
    ada.roles = vec![RoleName::parse("clerk").unwrap()];
    ada.groups = vec![north.clone()];
    ada.permissions = vec![Permission::parse("reports.read").unwrap()];
    store
        .write(|tx| {
            tx.put_role(&role("clerk", &["clocking"]), t0())?;
            tx.insert_group(&north, t0())?;
            tx.insert_user(&ada)?;
            tx.replace_memberships(&ada)
        })
        .unwrap();

    let reader = store.reader();
    for key in ["ada@example.com", "ADA@EXAMPLE.COM", "ada", ada.id.as_str()] {
        let found = reader.find_user(key, t0()).unwrap().expect(key);
        assert_eq!(found.id, ada.id, "{key}");
        assert_eq!(found.email, "Ada@Example.com", "the address as written");
        assert_eq!(found.profile.get("first_name"), Some("Ada"));
        assert_eq!(found.attributes, ada.attributes);
        assert_eq!(found.roles, ada.roles);
        assert_eq!(found.groups, ada.groups);
        assert_eq!(found.groups[0].display(), "North Side");
        assert_eq!(found.permissions, ada.permissions);
        assert_eq!(found.status, Status::Active);
    }
    assert!(
        reader
            .find_user("nobody@example.com", t0())
            .unwrap()
            .is_none()
    );
    let key = roster::domain::types::email_key("ADA@example.COM");
    assert_eq!(reader.id_by_email_key(&key).unwrap(), Some(ada.id.clone()));
    assert_eq!(
        reader
            .ids_by_email_keys(&[key.clone(), "x@example.com".into()])
            .unwrap(),
        vec![(key, ada.id.clone())]
    );
    assert_eq!(reader.users_by_ids(&[&ada.id], t0()).unwrap().len(), 1);
    assert_eq!(reader.users_by_ids(&[], t0()).unwrap().len(), 0);
    assert_eq!(reader.subject("ada", t0()).unwrap().unwrap().id, ada.id);
    assert_eq!(
        reader
            .role_holders(&RoleName::parse("clerk").unwrap())
            .unwrap(),
        vec![(ada.id.clone(), ada.email.clone())]
    );
    assert_eq!(
        reader.permission_holders("clocking").unwrap(),
        vec![ada.id.clone()]
    );
    assert_eq!(
        reader.permission_holders("reports.read").unwrap(),
        vec![ada.id.clone()]
    );
    assert!(reader.permission_holders("users.read").unwrap().is_empty());
    assert_eq!(reader.group_members(&north).unwrap().len(), 1);

    // A change to fields and memberships, read back whole.
    let mut after = ada.clone();
    after.profile.set("city", None).unwrap();
    after.attributes.clear();
    after.roles.clear();
    after.groups.clear();
    after.updated_at = at("2026-06-02T00:00:00Z");
    store
        .write(|tx| {
            tx.update_user(&ada, &after)?;
            tx.replace_memberships(&after)
        })
        .unwrap();
    let found = store.reader().find_user("ada", t0()).unwrap().unwrap();
    assert_eq!(found.profile.get("city"), None);
    assert!(found.attributes.is_empty() && found.roles.is_empty() && found.groups.is_empty());
    assert_eq!(found.updated_at, after.updated_at);
    assert!(
        store
            .reader()
            .permission_holders("clocking")
            .unwrap()
            .is_empty()
    );

    store.write(|tx| tx.delete_user(&ada.id)).unwrap();
    assert!(store.reader().find_user("ada", t0()).unwrap().is_none());
}

/// A write is all or nothing: an error inside it leaves the store as it was.
#[test]
fn a_failed_write_leaves_nothing() {
    let env = TestEnv::new();
    let mut store = open(&env);
    let ada = user("ada@example.com", Status::Active);
    let err = store
        .write(|tx| {
            tx.insert_user(&ada)?;
            tx.append_audit(t0(), "test", "create", Some(&ada.id), &[], None)?;
            Err::<(), _>(roster::Error::invalid("test", "stop here"))
        })
        .unwrap_err();
    assert!(err.to_string().contains("stop here"), "{err}");
    assert!(
        store
            .reader()
            .find_user("ada@example.com", t0())
            .unwrap()
            .is_none()
    );
    assert_eq!(store.reader().verify_audit().unwrap().unwrap(), 0);
    // The same email twice is refused by the store itself, and undone whole.
    let twin = user("ADA@example.com", Status::Active);
    let err = store
        .write(|tx| {
            tx.insert_user(&ada)?;
            tx.insert_user(&twin)
        })
        .unwrap_err();
    assert!(!err.to_string().is_empty());
    assert!(
        store
            .reader()
            .find_user("ada@example.com", t0())
            .unwrap()
            .is_none()
    );
}

/// A selection is taken once and walked a page at a time; the bulk writes
/// move each user of a batch as the lifecycle says.
#[test]
fn selections_and_bulk_writes() {
    let env = TestEnv::new();
    let mut store = open(&env);
    let users: Vec<User> = (0..5)
        .map(|i| user(&format!("u{i}@example.com"), Status::Active))
        .chain([user("inv@example.com", Status::Invited)])
        .collect();
    store
        .write(|tx| {
            let refs: Vec<&User> = users.iter().collect();
            tx.insert_users(&refs)?;
            for u in &users {
                tx.replace_memberships(u)?;
            }
            Ok(())
        })
        .unwrap();
    let active = Selector {
        statuses: vec![Status::Active],
        ..Selector::default()
    };
    let reader = store.reader();
    assert_eq!(reader.select_into_temp(&active, t0()).unwrap(), 5);
    let first = reader.selected_subjects(t0(), 0, 2).unwrap();
    assert_eq!(first.len(), 2);
    let rest = reader.selected_subjects(t0(), first[1].seq, 10).unwrap();
    assert_eq!(rest.len(), 3, "the walk goes on after the last seq seen");
    assert!(
        first
            .iter()
            .chain(&rest)
            .all(|s| s.status == Status::Active)
    );
    let by_attr = Selector {
        attributes: vec![("source".into(), "hr".into())],
        ..Selector::default()
    };
    assert_eq!(reader.select_into_temp(&by_attr, t0()).unwrap(), 6);
    let mut listed = Vec::new();
    reader
        .list_users(
            &ListQuery {
                selector: active.clone(),
                limit: Some(3),
                ..ListQuery::default()
            },
            t0(),
            |u| -> roster::Result<()> {
                listed.push(u.email);
                Ok(())
            },
        )
        .unwrap();
    assert_eq!(listed.len(), 3);

    let subjects: Vec<_> = first.iter().chain(&rest).cloned().collect();
    let refs: Vec<&_> = subjects.iter().collect();
    let later = at("2026-06-03T00:00:00Z");
    store
        .write(|tx| tx.block_users(&refs[..2], Some("review"), None, later))
        .unwrap();
    let blocked = store
        .reader()
        .find_user("u0@example.com", later)
        .unwrap()
        .unwrap();
    assert_eq!(blocked.status, Status::Blocked);
    assert_eq!(blocked.blocked_reason.as_deref(), Some("review"));
    // A block that has lapsed reads as active.
    let lapsing = &refs[2..3];
    store
        .write(|tx| tx.block_users(lapsing, None, Some(at("2026-06-04T00:00:00Z")), later))
        .unwrap();
    let status = |when: &str| {
        store
            .reader()
            .find_user(&lapsing[0].email, at(when))
            .unwrap()
            .unwrap()
            .status
    };
    assert_eq!(status("2026-06-03T12:00:00Z"), Status::Blocked);
    assert_eq!(status("2026-06-05T00:00:00Z"), Status::Active);
    store
        .write(|tx| tx.unblock_users(&refs[..1], later))
        .unwrap();
    assert_eq!(
        store
            .reader()
            .find_user("u0@example.com", later)
            .unwrap()
            .unwrap()
            .status,
        Status::Active
    );
    // Archived users remember their status and come back to it.
    let u1 = store
        .reader()
        .subject("u1@example.com", later)
        .unwrap()
        .unwrap();
    store.write(|tx| tx.archive_users(&[&u1], later)).unwrap();
    let archived = store
        .reader()
        .subject("u1@example.com", later)
        .unwrap()
        .unwrap();
    assert_eq!(archived.status, Status::Archived);
    assert_eq!(archived.previous_status, Some(Status::Blocked));
    store
        .write(|tx| tx.restore_users(&[&archived], later))
        .unwrap();
    assert_eq!(
        store
            .reader()
            .subject("u1@example.com", later)
            .unwrap()
            .unwrap()
            .status,
        Status::Blocked
    );
    let invited = store
        .reader()
        .subject("inv@example.com", later)
        .unwrap()
        .unwrap();
    store
        .write(|tx| tx.revoke_invitations(&[&invited], later))
        .unwrap();
    assert_eq!(
        store
            .reader()
            .subject("inv@example.com", later)
            .unwrap()
            .unwrap()
            .status,
        Status::InvitationRevoked
    );
    store.write(|tx| tx.delete_users(&refs[3..])).unwrap();
    let counts = store.reader().count_by_status(later).unwrap();
    let total: u64 = counts.iter().map(|c| c.users).sum();
    assert_eq!(total, 4, "{counts:?}");
}

/// The audit log is a chain: appended in order, verified from the first
/// row, filtered by user and action, and a deleted user's changes erased
/// without breaking it.
#[test]
fn the_audit_chain_holds() {
    let env = TestEnv::new();
    let mut store = open(&env);
    let ada = user("ada@example.com", Status::Active);
    let bob = user("bob@example.com", Status::Active);
    store
        .write(|tx| {
            tx.insert_users(&[&ada, &bob])?;
            let change = vec![FieldChange::new("status", "active", "blocked")];
            tx.append_audit_many(
                t0(),
                "ops",
                &[
                    AuditRecord {
                        action: "block",
                        user_id: Some(&ada.id),
                        changes: change.clone(),
                        reason: Some("review"),
                    },
                    AuditRecord {
                        action: "block",
                        user_id: Some(&bob.id),
                        changes: change,
                        reason: None,
                    },
                ],
            )?;
            tx.append_audit(t0(), "ops", "role-create", None, &[], None)
        })
        .unwrap();
    assert_eq!(store.reader().verify_audit().unwrap().unwrap(), 3);
    let mut seen = Vec::new();
    store
        .reader()
        .each_audit_entry(
            &AuditFilter {
                user_id: Some(ada.id.to_string()),
                ..AuditFilter::default()
            },
            &mut |e| {
                seen.push(e);
                Ok(())
            },
        )
        .unwrap();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].actor, "ops");
    assert_eq!(seen[0].reason.as_deref(), Some("review"));
    let mut blocks = 0;
    store
        .reader()
        .each_audit_entry(
            &AuditFilter {
                action: Some("block".into()),
                ..AuditFilter::default()
            },
            &mut |_| {
                blocks += 1;
                Ok(())
            },
        )
        .unwrap();
    assert_eq!(blocks, 2);
    // Deleting a user erases the personal data of its rows, not the rows.
    let subject = store
        .reader()
        .subject("ada@example.com", t0())
        .unwrap()
        .unwrap();
    store
        .write(|tx| {
            tx.delete_users(&[&subject])?;
            tx.append_audit(t0(), "ops", "delete", Some(&ada.id), &[], None)
        })
        .unwrap();
    assert_eq!(
        store.reader().verify_audit().unwrap().unwrap(),
        4,
        "the chain stays"
    );
    let mut erased = None;
    store
        .reader()
        .each_audit_entry(
            &AuditFilter {
                user_id: Some(ada.id.to_string()),
                ..AuditFilter::default()
            },
            &mut |e| {
                erased.get_or_insert(e);
                Ok(())
            },
        )
        .unwrap();
    let erased = erased.unwrap();
    assert_eq!(erased.action, "block", "the first row of the deleted user");
    assert!(
        erased.changes.is_none() && erased.reason.is_none(),
        "{erased:?}"
    );
}

/// Tokens are found by digest and used once; mail is queued, claimed by one
/// deliverer at a time, and marked sent under its claim.
#[test]
fn tokens_and_the_outbox() {
    let env = TestEnv::new();
    let mut store = open(&env);
    let ada = user("ada@example.com", Status::Invited);
    let later = at("2026-06-08T00:00:00Z");
    let id = store
        .write(|tx| {
            tx.insert_user(&ada)?;
            tx.insert_token("digest-1", &ada.id, TokenPurpose::Invite, t0(), later)?;
            tx.insert_token("digest-2", &ada.id, TokenPurpose::Reset, t0(), later)?;
            tx.enqueue_mail(
                t0(),
                &QueuedMail {
                    user_id: Some(ada.id.clone()),
                    template: "invitation".into(),
                    to: ada.email.clone(),
                    subject: "Welcome".into(),
                    body_text: "Hello".into(),
                    body_html: None,
                    token_hash: Some("digest-1".into()),
                },
            )
        })
        .unwrap();
    let token = store.reader().find_token("digest-1").unwrap().unwrap();
    assert_eq!(token.user_id, ada.id);
    assert_eq!(token.purpose, TokenPurpose::Invite);
    assert_eq!(token.used_at, None);
    store
        .write(|tx| tx.mark_token_used("digest-1", t0()))
        .unwrap();
    assert_eq!(
        store
            .reader()
            .find_token("digest-1")
            .unwrap()
            .unwrap()
            .used_at,
        Some(t0())
    );
    let revoked = store
        .write(|tx| tx.revoke_tokens(&ada.id, &[TokenPurpose::Reset]))
        .unwrap();
    assert_eq!(revoked, 1);
    assert!(store.reader().find_token("digest-2").unwrap().is_none());

    let queued = store.reader().mail_list(Some(MailStatus::Queued)).unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].id, id);
    let claim = at("2026-06-01T00:01:00Z");
    assert!(store.write(|tx| tx.claim_mail(id, t0(), claim)).unwrap());
    assert!(
        !store.write(|tx| tx.claim_mail(id, t0(), claim)).unwrap(),
        "one deliverer at a time"
    );
    assert!(
        store
            .write(|tx| tx.mark_mail_sent(id, claim, t0(), Some("/tmp/outbox/1.eml")))
            .unwrap()
    );
    let sent = store.reader().mail(id).unwrap().unwrap();
    assert_eq!(sent.status, MailStatus::Sent);
    assert_eq!(sent.delivered_to.as_deref(), Some("/tmp/outbox/1.eml"));
    assert!(
        store
            .reader()
            .mail_list(Some(MailStatus::Queued))
            .unwrap()
            .is_empty()
    );
}

/// Roles, groups and features: defined, read back, renamed and removed.
#[test]
fn roles_groups_and_features() {
    let env = TestEnv::new();
    let mut store = open(&env);
    let mut clerk = role("clerk", &["clocking", "users.read"]);
    clerk.scope = Some(roster::domain::access::GroupKind::parse("team").unwrap());
    let north = GroupRef::parse("team:north").unwrap();
    let feature = FeatureName::parse("TechnicianUsers").unwrap();
    store
        .write(|tx| {
            tx.put_role(&clerk, t0())?;
            tx.insert_group(&north, t0())?;
            tx.set_feature(&feature, true, t0())
        })
        .unwrap();
    let reader = store.reader();
    let stored = reader.role(&clerk.name).unwrap().unwrap();
    assert_eq!(stored.permissions, clerk.permissions);
    assert_eq!(stored.scope, clerk.scope);
    assert_eq!(reader.roles().unwrap().len(), 1);
    assert!(reader.group(&north).unwrap().is_some());
    assert!(reader.features_on().unwrap().contains(&feature));
    let renamed = GroupRef::parse("team:northern").unwrap();
    store.write(|tx| tx.rename_group(&north, &renamed)).unwrap();
    assert!(store.reader().group(&north).unwrap().is_none());
    assert!(store.reader().group(&renamed).unwrap().is_some());
    store
        .write(|tx| {
            tx.delete_group(&renamed)?;
            tx.delete_role(&clerk.name)?;
            tx.set_feature(&feature, false, t0())
        })
        .unwrap();
    let reader = store.reader();
    assert!(reader.roles().unwrap().is_empty());
    assert!(reader.groups(None).unwrap().is_empty());
    assert!(reader.features_on().unwrap().is_empty());
}

/// Staging an import: rows kept in file order and paged, repeats of an
/// earlier row's user found, errors and plans recorded, and the users no
/// row names selected (all of them, or only within a selection).
#[test]
fn staging_pages_marks_and_finds_the_missing() {
    use roster::domain::stored::NewRow;
    let env = TestEnv::new();
    let mut store = open(&env);
    let ada = user("ada@example.com", Status::Active);
    let bob = user("bob@example.com", Status::Active);
    let cy = user("cy@example.com", Status::Invited);
    store
        .write(|tx| tx.insert_users(&[&ada, &bob, &cy]))
        .unwrap();
    let row = |line: i64, key: Option<&'static str>, error: Option<&'static str>| NewRow {
        line,
        fields: "{}",
        email_key: key,
        username_key: None,
        id: None,
        error,
    };
    store
        .stage(|add| {
            add(row(2, Some("ada@example.com"), None))?;
            add(row(3, Some("new@example.com"), None))?;
            add(row(4, Some("ada@example.com"), None))?;
            add(row(5, None, Some("line 5: no email")))
        })
        .unwrap();
    let reader = store.reader();
    assert_eq!(reader.staged_count().unwrap(), 4);
    let repeats = reader.staged_repeats().unwrap();
    assert_eq!(repeats.len(), 1, "{repeats:?}");
    assert_eq!((repeats[0].line, repeats[0].first_line), (4, 2));
    assert_eq!(repeats[0].field, "email");
    let first = reader.staged(0, 2, false).unwrap();
    let lines: Vec<i64> = first.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 3], "in file order");
    let rest = reader.staged(first[1].n, 10, false).unwrap();
    assert_eq!(rest.iter().map(|r| r.line).collect::<Vec<_>>(), [4, 5]);
    assert_eq!(rest[1].error.as_deref(), Some("line 5: no email"));
    assert_eq!(
        reader.staged(0, 10, true).unwrap().len(),
        3,
        "valid rows only"
    );
    assert_eq!(
        reader.staged_unknown().unwrap(),
        Some(5),
        "a row naming nobody"
    );
    let (third, second) = (rest[0].n, first[1].n);
    store
        .stage_batch(|| {
            store.stage_error(
                third,
                Some(("line 4: the same user as line 2", "invalid_input")),
            )?;
            store.stage_plan(second, "create")
        })
        .unwrap();
    let all = store.reader().staged(0, 10, false).unwrap();
    assert_eq!(all[2].error_kind.as_deref(), Some("invalid_input"));
    assert_eq!(all[1].plan.as_deref(), Some("create"));
    // bob and cy are missing from the file; within active users, only bob.
    assert_eq!(store.reader().select_missing_from_staged(false).unwrap(), 2);
    let active = Selector {
        statuses: vec![Status::Active],
        ..Selector::default()
    };
    assert_eq!(store.reader().select_into_temp(&active, t0()).unwrap(), 2);
    assert_eq!(store.reader().select_missing_from_staged(true).unwrap(), 1);
    let missing = store.reader().selected_subjects(t0(), 0, 10).unwrap();
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0].email, "bob@example.com");
}

/// `examples/library.rs` drives roster through `roster::ops` alone (make
/// users, block as a scoped manager, list, read the audit log); it runs
/// here against the suite's backend.
#[test]
fn the_library_example_runs() {
    // `cargo test` builds the examples with the tests; `--test cli` alone
    // does not, so the example is built here when it is missing.
    let deps = std::env::current_exe().unwrap();
    let example = deps
        .parent()
        .and_then(|d| d.parent())
        .unwrap()
        .join("examples/library");
    if !example.exists() {
        let built = std::process::Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--example", "library"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo build --example library");
        assert!(built.success());
    }
    let env = TestEnv::new();
    let out = std::process::Command::new(example)
        .arg(env.db())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("bob@example.com changed"), "{stdout}");
    assert!(stdout.contains("carl@example.com denied"), "{stdout}");
    assert!(stdout.contains("blocked: bob@example.com"), "{stdout}");
    assert!(stdout.contains("block by lead@example.com"), "{stdout}");
    // What the library did is what the command line sees.
    assert_eq!(env.status("bob@example.com"), "blocked");
    assert_eq!(env.status("carl@example.com"), "active");
}

/// Opens (creating) the store at `db`: the one place these tests open a
/// store.
fn open_at(db: &std::path::Path) -> Store {
    let options = OpenOptions {
        create: true,
        create_dir: true,
        ..OpenOptions::default()
    };
    Store::open(db, &options).expect("open the store")
}

/// Eight users, one of each kind a selector tells apart, written through
/// the traits. Their last names sort differently with and without case
/// folding; `h` has an underscore in its username (a LIKE wildcard).
fn population(store: &mut Store) -> Vec<User> {
    let day = |d: &str| at(&format!("{d}T00:00:00Z"));
    let person = |name: &str, last: &str, status: Status, created: &str| {
        let mut u = user(&format!("{name}@example.com"), status);
        u.profile.set("first_name", Some(name)).unwrap();
        u.profile.set("last_name", Some(last)).unwrap();
        u.created_at = day(created);
        u.updated_at = day(created);
        u
    };
    let north = GroupRef::parse("team:north").unwrap();
    let south = GroupRef::parse("team:south").unwrap();
    let mut a = person("a", "beta", Status::Active, "2026-01-01");
    a.roles = vec![RoleName::parse("clerk").unwrap()];
    a.groups = vec![north.clone()];
    a.last_login_at = Some(day("2026-05-30"));
    let mut b = person("b", "Alpha", Status::Blocked, "2026-02-01");
    b.groups = vec![south.clone()];
    b.onboarding_requested_at = Some(day("2026-02-02"));
    let mut c = person("c", "gamma", Status::Blocked, "2026-03-01");
    c.blocked_until = Some(day("2026-05-01"));
    c.permissions = vec![Permission::parse("clocking").unwrap()];
    let mut d = person("d", "Delta", Status::Invited, "2026-04-01");
    d.invite_expires_at = Some(day("2026-07-01"));
    let mut e = person("e", "epsilon", Status::Invited, "2026-04-02");
    e.invite_expires_at = Some(day("2026-05-15"));
    let mut f = person("f", "Zeta", Status::Archived, "2026-04-03");
    f.previous_status = Some(Status::Active);
    f.attributes = BTreeMap::from([("source".to_string(), "ad".to_string())]);
    let mut g = person("g", "eta", Status::Active, "2026-05-01");
    g.groups = vec![north.clone()];
    g.profile.set("company", Some("Smith & Co")).unwrap();
    let mut h = person("h", "Theta", Status::InvitationRevoked, "2026-05-02");
    h.username = Some("h_x".into());
    let users = vec![a, b, c, d, e, f, g, h];
    store
        .write(|tx| {
            tx.put_role(&role("clerk", &["clocking"]), t0())?;
            tx.insert_group(&north, t0())?;
            tx.insert_group(&south, t0())?;
            tx.insert_users(&users.iter().collect::<Vec<_>>())?;
            tx.set_login_state(&users[6].id, 5, Some(day("2026-06-02")), None)
        })
        .unwrap();
    users
}

/// The emails of the users `selector` selects at t0, through the
/// selection a bulk verb walks and through the listing, which must agree.
fn selected(store: &Store, selector: &Selector) -> Vec<String> {
    let reader = store.reader();
    let count = reader.select_into_temp(selector, t0()).unwrap();
    let mut walked: Vec<String> = reader
        .selected_subjects(t0(), 0, 100)
        .unwrap()
        .into_iter()
        .map(|s| s.email)
        .collect();
    assert_eq!(count, walked.len() as u64, "{selector:?}");
    walked.sort();
    let mut listed = Vec::new();
    reader
        .list_users(
            &ListQuery {
                selector: selector.clone(),
                ..ListQuery::default()
            },
            t0(),
            |u| -> roster::Result<()> {
                listed.push(u.email);
                Ok(())
            },
        )
        .unwrap();
    listed.sort();
    assert_eq!(walked, listed, "{selector:?}");
    walked
}

fn emails(names: &str) -> Vec<String> {
    names.chars().map(|c| format!("{c}@example.com")).collect()
}

/// Every filter of a selector, compiled by each backend into its own SQL,
/// selects the same users: the ones written here by hand.
#[test]
fn selectors_select_the_same_users_on_every_backend() {
    let env = TestEnv::new();
    let mut store = open(&env);
    population(&mut store);
    let day = |d: &str| Some(at(&format!("{d}T00:00:00Z")));
    let statuses = |s: &[Status]| Selector {
        statuses: s.to_vec(),
        ..Selector::default()
    };
    let cases: Vec<(Selector, &str)> = vec![
        (Selector::default(), "abcdefgh"),
        (statuses(&[Status::Active]), "acg"),
        (statuses(&[Status::Blocked]), "b"),
        (statuses(&[Status::Invited]), "d"),
        (statuses(&[Status::InvitationExpired]), "e"),
        (statuses(&[Status::InvitationRevoked]), "h"),
        (statuses(&[Status::Archived]), "f"),
        (statuses(&[Status::Active, Status::Blocked]), "abcg"),
        (
            Selector {
                role: Some(RoleName::parse("clerk").unwrap()),
                ..Selector::default()
            },
            "a",
        ),
        (
            Selector {
                group: Some(GroupRef::parse("team:north").unwrap()),
                ..Selector::default()
            },
            "ag",
        ),
        (
            Selector {
                statuses: vec![Status::Active],
                group: Some(GroupRef::parse("team:north").unwrap()),
                ..Selector::default()
            },
            "ag",
        ),
        (
            Selector {
                permission: Some(Permission::parse("clocking").unwrap()),
                ..Selector::default()
            },
            "ac",
        ),
        (
            Selector {
                onboarding: Some(true),
                ..Selector::default()
            },
            "b",
        ),
        (
            Selector {
                onboarding: Some(false),
                ..Selector::default()
            },
            "acdefgh",
        ),
        (
            Selector {
                text: Some("SMITH".into()),
                ..Selector::default()
            },
            "g",
        ),
        (
            Selector {
                text: Some("_".into()),
                ..Selector::default()
            },
            "h",
        ),
        (
            Selector {
                text: Some("%".into()),
                ..Selector::default()
            },
            "",
        ),
        (
            Selector {
                attributes: vec![("source".into(), "ad".into())],
                ..Selector::default()
            },
            "f",
        ),
        (
            Selector {
                created_before: day("2026-03-01"),
                ..Selector::default()
            },
            "ab",
        ),
        (
            Selector {
                created_after: day("2026-04-02"),
                ..Selector::default()
            },
            "fgh",
        ),
        (
            Selector {
                locked: true,
                ..Selector::default()
            },
            "g",
        ),
        (
            Selector {
                inactive_for: Some(jiff::SignedDuration::from_hours(240)),
                ..Selector::default()
            },
            "bcdefgh",
        ),
        (
            Selector {
                reach: Some(vec![GroupRef::parse("team:south").unwrap()]),
                ..Selector::default()
            },
            "b",
        ),
        (
            Selector {
                reach: Some(Vec::new()),
                ..Selector::default()
            },
            "",
        ),
    ];
    for (selector, expected) in &cases {
        assert_eq!(selected(&store, selector), emails(expected), "{selector:?}");
    }

    // Orders, limits and counts are the backends' too.
    let order = |sort: SortKey, descending: bool, limit: Option<u64>, offset: u64| {
        let mut seen = String::new();
        store
            .reader()
            .list_users(
                &ListQuery {
                    sort: vec![SortSpec {
                        key: sort,
                        descending,
                    }],
                    limit,
                    offset,
                    ..ListQuery::default()
                },
                t0(),
                |u| -> roster::Result<()> {
                    seen.push_str(&u.email[..1]);
                    Ok(())
                },
            )
            .unwrap();
        seen
    };
    assert_eq!(
        order(SortKey::Last, false, None, 0),
        "badegchf",
        "last names with ASCII case folded"
    );
    assert_eq!(order(SortKey::Email, true, None, 0), "hgfedcba");
    assert_eq!(order(SortKey::Email, false, Some(3), 2), "cde");
    assert_eq!(
        order(SortKey::Status, false, Some(2), 0),
        "ag",
        "active first"
    );
    let counts: Vec<(Status, u64)> = store
        .reader()
        .count_by_status(t0())
        .unwrap()
        .into_iter()
        .filter(|c| c.users > 0)
        .map(|c| (c.status, c.users))
        .collect();
    let mut expected = vec![
        (Status::Active, 3),
        (Status::Blocked, 1),
        (Status::Invited, 1),
        (Status::InvitationExpired, 1),
        (Status::InvitationRevoked, 1),
        (Status::Archived, 1),
    ];
    let mut counts_sorted = counts.clone();
    counts_sorted.sort();
    expected.sort();
    assert_eq!(counts_sorted, expected);
}

/// A bulk batch is one transaction: when anything in it fails, none of its
/// writes (statuses, roles, audit rows, mail, tokens) stay.
#[test]
fn a_failed_batch_leaves_nothing() {
    let env = TestEnv::new();
    let mut store = open(&env);
    let users = population(&mut store);
    let subjects: Vec<_> = ["a", "c", "g"]
        .iter()
        .map(|n| {
            store
                .reader()
                .subject(&format!("{n}@example.com"), t0())
                .unwrap()
                .unwrap()
        })
        .collect();
    let refs: Vec<&_> = subjects.iter().collect();
    let ids: Vec<&UserId> = subjects.iter().map(|s| &s.id).collect();
    let clerk = RoleName::parse("clerk").unwrap();
    let err = store
        .write(|tx| {
            tx.block_users(&refs, Some("audit"), None, t0())?;
            tx.set_role_of(&ids, &clerk, true, t0())?;
            tx.insert_token("digest-x", ids[0], TokenPurpose::Reset, t0(), t0())?;
            tx.enqueue_mail(
                t0(),
                &QueuedMail {
                    user_id: Some(ids[0].clone()),
                    template: "notice".into(),
                    to: "a@example.com".into(),
                    subject: "s".into(),
                    body_text: "b".into(),
                    body_html: None,
                    token_hash: None,
                },
            )?;
            tx.append_audit(t0(), "ops", "block", Some(ids[0]), &[], None)?;
            tx.delete_users(&refs[2..])?;
            // The store itself refuses this one: `b` is there already.
            tx.insert_user(&users[1])
        })
        .unwrap_err();
    assert!(
        matches!(
            err,
            roster::Error::Conflict(roster::domain::error::Conflict::Duplicate { .. })
        ),
        "{err:?}"
    );
    let reader = store.reader();
    assert_eq!(
        selected(
            &store,
            &Selector {
                statuses: vec![Status::Blocked],
                ..Selector::default()
            }
        ),
        emails("b")
    );
    assert_eq!(
        reader.role_holders(&clerk).unwrap(),
        vec![(users[0].id.clone(), users[0].email.clone())]
    );
    assert!(reader.find_token("digest-x").unwrap().is_none());
    assert!(reader.mail_list(None).unwrap().is_empty());
    assert_eq!(reader.verify_audit().unwrap().unwrap(), 0);
    assert!(reader.find_user("g@example.com", t0()).unwrap().is_some());
}

/// The chain verifies until a row is changed behind roster's back; then
/// the first row that does not verify is named.
#[test]
fn a_tampered_audit_row_breaks_the_chain() {
    let env = TestEnv::new();
    let mut store = open(&env);
    let ada = user("ada@example.com", Status::Active);
    store
        .write(|tx| {
            tx.insert_user(&ada)?;
            for action in ["create", "block", "unblock"] {
                let change = vec![FieldChange::new("status", "x", action)];
                tx.append_audit(t0(), "ops", action, Some(&ada.id), &change, Some("why"))?;
            }
            Ok(())
        })
        .unwrap();
    assert_eq!(store.reader().verify_audit().unwrap().unwrap(), 3);
    let sql = env.sql();
    let seq: i64 = sql
        .query_row("SELECT seq FROM audit WHERE action = 'block'", [], |r| {
            r.get(0)
        })
        .unwrap();
    sql.execute(
        "UPDATE audit SET reason = 'another reason' WHERE action = 'block'",
        [],
    )
    .unwrap();
    let broken = store.reader().verify_audit().unwrap().unwrap_err();
    assert_eq!(broken.seq, seq, "{broken:?}");
    assert!(!broken.problem.is_empty());
    // Put back, it verifies again: the check reads the rows, not a flag.
    sql.execute("UPDATE audit SET reason = 'why' WHERE action = 'block'", [])
        .unwrap();
    assert_eq!(store.reader().verify_audit().unwrap().unwrap(), 3);
    // The actor is under the chain too.
    sql.execute(
        "UPDATE audit SET actor = 'mallory' WHERE action = 'unblock'",
        [],
    )
    .unwrap();
    assert_eq!(
        store.reader().verify_audit().unwrap().unwrap_err().seq,
        seq + 1
    );
}

/// Mail that fails is tried again, or taken out of the queue for good
/// with its link's token; a claim that ran out is lost to the deliverer
/// that took the message over.
#[test]
fn the_outbox_retries_gives_up_and_honours_claims() {
    let env = TestEnv::new();
    let mut store = open(&env);
    let ada = user("ada@example.com", Status::Invited);
    let mail = |token: Option<&str>| QueuedMail {
        user_id: Some(ada.id.clone()),
        template: "invitation".into(),
        to: ada.email.clone(),
        subject: "Welcome".into(),
        body_text: "Hello".into(),
        body_html: Some("<p>Hello</p>".into()),
        token_hash: token.map(str::to_string),
    };
    let later = at("2026-06-08T00:00:00Z");
    let (first, second) = store
        .write(|tx| {
            tx.insert_user(&ada)?;
            tx.insert_token("digest-1", &ada.id, TokenPurpose::Invite, t0(), later)?;
            Ok((
                tx.enqueue_mail(t0(), &mail(None))?,
                tx.enqueue_mail(t0(), &mail(None))?,
            ))
        })
        .unwrap();
    assert!(second > first, "ids grow");
    store
        .write(|tx| tx.set_mail_token(second, "digest-1"))
        .unwrap();
    let minute = |m: i64| t0() + jiff::SignedDuration::from_mins(m);
    // A failed try under a claim releases it: the next flush may try at once.
    assert!(
        store
            .write(|tx| tx.claim_mail(first, t0(), minute(5)))
            .unwrap()
    );
    store
        .write(|tx| tx.mark_mail_failed(first, Some(minute(5)), "refused"))
        .unwrap();
    let failed = store.reader().mail(first).unwrap().unwrap();
    assert_eq!(failed.status, MailStatus::Queued);
    assert_eq!(failed.attempts, 1);
    assert_eq!(failed.last_error.as_deref(), Some("refused"));
    assert_eq!(failed.claimed_until, None);
    // A claim that ran out is taken over; the first deliverer's mark fails.
    assert!(
        store
            .write(|tx| tx.claim_mail(first, t0(), minute(1)))
            .unwrap()
    );
    assert!(
        !store
            .write(|tx| tx.claim_mail(first, t0(), minute(2)))
            .unwrap()
    );
    assert!(
        store
            .write(|tx| tx.claim_mail(first, minute(1), minute(3)))
            .unwrap()
    );
    assert!(
        !store
            .write(|tx| tx.mark_mail_sent(first, minute(1), minute(1), None))
            .unwrap(),
        "the claim was lost"
    );
    assert!(
        store
            .write(|tx| tx.mark_mail_sent(first, minute(3), minute(2), Some("smtp")))
            .unwrap()
    );
    // Undeliverable: out of the queue, and the link's token dies with it.
    assert!(
        store
            .write(|tx| tx.claim_mail(second, t0(), minute(5)))
            .unwrap()
    );
    store
        .write(|tx| tx.mark_mail_undeliverable(second, minute(5), "no such mailbox"))
        .unwrap();
    let dead = store.reader().mail(second).unwrap().unwrap();
    assert_eq!(dead.status, MailStatus::Failed);
    assert_eq!(dead.token_hash, None);
    assert!(store.reader().find_token("digest-1").unwrap().is_none());
    assert!(
        !store
            .write(|tx| tx.claim_mail(second, minute(6), minute(9)))
            .unwrap()
    );
    store.write(|tx| tx.requeue_mail(second)).unwrap();
    assert_eq!(
        store
            .reader()
            .mail_list(Some(MailStatus::Queued))
            .unwrap()
            .len(),
        1
    );
    // A user's undelivered mail of a template goes; then all of its mail.
    assert_eq!(
        store
            .write(|tx| tx.drop_mail_of(&ada.id, Some("invitation")))
            .unwrap(),
        1,
        "only the queued one"
    );
    assert_eq!(store.write(|tx| tx.drop_mail_of(&ada.id, None)).unwrap(), 1);
    assert!(store.reader().mail_list(None).unwrap().is_empty());
}

/// Tokens are found by a prefix of their digest, touched, and deleted.
#[test]
fn tokens_are_found_by_prefix_touched_and_deleted() {
    let env = TestEnv::new();
    let mut store = open(&env);
    let ada = user("ada@example.com", Status::Active);
    let later = at("2026-06-08T00:00:00Z");
    store
        .write(|tx| {
            tx.insert_user(&ada)?;
            for digest in ["ab01", "ab02", "ac03"] {
                tx.insert_token(digest, &ada.id, TokenPurpose::Session, t0(), later)?;
            }
            Ok(())
        })
        .unwrap();
    let mut found: Vec<String> = store
        .reader()
        .find_tokens_by_prefix("ab")
        .unwrap()
        .into_iter()
        .map(|t| t.digest)
        .collect();
    found.sort();
    assert_eq!(found, ["ab01", "ab02"]);
    store.write(|tx| tx.touch_token("ab01", later)).unwrap();
    assert_eq!(
        store
            .reader()
            .find_token("ab01")
            .unwrap()
            .unwrap()
            .last_used_at,
        Some(later)
    );
    assert_eq!(store.write(|tx| tx.delete_token("ab01")).unwrap(), 1);
    assert_eq!(store.write(|tx| tx.delete_token("ab01")).unwrap(), 0);
    let revoked = store
        .write(|tx| tx.revoke_tokens_of(&[&ada.id], &["session"]))
        .unwrap();
    assert_eq!(revoked, vec![ada.id.clone(), ada.id.clone()]);
    assert!(
        store
            .reader()
            .find_tokens_by_prefix("a")
            .unwrap()
            .is_empty()
    );
}

/// Staging is all or nothing, records generated passwords, and finds a
/// row that names by email a user another row names by id.
#[test]
fn staging_is_all_or_nothing_and_finds_one_user_named_two_ways() {
    use roster::domain::stored::NewRow;
    let env = TestEnv::new();
    let mut store = open(&env);
    let ada = user("ada@example.com", Status::Active);
    store.write(|tx| tx.insert_user(&ada)).unwrap();
    let id = ada.id.to_string();
    fn row<'a>(line: i64, key: Option<&'a str>, id: Option<&'a str>) -> NewRow<'a> {
        NewRow {
            line,
            fields: "{}",
            email_key: key,
            username_key: None,
            id,
            error: None,
        }
    }
    store
        .stage(|add| {
            add(row(2, Some("ada@example.com"), None))?;
            add(row(3, None, Some(&id)))
        })
        .unwrap();
    let repeats = store.reader().staged_repeats().unwrap();
    assert_eq!(repeats.len(), 1, "{repeats:?}");
    assert_eq!((repeats[0].line, repeats[0].first_line), (3, 2));
    assert_eq!(repeats[0].field, "email or id");
    let n = store.reader().staged(0, 10, false).unwrap()[0].n;
    store.stage_password(n, "hash-1").unwrap();
    assert_eq!(
        store.reader().staged(0, 1, false).unwrap()[0]
            .password_hash
            .as_deref(),
        Some("hash-1")
    );
    // A fill that fails stages nothing, and the rows staged before are gone.
    let err = store
        .stage(|add| {
            add(row(2, Some("bob@example.com"), None))?;
            Err(roster::Error::invalid("file", "line 3: broken"))
        })
        .unwrap_err();
    assert!(err.to_string().contains("line 3: broken"), "{err}");
    assert_eq!(store.reader().staged_count().unwrap(), 0);
    // A batch of marks that fails is forgotten whole.
    store
        .stage(|add| add(row(2, Some("bob@example.com"), None)))
        .unwrap();
    let n = store.reader().staged(0, 1, false).unwrap()[0].n;
    let _ = store.stage_batch(|| {
        store.stage_plan(n, "create")?;
        Err::<(), _>(roster::Error::invalid("test", "stop"))
    });
    let staged = store.reader().staged(0, 1, false).unwrap();
    assert_eq!(staged[0].plan, None);
}

/// What the store says of itself: its schema, its roles, its checks, and
/// a backup where the backend makes one.
#[test]
fn the_store_knows_its_schema_and_checks_itself() {
    let env = TestEnv::new();
    let mut store = open(&env);
    assert_eq!(store.found_version(), 0, "a new store");
    assert_eq!(store.version().unwrap(), store.schema_version());
    assert!(store.has_roles().unwrap());
    assert!(store.writable());
    population(&mut store);
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    drop(store);
    let store = open(&env);
    assert_eq!(store.found_version(), store.schema_version());
    env.sql()
        .execute(
            "UPDATE users SET previous_status = NULL WHERE email = 'f@example.com'",
            [],
        )
        .unwrap();
    let problems = store.check().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("archived with no remembered previous status"),
        "{problems:?}"
    );
    let copy = env.path().join("backup.db");
    match store.backup_to(&copy) {
        Ok(()) => {
            assert!(env.pg.is_none(), "PostgreSQL makes no backup file");
            let backup = open_at(&copy);
            assert_eq!(
                backup
                    .reader()
                    .find_user("a@example.com", t0())
                    .unwrap()
                    .unwrap()
                    .email,
                "a@example.com"
            );
        }
        Err(e) => {
            assert!(env.pg.is_some(), "SQLite makes a backup: {e}");
            assert!(matches!(e, roster::Error::Unsupported(_)), "{e:?}");
            assert!(!copy.exists());
        }
    }
}

/// Copies every table, row by row, from `from` into the empty store `to`
/// through the copy traits, as `db copy` does.
fn copy_all(from: &Store, to: &mut Store) {
    from.snapshot(|source| {
        to.write(|tx| {
            for table in TABLES {
                let mut rows = Vec::new();
                source.copy_out(table, &mut |row| {
                    rows.push(row);
                    Ok(())
                })?;
                tx.copy_in(table, &rows)?;
            }
            tx.after_copy()
        })
    })
    .unwrap();
}

/// A store copied table by table holds the same rows, its audit chain
/// verifies, and new users follow the copied ones: into SQLite from the
/// suite's backend, and on the PostgreSQL pass into PostgreSQL from SQLite.
#[test]
fn a_store_copies_into_another_backend_whole() {
    let env = TestEnv::new();
    let mut store = open(&env);
    let users = population(&mut store);
    store
        .write(|tx| {
            tx.append_audit(t0(), "ops", "create", Some(&users[0].id), &[], Some("x"))?;
            tx.insert_token("digest-1", &users[0].id, TokenPurpose::Reset, t0(), t0())?;
            tx.set_feature(&FeatureName::parse("TechnicianUsers").unwrap(), true, t0())?;
            tx.enqueue_mail(
                t0(),
                &QueuedMail {
                    user_id: Some(users[0].id.clone()),
                    template: "notice".into(),
                    to: users[0].email.clone(),
                    subject: "s".into(),
                    body_text: "b".into(),
                    body_html: None,
                    token_hash: None,
                },
            )
            .map(|_| ())
        })
        .unwrap();
    let lite = env.path().join("copy.db");
    let mut copy = open_at(&lite);
    copy_all(&store, &mut copy);
    same_rows(&store, &copy);
    // The copy goes on where the source stopped: a new user comes after
    // the copied ones, and the chain goes on.
    let newbie = user("new@example.com", Status::Active);
    copy.write(|tx| {
        tx.insert_user(&newbie)?;
        tx.append_audit(t0(), "ops", "create", Some(&newbie.id), &[], None)
    })
    .unwrap();
    let seq =
        |store: &Store, email: &str| store.reader().subject(email, t0()).unwrap().unwrap().seq;
    let last = users.iter().map(|u| seq(&copy, &u.email)).max().unwrap();
    assert!(seq(&copy, "new@example.com") > last);
    assert_eq!(copy.reader().verify_audit().unwrap().unwrap(), 2);
    // Back the other way, into PostgreSQL, on the PostgreSQL pass.
    if env.pg.is_some() {
        let db = crate::common::pg::Database::new();
        let mut back = open_at(std::path::Path::new(&db.url()));
        copy_all(&copy, &mut back);
        same_rows(&copy, &back);
    }
}

/// `to` holds what `from` holds: every table's rows, the users as read,
/// a chain that verifies as far.
fn same_rows(from: &Store, to: &Store) {
    for table in TABLES {
        let rows = |store: &Store| {
            let mut all = Vec::new();
            store
                .reader()
                .copy_out(table, &mut |row| {
                    all.push(row);
                    Ok(())
                })
                .unwrap();
            all
        };
        let have = rows(from);
        assert_eq!(have, rows(to), "{}", table.name);
        assert_eq!(
            to.reader().count_rows(table).unwrap(),
            have.len() as i64,
            "{}",
            table.name
        );
    }
    let listed = |store: &Store| {
        let mut all = Vec::new();
        store
            .reader()
            .list_users(&ListQuery::default(), t0(), |u| -> roster::Result<()> {
                all.push(serde_json::to_value(&u).unwrap());
                Ok(())
            })
            .unwrap();
        all
    };
    assert_eq!(listed(from), listed(to));
    assert_eq!(
        to.reader().verify_audit().unwrap().unwrap(),
        from.reader().verify_audit().unwrap().unwrap()
    );
}
