//! `roster mail …`: the outbox.

use anyhow::Result;

use super::App;
use crate::cli::MailCommand;
use crate::domain::error::{Conflict, Error, Unavailable};
use crate::exit::Exit;
use crate::mail::{Delivery, DeliveryStatus};
use crate::output::{Fit, Record};
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
    fn table_fits() -> Vec<Fit> {
        vec![
            Fit::Keep,
            Fit::Whole { rank: 3 },
            Fit::Keep,
            Fit::Cut { min: 10, rank: 4 },
            Fit::Keep,
            Fit::Whole { rank: 2 },
            Fit::Cut { min: 20, rank: 1 },
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
            self.last_error.clone().unwrap_or_default(),
        ]
    }
}

impl Record for Delivery {
    fn id(&self) -> Option<&str> {
        None
    }
    fn table_headers() -> Vec<&'static str> {
        vec!["ID", "TO", "STATUS", "ERROR"]
    }
    fn table_fits() -> Vec<Fit> {
        vec![
            Fit::Keep,
            Fit::Keep,
            Fit::Keep,
            Fit::Cut { min: 20, rank: 1 },
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.to.clone(),
            self.status.as_str().to_string(),
            self.error.clone().unwrap_or_default(),
        ]
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
            // The stored body never holds a usable link: its token is the
            // placeholder, issued only as the message is sent.
            if app.out.format.is_json() {
                let mut value = serde_json::to_value(&m)?;
                value["body_text"] = m.body_text.as_str().into();
                value["body_html"] = m.body_html.as_deref().into();
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
                    crate::output::for_terminal_block(&m.body_text)
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
                    return Err(Error::from(Conflict::AlreadyDelivered { id: *id }).into());
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
            return Err(Error::from(Unavailable::MailTransport {
                reason: e.to_string(),
                queued: ids.len(),
            })
            .into());
        }
    };
    let mut list = app.out.list::<Delivery>()?;
    for d in &deliveries {
        list.push(d)?;
    }
    list.finish()?;
    let count = |status| deliveries.iter().filter(|d| d.status == status).count();
    let (sent, failed, dropped) = (
        count(DeliveryStatus::Sent),
        count(DeliveryStatus::Queued),
        count(DeliveryStatus::Dropped),
    );
    let mut summary = format!("{sent} sent, {failed} still queued");
    if dropped > 0 {
        summary.push_str(&format!(
            ", {dropped} dropped (their links had expired or were used)"
        ));
    }
    app.say(&summary);
    if failed > 0 {
        return Err(Error::from(Unavailable::MailQueued { failed }).into());
    }
    Ok(Exit::Ok)
}
