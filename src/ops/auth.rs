//! Signing in and the token flows: verify, login, sessions, accepting an
//! invitation, completing a reset. Password hashing (slow by design) runs outside
//! write transactions; every decision is re-checked inside the write.

use jiff::Timestamp;
use serde::Serialize;

use super::{Ctx, find_user, notify_password_changed, queue_mail};
use crate::domain::error::{Conflict, Denied, Error, Result};
use crate::domain::password::{self, Password, Verified};
use crate::domain::stored::{TokenPurpose, TokenRow};
use crate::domain::transitions::{Verb, needs};
use crate::domain::types::Status;
use crate::domain::user::{FieldChange, User};
use crate::mail::templates;
use crate::store::{Reader, Store, Tx};
use crate::token::{self, token_digest};

/// A signed-in user's new session; the token is shown once and never stored.
#[derive(Debug, Serialize)]
pub struct Session {
    pub token: String,
    pub user_id: String,
    pub email: String,
    pub expires_at: Timestamp,
    pub must_change_password: bool,
}

/// Checks a password for sign-in. Ok(user) when it is right and the user may sign
/// in; otherwise `Denied` saying why (wrong password, locked, not active).
/// Failures count towards the lockout; success clears the count and upgrades a
/// bcrypt hash to argon2id.
///
/// On a store this account cannot write (opened read-only) the password is
/// checked and nothing is recorded: no failed-login count or lockout, no
/// sign-in time, no hash upgrade. Whoever can read the store can read its
/// hashes, so this gives a guesser nothing the file does not.
pub fn verify(
    session: &mut super::session::Session,
    key: &str,
    password: &Password,
) -> Result<User> {
    let (store, ctx) = session.parts();
    if !store.writable() {
        return verify_unrecorded(store, ctx, key, password);
    }
    sign_in(store, ctx, key, password, &After::Nothing).map(|done| done.user)
}

/// `verify` without its bookkeeping, for a store that cannot be written.
fn verify_unrecorded(store: &Store, ctx: &Ctx, key: &str, password: &Password) -> Result<User> {
    let reader = store.reader();
    let Some(found) = reader.find_user(key, ctx.now)? else {
        password::check_nothing(password);
        return Err(Error::not_found("user", key.trim()));
    };
    let id = found.id;
    let mut user = reader
        .find_user_with(id.as_str(), ctx.now, true)?
        .ok_or_else(|| Error::not_found("user", key.trim()))?;
    if let Some(why) = refusal(&user, ctx) {
        password::check_nothing(password);
        return Err(why.into());
    }
    let stored = user.password_hash.take().unwrap_or_default();
    if password::verify(password, &stored) == Verified::No {
        return Err(Denied::WrongPassword {
            user: user.email.clone(),
            locked_until: None,
        }
        .into());
    }
    Ok(user)
}

/// Like `verify`, then opens a session and records the sign-in time, in the
/// same transaction that settles the attempt.
pub fn login(
    session: &mut super::session::Session,
    key: &str,
    password: &Password,
) -> Result<Session> {
    let (store, ctx) = session.parts();
    sign_in(store, ctx, key, password, &After::Session)?
        .session
        .ok_or_else(|| Error::Internal("a login opens a session".into()))
}

/// A user changes their own password: the current one is checked like a
/// sign-in (a wrong one counts towards the lockout), the new one against the
/// policy. On success every session ends, `must_change_password` is
/// cleared, and the user is told by email, all in the transaction that
/// settles the attempt.
pub fn change_password(
    session: &mut super::session::Session,
    key: &str,
    current: &Password,
    new: &Password,
) -> Result<Completed> {
    let (store, ctx) = session.parts();
    // What can be said of the new password without knowing the account
    // is said first, the same for any address; what needs the account
    // (its username in the password) only once the current password is
    // right: an answer never tells whether an address has an account.
    ctx.auth.policy.check(new, key.trim(), None)?;
    if crate::token::constant_time_eq(new.expose().as_bytes(), current.expose().as_bytes()) {
        return Err(Error::invalid(
            "password",
            "the new password is the current one; choose another",
        ));
    }
    let user = find_user(store.reader(), key, ctx.now).inspect_err(|_| {
        // The time a known address spends hashing the new password.
        password::check_nothing(new);
    })?;
    let refused = match ctx
        .auth
        .policy
        .check(new, &user.email, user.username.as_deref())
    {
        Ok(()) => None,
        Err(Error::Invalid { message, .. }) => Some(message),
        Err(e) => return Err(e),
    };
    let hash = password::hash(new)?;
    let done = sign_in(
        store,
        ctx,
        key,
        current,
        &After::NewPassword { hash, refused },
    )?;
    Ok(Completed {
        user: done.user,
        mail: done.mail,
    })
}

