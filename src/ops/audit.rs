//! The audit log as operations: its entries (all, or a user's history),
//! and the check of its chain.

use super::session::Session;
use crate::domain::error::{Error, Result};
use crate::domain::stored::{AuditEntry, AuditFilter, ChainBreak};
use crate::domain::types::UserId;

/// The id `audit list --user KEY` looks for: a user of the store (by id,
/// email or username), or the id of one deleted since, whose entries are
/// still in the log.
pub fn user_id(session: &Session, key: &str) -> Result<String> {
    let reader = session.store().reader();
    Ok(match reader.find_user(key, session.ctx.now)? {
        Some(user) => user.id.to_string(),
        None => UserId::parse(key)
            .ok_or_else(|| Error::not_found("user", key.trim()))?
            .to_string(),
    })
}

/// The filter of `user history KEY`: the user's entries, when the actor's
/// `audit.read` reaches the user (exit 7 otherwise).
pub fn history(session: &Session, key: &str) -> Result<AuditFilter> {
    let user = super::find_user(session.store().reader(), key, session.ctx.now)?;
    session.ctx.acting.require_on(
        "audit.read",
        "see the history of",
        &user.email,
        &user.groups,
    )?;
    Ok(AuditFilter {
        user_id: Some(user.id.to_string()),
        ..AuditFilter::default()
    })
}

/// Walks the entries `filter` selects, oldest first, one at a time.
pub fn entries<E: From<Error>>(
    session: &Session,
    filter: &AuditFilter,
    each: impl FnMut(AuditEntry) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    session.store().reader().audit_entries(filter, each)
}

/// Checks the chain: how many entries there are, or the first that does
/// not verify.
pub fn verify(session: &Session) -> Result<std::result::Result<u64, ChainBreak>> {
    session.store().reader().verify_audit()
}
