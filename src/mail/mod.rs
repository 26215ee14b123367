//! Mail: the `Mailer` seam, its transports, the templates, and delivery of the outbox.

pub mod eml;
mod file;
mod smtp;
pub mod templates;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use jiff::Timestamp;
use lettre::message::{MultiPart, SinglePart};
use zeroize::Zeroizing;

use crate::domain::error::{Error, Result};
use crate::domain::stored::{MailStatus, OutboxMessage, TOKEN_PLACEHOLDER};
use crate::store::{Store, Tx};

/// Something that can deliver one message now.
pub trait Mailer {
    /// Delivers the message, giving up after `timeout`; says where it went
    /// (the `.eml` file, the server), or why it could not.
    fn send(
        &self,
        message: &lettre::Message,
        timeout: Duration,
    ) -> std::result::Result<Option<String>, SendError>;
}

/// Why a message could not be delivered.
#[derive(Clone, Debug)]
pub struct SendError {
    pub message: String,
    /// No later try can deliver it (a part before @ that is not ASCII, to a
    /// server without SMTPUTF8): it leaves the queue as `failed`.
    pub permanent: bool,
}

impl SendError {
    /// A failure a later try may get past (a server down, a timeout).
    pub fn retry(message: impl Into<String>) -> SendError {
        SendError {
            message: message.into(),
            permanent: false,
        }
    }
}

/// The longest one message may take to deliver, within the command's deadline.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(15);

/// How an SMTP connection is secured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpTls {
    /// STARTTLS, required (the default for `smtp://`).
    StartTls,
    /// TLS from the first byte (`smtps://`).
    Wrapper,
    /// Plain text, for a relay on this machine (`smtp://…?tls=none`).
    None,
}

/// Where mail goes, from `mail.transport` / `ROSTER_MAIL_TRANSPORT`.
#[derive(Clone, Debug)]
pub enum Transport {
    /// One `.eml` file per message in this directory.
    File(PathBuf),
    Smtp {
        host: String,
        port: u16,
        tls: SmtpTls,
        /// From ROSTER_SMTP_USER / ROSTER_SMTP_PASSWORD, never from the config file.
        credentials: Option<(String, Zeroizing<String>)>,
        /// The contents of `mail.tls_ca`, read once: PEM certificates of CAs
        /// to trust besides the built-in roots (a private CA's).
        tls_ca: Option<Vec<u8>>,
    },
    /// The local MTA's `sendmail` command.
    Sendmail(Option<PathBuf>),
}

impl std::fmt::Display for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Transport::File(dir) => write!(f, "file:{}", dir.display()),
            Transport::Smtp {
                host,
                port,
                tls,
                credentials,
                ..
            } => {
                let scheme = if *tls == SmtpTls::Wrapper {
                    "smtps"
                } else {
                    "smtp"
                };
                write!(f, "{scheme}://{host}:{port}")?;
                if *tls == SmtpTls::None {
                    write!(f, "?tls=none")?;
                }
                if let Some((user, _)) = credentials {
                    write!(f, " (as {user}, password ********)")?;
                }
                Ok(())
            }
            Transport::Sendmail(None) => write!(f, "sendmail"),
            Transport::Sendmail(Some(path)) => write!(f, "sendmail:{}", path.display()),
        }
    }
}

