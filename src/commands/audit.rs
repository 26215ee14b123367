//! `roster audit …`

use anyhow::Result;

use super::App;
use crate::cli::AuditCommand;
use crate::domain::error::Error;
use crate::domain::stored::{AuditEntry, AuditFilter};
use crate::domain::types::parse_time;
use crate::exit::Exit;
use crate::ops::audit as ops;
use crate::ops::session::Session;

pub fn run(app: &mut App, cmd: AuditCommand) -> Result<Exit> {
    if let Some(url) = app.settings.server.clone() {
        return through_server(app, &url, cmd);
    }
    let session = app.session()?;
    match cmd {
        AuditCommand::List {
            user,
            action,
            since,
            until,
        } => {
            let user_id = user.map(|key| ops::user_id(&session, &key)).transpose()?;
            let time = |flag: &'static str, raw: Option<String>| {
                crate::commands::flag_value(
                    raw.as_deref()
                        .map(|t| parse_time(flag, t, app.now))
                        .transpose(),
                )
            };
            let filter = AuditFilter {
                user_id,
                action,
                since: time("since", since)?,
                until: time("until", until)?,
            };
            print_entries(app, &session, &filter)
        }
        AuditCommand::Verify => match ops::verify(&session)? {
            Ok(entries) => verified(app, entries),
            Err(broken) => Err(Error::invalid(
                "audit log",
                format!("entry {} does not verify: {}", broken.seq, broken.problem),
            )
            .into()),
        },
    }
}

pub fn print_entries(app: &mut App, session: &Session, filter: &AuditFilter) -> Result<Exit> {
    let mut list = app.out.list::<AuditEntry>()?;
    ops::entries(session, filter, |entry| {
        list.push(&entry).map_err(anyhow::Error::from)
    })?;
    if list.finish()? == 0 {
        app.say("no audit entries match");
    }
    Ok(Exit::Ok)
}

/// `user history USER` through a roster server (`--server`).
pub fn history_through_server(app: &mut App, url: &str, user: &str) -> Result<Exit> {
    let connected = super::remote::connect(app, url)?;
    print_remote(app, |each| {
        super::remote::user_history(&connected, user, each)
    })
}

/// Prints the entries a server sends, as [`print_entries`] prints them.
fn print_remote(
    app: &mut App,
    fetch: impl FnOnce(&mut dyn FnMut(AuditEntry) -> Result<()>) -> Result<u64>,
) -> Result<Exit> {
    let mut list = app.out.list::<AuditEntry>()?;
    fetch(&mut |entry| list.push(&entry).map_err(anyhow::Error::from))?;
    if list.finish()? == 0 {
        app.say("no audit entries match");
    }
    Ok(Exit::Ok)
}

/// What `audit verify` says of a chain that holds.
fn verified(app: &mut App, entries: u64) -> Result<Exit> {
    if app.out.format.is_json() {
        app.out
            .json(&serde_json::json!({ "ok": true, "entries": entries }))?;
    } else {
        app.say(&format!(
            "audit log verified: {}, chain intact",
            crate::domain::error::counted(entries, "entry", "entries")
        ));
    }
    Ok(Exit::Ok)
}

/// `audit list` and `audit verify` through a roster server (`--server`).
fn through_server(app: &mut App, url: &str, cmd: AuditCommand) -> Result<Exit> {
    use super::remote;
    match cmd {
        AuditCommand::List {
            user,
            action,
            since,
            until,
        } => {
            let now = app.now;
            let time = |flag: &'static str, raw: Option<String>| {
                crate::commands::flag_value(
                    raw.as_deref().map(|t| parse_time(flag, t, now)).transpose(),
                )
            };
            let request = crate::ops::wire::AuditRequest {
                user,
                action,
                since: time("since", since)?,
                until: time("until", until)?,
            };
            let connected = remote::connect(app, url)?;
            print_remote(app, |each| {
                remote::audit_entries(&connected, &request, each)
            })
        }
        AuditCommand::Verify => {
            let entries = remote::audit_verify(app, url)?;
            verified(app, entries)
        }
    }
}
