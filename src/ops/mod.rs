//! Operations on the store: what each command does, as a library call.
//! Each takes a typed request, runs in one transaction (or batches of them),
//! writes the audit log and queues mail, and returns what happened.

pub mod actor;
pub mod api_token;
pub mod assign;
pub mod attribute;
pub mod audit;
pub mod auth;
pub mod bulk;
pub mod call;
pub mod change;
pub mod copy;
mod cores;
pub mod db;
pub mod delivery;
pub mod driver;
pub mod feature;
mod file_rows;
pub mod front;
pub mod grant;
pub mod group;
pub mod import;
pub mod lifecycle;
pub mod mail;
pub mod permissions;
pub mod reset;
pub mod role;
pub mod scim;
pub mod scim_group;
pub mod scim_write;
mod selector;
pub mod self_service;
pub mod session;
mod spill;
mod staged;
pub mod sync;
pub mod users;
pub mod wire;

use jiff::{SignedDuration, Timestamp};
use serde::Serialize;

use crate::domain::actor::Actor;
use crate::domain::error::{Error, Result};
use crate::domain::password::Policy;
use crate::domain::stored::{QueuedMail, TOKEN_PLACEHOLDER, TokenPurpose};
use crate::domain::user::User;
use crate::mail::templates::{self, MailUser, Templates};
use crate::store::{Reader, Tx};
use crate::token;

/// Who acts, when, and the settings operations need.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// The actor's name, as the audit log records it.
    pub actor: String,
    /// Who acts, as the rules see it: a user of the store (limited to its
    /// permissions, their reach, and the grant rules) or a trusted label.
    pub acting: Actor,
    pub now: Timestamp,
    pub invite_ttl: SignedDuration,
    /// Links in mail are this plus a path, e.g. `https://accounts.example.com`.
    pub base_url: String,
    pub templates: Templates,
    pub auth: AuthSettings,
}

/// Passwords, tokens and lockout (SPEC §6).
#[derive(Clone, Debug)]
pub struct AuthSettings {
    pub policy: Policy,
    pub reset_ttl: SignedDuration,
    pub session_idle: SignedDuration,
    pub session_absolute: SignedDuration,
    /// Consecutive failures that lock an account.
    pub lockout_attempts: u32,
    pub lockout_duration: SignedDuration,
}

impl Default for AuthSettings {
    fn default() -> Self {
        AuthSettings {
            policy: Policy::default(),
            reset_ttl: SignedDuration::from_hours(1),
            session_idle: SignedDuration::from_hours(12),
            session_absolute: SignedDuration::from_hours(24 * 30),
            lockout_attempts: 10,
            lockout_duration: SignedDuration::from_mins(15),
        }
    }
}

impl Ctx {
    /// The same context acting as `acting` (resolved by [`role::resolve_actor`]).
    pub fn acting_as(mut self, acting: Actor) -> Ctx {
        self.acting = acting;
        self
    }

    /// A context with default settings, for programs using the library.
    pub fn new(actor: impl Into<String>, base_url: impl Into<String>) -> Ctx {
        let actor = actor.into();
        Ctx {
            acting: Actor::trusted(actor.clone()),
            actor,
            now: crate::domain::types::to_second(Timestamp::now()),
            invite_ttl: SignedDuration::from_hours(24 * 7),
            base_url: base_url.into(),
            templates: Templates::default(),
            auth: AuthSettings::default(),
        }
    }

    fn after(&self, ttl: SignedDuration, setting: &str) -> Result<Timestamp> {
        self.now
            .checked_add(ttl)
            .map_err(|e| Error::invalid(setting, e.to_string()))
    }

    fn link(&self, path: &str, token: &str) -> String {
        format!(
            "{}/{path}?token={token}",
            self.base_url.trim_end_matches('/')
        )
    }
}

/// Finds a user by id, email or username, or says which was not found.
pub fn find_user(reader: Reader<'_>, key: &str, now: Timestamp) -> Result<User> {
    reader
        .find_user(key, now)?
        .ok_or_else(|| Error::not_found("user", key.trim()))
}