impl Transport {
    /// Parses a transport setting: `file:DIR` (relative to `base`), `smtp://HOST[:PORT][?tls=none]`,
    /// `smtps://HOST[:PORT]`, `sendmail` or `sendmail:/path/to/sendmail`.
    pub fn parse(
        raw: &str,
        base: &Path,
        credentials: Option<(String, Zeroizing<String>)>,
        tls_ca: Option<&Path>,
    ) -> Result<Transport> {
        let raw = raw.trim();
        let bad = |why: String| Error::invalid("mail.transport", format!("{raw:?}: {why}"));
        if let Some(dir) = raw.strip_prefix("file:") {
            let dir = Path::new(dir);
            return Ok(Transport::File(if dir.is_absolute() {
                dir.to_path_buf()
            } else {
                base.join(dir)
            }));
        }
        if raw == "sendmail" {
            return Ok(Transport::Sendmail(None));
        }
        if let Some(path) = raw.strip_prefix("sendmail:") {
            return Ok(Transport::Sendmail(Some(PathBuf::from(path))));
        }
        let (rest, mut tls, default_port) = if let Some(rest) = raw.strip_prefix("smtps://") {
            (rest, SmtpTls::Wrapper, 465)
        } else if let Some(rest) = raw.strip_prefix("smtp://") {
            (rest, SmtpTls::StartTls, 587)
        } else {
            return Err(bad(
                "not a transport; use file:DIR, smtp://HOST:PORT, smtps://HOST:PORT or sendmail"
                    .into(),
            ));
        };
        let (authority, query) = rest.split_once('?').unwrap_or((rest, ""));
        let authority = authority.trim_end_matches('/');
        if authority.contains('@') {
            return Err(bad(
                "credentials do not belong in the URL; set ROSTER_SMTP_USER and ROSTER_SMTP_PASSWORD".into(),
            ));
        }
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair {
                "tls=none" if tls == SmtpTls::StartTls => tls = SmtpTls::None,
                "tls=starttls" if tls == SmtpTls::StartTls => {}
                other => {
                    return Err(bad(format!(
                        "unknown option {other:?}; smtp:// takes ?tls=none or ?tls=starttls"
                    )));
                }
            }
        }
        let (host, port) = match authority.rsplit_once(':') {
            Some((host, port)) => (
                host,
                port.parse::<u16>()
                    .map_err(|_| bad(format!("{port:?} is not a port number")))?,
            ),
            None => (authority, default_port),
        };
        if host.is_empty() {
            return Err(bad("no host".into()));
        }
        if tls == SmtpTls::None && credentials.is_some() && !is_loopback(host) {
            return Err(bad(
                "?tls=none would send ROSTER_SMTP_USER's password in the clear; it is allowed only \
                 to a relay on this machine (127.0.0.1, ::1, localhost)"
                    .into(),
            ));
        }
        let tls_ca = tls_ca.map(read_ca).transpose()?;
        Ok(Transport::Smtp {
            host: host.to_string(),
            port,
            tls,
            credentials,
            tls_ca,
        })
    }

    pub fn mailer(&self) -> Result<Box<dyn Mailer>> {
        match self {
            Transport::File(dir) => Ok(Box::new(file::FileMailer::new(dir)?)),
            Transport::Smtp {
                host,
                port,
                tls,
                credentials,
                tls_ca,
            } => Ok(Box::new(smtp::SmtpMailer::new(
                host,
                *port,
                *tls,
                credentials.as_ref(),
                tls_ca.as_deref(),
            )?)),
            Transport::Sendmail(path) => Ok(Box::new(smtp::SendmailMailer::new(path.as_deref()))),
        }
    }
}

/// Whether `host` names this machine: plain text to it never crosses a network.
fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    bare.eq_ignore_ascii_case("localhost")
        || bare
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Reads `mail.tls_ca` when the settings are resolved, so a missing or empty
/// file is refused before any change is made, not found at delivery.
fn read_ca(path: &Path) -> Result<Vec<u8>> {
    let pem = std::fs::read(path).map_err(|e| {
        Error::invalid(
            "mail.tls_ca",
            format!("cannot read {}: {e}", path.display()),
        )
    })?;
    let text = String::from_utf8_lossy(&pem);
    if !text.contains("-----BEGIN CERTIFICATE-----") {
        return Err(Error::invalid(
            "mail.tls_ca",
            format!("{} holds no PEM certificate", path.display()),
        ));
    }
    Ok(pem)
}

