//! API tokens as operations (SPEC §12): made for a user with scopes and an
//! expiry, listed, shown, revoked, each change in one transaction with its
//! audit row; and the check a server runs on a token it is given.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use super::session::Session;
use super::{Ctx, find_user};
use crate::domain::actor::Actor;
use crate::domain::api_token::{ApiToken, NewApiToken, Scope, TokenName, TokenState};
use crate::domain::error::{Conflict, Denied, Error, Result};
use crate::domain::types::Status;
use crate::domain::user::FieldChange;
use crate::token::{self, SELECTOR_LEN, token_digest};

/// What every secret starts with, so that secret scanners (and people) can
/// tell a roster API token when they see one.
pub const PREFIX: &str = "rst_";

/// What the name of a personal admin session starts with
/// (`login-ada-3f9a2c1d`): an API token of scope `admin` made by
/// [`open_admin_session`].
pub const SESSION_PREFIX: &str = "login-";

/// `token create NAME --user U --scope S[,S] [--expires D|never]`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenCreate {
    pub name: TokenName,
    /// The user it acts as: an id, an email or a username.
    pub user: String,
    pub scopes: Vec<Scope>,
    /// How long it lives; None: it never expires.
    #[serde(default)]
    pub expires: Option<SignedDuration>,
}

/// A token just made: its secret, shown this once, and what it is.
#[derive(Debug, Serialize)]
pub struct Created {
    pub token: String,
    #[serde(flatten)]
    pub about: ApiToken,
}

/// A token a server was given, checked: what it is and who it acts as.
#[derive(Debug)]
pub struct Authenticated {
    pub token: ApiToken,
    /// Its user, with the user's permissions.
    pub actor: Actor,
}

impl Authenticated {
    /// The actor the audit log names for what is done with it: the user
    /// and the credential (`ada@example.com via session`, `token:NAME`).
    pub fn audit_actor(&self) -> String {
        if self.is_session() {
            format!("{} via session", self.token.user)
        } else {
            format!("token:{}", self.token.name)
        }
    }

    /// A personal admin session (from `roster login`), not a token made
    /// with `roster token create`.
    pub fn is_session(&self) -> bool {
        is_session(&self.token)
    }

