//! The storage interface's contract: the same assertions against the `dyn`
//! traits of `roster::store`, on whichever backend the suite runs (SQLite,
//! or PostgreSQL with `ROSTER_TEST_DB=postgres`). The CLI tests check the
//! store through commands; these check what every backend must do when a
//! library caller (or a new front end) uses the store directly.

use std::collections::BTreeMap;

use jiff::Timestamp;
use roster::domain::access::{FeatureName, GroupRef, Permission, Role, RoleName};
use roster::domain::query::{ListQuery, Selector};
use roster::domain::stored::{AuditFilter, AuditRecord, MailStatus, QueuedMail, TokenPurpose};
use roster::domain::types::{Status, UserId};
use roster::domain::user::{FieldChange, User};
use roster::store::{OpenOptions, Store};

use crate::common::TestEnv;

fn open(env: &TestEnv) -> Store {
    let options = OpenOptions {
        create: true,
        create_dir: true,
        ..OpenOptions::default()
    };
    Store::open(&env.db(), &options).expect("open the store")
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
