//! Mail: the `Mailer` seam, its transports, the templates, and delivery of the outbox.

mod file;
pub mod templates;

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::domain::error::{Error, Result};
use crate::store::{OutboxMessage, Store};

/// Something that can deliver one message now.
pub trait Mailer {
    /// Delivers the message; the error says why it could not (kept in the outbox).
    fn send(&self, message: &lettre::Message) -> std::result::Result<(), String>;
}

/// Where mail goes, from `mail.transport` / `ROSTER_MAIL_TRANSPORT`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Transport {
    /// One `.eml` file per message in this directory.
    File(PathBuf),
}

impl std::fmt::Display for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Transport::File(dir) => write!(f, "file:{}", dir.display()),
        }
    }
}

impl Transport {
    /// Parses a transport setting; `file:` paths are relative to `base`.
    pub fn parse(raw: &str, base: &Path) -> Result<Transport> {
        let raw = raw.trim();
        if let Some(dir) = raw.strip_prefix("file:") {
            let dir = Path::new(dir);
            return Ok(Transport::File(if dir.is_absolute() {
                dir.to_path_buf()
            } else {
                base.join(dir)
            }));
        }
        if raw.starts_with("smtp://") || raw.starts_with("smtps://") || raw == "sendmail" {
            return Err(Error::invalid(
                "mail.transport",
                format!(
                    "{raw:?}: SMTP and sendmail delivery are not in this version of roster; use file:DIR"
                ),
            ));
        }
        Err(Error::invalid(
            "mail.transport",
            format!("{raw:?} is not a transport; use file:DIR"),
        ))
    }

    pub fn mailer(&self) -> Result<Box<dyn Mailer>> {
        match self {
            Transport::File(dir) => Ok(Box::new(file::FileMailer::new(dir)?)),
        }
    }
}

/// The result of trying to deliver one queued message.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Delivery {
    pub id: i64,
    pub to: String,
    pub error: Option<String>,
}

fn build(from: &str, msg: &OutboxMessage) -> std::result::Result<lettre::Message, String> {
    let from = from
        .parse()
        .map_err(|e| format!("mail.from {from:?} is not an address: {e}"))?;
    let to = msg
        .to
        .parse()
        .map_err(|e| format!("{:?} is not an address lettre accepts: {e}", msg.to))?;
    lettre::Message::builder()
        .from(from)
        .to(to)
        .subject(msg.subject.clone())
        .header(lettre::message::header::ContentType::TEXT_PLAIN)
        .body(msg.body_text.clone())
        .map_err(|e| e.to_string())
}

/// Delivers the given queued messages, recording each outcome in the store.
/// A failure leaves the message queued with its error; it is never fatal.
pub fn deliver(
    store: &mut Store,
    mailer: &dyn Mailer,
    from: &str,
    ids: &[i64],
) -> Result<Vec<Delivery>> {
    let mut deliveries = Vec::new();
    for &id in ids {
        let Some(msg) = store.reader().mail(id)? else {
            continue;
        };
        let outcome = build(from, &msg).and_then(|m| mailer.send(&m));
        let now = Timestamp::now();
        store.write(|tx| match &outcome {
            Ok(()) => tx.mark_mail_sent(id, now),
            Err(e) => tx.mark_mail_failed(id, e),
        })?;
        deliveries.push(Delivery {
            id,
            to: msg.to,
            error: outcome.err(),
        });
    }
    Ok(deliveries)
}
