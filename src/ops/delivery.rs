//! Mail delivery after a commit (SPEC §7): within `mail.deadline`, a failure
//! never undoes the change and leaves the message queued; with
//! `require_delivery` an undelivered message is exit 8.

use std::time::{Duration, Instant};

use crate::domain::error::{Error, Result, Unavailable, counted};
use crate::mail::{Delivery, DeliveryStatus, Mailer, Transport};
use crate::ops::front::Notices;
use crate::store::Store;

/// How queued mail leaves: the transport, the sender, the deadline, and
/// whether a message that is not delivered fails the command.
#[derive(Clone, Debug)]
pub struct MailSettings {
    pub transport: Transport,
    pub from: String,
    pub deadline: Duration,
    pub require_delivery: bool,
}

/// Delivers the messages `ids` that a committed change queued, within the
/// deadline. A failure is a warning and leaves the message queued; with
/// `require_delivery` it is also an error (exit 8). Returns what happened to
/// each message.
pub fn deliver(
    store: &mut Store,
    mail: &MailSettings,
    ids: &[i64],
    notices: &dyn Notices,
) -> Result<Vec<Delivery>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mailer = match mail.transport.mailer() {
        Ok(mailer) => mailer,
        Err(e) => return leave_queued(store, mail, ids, &e, notices),
    };
    let deliveries = try_deliver(store, mail, mailer.as_ref(), ids, notices)?;
    let failed = deliveries
        .iter()
        .filter(|d| matches!(d.status, DeliveryStatus::Queued | DeliveryStatus::Failed))
        .count();
    if failed > 0 && mail.require_delivery {
        return Err(Unavailable::Undelivered { failed }.into());
    }
    Ok(deliveries)
}

/// Says where delivered mail went: the file or server for one message
/// (`invitation written to …/outbox/….eml`, `password-changed notice
/// sent to …`), the count for several.
fn say_where(deliveries: &[Delivery], notices: &dyn Notices) {
    let sent: Vec<&Delivery> = deliveries
        .iter()
        .filter(|d| d.status == DeliveryStatus::Sent)
        .collect();
    let place = |d: &Delivery| {
        d.delivered_to
            .clone()
            .unwrap_or_else(|| "the transport".into())
    };
    let is_file = |d: &Delivery| {
        d.delivered_to
            .as_deref()
            .is_some_and(|p| p.starts_with('/'))
    };
    let described = |d: &Delivery| crate::mail::templates::described(&d.template);
    match sent.as_slice() {
        [] => {}
        [one] if is_file(one) => {
            notices.say(&format!("{} written to {}", described(one), place(one)))
        }
        [one] => notices.say(&format!(
            "{} sent to {} through {}",
            described(one),
            one.to,
            place(one)
        )),
        [first, ..] if is_file(first) => {
            let dir = std::path::Path::new(&place(first))
                .parent()
                .map(|d| d.display().to_string())
                .unwrap_or_default();
            notices.say(&format!("{} messages written to {dir}", sent.len()))
        }
        [first, ..] => notices.say(&format!(
            "{} messages sent through {}",
            sent.len(),
            place(first)
        )),
    }
}

/// The transport cannot be set up (a `file:` outbox directory that cannot
/// be used, …), so nothing was delivered: every message stays queued with
/// the reason. A warning; with `require_delivery`, exit 8.
fn leave_queued(
    store: &mut Store,
    mail: &MailSettings,
    ids: &[i64],
    why: &Error,
    notices: &dyn Notices,
) -> Result<Vec<Delivery>> {
    let reason = why.to_string();
    store.write(|tx| {
        for &id in ids {
            tx.mark_mail_failed(id, None, &reason)?;
        }
        Ok(())
    })?;
    if mail.require_delivery {
        return Err(Unavailable::NoTransport {
            reason,
            queued: ids.len(),
        }
        .into());
    }
    notices.warn(&format!(
        "{} {} queued: {reason}",
        counted(ids.len(), "message", "messages"),
        if ids.len() == 1 { "stays" } else { "stay" }
    ));
    Ok(Vec::new())
}

/// Delivers what it can through `mailer`, saying what could not be
/// delivered.
fn try_deliver(
    store: &mut Store,
    mail: &MailSettings,
    mailer: &dyn Mailer,
    ids: &[i64],
    notices: &dyn Notices,
) -> Result<Vec<Delivery>> {
    let deadline = Instant::now() + mail.deadline;
    let deliveries = match crate::mail::deliver(store, mailer, &mail.from, ids, deadline) {
        Ok(d) => d,
        // The change is committed; a store error while recording delivery
        // must not hide it.
        Err(e) => {
            notices.warn(&format!(
                "recording mail delivery failed: {e}; `roster mail list` shows what is queued"
            ));
            return Ok(Vec::new());
        }
    };
    for d in &deliveries {
        tell(d, notices);
    }
    say_where(&deliveries, notices);
    let untried = deliveries.iter().filter(|d| !d.tried).count();
    if untried > 0 {
        let (were, them) = if untried == 1 {
            ("was", "it")
        } else {
            ("were", "them")
        };
        notices.warn(&format!(
            "{} {were} not tried before the delivery deadline \
             (mail.deadline, {}s) and {} queued; `roster mail flush` sends {them}",
            counted(untried, "message", "messages"),
            mail.deadline.as_secs(),
            if untried == 1 { "stays" } else { "stay" }
        ));
    }
    Ok(deliveries)
}

/// What happened to one message, for people.
fn tell(d: &Delivery, notices: &dyn Notices) {
    let error = d.error.as_deref().unwrap_or_default();
    match d.status {
        DeliveryStatus::Sent => notices.debug(&format!(
            "mail {} to {} delivered to {}",
            d.id,
            d.to,
            d.delivered_to.as_deref().unwrap_or("the transport")
        )),
        DeliveryStatus::Claimed => notices.debug(&format!("mail {} to {}: {error}", d.id, d.to)),
        DeliveryStatus::Dropped => {
            notices.warn(&format!("mail {} to {} not sent: {error}", d.id, d.to))
        }
        DeliveryStatus::Failed => notices.warn(&format!(
            "mail {} to {} cannot be delivered: {error}; it left the queue as failed \
             (`roster mail retry {}` tries again)",
            d.id, d.to, d.id
        )),
        DeliveryStatus::Queued if !d.tried => {}
        DeliveryStatus::Queued => {
            notices.warn(&format!("mail {} to {} stays queued: {error}", d.id, d.to))
        }
    }
}
