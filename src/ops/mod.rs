//! Operations on the store: what each command does, as a library call.
//! Each takes a typed request, runs in one transaction (or batches of them),
//! writes the audit log and queues mail, and returns what happened.

pub mod lifecycle;
pub mod users;

use jiff::{SignedDuration, Timestamp};

use crate::domain::error::{Error, Result};
use crate::domain::user::User;
use crate::mail::templates;
use crate::secret;
use crate::store::{QueuedMail, Reader, TokenPurpose, Tx};

/// Who acts, when, and the settings operations need.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub actor: String,
    pub now: Timestamp,
    pub invite_ttl: SignedDuration,
    /// Links in mail are this plus a path, e.g. `https://accounts.example.com`.
    pub base_url: String,
}

/// Finds a user by id, email or username, or says which was not found.
pub fn find_user(reader: Reader<'_>, key: &str, now: Timestamp) -> Result<User> {
    reader
        .find_user(key, now)?
        .ok_or_else(|| Error::not_found("user", key.trim()))
}

/// When an invitation issued now expires.
fn invitation_expiry(ctx: &Ctx) -> Result<Timestamp> {
    ctx.now
        .checked_add(ctx.invite_ttl)
        .map_err(|e| Error::invalid("invite.ttl", e.to_string()))
}

/// Issues a fresh invitation for `user` (already stored, with `invite_expires_at`
/// set) inside `tx`: earlier invitation tokens and undelivered invitations die, a
/// new token is stored (its digest only), and the email is queued unless
/// `send_email` is false. Returns the queued message's id.
fn issue_invitation(tx: &Tx<'_>, ctx: &Ctx, user: &User, send_email: bool) -> Result<Option<i64>> {
    let expires_at = user
        .invite_expires_at
        .ok_or_else(|| Error::Internal("an invitation needs an expiry".into()))?;
    tx.revoke_tokens(&user.id, &[TokenPurpose::Invite])?;
    tx.drop_mail_of(&user.id, Some(templates::INVITATION))?;
    let token = secret::new_token()?;
    tx.insert_token(
        &token.digest,
        &user.id,
        TokenPurpose::Invite,
        ctx.now,
        expires_at,
    )?;
    if !send_email {
        return Ok(None);
    }
    let link = format!(
        "{}/accept-invite?token={}",
        ctx.base_url.trim_end_matches('/'),
        token.secret
    );
    let (subject, body_text) = templates::invitation(&templates::Invitation {
        first_name: user.profile.first_name.as_deref(),
        email: &user.email,
        link: &link,
        expires_at,
    });
    let id = tx.enqueue_mail(
        ctx.now,
        &QueuedMail {
            user_id: Some(user.id.clone()),
            template: templates::INVITATION.into(),
            to: user.email.clone(),
            subject,
            body_text,
            body_html: None,
            secret: Some(token.secret),
        },
    )?;
    Ok(Some(id))
}