    /// Refuses a use outside the token's scopes.
    pub fn require_scope(&self, scope: Scope, what: &str) -> Result<()> {
        if self.token.scopes.contains(&scope) {
            return Ok(());
        }
        Err(Denied::Grant {
            actor: self.audit_actor(),
            what: what.to_string(),
            rule: format!(
                "the token's scopes ({}) do not include the scope {scope}",
                self.token
                    .scopes
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
        .into())
    }
}

/// Makes a token for an active user. Its name must be new (a revoked
/// token keeps its name); the secret is returned once and only its SHA-256
/// is stored.
pub fn create(session: &mut Session, req: &TokenCreate) -> Result<Created> {
    let (store, ctx) = session.parts();
    ctx.acting.require_all("store.admin", "make an API token")?;
    if req.name.as_str().starts_with(SESSION_PREFIX) {
        return Err(Error::invalid(
            "token name",
            format!(
                "names starting with {SESSION_PREFIX} are kept for the sessions of `roster login`"
            ),
        ));
    }
    let mut scopes = req.scopes.clone();
    scopes.sort();
    scopes.dedup();
    if scopes.is_empty() {
        return Err(Error::invalid("scope", "a token needs at least one scope"));
    }
    let expires_at = expiry(ctx, req.expires)?;
    let secret = token::new_token()?;
    let secret = format!("{PREFIX}{}", secret.secret);
    let about = store.write(|tx| {
        let user = find_user(tx.reader(), &req.user, ctx.now)?;
        if user.status != Status::Active {
            return Err(Denied::NotActive {
                user: user.email.clone(),
                status: user.status,
                what: "hold an API token",
            }
            .into());
        }
        // A token acts with its user's permissions: whoever makes it must
        // hold them all (SPEC §8's grant rules), or a token would hand out
        // more than its maker has.
        for permission in super::role::permissions_of(tx.reader(), &user)? {
            ctx.acting.require_all(
                &permission.to_string(),
                &format!("make an API token for {}, who holds it", user.email),
            )?;
        }
        insert(tx, ctx, &req.name, &user, &scopes, expires_at, &secret)
    })?;
    Ok(Created {
        token: secret,
        about,
    })
}

/// Stores a token for `user` (its name new), audited, and reads it back.
fn insert(
    tx: &crate::store::Tx<'_>,
    ctx: &Ctx,
    name: &TokenName,
    user: &crate::domain::user::User,
    scopes: &[Scope],
    expires_at: Option<Timestamp>,
    secret: &str,
) -> Result<ApiToken> {
    if tx.reader().api_token(name.as_str())?.is_some() {
        return Err(Conflict::Exists {
            what: format!("API token {}", name),
            hint: "; a name is not given twice (a revoked token keeps its name)".into(),
        }
        .into());
    }
    tx.insert_api_token(&NewApiToken {
        name: name.clone(),
        digest: token_digest(secret),
        user_id: user.id.clone(),
        scopes: scopes.to_vec(),
        created_at: ctx.now,
        created_by: ctx.actor.clone(),
        expires_at,
    })?;
    tx.append_audit(
        ctx.now,
        &ctx.actor,
        "token-create",
        Some(&user.id),
        &[
            FieldChange::new(
                format!("api_tokens.{}.scopes", name),
                serde_json::Value::Null,
                Scope::join(scopes),
            ),
            FieldChange::new(
                format!("api_tokens.{}.expires_at", name),
                serde_json::Value::Null,
                expires_at.map_or("never".to_string(), |t| t.to_string()),
            ),
        ],
        None,
    )?;
    shown(
        tx.reader().api_token(name.as_str())?,
        name.as_str(),
        ctx.now,
    )
}

/// Whether a token is a personal admin session.
fn is_session(token: &ApiToken) -> bool {
    token.name.as_str().starts_with(SESSION_PREFIX) && token.scopes == [Scope::Admin]
}

/// `roster login`: the password checked as a sign-in is (it counts towards
/// the lockout; audited), then a personal admin session for the user: an
/// API token of scope `admin` named `login-…`, ending `session.absolute`
/// after it is made or `session.idle` after its last use. `token list`
/// shows it; `logout`, `token revoke` or blocking the user ends it.
pub fn open_admin_session(
    session: &mut Session,
    user: &str,
    password: &crate::domain::password::Password,
) -> Result<Created> {
    let user = super::auth::verify(session, user, password)?;
    if user.must_change_password {
        // A password someone else set (a reset, a generated one) is
        // changed before it opens an account that administers others.
        return Err(crate::domain::error::Denied::Refused(format!(
            "{} must change the password first (the server's /change-password page, or `roster auth change-password`)",
            user.email
        ))
        .into());
    }
    let (store, ctx) = session.parts();
    let expires_at = ctx.after(ctx.auth.session_absolute, "session.absolute")?;
    let local: String = user
        .email
        .split('@')
        .next()
        .unwrap_or_default()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        .take(40)
        .collect::<String>()
        .to_ascii_lowercase();
    let local = if local.is_empty() {
        "user".into()
    } else {
        local
    };
    let secret = format!("{PREFIX}{}", token::new_token()?.secret);
    let suffix = &token_digest(&secret)[..8];
    let name = TokenName::parse(&format!("{SESSION_PREFIX}{local}-{suffix}"))?;
    let about = store.write(|tx| {
        // A manager's sign-in is a sign-in: it shows in `last_login_at`.
        // The attempts and lock are as they are now (a wrong password
        // since the check counts).
        let now = tx
            .reader()
            .find_user_with(user.id.as_str(), ctx.now, false)?
            .ok_or_else(|| crate::domain::error::Error::not_found("user", user.email.clone()))?;
        tx.set_login_state(&user.id, now.failed_logins, now.locked_until, Some(ctx.now))?;
        insert(
            tx,
            ctx,
            &name,
            &user,
            &[Scope::Admin],
            Some(expires_at),
            &secret,
        )
    })?;
    Ok(Created {
        token: secret,
        about,
    })
}

/// Ends the admin session or token a caller presented (`roster logout`):
/// one's own credential needs no permission.
pub fn end_own(session: &mut Session, authenticated: &Authenticated) -> Result<()> {
    let (store, ctx) = session.parts();
    let name = authenticated.token.name.clone();
    store.write(|tx| {
        tx.revoke_api_token(name.as_str(), ctx.now)?;
        tx.append_audit(
            ctx.now,
            &ctx.actor,
            "token-revoke",
            Some(&authenticated.token.user_id),
            &[FieldChange::new(
                format!("api_tokens.{name}.revoked_at"),
                serde_json::Value::Null,
                ctx.now.to_string(),
            )],
            None,
        )
    })
}

/// When a token made now with `expires` ends; None: never.
fn expiry(ctx: &Ctx, expires: Option<SignedDuration>) -> Result<Option<Timestamp>> {
    let Some(span) = expires else {
        return Ok(None);
    };
    if span <= SignedDuration::ZERO {
        return Err(Error::invalid(
            "expires",
            "a token must live a while: give 90d, or never",
        ));
    }
    ctx.now
        .checked_add(span)
        .map(Some)
        .map_err(|e| Error::invalid("expires", e.to_string()))
}

/// A token as read, with its state now; not found is exit 4.
fn shown(token: Option<ApiToken>, name: &str, now: Timestamp) -> Result<ApiToken> {
    let mut token = token.ok_or_else(|| Error::not_found("API token", name))?;
    token.state = token.state_at(now);
    Ok(token)
}

/// Every token, by name, with its state now.
pub fn list(session: &Session) -> Result<Vec<ApiToken>> {
    let now = session.ctx.now;
    let mut tokens = session.store().reader().api_tokens()?;
    for token in &mut tokens {
        token.state = token.state_at(now);
    }
    Ok(tokens)
}

/// One token (never its secret: nothing keeps it).
pub fn show(session: &Session, name: &str) -> Result<ApiToken> {
    shown(
        session.store().reader().api_token(name)?,
        name,
        session.ctx.now,
    )
}

/// `token revoke NAME`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenRevoke {
    pub name: String,
}

/// Revokes a token at once; false (and no audit row) when it already was.
pub fn revoke(session: &mut Session, req: &TokenRevoke) -> Result<bool> {
    let (store, ctx) = session.parts();
    ctx.acting
        .require_all("store.admin", "revoke an API token")?;
    store.write(|tx| {
        let token = shown(tx.reader().api_token(&req.name)?, &req.name, ctx.now)?;
        if !tx.revoke_api_token(&req.name, ctx.now)? {
            return Ok(false);
        }
        tx.append_audit(
            ctx.now,
            &ctx.actor,
            "token-revoke",
            Some(&token.user_id),
            &[FieldChange::new(
                format!("api_tokens.{}.revoked_at", token.name),
                serde_json::Value::Null,
                ctx.now.to_string(),
            )],
            None,
        )?;
        Ok(true)
    })
}

/// Checks a token a caller presents: it must exist, be neither revoked nor
/// expired, and its user must be able to act (active). Records the use (to the minute).
/// Every refusal is one a server answers with 401; the error says which.
pub fn authenticate(session: &mut Session, secret: &str) -> Result<Authenticated> {
    let (store, ctx) = session.parts();
    let digest = token_digest(secret);
    // Looked up by the digest's first 64 bits (an index range), then the
    // whole digest compared in constant time, as session tokens are.
    let token = store
        .reader()
        .api_tokens_by_prefix(&digest[..SELECTOR_LEN])?
        .into_iter()
        .find(|(stored, _)| token::constant_time_eq(stored.as_bytes(), digest.as_bytes()))
        .map(|(_, token)| token)
        .ok_or_else(|| Error::not_found("API token", "the token given matches none"))?;
    let token = shown(Some(token), "", ctx.now)?;
    match token.state {
        TokenState::Revoked => {
            return Err(Conflict::TokenRevoked {
                name: token.name.clone(),
                at: token.revoked_at.unwrap_or(ctx.now),
            }
            .into());
        }
        TokenState::Expired => {
            return Err(Conflict::TokenExpired {
                what: "API token",
                at: token.expires_at.unwrap_or(ctx.now),
                why: "",
            }
            .into());
        }
        TokenState::Active => {}
    }
    // A session also ends when it goes unused for `session.idle` (its last
    // use is kept to the minute).
    if is_session(&token) {
        let idle_end = token
            .last_used_at
            .unwrap_or(token.created_at)
            .checked_add(ctx.auth.session_idle)
            .map_err(|e| Error::invalid("session.idle", e.to_string()))?;
        if idle_end <= ctx.now {
            return Err(Conflict::TokenExpired {
                what: "admin session",
                at: idle_end,
                why: " after being idle",
            }
            .into());
        }
    }
    let user = find_user(store.reader(), token.user_id.as_str(), ctx.now)?;
    if user.status != Status::Active {
        return Err(Denied::NotActive {
            user: user.email.clone(),
            status: user.status,
            what: "use an API token",
        }
        .into());
    }
    let actor = super::actor::acting_user(store.reader(), &user.email, &user)?;
    // The last use is kept to the minute: a busy server does not write on
    // every request.
    let stale = token
        .last_used_at
        .is_none_or(|at| ctx.now.duration_since(at) >= SignedDuration::from_secs(60));
    if stale {
        store.write(|tx| tx.touch_api_token(&token.name, ctx.now))?;
    }
    Ok(Authenticated { token, actor })
}
