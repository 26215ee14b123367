//! `roster audit …`

use anyhow::Result;

use super::App;
use crate::cli::AuditCommand;
use crate::domain::error::Error;
use crate::domain::stored::{AuditEntry, AuditFilter};
use crate::domain::types::{UserId, parse_time};
use crate::exit::Exit;
use crate::store::Store;

pub fn run(app: &mut App, cmd: AuditCommand) -> Result<Exit> {
    let store = app.open_store()?;
    match cmd {
        AuditCommand::List {
            user,
            action,
            since,
            until,
        } => {
            let user_id = match user {
                None => None,
                Some(key) => Some(match store.reader().find_user(&key, app.now)? {
                    Some(u) => u.id.to_string(),
                    // A deleted user is still in the log under its id.
                    None => UserId::parse(&key)
                        .ok_or_else(|| Error::not_found("user", key.trim()))?
                        .to_string(),
                }),
            };
            let filter = AuditFilter {
                user_id,
                action,
                since: crate::commands::flag_value(
                    since
                        .as_deref()
                        .map(|t| parse_time("since", t, app.now))
                        .transpose(),
                )?,
                until: crate::commands::flag_value(
                    until
                        .as_deref()
                        .map(|t| parse_time("until", t, app.now))
                        .transpose(),
                )?,
            };
            print_entries(app, &store, &filter)
        }
        AuditCommand::Verify => match store.reader().verify_audit()? {
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

pub fn print_entries(app: &mut App, store: &Store, filter: &AuditFilter) -> Result<Exit> {
    let mut list = app.out.list::<AuditEntry>()?;
    store.reader().audit_entries(filter, |entry| {
        list.push(&entry).map_err(anyhow::Error::from)
    })?;
    if list.finish()? == 0 {
        app.say("no audit entries match");
    }
    Ok(Exit::Ok)
}
