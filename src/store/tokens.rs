//! Invitation, reset and session tokens. Only a token's SHA-256 is stored.

use jiff::Timestamp;
use rusqlite::params;

use super::{Tx, ts};
use crate::domain::error::Result;
use crate::domain::types::UserId;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    Invite,
    Reset,
    Session,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::Invite => "invite",
            TokenPurpose::Reset => "reset",
            TokenPurpose::Session => "session",
        }
    }
}

impl Tx<'_> {
    pub fn insert_token(
        &self,
        hash: &str,
        user: &UserId,
        purpose: TokenPurpose,
        created_at: Timestamp,
        expires_at: Timestamp,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO tokens (hash, user_id, purpose, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            )?
            .execute(params![hash, user.as_str(), purpose.as_str(), ts(created_at), ts(expires_at)])?;
        Ok(())
    }

    /// Deletes a user's tokens of these purposes; returns how many there were.
    pub fn revoke_tokens(&self, user: &UserId, purposes: &[TokenPurpose]) -> Result<usize> {
        let mut stmt = self
            .tx
            .prepare_cached("DELETE FROM tokens WHERE user_id = ? AND purpose = ?")?;
        let mut revoked = 0;
        for purpose in purposes {
            revoked += stmt.execute(params![user.as_str(), purpose.as_str()])?;
        }
        Ok(revoked)
    }
}
