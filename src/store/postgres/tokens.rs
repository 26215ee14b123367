//! Invitation, reset and session tokens, on PostgreSQL. Only a token's
//! SHA-256 is stored.

use jiff::Timestamp;
use postgres::Row;

use super::{Reader, Tx, opt_ts, parse_ts, ts};
use crate::domain::error::Result;
use crate::domain::stored::{TokenPurpose, TokenRow};
use crate::domain::types::UserId;
use crate::store::api::{TokenReads, TokenWrites};

use crate::domain::api_token::{ApiToken, NewApiToken, Scope, TokenState};
use crate::store::sql::api_tokens as api_sql;
use crate::store::sql::tokens::{self as sql, SELECT as SELECT_TOKEN};

fn token_from_row(r: &Row) -> Result<TokenRow> {
    let purpose: String = r.get(2);
    Ok(TokenRow {
        digest: r.get(0),
        user_id: UserId::from_stored(r.get(1)),
        purpose: match purpose.as_str() {
            "invite" => TokenPurpose::Invite,
            "reset" => TokenPurpose::Reset,
            _ => TokenPurpose::Session,
        },
        created_at: parse_ts(r.get(3))?,
        expires_at: parse_ts(r.get(4))?,
        used_at: opt_ts(r.get(5))?,
        last_used_at: opt_ts(r.get(6))?,
    })
}

/// An API token as [`api_sql::SELECT`] reads it, from column `at` on (its
/// state is set by the operation that reads it, which knows the time).
fn api_token_at(r: &Row, at: usize) -> Result<ApiToken> {
    Ok(ApiToken {
        name: r.get(at),
        user_id: UserId::from_stored(r.get(at + 1)),
        user: r.get(at + 2),
        scopes: Scope::split(r.get(at + 3))?,
        state: TokenState::Active,
        created_at: parse_ts(r.get(at + 4))?,
        created_by: r.get(at + 5),
        expires_at: opt_ts(r.get(at + 6))?,
        revoked_at: opt_ts(r.get(at + 7))?,
        last_used_at: opt_ts(r.get(at + 8))?,
    })
}

impl TokenReads for Reader<'_> {
    fn api_tokens(&self) -> Result<Vec<ApiToken>> {
        self.store()
            .rows(&format!("{} ORDER BY t.name", api_sql::SELECT), &[])?
            .iter()
            .map(|r| api_token_at(r, 0))
            .collect()
    }

    fn api_token(&self, name: &str) -> Result<Option<ApiToken>> {
        self.store()
            .opt(&format!("{} WHERE t.name = ?1", api_sql::SELECT), &[&name])?
            .as_ref()
            .map(|r| api_token_at(r, 0))
            .transpose()
    }

    fn api_tokens_by_prefix(&self, prefix: &str) -> Result<Vec<(String, ApiToken)>> {
        let upper = format!("{prefix}g");
        self.store()
            .rows(
                &format!(
                    "{} WHERE t.hash >= ?1 AND t.hash < ?2 AND starts_with(t.hash, ?1)",
                    api_sql::SELECT.replacen("SELECT ", "SELECT t.hash, ", 1)
                ),
                &[&prefix, &upper],
            )?
            .iter()
            .map(|r| Ok((r.get(0), api_token_at(r, 1)?)))
            .collect()
    }

    fn find_token(&self, digest: &str) -> Result<Option<TokenRow>> {
        self.store()
            .opt(&format!("{SELECT_TOKEN} WHERE hash = ?1"), &[&digest])?
            .as_ref()
            .map(token_from_row)
            .transpose()
    }

    fn find_tokens_by_prefix(&self, prefix: &str) -> Result<Vec<TokenRow>> {
        // An index range, as on SQLite: lowercase hex sorts the same in any
        // collation, and `g` comes after every hex digit.
        let upper = format!("{prefix}g");
        self.store()
            .rows(
                &format!("{SELECT_TOKEN} WHERE hash >= $1 AND hash < $2 AND starts_with(hash, $1)"),
                &[&prefix, &upper],
            )?
            .iter()
            .map(token_from_row)
            .collect()
    }

    fn tokens_of(&self, user: &UserId, purpose: TokenPurpose) -> Result<Vec<TokenRow>> {
        self.store()
            .rows(
                &format!("{SELECT_TOKEN}{}", sql::OF_USER),
                &[&user.as_str(), &purpose.as_str()],
            )?
            .iter()
            .map(token_from_row)
            .collect()
    }
}

impl TokenWrites for Tx<'_> {
    fn mark_token_used(&self, digest: &str, at: Timestamp) -> Result<()> {
        self.store().execute(sql::MARK_USED, &[&ts(at), &digest])?;
        Ok(())
    }

    fn touch_token(&self, digest: &str, at: Timestamp) -> Result<()> {
        self.store().execute(sql::TOUCH, &[&ts(at), &digest])?;
        Ok(())
    }

    fn delete_token(&self, digest: &str) -> Result<usize> {
        Ok(self.store().execute(sql::DELETE, &[&digest])? as usize)
    }

    fn insert_token(
        &self,
        hash: &str,
        user: &UserId,
        purpose: TokenPurpose,
        created_at: Timestamp,
        expires_at: Timestamp,
    ) -> Result<()> {
        self.store().execute(
            sql::INSERT,
            &[
                &hash,
                &user.as_str(),
                &purpose.as_str(),
                &ts(created_at),
                &ts(expires_at),
            ],
        )?;
        Ok(())
    }

    fn insert_api_token(&self, token: &NewApiToken) -> Result<()> {
        self.store().execute(
            api_sql::INSERT,
            &[
                &token.name.as_str(),
                &token.digest,
                &token.user_id.as_str(),
                &Scope::join(&token.scopes),
                &ts(token.created_at),
                &token.created_by,
                &token.expires_at.map(ts),
            ],
        )?;
        Ok(())
    }

    fn revoke_api_token(&self, name: &str, at: Timestamp) -> Result<bool> {
        Ok(self.store().execute(api_sql::REVOKE, &[&name, &ts(at)])? > 0)
    }

    fn touch_api_token(&self, name: &str, at: Timestamp) -> Result<()> {
        self.store().execute(api_sql::TOUCH, &[&name, &ts(at)])?;
        Ok(())
    }

    fn revoke_tokens(&self, user: &UserId, purposes: &[TokenPurpose]) -> Result<usize> {
        if purposes.is_empty() {
            return Ok(0);
        }
        let ends_sessions = purposes.contains(&TokenPurpose::Session);
        let purposes: Vec<&str> = purposes.iter().map(|p| p.as_str()).collect();
        let mut revoked = self.store().execute(
            "DELETE FROM tokens WHERE user_id = $1 AND purpose = ANY($2) AND used_at IS NULL",
            &[&user.as_str(), &purposes],
        )? as usize;
        if ends_sessions {
            let now = super::ts(crate::domain::types::to_second(jiff::Timestamp::now()));
            let sql =
                crate::store::sql::bulk::end_admin_sessions_of(crate::store::sql::Lists::Array);
            let ids = vec![user.as_str().to_string()];
            revoked += self.store().rows(&sql, &[&ids, &now])?.len();
        }
        Ok(revoked)
    }
}
