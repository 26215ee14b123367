//! `roster mail …`: the outbox.

use anyhow::Result;

use super::App;
use crate::cli::MailCommand;
use crate::domain::error::{Error, Unavailable};
use crate::domain::stored::{MailStatus, OutboxMessage};
use crate::exit::Exit;
use crate::mail::{Delivery, DeliveryStatus};
use crate::ops::call::{MailFlush, MailList, MailShow, MessageShown};
use crate::ops::mail::MailRetry;
use crate::output::{Fit, Record};

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
    let deliveries = match cmd {
        MailCommand::List { queued } => return list(app, queued),
        MailCommand::Show { id, links } => {
            let shown = app.call(MailShow { id })?;
            return if links {
                show_links(app, &shown.message)
            } else {
                show(app, &shown)
            };
        }
        MailCommand::Flush => app.call(MailFlush {})?,
        MailCommand::Retry { ids } => app.call(MailRetry { ids })?,
    };
    let Some(deliveries) = deliveries else {
        app.say("nothing queued");
        return Ok(Exit::Ok);
    };
    let mut list = app.out.list::<Delivery>()?;
    for d in &deliveries {
        list.push(d)?;
    }
    list.finish()?;
    summarize(app, &deliveries)
}

fn list(app: &mut App, queued: bool) -> Result<Exit> {
    let messages = app.call(MailList { queued })?;
    let mut list = app.out.list::<OutboxMessage>()?;
    for m in &messages {
        list.push(m)?;
    }
    if list.finish()? == 0 {
        app.say(if queued {
            "nothing is queued"
        } else {
            "the outbox is empty"
        });
    }
    Ok(Exit::Ok)
}

/// `mail show ID`. The stored body never holds a usable link: its token is
/// the placeholder, issued only as the message is sent.
fn show(app: &mut App, shown: &MessageShown) -> Result<Exit> {
    let m = &shown.message;
    if app.out.format.is_json() {
        app.out.json(shown)?;
    } else {
        app.out.line(&format!(
            "Message {}: {}\nTo: {}\nSubject: {}\nTemplate: {}\nCreated: {}{}\n\n{}",
            m.id,
            m.status.as_str(),
            crate::output::for_terminal(&m.to),
            crate::output::for_terminal(&m.subject),
            m.template,
            m.created_at,
            m.delivered_to
                .as_deref()
                .map(|d| format!("\nDelivered to: {}", crate::output::for_terminal(d)))
                .unwrap_or_default(),
            crate::output::for_terminal_block(&shown.body_text)
        ))?;
    }
    Ok(Exit::Ok)
}

/// What the delivery did, in one line; messages that stay queued or
/// failed make the command fail (exit 8).
fn summarize(app: &mut App, deliveries: &[Delivery]) -> Result<Exit> {
    let count = |status| deliveries.iter().filter(|d| d.status == status).count();
    let (sent, queued, failed, dropped, claimed) = (
        count(DeliveryStatus::Sent),
        count(DeliveryStatus::Queued),
        count(DeliveryStatus::Failed),
        count(DeliveryStatus::Dropped),
        count(DeliveryStatus::Claimed),
    );
    let mut summary = format!("{sent} sent, {queued} still queued");
    if failed > 0 {
        summary.push_str(&format!(", {failed} failed for good"));
    }
    if dropped > 0 {
        summary.push_str(&format!(
            ", {dropped} dropped (their links had expired or were used)"
        ));
    }
    if claimed > 0 {
        let ends = deliveries
            .iter()
            .filter_map(|d| d.claimed_until)
            .max()
            .map(|t| t.to_string())
            .unwrap_or_default();
        summary.push_str(&format!(
            ", {claimed} being delivered by another roster (its claim ends at {ends} at the latest)"
        ));
    }
    app.say(&summary);
    if queued + failed > 0 {
        return Err(Error::from(Unavailable::MailQueued {
            failed: queued + failed,
        })
        .into());
    }
    Ok(Exit::Ok)
}

/// `mail show ID --links`: the links of a message as delivered, decoded
/// from the `.eml` file the file: transport wrote.
fn show_links(app: &mut App, m: &OutboxMessage) -> Result<Exit> {
    let file = match (m.status, m.delivered_to.as_deref()) {
        (MailStatus::Sent, Some(place)) if std::path::Path::new(place).is_absolute() => {
            std::path::PathBuf::from(place)
        }
        (MailStatus::Sent, place) => {
            return Err(Error::not_found(
                "delivered copy of message",
                format!(
                    "{} went to {}; its links are in the recipient's mailbox only",
                    m.id,
                    place.unwrap_or("the transport")
                ),
            )
            .into());
        }
        _ => {
            return Err(Error::not_found(
                "delivered copy of message",
                format!(
                    "{} is {}; its link is issued only when it is sent (`roster mail flush`)",
                    m.id,
                    m.status.as_str()
                ),
            )
            .into());
        }
    };
    let eml = std::fs::read_to_string(&file).map_err(|e| {
        Error::not_found(
            "delivered copy of message",
            format!("{}: {}: {e}", m.id, file.display()),
        )
    })?;
    let links = crate::mail::eml::links(&eml);
    if links.is_empty() {
        app.say(&format!("message {} has no links", m.id));
    }
    if app.out.format.is_json() {
        app.out.json(&serde_json::json!({
            "id": m.id,
            "file": file.display().to_string(),
            "links": links,
        }))?;
    } else {
        for link in &links {
            app.out.line(&crate::output::for_terminal(link))?;
        }
    }
    Ok(Exit::Ok)
}
