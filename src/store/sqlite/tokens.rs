//! Invitation, reset and session tokens. Only a token's SHA-256 is stored.

use crate::store::api::{TokenReads, TokenWrites};
use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::{Reader, Tx, opt_ts, parse_ts, ts};
use crate::domain::error::Result;
use crate::domain::stored::{TokenPurpose, TokenRow};
use crate::domain::types::UserId;

use crate::domain::api_token::{ApiToken, NewApiToken, Scope, TokenState};
use crate::store::sql::api_tokens as api_sql;
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

/// An API token as [`api_sql::SELECT`] reads it, from column `at` on (its
/// state is set by the operation that reads it, which knows the time).
fn api_token_at(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<ApiToken> {
    let scopes: String = r.get(at + 3)?;
    Ok(ApiToken {
        name: r.get(at)?,
        user_id: UserId::from_stored(r.get(at + 1)?),
        user: r.get(at + 2)?,
        scopes: Scope::split(&scopes).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                at + 3,
                rusqlite::types::Type::Text,
                Box::new(e),
            )
        })?,
        state: TokenState::Active,
        created_at: parse_ts(&r.get::<_, String>(at + 4)?)?,
        created_by: r.get(at + 5)?,
        expires_at: opt_ts(r.get(at + 6)?)?,
        revoked_at: opt_ts(r.get(at + 7)?)?,
        last_used_at: opt_ts(r.get(at + 8)?)?,
    })
}

impl TokenReads for Reader<'_> {
    fn api_tokens(&self) -> Result<Vec<ApiToken>> {
        let rows = self
            .conn
            .prepare_cached(&format!("{} ORDER BY t.name", api_sql::SELECT))?
            .query_map([], |r| api_token_at(r, 0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    fn api_token(&self, name: &str) -> Result<Option<ApiToken>> {
        Ok(self
            .conn
            .prepare_cached(&format!("{} WHERE t.name = ?1", api_sql::SELECT))?
            .query_row([name], |r| api_token_at(r, 0))
            .optional()?)
    }

    fn api_tokens_by_prefix(&self, prefix: &str) -> Result<Vec<(String, ApiToken)>> {
        let upper = format!("{prefix}g");
        let rows = self
            .conn
            .prepare_cached(&format!(
                "{} WHERE t.hash >= ?1 AND t.hash < ?2",
                api_sql::SELECT.replacen("SELECT ", "SELECT t.hash, ", 1)
            ))?
            .query_map([prefix, upper.as_str()], |r| {
                Ok((r.get::<_, String>(0)?, api_token_at(r, 1)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

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

    fn tokens_of(&self, user: &UserId, purpose: TokenPurpose) -> Result<Vec<TokenRow>> {
        let rows = self
            .conn
            .prepare_cached(&format!("{SELECT_TOKEN}{}", sql::OF_USER))?
            .query_map([user.as_str(), purpose.as_str()], token_from_row)?
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

    fn insert_api_token(&self, token: &NewApiToken) -> Result<()> {
        self.tx.prepare_cached(api_sql::INSERT)?.execute(params![
            token.name.as_str(),
            token.digest,
            token.user_id.as_str(),
            Scope::join(&token.scopes),
            ts(token.created_at),
            token.created_by,
            token.expires_at.map(ts),
        ])?;
        Ok(())
    }

    fn revoke_api_token(&self, name: &str, at: Timestamp) -> Result<bool> {
        Ok(self
            .tx
            .prepare_cached(api_sql::REVOKE)?
            .execute(params![name, ts(at)])?
            > 0)
    }

    fn touch_api_token(&self, name: &str, at: Timestamp) -> Result<()> {
        self.tx
            .prepare_cached(api_sql::TOUCH)?
            .execute(params![name, ts(at)])?;
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
        if purposes.contains(&TokenPurpose::Session) {
            let now = crate::domain::types::to_second(jiff::Timestamp::now());
            let sql =
                crate::store::sql::bulk::end_admin_sessions_of(crate::store::sql::Lists::Json);
            let ids = serde_json::to_string(&[user.as_str()]).expect("strings serialise");
            let mut stmt = self.tx.prepare_cached(&sql)?;
            let ended = stmt.query_map(params![ids, super::ts(now)], |r| r.get::<_, String>(0))?;
            revoked += ended.count();
        }
        Ok(revoked)
    }
}
