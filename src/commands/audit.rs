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
            Ok(entries) => {
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