/// What a successful sign-in goes on to do, in the transaction that settles it.
enum After {
    Nothing,
    Session,
    /// Replace the password with this hash (a self-service change), unless
    /// the policy refused it for this account (why), which is said only
    /// once the current password is right.
    NewPassword {
        hash: String,
        refused: Option<String>,
    },
}

/// What a sign-in did.
struct SignedIn {
    user: User,
    session: Option<Session>,
    mail: Vec<i64>,
}

/// Why a user may not sign in now, if they may not.
fn refusal(user: &User, ctx: &Ctx) -> Option<Denied> {
    if let Some(until) = user.locked_until.filter(|t| *t > ctx.now) {
        return Some(Denied::Locked {
            user: user.email.clone(),
            until,
        });
    }
    if user.status != Status::Active {
        return Some(Denied::NotActive {
            user: user.email.clone(),
            status: user.status,
            what: "sign in",
        });
    }
    if user.password_hash.is_none() {
        return Some(Denied::NoPassword {
            user: user.email.clone(),
        });
    }
    None
}

/// The sign-in protocol. An attempt is counted *before* the password is checked,
/// in a write of its own, so parallel guesses cannot outrun the lockout: the
/// attempt that reaches the limit locks the account, and later ones are refused
/// without their password being checked (the time of a check is spent on a
/// decoy hash, so refusals take as long as checks). After the (slow) check, a second write settles the
/// attempt; success counts only if the hash, the status and the lock are still
/// what was checked, so a password reset or a block made meanwhile wins.
fn sign_in(
    store: &mut Store,
    ctx: &Ctx,
    key: &str,
    password: &Password,
    then: &After,
) -> Result<SignedIn> {
    let Some(found) = store.reader().find_user(key, ctx.now)? else {
        password::check_nothing(password);
        return Err(Error::not_found("user", key.trim()));
    };
    let id = found.id;
    let reserved = store.write(|tx| {
        let user = tx
            .reader()
            .find_user_with(id.as_str(), ctx.now, true)?
            .ok_or_else(|| Error::not_found("user", key.trim()))?;
        if let Some(why) = refusal(&user, ctx) {
            return Ok(Err(why));
        }
        let attempt = user.failed_logins.saturating_add(1);
        let locks = attempt >= ctx.auth.lockout_attempts;
        if locks {
            // The count stays while the lock holds (it is what `user show`
            // explains the lock with); once the lock is over it reads as 0.
            let until = ctx.after(ctx.auth.lockout_duration, "lockout.duration")?;
            tx.set_login_state(&user.id, attempt, Some(until), None)?;
        } else {
            tx.set_login_state(&user.id, attempt, None, None)?;
        }
        Ok(Ok((user, attempt, locks)))
    })?;
    let (user, attempt, locked_by_this) = reserved.map_err(|why| {
        password::check_nothing(password);
        Error::Denied(why)
    })?;
    let stored = user.password_hash.clone().unwrap_or_default();
    let verified = password::verify(password, &stored);
    let upgraded = match verified {
        Verified::YesUpgrade => Some(password::hash(password)?),
        _ => None,
    };
    store.write(|tx| {
        let fresh = tx
            .reader()
            .find_user_with(id.as_str(), ctx.now, true)?
            .ok_or_else(|| Error::not_found("user", key.trim()))?;
        if verified == Verified::No {
            let changes = [FieldChange::new(
                "failed_logins",
                user.failed_logins,
                attempt,
            )];
            tx.append_audit(
                ctx.now,
                &ctx.actor,
                "login-failed",
                Some(&id),
                &changes,
                None,
            )?;
            if locked_by_this {
                let until = fresh.locked_until.map(|t| t.to_string());
                let changes = [FieldChange::new(
                    "locked_until",
                    None::<String>,
                    until.clone(),
                )];
                tx.append_audit(ctx.now, &ctx.actor, "lock", Some(&id), &changes, None)?;
            }
            return Ok(Err(Denied::WrongPassword {
                user: fresh.email.clone(),
                locked_until: fresh.locked_until.filter(|_| locked_by_this),
            }
            .into()));
        }
        if fresh.password_hash != user.password_hash {
            return Ok(Err(Denied::PasswordChanged {
                user: fresh.email.clone(),
            }
            .into()));
        }
        // A lock this very attempt set is lifted by its success; any other holds.
        let mut checked = fresh.clone();
        if locked_by_this {
            checked.locked_until = None;
        }
        if let Some(why) = refusal(&checked, ctx) {
            return Ok(Err(why.into()));
        }
        let open_session = matches!(then, After::Session);
        tx.set_login_state(&id, 0, None, open_session.then_some(ctx.now))?;
        if let After::NewPassword {
            refused: Some(why), ..
        } = then
        {
            // The sign-in succeeded (and is settled); the new password is not
            // taken.
            return Ok(Err(Error::invalid("password", why.clone())));
        }
        if let Some(hash) = &upgraded {
            tx.set_password_hash(&id, hash, fresh.must_change_password, None, ctx.now)?;
            let changes = [FieldChange::new("password_hash", "bcrypt", "argon2id")];
            tx.append_audit(ctx.now, &ctx.actor, "rehash", Some(&id), &changes, None)?;
        }
        let session = if open_session {
            let token = token::new_token()?;
            let expires_at = ctx.after(ctx.auth.session_absolute, "session.absolute")?;
            tx.insert_token(
                &token.digest,
                &id,
                TokenPurpose::Session,
                ctx.now,
                expires_at,
            )?;
            tx.append_audit(ctx.now, &ctx.actor, "login", Some(&id), &[], None)?;
            Some(Session {
                token: token.secret,
                user_id: id.to_string(),
                email: fresh.email.clone(),
                expires_at,
                must_change_password: fresh.must_change_password,
            })
        } else {
            None
        };
        let mut mail = Vec::new();
        if let After::NewPassword { hash, .. } = then {
            set_password(tx, ctx, &fresh, hash, false, "change-password", None)?;
            mail.push(notify_password_changed(tx, ctx, &fresh, false)?);
        }
        let mut user = fresh;
        if let After::NewPassword { .. } = then {
            user.must_change_password = false;
            user.password_changed_at = Some(ctx.now);
        }
        user.password_hash = None;
        user.failed_logins = 0;
        user.locked_until = None;
        Ok(Ok(SignedIn {
            user,
            session,
            mail,
        }))
    })?
}