/// When an invitation issued now expires.
fn invitation_expiry(ctx: &Ctx) -> Result<Timestamp> {
    ctx.after(ctx.invite_ttl, "invite.ttl")
}

/// What every template sees, plus the template's own values.
#[derive(Serialize)]
struct MailContext<'a, E: Serialize> {
    user: MailUser<'a>,
    base_url: &'a str,
    #[serde(flatten)]
    extra: E,
}

/// Renders template `name` for `user` and queues it in `tx`. `token` is the one
/// its link carries: the stored copy holds a placeholder and the token's digest
/// instead, and delivery issues a fresh token in its place.
pub(crate) fn queue_mail(
    tx: &Tx<'_>,
    ctx: &Ctx,
    user: &User,
    name: &str,
    extra: impl Serialize,
    token: Option<&token::Token>,
) -> Result<i64> {
    let rendered = ctx.templates.render(
        name,
        &MailContext {
            user: MailUser::from(user),
            base_url: &ctx.base_url,
            extra,
        },
    )?;
    let hide = |body: String| match token {
        Some(token) => body.replace(&token.secret, TOKEN_PLACEHOLDER),
        None => body,
    };
    tx.enqueue_mail(
        ctx.now,
        &QueuedMail {
            user_id: Some(user.id.clone()),
            template: name.into(),
            to: user.email.clone(),
            subject: hide(rendered.subject),
            body_text: hide(rendered.text),
            body_html: rendered.html.map(hide),
            token_hash: token.map(|t| t.digest.clone()),
        },
    )
}

/// Where the onboarding form is: `mail.base_url` + `/onboarding`.
pub fn onboarding_link(ctx: &Ctx) -> String {
    format!("{}/onboarding", ctx.base_url.trim_end_matches('/'))
}

/// A time as templates show it.
fn shown(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d %H:%M").to_string()
}

/// Issues a fresh invitation for `user` (already stored, with `invite_expires_at`
/// set) inside `tx`: earlier invitation tokens and undelivered invitations die, a
/// new token is stored (its digest only), and the email is queued unless
/// `send_email` is false. Returns the queued message's id.
pub(crate) fn issue_invitation(
    tx: &Tx<'_>,
    ctx: &Ctx,
    user: &User,
    send_email: bool,
) -> Result<Option<i64>> {
    let expires_at = user
        .invite_expires_at
        .ok_or_else(|| Error::Internal("an invitation needs an expiry".into()))?;
    tx.revoke_tokens(&user.id, &[TokenPurpose::Invite])?;
    tx.drop_mail_of(&user.id, Some(templates::INVITATION))?;
    let token = token::new_token()?;
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
    let link = ctx.link("accept-invite", &token.secret);
    let extra = serde_json::json!({ "link": link, "expires_at": shown(expires_at) });
    queue_mail(tx, ctx, user, templates::INVITATION, extra, Some(&token)).map(Some)
}

/// Issues a password-reset link for `user` and queues its email.
pub(crate) fn issue_reset(tx: &Tx<'_>, ctx: &Ctx, user: &User) -> Result<i64> {
    tx.revoke_tokens(&user.id, &[TokenPurpose::Reset])?;
    tx.drop_mail_of(&user.id, Some(templates::RESET))?;
    let expires_at = ctx.after(ctx.auth.reset_ttl, "reset.ttl")?;
    let token = token::new_token()?;
    tx.insert_token(
        &token.digest,
        &user.id,
        TokenPurpose::Reset,
        ctx.now,
        expires_at,
    )?;
    let link = ctx.link("reset", &token.secret);
    let extra = serde_json::json!({ "link": link, "expires_at": shown(expires_at) });
    queue_mail(tx, ctx, user, templates::RESET, extra, Some(&token))
}

/// Tells a user their password was changed.
pub(crate) fn notify_password_changed(
    tx: &Tx<'_>,
    ctx: &Ctx,
    user: &User,
    must_change: bool,
) -> Result<i64> {
    let extra = serde_json::json!({ "changed_at": shown(ctx.now), "must_change": must_change });
    queue_mail(tx, ctx, user, templates::PASSWORD_CHANGED, extra, None)
}
