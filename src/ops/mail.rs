//! The outbox as operations: what is queued or was sent (`mail list`,
//! `mail show`), and sending what is queued now (`mail flush`) or again
//! (`mail retry`).

use serde::{Deserialize, Serialize};

use super::session::Session;
use crate::domain::error::{Conflict, Error, Result, Unavailable};
use crate::domain::stored::{MailStatus, OutboxMessage};
use crate::mail::Delivery;

/// `mail retry ID…`: messages to send again, a message that failed for
/// good too; one already sent is refused (exit 5).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MailRetry {
    pub ids: Vec<i64>,
}

/// The outbox, or (`queued`) what waits in it.
pub fn list(session: &Session, queued: bool) -> Result<Vec<OutboxMessage>> {
    session
        .store()
        .reader()
        .mail_list(queued.then_some(MailStatus::Queued))
}

/// One message; an unknown id is "not found" (exit 4).
pub fn show(session: &Session, id: i64) -> Result<OutboxMessage> {
    session
        .store()
        .reader()
        .mail(id)?
        .ok_or_else(|| Error::not_found("message", id.to_string()))
}

/// Sends every queued message; `None` when nothing is queued.
pub fn flush(session: &mut Session) -> Result<Option<Vec<Delivery>>> {
    let ids: Vec<i64> = list(session, true)?.into_iter().map(|m| m.id).collect();
    send(session, &ids)
}

/// Queues the messages again and sends them.
pub fn retry(session: &mut Session, req: &MailRetry) -> Result<Option<Vec<Delivery>>> {
    for &id in &req.ids {
        if show(session, id)?.status == MailStatus::Sent {
            return Err(Conflict::AlreadyDelivered { id }.into());
        }
    }
    session.store_mut().write(|tx| {
        for &id in &req.ids {
            tx.requeue_mail(id)?;
        }
        Ok(())
    })?;
    send(session, &req.ids)
}

/// Delivers `ids` within the deadline. A transport that cannot be set up
/// is an error (exit 8): nothing was sent and everything stays queued.
fn send(session: &mut Session, ids: &[i64]) -> Result<Option<Vec<Delivery>>> {
    if ids.is_empty() {
        return Ok(None);
    }
    let deadline = std::time::Instant::now() + session.mail.deadline;
    let mailer = session.mail.transport.mailer().map_err(|e| {
        Error::from(Unavailable::MailTransport {
            reason: e.to_string(),
            queued: ids.len(),
        })
    })?;
    let from = session.mail.from.clone();
    crate::mail::deliver(session.store_mut(), mailer.as_ref(), &from, ids, deadline).map(Some)
}