/// The result of trying to deliver one queued message.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Delivery {
    pub id: i64,
    pub to: String,
    pub template: String,
    pub status: DeliveryStatus,
    /// Where it went: the `.eml` file of the file: transport, the server.
    pub delivered_to: Option<String>,
    pub error: Option<String>,
    /// For a message another roster is delivering: when its claim ends.
    pub claimed_until: Option<Timestamp>,
    /// False when the deadline passed before it was tried.
    #[serde(skip)]
    pub tried: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStatus {
    Sent,
    /// It failed, or was not tried before the deadline, and stays in the
    /// outbox (see the error).
    Queued,
    /// No try can deliver it: it left the queue as `failed`.
    Failed,
    /// Its link could no longer work, so it was removed unsent.
    Dropped,
    /// Another roster is delivering it right now.
    Claimed,
}

impl DeliveryStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Sent => "sent",
            DeliveryStatus::Queued => "queued",
            DeliveryStatus::Failed => "failed",
            DeliveryStatus::Dropped => "dropped",
            DeliveryStatus::Claimed => "claimed",
        }
    }
}

fn build(
    from: &str,
    msg: &OutboxMessage,
    token: Option<&str>,
) -> std::result::Result<lettre::Message, SendError> {
    let from = from
        .parse()
        .map_err(|e| SendError::retry(format!("mail.from {from:?} is not an address: {e}")))?;
    // The domain goes as punycode, so only a part before @ that is not
    // ASCII needs a server that speaks SMTPUTF8.
    let to = crate::domain::types::ascii_domain_address(&msg.to)
        .parse()
        .map_err(|e| SendError {
            message: format!("{:?} is not an address mail can be sent to: {e}", msg.to),
            permanent: true,
        })?;
    let with_token = |body: &str| match token {
        Some(token) => body.replace(TOKEN_PLACEHOLDER, token),
        None => body.to_string(),
    };
    let builder = lettre::Message::builder()
        .from(from)
        .to(to)
        .subject(with_token(&msg.subject));
    let text = SinglePart::plain(with_token(&msg.body_text));
    match &msg.body_html {
        Some(html) => builder.multipart(
            MultiPart::alternative()
                .singlepart(text)
                .singlepart(SinglePart::html(with_token(html))),
        ),
        None => builder.singlepart(text),
    }
    .map_err(|e| SendError::retry(e.to_string()))
}

/// A queued message made ready to send.
enum Ready {
    /// Gone, or delivered meanwhile.
    Gone,
    /// Another roster holds a claim on it until this time.
    Claimed(OutboxMessage, Timestamp),
    /// Its link's token was used, revoked or has expired: removed unsent.
    Dropped(OutboxMessage),
    /// To send, with the token just issued for its link.
    Send(OutboxMessage, Option<Zeroizing<String>>),
}

/// How long a deliverer holds its claim on a message: longer than any send
/// takes, short enough that a crashed roster's messages are retried soon.
const CLAIM: jiff::SignedDuration = jiff::SignedDuration::from_secs(10 * 60);

/// Claims a queued message until `claim`, then issues the token its link
/// carries, in place of the one named by its digest, keeping that token's
/// user, purpose and expiry. The store only ever holds digests, so this is the
/// moment the token exists in the clear. The claim keeps a second deliverer
/// (another command, a `mail flush` from cron) from sending the message too,
/// and from replacing the token this one is about to send.
fn make_ready(tx: &Tx<'_>, id: i64, now: Timestamp, claim: Timestamp) -> Result<Ready> {
    if !tx.claim_mail(id, now, claim)? {
        return Ok(match tx.reader().mail(id)? {
            Some(msg) => match msg
                .claimed_until
                .filter(|_| msg.status == MailStatus::Queued)
            {
                Some(until) => Ready::Claimed(msg, until),
                None => Ready::Gone,
            },
            None => Ready::Gone,
        });
    }
    let Some(msg) = tx.reader().mail(id)? else {
        return Ok(Ready::Gone);
    };
    let Some(old) = msg.token_hash.as_deref() else {
        return Ok(Ready::Send(msg, None));
    };
    let live = tx
        .reader()
        .find_token(old)?
        .filter(|t| t.used_at.is_none() && t.expires_at > now);
    let Some(old) = live else {
        tx.delete_mail(id)?;
        return Ok(Ready::Dropped(msg));
    };
    let token = crate::token::new_token()?;
    tx.delete_token(&old.digest)?;
    tx.insert_token(
        &token.digest,
        &old.user_id,
        old.purpose,
        old.created_at,
        old.expires_at,
    )?;
    tx.set_mail_token(id, &token.digest)?;
    Ok(Ready::Send(msg, Some(Zeroizing::new(token.secret))))
}