/// Looks a token up by its digest, comparing digests in constant time.
fn lookup(
    store: &Store,
    token: &str,
    purpose: TokenPurpose,
    what: &'static str,
) -> Result<TokenRow> {
    let digest = token_digest(token);
    // Look up by the digest's first 64 bits (an index range), then compare the
    // whole digest in constant time: the time taken does not depend on how much
    // of a guessed token's digest matches a stored one.
    let row = store
        .reader()
        .find_tokens_by_prefix(&digest[..token::SELECTOR_LEN])?
        .into_iter()
        .find(|row| token::constant_time_eq(row.digest.as_bytes(), digest.as_bytes()))
        .filter(|row| row.purpose == purpose)
        .ok_or_else(|| Error::not_found(what, "the token given matches none"))?;
    Ok(row)
}

/// Checks that a single-use token is unused and unexpired.
fn usable(row: &TokenRow, now: Timestamp, what: &'static str) -> Result<()> {
    if let Some(at) = row.used_at {
        return Err(Conflict::TokenUsed { what, at }.into());
    }
    if row.expires_at <= now {
        return Err(Conflict::TokenExpired {
            what,
            at: row.expires_at,
            why: "",
        }
        .into());
    }
    Ok(())
}

/// The user a session belongs to, if the session is alive; records the use.
pub fn check_session(session: &mut super::session::Session, token: &str) -> Result<User> {
    let (store, ctx) = session.parts();
    let row = lookup(store, token, TokenPurpose::Session, "session")?;
    let last = row.last_used_at.unwrap_or(row.created_at);
    let idle_end = last
        .checked_add(ctx.auth.session_idle)
        .map_err(|e| Error::invalid("session.idle", e.to_string()))?;
    if row.expires_at <= ctx.now {
        return Err(Conflict::TokenExpired {
            what: "session",
            at: row.expires_at,
            why: "",
        }
        .into());
    }
    if idle_end <= ctx.now {
        return Err(Conflict::TokenExpired {
            what: "session",
            at: idle_end,
            why: " after being idle",
        }
        .into());
    }
    let user = find_user(store.reader(), row.user_id.as_str(), ctx.now)?;
    if user.status != Status::Active {
        return Err(Denied::NotActive {
            user: user.email.clone(),
            status: user.status,
            what: "use a session",
        }
        .into());
    }
    store.write(|tx| tx.touch_token(&row.digest, ctx.now))?;
    Ok(user)
}

