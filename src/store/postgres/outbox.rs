//! The mail outbox (SPEC §7) on PostgreSQL: messages are queued in the
//! transaction of the change that causes them and delivered after commit. A
//! deliverer claims a message until a time (`claimed_until`), as on SQLite,
//! so deliverers on several hosts never send one message twice.

use jiff::Timestamp;
use postgres::Row;

use super::{Reader, Tx, opt_ts, parse_ts, ts};
use crate::domain::error::Result;
use crate::domain::stored::{MailStatus, OutboxMessage, QueuedMail};
use crate::domain::types::UserId;
use crate::store::api::{OutboxReads, OutboxWrites};

use crate::store::sql::outbox::{self as sql, SELECT as SELECT_MAIL};

fn mail_from_row(r: &Row) -> Result<OutboxMessage> {
    let status: &str = r.get(6);
    Ok(OutboxMessage {
        id: r.get(0),
        created_at: parse_ts(r.get(1))?,
        user_id: r.get(2),
        template: r.get(3),
        to: r.get(4),
        subject: r.get(5),
        status: match status {
            "sent" => MailStatus::Sent,
            "failed" => MailStatus::Failed,
            _ => MailStatus::Queued,
        },
        attempts: r.get(7),
        last_error: r.get(8),
        sent_at: opt_ts(r.get(9))?,
        body_text: r.get(10),
        body_html: r.get(11),
        token_hash: r.get(12),
        delivered_to: r.get(13),
        claimed_until: opt_ts(r.get(14))?,
    })
}

impl OutboxWrites for Tx<'_> {
    fn enqueue_mail(&self, at: Timestamp, mail: &QueuedMail) -> Result<i64> {
        Ok(self
            .store()
            .one(
                "INSERT INTO outbox (created_at, user_id, template, to_addr, subject, body_text, \
                 body_html, token_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                &[
                    &ts(at),
                    &mail.user_id.as_ref().map(UserId::as_str),
                    &mail.template,
                    &mail.to,
                    &mail.subject,
                    &mail.body_text,
                    &mail.body_html,
                    &mail.token_hash,
                ],
            )?
            .get(0))
    }

    fn claim_mail(&self, id: i64, now: Timestamp, until: Timestamp) -> Result<bool> {
        let claimed = self
            .store()
            .execute(sql::CLAIM, &[&id, &ts(now), &ts(until)])?;
        Ok(claimed == 1)
    }

    fn mark_mail_sent(
        &self,
        id: i64,
        claim: Timestamp,
        at: Timestamp,
        delivered_to: Option<&str>,
    ) -> Result<bool> {
        let marked = self
            .store()
            .execute(sql::MARK_SENT, &[&id, &ts(claim), &ts(at), &delivered_to])?;
        Ok(marked == 1)
    }

    fn mark_mail_undeliverable(&self, id: i64, claim: Timestamp, error: &str) -> Result<()> {
        let store = self.store();
        let claim = ts(claim);
        store.execute(sql::KILL_TOKEN, &[&id, &claim])?;
        store.execute(sql::MARK_UNDELIVERABLE, &[&id, &claim, &error])?;
        Ok(())
    }

    fn requeue_mail(&self, id: i64) -> Result<()> {
        self.store().execute(sql::REQUEUE, &[&id])?;
        Ok(())
    }

    fn set_mail_token(&self, id: i64, token_hash: &str) -> Result<()> {
        self.store().execute(sql::SET_TOKEN, &[&id, &token_hash])?;
        Ok(())
    }

    fn delete_mail(&self, id: i64) -> Result<()> {
        self.store().execute(sql::DELETE, &[&id])?;
        Ok(())
    }

    fn mark_mail_failed(&self, id: i64, claim: Option<Timestamp>, error: &str) -> Result<()> {
        match claim {
            Some(claim) => self
                .store()
                .execute(sql::MARK_FAILED_CLAIMED, &[&id, &ts(claim), &error])?,
            None => self
                .store()
                .execute(sql::MARK_FAILED_UNCLAIMED, &[&id, &error])?,
        };
        Ok(())
    }

    fn drop_mail_of(&self, user: &UserId, template: Option<&str>) -> Result<usize> {
        Ok(match template {
            Some(template) => self
                .store()
                .execute(sql::DROP_OF_TEMPLATE, &[&user.as_str(), &template])?,
            None => self.store().execute(sql::DROP_OF_USER, &[&user.as_str()])?,
        } as usize)
    }
}

impl OutboxReads for Reader<'_> {
    fn mail(&self, id: i64) -> Result<Option<OutboxMessage>> {
        self.store()
            .opt(&format!("{SELECT_MAIL} WHERE id = ?1"), &[&id])?
            .as_ref()
            .map(mail_from_row)
            .transpose()
    }

    fn mail_list(&self, status: Option<MailStatus>) -> Result<Vec<OutboxMessage>> {
        let rows = match status {
            Some(status) => self.store().rows(
                &format!("{SELECT_MAIL} WHERE status = ?1 ORDER BY id"),
                &[&status.as_str()],
            )?,
            None => self
                .store()
                .rows(&format!("{SELECT_MAIL} ORDER BY id"), &[])?,
        };
        rows.iter().map(mail_from_row).collect()
    }
}
