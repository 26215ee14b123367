//! roster as a library, without the command line: open a store, make users,
//! block some through the bulk engine as a manager whose rights are checked,
//! list them and read the audit log, all through `roster::ops`.
//!
//!     cargo run --example library -- /tmp/example/roster.db
//!     cargo run --example library -- postgresql://localhost/roster
//!
//! It prints what it did; a test runs it on both backends.

use std::path::PathBuf;

use roster::domain::access::{GroupRef, RoleName};
use roster::domain::query::{ListQuery, Selector};
use roster::domain::stored::AuditFilter;
use roster::domain::types::{Email, Status};
use roster::domain::user::{Initial, NewUser};
use roster::ops::bulk::{self, Outcome, Targets};
use roster::ops::lifecycle::Block;
use roster::ops::{Ctx, group, role, users};
use roster::store::{OpenOptions, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let db = PathBuf::from(std::env::args().nth(1).ok_or("usage: library STORE")?);
    let options = OpenOptions {
        create: true,
        create_dir: true,
        ..OpenOptions::default()
    };
    let mut store = Store::open(&db, &options)?;
    // The trusted account sets the store up: a team, a scoped team lead.
    let admin = Ctx::new("setup", "https://accounts.example.com");
    let north = GroupRef::parse("team:north")?;
    group::create_group(&mut store, &admin, &north)?;
    role::create_role(&mut store, &admin, {
        let mut role = roster::domain::access::Role::new(RoleName::parse("team-lead")?);
        role.permissions = ["users.block", "users.read"]
            .iter()
            .map(|p| roster::domain::access::Permission::parse(p))
            .collect::<Result<_, _>>()?;
        role.scope = Some(north.kind().clone());
        role
    })?;
    let new = |email: &str, roles: &[&str], groups: &[&GroupRef]| -> roster::Result<NewUser> {
        Ok(NewUser {
            email: Email::parse(email)?,
            username: None,
            profile: Default::default(),
            attributes: Default::default(),
            roles: roles
                .iter()
                .map(|r| RoleName::parse(r))
                .collect::<Result<_, _>>()?,
            groups: groups.iter().map(|g| (*g).clone()).collect(),
            permissions: Vec::new(),
            create_groups: false,
            initial: Initial::Active,
            request_onboarding: false,
            send_email: false,
        })
    };
    users::create(
        &mut store,
        &admin,
        new("lead@example.com", &["team-lead"], &[&north])?,
        false,
    )?;
    users::create(
        &mut store,
        &admin,
        new("bob@example.com", &[], &[&north])?,
        false,
    )?;
    users::create(
        &mut store,
        &admin,
        new("carl@example.com", &[], &[])?,
        false,
    )?;

    // The lead acts as itself: its rights are checked on every user.
    let lead = role::resolve_actor(store.reader(), "lead@example.com", admin.now)?;
    let ctx = Ctx::new("lead@example.com", "https://accounts.example.com").acting_as(lead);
    let action = Block {
        reason: Some("left the company".into()),
        until: None,
        replace: true,
    };
    let targets = Targets {
        keys: vec!["bob@example.com".into(), "carl@example.com".into()],
        ..Targets::default()
    };
    let done = bulk::apply(
        &mut store,
        &ctx,
        &action,
        &targets,
        false,
        &mut |rows| {
            for row in rows {
                println!(
                    "{} {}",
                    row.email.as_deref().unwrap_or("-"),
                    row.outcome.as_str()
                );
            }
            Ok(())
        },
        &|_| {},
    )?;
    assert_eq!(
        done.tally.count(Outcome::Changed),
        1,
        "bob, in the lead's team"
    );
    assert_eq!(done.tally.count(Outcome::Denied), 1, "carl, in no team");

    let query = ListQuery {
        selector: Selector {
            statuses: vec![Status::Blocked],
            ..Selector::default()
        },
        ..ListQuery::default()
    };
    store
        .reader()
        .list_users(&query, ctx.now, |user| -> roster::Result<()> {
            println!("blocked: {}", user.email);
            Ok(())
        })?;
    store.reader().each_audit_entry(
        &AuditFilter {
            action: Some("block".into()),
            ..AuditFilter::default()
        },
        &mut |entry| {
            println!("audit: {} {} by {}", entry.seq, entry.action, entry.actor);
            Ok(())
        },
    )?;
    Ok(())
}