/// Ends one session.
pub fn revoke_session(session: &mut super::session::Session, token: &str) -> Result<User> {
    let (store, ctx) = session.parts();
    let row = lookup(store, token, TokenPurpose::Session, "session")?;
    let user = find_user(store.reader(), row.user_id.as_str(), ctx.now)?;
    store.write(|tx| {
        tx.delete_token(&row.digest)?;
        tx.append_audit(
            ctx.now,
            &ctx.actor,
            "session-revoke",
            Some(&user.id),
            &[],
            None,
        )
    })?;
    Ok(user)
}

/// The result of a token flow: the user after it, and mail to deliver.
#[derive(Debug)]
pub struct Completed {
    pub user: User,
    pub mail: Vec<i64>,
}

/// A single-use token flow: the token it takes, the step it allows, and what
/// to call them in messages.
struct Flow {
    purpose: TokenPurpose,
    what: &'static str,
    verb: Verb,
    command: &'static str,
}

const ACCEPT_INVITE: Flow = Flow {
    purpose: TokenPurpose::Invite,
    what: "invitation",
    verb: Verb::AcceptInvite,
    command: "auth accept-invite",
};

const COMPLETE_RESET: Flow = Flow {
    purpose: TokenPurpose::Reset,
    what: "reset link",
    verb: Verb::ResetPassword,
    command: "auth complete-reset",
};

impl Flow {
    /// The token is live and its user is in a status the step allows.
    fn check(&self, reader: Reader<'_>, ctx: &Ctx, row: &TokenRow) -> Result<User> {
        usable(row, ctx.now, self.what)?;
        let user = find_user(reader, row.user_id.as_str(), ctx.now)?;
        if !self.verb.rule().from.contains(&user.status) {
            return Err(Error::InvalidTransition {
                user: user.email.clone(),
                status: user.status,
                verb: self.command.into(),
                needs: needs(self.verb),
            });
        }
        Ok(user)
    }

    /// Before any write: the token and its user checked, the new password
    /// checked against the policy and hashed (slowly, outside the transaction).
    /// Returns the token's digest and the new hash.
    fn begin(
        &self,
        store: &Store,
        ctx: &Ctx,
        token: &str,
        password: &Password,
    ) -> Result<(String, String)> {
        let row = lookup(store, token, self.purpose, self.what)?;
        let user = self.check(store.reader(), ctx, &row)?;
        ctx.auth
            .policy
            .check(password, &user.email, user.username.as_deref())?;
        Ok((row.digest, password::hash(password)?))
    }

    /// Inside the write, the same checks again: the token may have been used or
    /// revoked meanwhile. Marks it used.
    fn consume(&self, tx: &Tx<'_>, ctx: &Ctx, digest: &str) -> Result<User> {
        let row = tx
            .reader()
            .find_token(digest)?
            .ok_or_else(|| Error::not_found(self.what, "it was revoked"))?;
        let user = self.check(tx.reader(), ctx, &row)?;
        tx.mark_token_used(digest, ctx.now)?;
        Ok(user)
    }
}

/// What a single-use link in mail is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    Invitation,
    Reset,
}

impl Link {
    fn flow(self) -> &'static Flow {
        match self {
            Link::Invitation => &ACCEPT_INVITE,
            Link::Reset => &COMPLETE_RESET,
        }
    }
}

