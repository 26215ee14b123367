//! The application API (SPEC §12): sign-ins, password checks, sessions,
//! permission checks and users, for the product's servers, each call made
//! with an API token and answered by the same operations as the command
//! line.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::http::{Failure, json_body};
use super::{Server, body_failure};
use crate::domain::access::Permission;
use crate::domain::api_token::Scope;
use crate::domain::error::{Denied, Error};
use crate::domain::password::Password;
use crate::domain::user::User;
use crate::ops;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credentials {
    user: String,
    password: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionToken {
    token: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PermissionCheck {
    user: String,
    permission: String,
}

/// A user as the API shows it: SPEC §2's JSON, with what it may do.
#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    user: &'a User,
    effective_permissions: Vec<String>,
}

/// Why a sign-in was refused, by name (`serve.tell_reason`).
fn reason(e: &Error) -> Option<&'static str> {
    match e {
        Error::Denied(Denied::WrongPassword { .. }) | Error::NotFound { .. } => {
            Some("wrong_password")
        }
        Error::Denied(Denied::NoPassword { .. }) => Some("wrong_password"),
        Error::Denied(Denied::Locked { .. }) => Some("locked"),
        Error::Denied(Denied::NotActive { .. }) => Some("not_active"),
        Error::Denied(Denied::PasswordChanged { .. }) => Some("wrong_password"),
        _ => None,
    }
}

/// A refused sign-in: 401 with one answer whatever the reason (an unknown
/// user reads as a wrong password), the reason named only where
/// `serve.tell_reason` says so. Other errors (a store that is down) are
/// what they are.
pub(super) fn refused(server: &Server, e: Error) -> Failure {
    let Some(why) = reason(&e) else {
        return e.into();
    };
    if let Error::Denied(Denied::WrongPassword {
        locked_until: Some(_),
        ..
    }) = &e
    {
        server.count(|m| m.lockouts += 1);
    }
    let mut failure = Failure::new(
        axum::http::StatusCode::UNAUTHORIZED,
        "denied",
        "the sign-in was refused",
    );
    if server.config.tell_reason {
        failure.message = format!("the sign-in was refused: {why}");
        failure.reason = Some(why);
    }
    failure
}

/// `POST /v1/auth/login {"user","password"}`: a session for the user.
pub async fn login(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Failure> {
    let req: Credentials = read_json(&headers, body)?;
    let done = server
        .with_token(
            &headers,
            Scope::Auth,
            "sign users in",
            move |server, session| {
                server.limit(&req.user)?;
                let password = Password::new(&req.password);
                ops::auth::login(session, &req.user, &password).map_err(|e| refused(server, e))
            },
        )
        .await?;
    server.count(|m| m.sign_ins += 1);
    Ok(Json(json!({
        "token": done.token,
        "expires_at": done.expires_at,
        "user": {
            "id": done.user_id,
            "email": done.email,
            "must_change_password": done.must_change_password,
        },
    }))
    .into_response())
}

/// `POST /v1/auth/verify {"user","password"}`: whether the password is
/// right, with the lockout, and no session.
pub async fn verify(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Failure> {
    let req: Credentials = read_json(&headers, body)?;
    let shown = server
        .with_token(
            &headers,
            Scope::Auth,
            "check passwords",
            move |server, session| {
                server.limit(&req.user)?;
                let password = Password::new(&req.password);
                let user = ops::auth::verify(session, &req.user, &password)
                    .map_err(|e| refused(server, e))?;
                shown(session, user)
            },
        )
        .await?;
    server.count(|m| m.sign_ins += 1);
    Ok(Json(shown).into_response())
}

/// The user and its permissions now, as JSON.
fn shown(session: &ops::session::Session, user: User) -> Result<serde_json::Value, Failure> {
    let permissions = ops::role::permissions_for(session, &user)?;
    as_json(&user, &permissions)
}

/// A user and its effective permissions, as the API shows them.
fn as_json(
    user: &User,
    permissions: &std::collections::BTreeSet<Permission>,
) -> Result<serde_json::Value, Failure> {
    let shown = Shown {
        user,
        effective_permissions: permissions.iter().map(ToString::to_string).collect(),
    };
    serde_json::to_value(&shown).map_err(|e| Error::Internal(e.to_string()).into())
}

/// The request's body (its size checked), read as the JSON it must be.
pub(super) fn read_json<T: serde::de::DeserializeOwned>(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<T, Failure> {
    json_body(headers, &body.map_err(body_failure)?)
}

/// `POST /v1/sessions/check {"token"}`: the session's user with its
/// permissions, and the use recorded (the idle limit counts from it).
pub async fn check_session(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Failure> {
    let req: SessionToken = read_json(&headers, body)?;
    let shown = server
        .with_token(
            &headers,
            Scope::Auth,
            "check sessions",
            move |_, session| {
                let user = ops::auth::check_session(session, &req.token)?;
                shown(session, user)
            },
        )
        .await?;
    Ok(Json(shown).into_response())
}

/// `POST /v1/sessions/revoke {"token"}`: ends a session (a sign-out).
pub async fn revoke_session(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Failure> {
    let req: SessionToken = read_json(&headers, body)?;
    let user = server
        .with_token(&headers, Scope::Auth, "end sessions", move |_, session| {
            Ok(ops::auth::revoke_session(session, &req.token)?)
        })
        .await?;
    Ok(
        Json(json!({ "revoked": true, "user": { "id": user.id, "email": user.email } }))
            .into_response(),
    )
}

/// `POST /v1/auth/check {"user","permission"}`: `{"allowed": bool}`.
pub async fn check_permission(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Failure> {
    let req: PermissionCheck = read_json(&headers, body)?;
    let permission = Permission::parse(&req.permission).map_err(Failure::from)?;
    let allowed = server
        .with_token(
            &headers,
            Scope::Auth,
            "check permissions",
            move |_, session| match ops::role::check_permission(session, &req.user, &permission) {
                Ok(_) => Ok(true),
                Err(Error::Denied(_)) => Ok(false),
                Err(e) => Err(e.into()),
            },
        )
        .await?;
    Ok(Json(json!({ "allowed": allowed })).into_response())
}

/// `GET /v1/users/{id|email|username}`: the user as `user show --json`
/// shows it, if the token's user may read it.
pub async fn show_user(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    Path(key): Path<String>,
) -> Result<Response, Failure> {
    let shown = server
        .with_token(
            &headers,
            Scope::UsersRead,
            "read users",
            move |_, session| {
                let found = ops::users::show(session, &key)?;
                as_json(&found.user, &found.permissions)
            },
        )
        .await?;
    Ok(Json(shown).into_response())
}

/// `GET /healthz`: 200 when the store answers, 503 otherwise.
pub async fn healthz(State(server): State<Arc<Server>>) -> Result<Response, Failure> {
    server
        .blocking(|server| {
            Ok(server
                .pool
                .healthy(server.ctx(), server.config.mail.clone())?)
        })
        .await?;
    Ok(Json(json!({ "ok": true })).into_response())
}

/// `GET /metrics`: Prometheus' text format.
pub async fn metrics(State(server): State<Arc<Server>>) -> Response {
    let text = server
        .metrics
        .lock()
        .map(|m| m.render(None))
        .unwrap_or_default();
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        text,
    )
        .into_response()
}
