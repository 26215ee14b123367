//! `roster mail …`: the outbox.

use anyhow::Result;

use super::App;
use crate::cli::MailCommand;
use crate::domain::error::Error;
use crate::exit::Exit;
use crate::mail::Delivery;
use crate::output::Record;
use crate::store::{MailStatus, OutboxMessage};

impl Record for OutboxMessage {
    fn id(&self) -> Option<&str> {
        None
    }
    fn table_headers() -> Vec<&'static str> {
        vec![
            "ID", "CREATED", "TO", "TEMPLATE", "STATUS", "ATTEMPTS", "ERROR",
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.created_at.to_string(),
            self.to.clone(),
            self.template.clone(),
            self.status.as_str().to_string(),
            self.attempts.to_string(),
            self.last_error.clone().unwrap_or_else(|| "-".into()),
        ]
    }
}

impl Record for Delivery {
    fn id(&self) -> Option<&str> {
        None
    }
    fn table_headers() -> Vec<&'static str> {
        vec!["ID", "TO", "OUTCOME", "ERROR"]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.to.clone(),
            if self.error.is_none() {
                "sent"
            } else {
                "queued"
            }
            .to_string(),
            self.error.clone().unwrap_or_else(|| "-".into()),
        ]
    }
}

/// The body as `mail show` prints it: an undelivered link is masked.
fn masked(text: &str, secret: Option<&str>) -> String {
    match secret {
        Some(s) if !s.is_empty() => text.replace(s, "[hidden until delivered]"),
        _ => text.to_string(),
    }
}

pub fn run(app: &mut App, cmd: MailCommand) -> Result<Exit> {
    let mut store = app.open_store()?;
    let ids = match cmd {
        MailCommand::List { queued } => {
            let messages = store
                .reader()
                .mail_list(queued.then_some(MailStatus::Queued))?;
            let mut list = app.out.list::<OutboxMessage>()?;
            for m in &messages {
                list.push(m)?;
            }
            if list.finish()? == 0 {
                app.say("the outbox is empty");
            }
            return Ok(Exit::Ok);
        }
        MailCommand::Show { id } => {
            let m = store
                .reader()
                .mail(id)?
                .ok_or_else(|| Error::not_found("message", id.to_string()))?;
            let text = masked(&m.body_text, m.secret.as_deref());
            if app.out.format.is_json() {
                let mut value = serde_json::to_value(&m)?;
                value["body_text"] = text.into();
                value["body_html"] = m
                    .body_html
                    .as_deref()
                    .map(|h| masked(h, m.secret.as_deref()))
                    .into();
                app.out.json(&value)?;
            } else {
                app.out.line(&format!(
                    "Message {}: {}\nTo: {}\nSubject: {}\nTemplate: {}\nCreated: {}\n\n{}",
                    m.id,
                    m.status.as_str(),
                    crate::output::for_terminal(&m.to),
                    crate::output::for_terminal(&m.subject),
                    m.template,
                    m.created_at,
                    crate::output::for_terminal_block(&text)
                ))?;
            }
            return Ok(Exit::Ok);
        }
        MailCommand::Flush => store
            .reader()
            .mail_list(Some(MailStatus::Queued))?
            .into_iter()
            .map(|m| m.id)
            .collect::<Vec<_>>(),
        MailCommand::Retry { ids } => {
            for id in &ids {
                let m = store
                    .reader()
                    .mail(*id)?
                    .ok_or_else(|| Error::not_found("message", id.to_string()))?;
                if m.status == MailStatus::Sent {
                    return Err(
                        Error::Conflict(format!("message {id} was already delivered")).into(),
                    );
                }
            }
            ids
        }
    };
    if ids.is_empty() {
        app.say("nothing queued");
        return Ok(Exit::Ok);
    }
    let deliveries = match app.settings.mail_transport.mailer() {
        Ok(mailer) => {
            crate::mail::deliver(&mut store, mailer.as_ref(), &app.settings.mail_from, &ids)?
        }
        Err(e) => {
            return Err(
                Error::Unavailable(format!("{e}; {} message(s) stay queued", ids.len())).into(),
            );
        }
    };
    let mut list = app.out.list::<Delivery>()?;
    for d in &deliveries {
        list.push(d)?;
    }
    list.finish()?;
    let failed = deliveries.iter().filter(|d| d.error.is_some()).count();
    app.say(&format!(
        "{} sent, {failed} still queued",
        deliveries.len() - failed
    ));
    if failed > 0 {
        return Err(Error::Unavailable(format!(
            "{failed} message(s) could not be delivered and stay queued"
        ))
        .into());
    }
    Ok(Exit::Ok)
}
