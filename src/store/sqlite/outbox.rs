//! The mail outbox (SPEC §7): messages are queued in the transaction of the change
//! that causes them and delivered after commit.

use crate::store::api::{OutboxReads, OutboxWrites};
use jiff::Timestamp;
use rusqlite::{OptionalExtension, Row, params};

use super::{Reader, Tx, opt_ts, parse_ts, ts};
use crate::domain::error::Result;
use crate::domain::stored::{MailStatus, OutboxMessage, QueuedMail, TOKEN_PLACEHOLDER};
use crate::domain::types::UserId;

use crate::store::sql::outbox::{self as sql, SELECT as SELECT_MAIL};

fn mail_from_row(r: &Row<'_>) -> rusqlite::Result<OutboxMessage> {
    let status: String = r.get(6)?;
    Ok(OutboxMessage {
        id: r.get(0)?,
        created_at: parse_ts(&r.get::<_, String>(1)?)?,
        user_id: r.get(2)?,
        template: r.get(3)?,
        to: r.get(4)?,
        subject: r.get(5)?,
        status: match status.as_str() {
            "sent" => MailStatus::Sent,
            "failed" => MailStatus::Failed,
            _ => MailStatus::Queued,
        },
        attempts: r.get(7)?,
        last_error: r.get(8)?,
        sent_at: opt_ts(r.get(9)?)?,
        body_text: r.get(10)?,
        body_html: r.get(11)?,
        token_hash: r.get(12)?,
        delivered_to: r.get(13)?,
        claimed_until: opt_ts(r.get(14)?)?,
    })
}

impl OutboxWrites for Tx<'_> {
    fn enqueue_mail(&self, at: Timestamp, mail: &QueuedMail) -> Result<i64> {
        self.tx
            .prepare_cached(
                "INSERT INTO outbox (created_at, user_id, template, to_addr, subject, body_text, body_html, token_hash) \
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
                mail.token_hash,
            ])?;
        Ok(self.tx.last_insert_rowid())
    }

    fn claim_mail(&self, id: i64, now: Timestamp, until: Timestamp) -> Result<bool> {
        let claimed =
            self.tx
                .prepare_cached(sql::CLAIM)?
                .execute(params![id, ts(now), ts(until)])?;
        Ok(claimed == 1)
    }

    fn mark_mail_sent(
        &self,
        id: i64,
        claim: Timestamp,
        at: Timestamp,
        delivered_to: Option<&str>,
    ) -> Result<bool> {
        let marked = self.tx.prepare_cached(sql::MARK_SENT)?.execute(params![
            id,
            ts(claim),
            ts(at),
            delivered_to
        ])?;
        Ok(marked == 1)
    }

    fn mark_mail_undeliverable(&self, id: i64, claim: Timestamp, error: &str) -> Result<()> {
        self.tx
            .prepare_cached(sql::KILL_TOKEN)?
            .execute(params![id, ts(claim)])?;
        self.tx
            .prepare_cached(sql::MARK_UNDELIVERABLE)?
            .execute(params![id, ts(claim), error])?;
        Ok(())
    }

    fn requeue_mail(&self, id: i64) -> Result<()> {
        self.tx.prepare_cached(sql::REQUEUE)?.execute([id])?;
        Ok(())
    }

    fn set_mail_token(&self, id: i64, token_hash: &str) -> Result<()> {
        self.tx
            .prepare_cached(sql::SET_TOKEN)?
            .execute(params![id, token_hash])?;
        Ok(())
    }

    fn delete_mail(&self, id: i64) -> Result<()> {
        self.tx.prepare_cached(sql::DELETE)?.execute([id])?;
        Ok(())
    }

    fn mark_mail_failed(&self, id: i64, claim: Option<Timestamp>, error: &str) -> Result<()> {
        match claim {
            Some(claim) => self
                .tx
                .prepare_cached(sql::MARK_FAILED_CLAIMED)?
                .execute(params![id, ts(claim), error])?,
            None => self
                .tx
                .prepare_cached(sql::MARK_FAILED_UNCLAIMED)?
                .execute(params![id, error])?,
        };
        Ok(())
    }

    fn drop_mail_of(&self, user: &UserId, template: Option<&str>) -> Result<usize> {
        Ok(match template {
            Some(template) => self
                .tx
                .prepare_cached(sql::DROP_OF_TEMPLATE)?
                .execute([user.as_str(), template])?,
            None => self
                .tx
                .prepare_cached(sql::DROP_OF_USER)?
                .execute([user.as_str()])?,
        })
    }
}

/// Migration 2: messages queued by schema 1 kept their link's raw token in the
/// column now called `token_hash` and in their bodies. Each becomes the
/// placeholder and the token's digest; a delivered message is left as it was
/// (its token was already scrubbed).
pub(super) fn hash_queued_tokens(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<()> {
    let queued: Vec<(i64, String)> = tx
        .prepare("SELECT id, token_hash FROM outbox WHERE token_hash IS NOT NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut update = tx.prepare(
        "UPDATE outbox SET token_hash = ?2, body_text = replace(body_text, ?3, ?4), \
         body_html = replace(body_html, ?3, ?4) WHERE id = ?1",
    )?;
    for (id, token) in queued {
        let digest = crate::token::token_digest(&token);
        update.execute(params![id, digest, token, TOKEN_PLACEHOLDER])?;
    }
    Ok(())
}

impl OutboxReads for Reader<'_> {
    fn mail(&self, id: i64) -> Result<Option<OutboxMessage>> {
        Ok(self
            .conn
            .prepare_cached(&format!("{SELECT_MAIL} WHERE id = ?1"))?
            .query_row([id], mail_from_row)
            .optional()?)
    }

    fn mail_list(&self, status: Option<MailStatus>) -> Result<Vec<OutboxMessage>> {
        let mut stmt;
        let rows = match status {
            Some(status) => {
                stmt = self
                    .conn
                    .prepare(&format!("{SELECT_MAIL} WHERE status = ?1 ORDER BY id"))?;
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
