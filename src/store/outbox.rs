//! The mail outbox (SPEC §7): messages are queued in the transaction of the change
//! that causes them and delivered after commit.

use jiff::Timestamp;
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::{Reader, Tx, opt_ts, parse_ts, ts};
use crate::domain::error::Result;
use crate::domain::types::UserId;

/// A message to queue.
#[derive(Clone, Debug)]
pub struct QueuedMail {
    pub user_id: Option<UserId>,
    pub template: String,
    pub to: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: Option<String>,
    /// The secret (a token) the body carries, scrubbed from the stored body once
    /// the message is delivered.
    pub secret: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MailStatus {
    Queued,
    Sent,
}

impl MailStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MailStatus::Queued => "queued",
            MailStatus::Sent => "sent",
        }
    }
}

/// A message in the outbox.
#[derive(Clone, Debug, Serialize)]
pub struct OutboxMessage {
    pub id: i64,
    pub created_at: Timestamp,
    pub user_id: Option<String>,
    pub template: String,
    pub to: String,
    pub subject: String,
    pub status: MailStatus,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub sent_at: Option<Timestamp>,
    #[serde(skip)]
    pub body_text: String,
    #[serde(skip)]
    pub body_html: Option<String>,
    #[serde(skip)]
    pub secret: Option<String>,
}

const SELECT_MAIL: &str = "SELECT id, created_at, user_id, template, to_addr, subject, status, \
    attempts, last_error, sent_at, body_text, body_html, secret FROM outbox";

fn mail_from_row(r: &Row<'_>) -> rusqlite::Result<OutboxMessage> {
    let status: String = r.get(6)?;
    Ok(OutboxMessage {
        id: r.get(0)?,
        created_at: parse_ts(&r.get::<_, String>(1)?)?,
        user_id: r.get(2)?,
        template: r.get(3)?,
        to: r.get(4)?,
        subject: r.get(5)?,
        status: if status == "sent" {
            MailStatus::Sent
        } else {
            MailStatus::Queued
        },
        attempts: r.get(7)?,
        last_error: r.get(8)?,
        sent_at: opt_ts(r.get(9)?)?,
        body_text: r.get(10)?,
        body_html: r.get(11)?,
        secret: r.get(12)?,
    })
}

impl Tx<'_> {
    pub fn enqueue_mail(&self, at: Timestamp, mail: &QueuedMail) -> Result<i64> {
        self.tx
            .prepare_cached(
                "INSERT INTO outbox (created_at, user_id, template, to_addr, subject, body_text, body_html, secret) \
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            )?
            .execute(params![
                ts(at),
                mail.user_id.as_ref().map(UserId::as_str),
                mail.template,
                mail.to,
                mail.subject,
                mail.body_text,
                mail.body_html,
                mail.secret,
            ])?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Marks a message delivered and scrubs the secret it carried from the stored body.
    pub fn mark_mail_sent(&self, id: i64, at: Timestamp) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE outbox SET status = 'sent', sent_at = ?2, attempts = attempts + 1, last_error = NULL, \
                 body_text = CASE WHEN secret IS NULL THEN body_text ELSE replace(body_text, secret, '[delivered]') END, \
                 body_html = CASE WHEN secret IS NULL OR body_html IS NULL THEN body_html ELSE replace(body_html, secret, '[delivered]') END, \
                 secret = NULL WHERE id = ?1",
            )?
            .execute(params![id, ts(at)])?;
        Ok(())
    }

    pub fn mark_mail_failed(&self, id: i64, error: &str) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?2 WHERE id = ?1",
            )?
            .execute(params![id, error])?;
        Ok(())
    }

    /// Drops a user's undelivered mail of one template (an invitation whose link
    /// died), or every message to the user, sent or not (the user is deleted).
    pub fn drop_mail_of(&self, user: &UserId, template: Option<&str>) -> Result<usize> {
        Ok(match template {
            Some(template) => self
                .tx
                .prepare_cached(
                    "DELETE FROM outbox WHERE user_id = ? AND template = ? AND status = 'queued'",
                )?
                .execute([user.as_str(), template])?,
            None => self
                .tx
                .prepare_cached("DELETE FROM outbox WHERE user_id = ?")?
                .execute([user.as_str()])?,
        })
    }
}

impl Reader<'_> {
    pub fn mail(&self, id: i64) -> Result<Option<OutboxMessage>> {
        Ok(self
            .conn
            .prepare_cached(&format!("{SELECT_MAIL} WHERE id = ?"))?
            .query_row([id], mail_from_row)
            .optional()?)
    }

    pub fn mail_list(&self, status: Option<MailStatus>) -> Result<Vec<OutboxMessage>> {
        let mut stmt;
        let rows = match status {
            Some(status) => {
                stmt = self
                    .conn
                    .prepare(&format!("{SELECT_MAIL} WHERE status = ? ORDER BY id"))?;
                stmt.query_map([status.as_str()], mail_from_row)?
            }
            None => {
                stmt = self.conn.prepare(&format!("{SELECT_MAIL} ORDER BY id"))?;
                stmt.query_map([], mail_from_row)?
            }
        };
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
