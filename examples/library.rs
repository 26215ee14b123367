//! roster as a library, the way a front end drives it: open a session per
//! unit of work (who acts is checked before anything is read), send typed
//! requests, get typed rows back. It makes a team and a scoped team lead,
//! adds users, has the lead block two of them through the bulk driver (the
//! one outside the lead's team is denied), then lists the blocked users and
//! reads the audit log, all through `roster::ops`.
//!
//!     cargo run --example library -- /tmp/example/roster.db
//!     cargo run --example library -- postgresql://localhost/roster
//!
//! It prints what it did; a test runs it on both backends.

use std::path::Path;
use std::time::Duration;

use roster::domain::access::{GroupRef, Permission, RoleName};
use roster::domain::query::{ListQuery, Selector};
use roster::domain::stored::AuditFilter;
use roster::domain::types::{Email, Status};
use roster::domain::user::{Initial, NewUser};
use roster::mail::Transport;
use roster::ops::bulk::Outcome;
use roster::ops::change::{self, BulkRequest, Change};
use roster::ops::delivery::MailSettings;
use roster::ops::driver::BulkOptions;
use roster::ops::front::{Collect, Quiet, Yes};
use roster::ops::group::GroupCreate;
use roster::ops::role::RoleCreate;
use roster::ops::session::{OpenOptions, Opening, Session};
use roster::ops::users::CreateUser;
use roster::ops::{Ctx, audit, group, role, users};
use roster::store::StoreLocation;

/// A session on `location` for `command`, acting as `actor`: a named actor
/// must be a user of the store who holds the command's permission; an
/// unnamed one is the account that runs the program, trusted.
fn session(
    location: &StoreLocation,
    actor: &str,
    named: bool,
    command: &str,
) -> roster::Result<Session> {
    let opening = Opening {
        location,
        options: OpenOptions {
            create: true,
            create_dir: true,
            ..OpenOptions::default()
        },
        dry_run: false,
        command,
        actor_named: named,
    };
    let mail = MailSettings {
        transport: Transport::File(std::env::temp_dir().join("roster-example-mail")),
        from: "accounts@example.com".into(),
        deadline: Duration::from_secs(10),
        require_delivery: false,
    };
    let ctx = Ctx::new(actor, "https://accounts.example.com");
    Session::open(&opening, ctx, mail, &Quiet)
}

fn new_user(email: &str, roles: &[&str], groups: &[&GroupRef]) -> roster::Result<CreateUser> {
    Ok(CreateUser {
        user: NewUser {
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
        },
        if_not_exists: false,
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let db = std::env::args().nth(1).ok_or("usage: library STORE")?;
    let store = StoreLocation::from(Path::new(&db));

    // The trusted account sets the store up: a team, a scoped team lead.
    let north = GroupRef::parse("team:north")?;
    let mut setup = session(&store, "setup", false, "group create")?;
    group::create(
        &mut setup,
        &GroupCreate {
            group: north.clone(),
        },
    )?;
    role::create(
        &mut setup,
        &RoleCreate {
            role: RoleName::parse("team-lead")?,
            permissions: vec![
                Permission::parse("users.block")?,
                Permission::parse("users.read")?,
            ],
            exclusive: false,
            requires_feature: None,
            scope: Some(north.kind().clone()),
            description: None,
        },
    )?;
    users::create_user(
        &mut setup,
        new_user("lead@example.com", &["team-lead"], &[&north])?,
    )?;
    users::create_user(&mut setup, new_user("bob@example.com", &[], &[&north])?)?;
    users::create_user(&mut setup, new_user("carl@example.com", &[], &[])?)?;
    drop(setup);

    // The lead acts as itself: its rights are checked on every user. The
    // request is what a server would read from JSON; `Yes` answers the
    // question (a server sends `expect_count` from the plan it showed).
    let mut lead = session(&store, "lead@example.com", true, "user block")?;
    let request = BulkRequest {
        change: Change::Block { until: None },
        users: vec!["bob@example.com".into(), "carl@example.com".into()],
        selector: Selector::default(),
        reason: Some("left the company".into()),
        options: BulkOptions::default(),
    };
    let mut rows = Collect::default();
    let report = change::run(&mut lead, &request, &mut Yes, &mut rows, &Quiet)?;
    for row in &rows.0 {
        println!(
            "{} {}",
            row.email.as_deref().unwrap_or("-"),
            row.outcome.as_str()
        );
    }
    println!("{}", report.summary());
    let count = |outcome| rows.0.iter().filter(|r| r.outcome == outcome).count();
    assert_eq!(count(Outcome::Changed), 1, "bob, in the lead's team");
    assert_eq!(count(Outcome::Denied), 1, "carl, in no team");
    drop(lead);

    // The lead reads the users it reaches.
    let reader = session(&store, "lead@example.com", true, "user list")?;
    let query = ListQuery {
        selector: Selector {
            statuses: vec![Status::Blocked],
            ..Selector::default()
        },
        ..ListQuery::default()
    };
    users::list(&reader, query)?.each(|user| -> roster::Result<()> {
        println!("blocked: {}", user.email);
        Ok(())
    })?;

    // The audit log, read by the trusted account.
    let admin = session(&store, "setup", false, "audit list")?;
    let filter = AuditFilter {
        action: Some("block".into()),
        ..AuditFilter::default()
    };
    audit::entries(&admin, &filter, |entry| -> roster::Result<()> {
        println!("audit: {} {} by {}", entry.seq, entry.action, entry.actor);
        Ok(())
    })?;
    Ok(())
}
