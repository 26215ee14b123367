//! Invitation, reset and session tokens. Only a token's SHA-256 is stored.

use crate::store::api::{TokenReads, TokenWrites};
use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::{Reader, Tx, opt_ts, parse_ts, ts};
use crate::domain::error::Result;
use crate::domain::stored::{TokenPurpose, TokenRow};
use crate::domain::types::UserId;

use crate::store::sql::tokens::{self as sql, SELECT as SELECT_TOKEN};

fn token_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<TokenRow> {
    let purpose: String = r.get(2)?;
    Ok(TokenRow {
        digest: r.get(0)?,
        user_id: UserId::from_stored(r.get(1)?),
        purpose: match purpose.as_str() {
            "invite" => TokenPurpose::Invite,
            "reset" => TokenPurpose::Reset,
            _ => TokenPurpose::Session,
        },
        created_at: parse_ts(&r.get::<_, String>(3)?)?,
        expires_at: parse_ts(&r.get::<_, String>(4)?)?,
        used_at: opt_ts(r.get(5)?)?,
        last_used_at: opt_ts(r.get(6)?)?,
    })
}

impl TokenReads for Reader<'_> {
    fn find_token(&self, digest: &str) -> Result<Option<TokenRow>> {
        Ok(self
            .conn
            .prepare_cached(&format!("{SELECT_TOKEN} WHERE hash = ?1"))?
            .query_row([digest], token_from_row)
            .optional()?)
    }

    fn find_tokens_by_prefix(&self, prefix: &str) -> Result<Vec<TokenRow>> {
        let upper = format!("{prefix}g");
        let rows = self
            .conn
            .prepare_cached(&format!("{SELECT_TOKEN} WHERE hash >= ?1 AND hash < ?2"))?
            .query_map([prefix, upper.as_str()], token_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

impl TokenWrites for Tx<'_> {
    fn mark_token_used(&self, digest: &str, at: Timestamp) -> Result<()> {
        self.tx
            .prepare_cached(sql::MARK_USED)?
            .execute(params![ts(at), digest])?;
        Ok(())
    }

    fn touch_token(&self, digest: &str, at: Timestamp) -> Result<()> {
        self.tx
            .prepare_cached(sql::TOUCH)?
            .execute(params![ts(at), digest])?;
        Ok(())
    }

    fn delete_token(&self, digest: &str) -> Result<usize> {
        Ok(self.tx.prepare_cached(sql::DELETE)?.execute([digest])?)
    }

    fn insert_token(
        &self,
        hash: &str,
        user: &UserId,
        purpose: TokenPurpose,
        created_at: Timestamp,
        expires_at: Timestamp,
    ) -> Result<()> {
        self.tx.prepare_cached(sql::INSERT)?.execute(params![
            hash,
            user.as_str(),
            purpose.as_str(),
            ts(created_at),
            ts(expires_at)
        ])?;
        Ok(())
    }

    fn revoke_tokens(&self, user: &UserId, purposes: &[TokenPurpose]) -> Result<usize> {
        let mut stmt = self.tx.prepare_cached(
            "DELETE FROM tokens WHERE user_id = ? AND purpose = ? AND used_at IS NULL",
        )?;
        let mut revoked = 0;
        for purpose in purposes {
            revoked += stmt.execute(params![user.as_str(), purpose.as_str()])?;
        }
        Ok(revoked)
    }
}