/// Delivers the given queued messages, recording each outcome in the store.
/// A failure leaves the message queued with its error (or, when no try can
/// deliver it, marks it failed); it is never fatal. Past `deadline` nothing
/// more is tried: the rest stay queued for `roster mail flush`.
pub fn deliver(
    store: &mut Store,
    mailer: &dyn Mailer,
    from: &str,
    ids: &[i64],
    deadline: Instant,
) -> Result<Vec<Delivery>> {
    let mut deliveries = Vec::new();
    for &id in ids {
        let delivery = |msg: &OutboxMessage, status, error: Option<String>| Delivery {
            id,
            to: msg.to.clone(),
            template: msg.template.clone(),
            status,
            delivered_to: None,
            error,
            claimed_until: None,
            tried: true,
        };
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            if let Some(msg) = store.reader().mail(id)? {
                deliveries.push(Delivery {
                    tried: false,
                    ..delivery(
                        &msg,
                        DeliveryStatus::Queued,
                        Some(
                            "not tried: the delivery deadline (mail.deadline) passed first".into(),
                        ),
                    )
                });
            }
            continue;
        }
        let now =
            Timestamp::from_second(Timestamp::now().as_second()).unwrap_or(Timestamp::UNIX_EPOCH);
        let claim = now.checked_add(CLAIM).unwrap_or(now);
        let (msg, token) = match store.write(|tx| make_ready(tx, id, now, claim))? {
            Ready::Gone => continue,
            Ready::Claimed(msg, until) => {
                deliveries.push(Delivery {
                    claimed_until: Some(until),
                    ..delivery(
                        &msg,
                        DeliveryStatus::Claimed,
                        Some(format!(
                            "another roster is delivering it; its claim ends at {until}"
                        )),
                    )
                });
                continue;
            }
            Ready::Dropped(msg) => {
                deliveries.push(delivery(
                    &msg,
                    DeliveryStatus::Dropped,
                    Some(
                        "its link can no longer be used (the token was used, revoked or has \
                         expired); the message was removed unsent"
                            .into(),
                    ),
                ));
                continue;
            }
            Ready::Send(msg, token) => (msg, token),
        };
        let outcome = build(from, &msg, token.as_deref().map(String::as_str))
            .and_then(|m| mailer.send(&m, left.min(SEND_TIMEOUT)));
        store.write(|tx| match &outcome {
            // A claim lost after a stall of minutes: the message was sent all
            // the same, and the roster that took it over records its own try.
            Ok(place) => tx
                .mark_mail_sent(id, claim, now, place.as_deref())
                .map(drop),
            Err(e) if e.permanent => tx.mark_mail_undeliverable(id, claim, &e.message),
            Err(e) => tx.mark_mail_failed(id, Some(claim), &e.message),
        })?;
        deliveries.push(match outcome {
            Ok(place) => Delivery {
                delivered_to: place,
                ..delivery(&msg, DeliveryStatus::Sent, None)
            },
            Err(e) if e.permanent => delivery(&msg, DeliveryStatus::Failed, Some(e.message)),
            Err(e) => delivery(&msg, DeliveryStatus::Queued, Some(e.message)),
        });
    }
    Ok(deliveries)
}
