//! What the server's pages do for the people whose accounts these are
//! (SPEC §12) beyond the flows of [`super::auth`]: asking for a reset
//! link (`/forgot`), and an audit row for each use a page refused. The
//! actor is the server's `self-service (CLIENT)`.

use jiff::SignedDuration;

use super::session::Session;
use super::{find_user, issue_reset};
use crate::domain::UserId;
use crate::domain::error::Result;
use crate::domain::stored::TokenPurpose;
use crate::domain::types::{Status, email_key};

/// What `/forgot` did. The page says the same whatever it is.
#[derive(Debug, PartialEq, Eq)]
pub enum Forgot {
    /// A reset link was queued: these messages.
    Sent(Vec<i64>),
    /// No mail: why, as the audit log records it.
    NotSent(String),
}

/// Someone asks for a reset link for `email`. An active user gets one,
/// unless a reset link was issued to them less than `interval` ago; no
/// one else gets anything. Sessions stay: a stranger who knows an address
/// must not sign its owner out; they end when the reset is completed.
/// Every outcome is audited (`reset-link`, or `forgot-refused` with why).
pub fn forgot(session: &mut Session, email: &str, interval: SignedDuration) -> Result<Forgot> {
    let (store, ctx) = session.parts();
    let typed = email.trim();
    let id = if typed.contains('@') {
        store.reader().id_by_email_key(&email_key(typed))?
    } else {
        None
    };
    store.write(|tx| {
        let user = match &id {
            Some(id) => tx.reader().find_user(id.as_str(), ctx.now)?,
            None => None,
        };
        let why = match &user {
            None => Some("no user has that address".to_string()),
            Some(user) if user.status != Status::Active => Some(format!(
                "{} is {}; only active users get a reset link here",
                user.email, user.status
            )),
            Some(user) => {
                let since = ctx.now.checked_sub(interval).unwrap_or(ctx.now);
                let recent = tx
                    .reader()
                    .tokens_of(&user.id, TokenPurpose::Reset)?
                    .iter()
                    .any(|t| t.created_at > since);
                recent.then(|| format!("a reset link was issued less than {interval:#} ago"))
            }
        };
        let user_id = user.as_ref().map(|u| &u.id);
        if let Some(why) = why {
            tx.append_audit(
                ctx.now,
                &ctx.actor,
                "forgot-refused",
                user_id,
                &[],
                Some(&why),
            )?;
            return Ok(Forgot::NotSent(why));
        }
        let user = user.expect("a user was found");
        let mail = issue_reset(tx, ctx, &user)?;
        tx.append_audit(
            ctx.now,
            &ctx.actor,
            "reset-link",
            Some(&user.id),
            &[],
            Some("asked for on the forgot page"),
        )?;
        Ok(Forgot::Sent(vec![mail]))
    })
}

/// Records a use a page refused: `PAGE-refused`, the user if one is
/// known, and why (never the secret that was typed).
pub fn refused(session: &mut Session, page: &str, user: Option<&UserId>, why: &str) -> Result<()> {
    let (store, ctx) = session.parts();
    let action = format!("{page}-refused");
    store.write(|tx| tx.append_audit(ctx.now, &ctx.actor, &action, user, &[], Some(why)))
}

/// The user an email names, if any (for a refused change of password).
pub fn user_by_email(session: &mut Session, email: &str) -> Result<Option<UserId>> {
    let (store, ctx) = session.parts();
    let typed = email.trim();
    if !typed.contains('@') {
        return Ok(None);
    }
    match store.reader().id_by_email_key(&email_key(typed))? {
        Some(id) => Ok(find_user(store.reader(), id.as_str(), ctx.now)
            .ok()
            .map(|u| u.id)),
        None => Ok(None),
    }
}