/// The user a link is for, if it can still be used, without using it: a
/// page says whose password is being set before one is typed. Otherwise
/// why not (unknown, used, expired, or its user's status moved on).
pub fn link_holder(session: &mut super::session::Session, token: &str, link: Link) -> Result<User> {
    let (store, ctx) = session.parts();
    let flow = link.flow();
    let row = lookup(store, token, flow.purpose, flow.what)?;
    flow.check(store.reader(), ctx, &row)
}

/// The user a link was issued to, live or not (for the audit row of a
/// refused use).
pub fn link_owner(
    session: &mut super::session::Session,
    token: &str,
    link: Link,
) -> Result<Option<crate::domain::UserId>> {
    let (store, _) = session.parts();
    let flow = link.flow();
    match lookup(store, token, flow.purpose, flow.what) {
        Ok(row) => Ok(Some(row.user_id)),
        Err(Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Accepts an invitation: the user sets a password and becomes active.
pub fn accept_invite(
    session: &mut super::session::Session,
    token: &str,
    password: &Password,
) -> Result<Completed> {
    let (store, ctx) = session.parts();
    let (digest, hash) = ACCEPT_INVITE.begin(store, ctx, token, password)?;
    store.write(|tx| {
        let mut user = ACCEPT_INVITE.consume(tx, ctx, &digest)?;
        let before = user.clone();
        let from = user.status;
        user.status = Status::Active;
        user.must_change_password = false;
        user.updated_at = ctx.now;
        tx.update_user(&before, &user)?;
        tx.set_password_hash(&user.id, &hash, false, Some(ctx.now), ctx.now)?;
        let changes = [
            FieldChange::new("status", from.as_str(), "active"),
            FieldChange::new("password", None::<String>, "(set)"),
        ];
        tx.append_audit(
            ctx.now,
            &ctx.actor,
            Verb::AcceptInvite.action(),
            Some(&user.id),
            &changes,
            None,
        )?;
        let mail = queue_mail(
            tx,
            ctx,
            &user,
            templates::REGISTRATION,
            serde_json::json!({}),
            None,
        )?;
        user.password_changed_at = Some(ctx.now);
        Ok(Completed {
            user,
            mail: vec![mail],
        })
    })
}

/// Completes a password reset from its emailed link.
pub fn complete_reset(
    session: &mut super::session::Session,
    token: &str,
    password: &Password,
) -> Result<Completed> {
    let (store, ctx) = session.parts();
    let (digest, hash) = COMPLETE_RESET.begin(store, ctx, token, password)?;
    store.write(|tx| {
        let mut user = COMPLETE_RESET.consume(tx, ctx, &digest)?;
        set_password(tx, ctx, &user, &hash, false, "complete-reset", None)?;
        let mail = notify_password_changed(tx, ctx, &user, false)?;
        user.must_change_password = false;
        user.password_changed_at = Some(ctx.now);
        Ok(Completed {
            user,
            mail: vec![mail],
        })
    })
}

/// Sets a new password hash, ends every session, clears the lockout, and logs it.
pub(crate) fn set_password(
    tx: &Tx<'_>,
    ctx: &Ctx,
    user: &User,
    hash: &str,
    must_change: bool,
    action: &str,
    reason: Option<&str>,
) -> Result<usize> {
    tx.set_password_hash(&user.id, hash, must_change, Some(ctx.now), ctx.now)?;
    tx.set_login_state(&user.id, 0, None, None)?;
    let sessions = tx.revoke_tokens(&user.id, &[TokenPurpose::Session, TokenPurpose::Reset])?;
    let mut changes = vec![FieldChange::new("password", "(hidden)", "(changed)")];
    if must_change != user.must_change_password {
        changes.push(FieldChange::new(
            "must_change_password",
            user.must_change_password,
            must_change,
        ));
    }
    tx.append_audit(
        ctx.now,
        &ctx.actor,
        action,
        Some(&user.id),
        &changes,
        reason,
    )?;
    Ok(sessions)
}

/// Whether sign-ins on this session's store are recorded: on a store this
/// account cannot write, [`verify`] checks the password and records
/// nothing.
pub fn records_attempts(session: &super::session::Session) -> bool {
    session.store().writable()
}
