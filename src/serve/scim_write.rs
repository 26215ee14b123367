//! SCIM's changes to users (SPEC §13): `POST /Users`, and `PUT`, `PATCH`
//! and `DELETE` of `/Users/{id}`, with `If-Match` on the user's version.
//! The work is the library's (`ops::scim_write`); here are the HTTP sides
//! of it: the body, the status, `Location` and `ETag`, and the mail sent
//! once the answer is on its way.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::Server;
use super::http::Failure;
use super::scim::{ScimError, scim};
use crate::domain::api_token::Scope;
use crate::ops::scim_write::{self, Fault, Written};

/// A SCIM body: JSON, as `application/scim+json` or `application/json`.
pub(super) fn body_of(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Value, ScimError> {
    let body = body.map_err(|e| ScimError::from(super::body_failure(e)))?;
    let media = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase());
    if !matches!(
        media.as_deref(),
        Some("application/scim+json" | "application/json")
    ) {
        return Err(ScimError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            None,
            "the body must be JSON (Content-Type: application/scim+json)",
        ));
    }
    serde_json::from_slice(&body).map_err(|e| {
        ScimError::new(
            StatusCode::BAD_REQUEST,
            Some("invalidSyntax"),
            format!("the body is not JSON: {e}"),
        )
    })
}

/// A fault as the SCIM error it is; the store's own failures go back to
/// the server (which then sets the store aside) as failures.
pub(super) fn judged<T>(result: Result<T, Fault>) -> Result<Result<T, ScimError>, Failure> {
    match result {
        Ok(done) => Ok(Ok(done)),
        Err(Fault::Scim(problem)) => Ok(Err(ScimError::new(
            StatusCode::BAD_REQUEST,
            Some(problem.kind.scim_type()),
            problem.detail,
        ))),
        Err(Fault::Precondition { current }) => Ok(Err(ScimError::new(
            StatusCode::PRECONDITION_FAILED,
            None,
            format!("If-Match does not name the resource's version, which is {current}"),
        ))),
        Err(Fault::Roster(e)) => Err(e.into()),
    }
}

pub(super) fn if_match(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// The user as written, with its version as the `ETag` (and `Location`
/// for a new one); its mail goes out after the answer.
pub(super) fn answer(server: &Arc<Server>, status: StatusCode, written: Written) -> Response {
    server.deliver_later(written.mail);
    let mut response = scim(status, &written.resource);
    let meta = &written.resource["meta"];
    if let Some(tag) = meta["version"]
        .as_str()
        .and_then(|v| HeaderValue::from_str(v).ok())
    {
        response.headers_mut().insert(header::ETAG, tag);
    }
    if status == StatusCode::CREATED {
        if let Some(location) = meta["location"]
            .as_str()
            .and_then(|v| HeaderValue::from_str(v).ok())
        {
            response.headers_mut().insert(header::LOCATION, location);
        }
    }
    response
}

/// `POST /scim/v2/Users`: a new user (201), invited unless a password is
/// sent; one whose email is taken is 409 `uniqueness`.
pub async fn create_user(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ScimError> {
    let body = body_of(&headers, body)?;
    let base = server.config.ctx.base_url.clone();
    let written = server
        .with_token(
            &headers,
            Scope::Scim,
            "provision users",
            move |_, session| judged(scim_write::create(session, &body, &base)),
        )
        .await??;
    Ok(answer(&server, StatusCode::CREATED, written))
}

/// `PUT /scim/v2/Users/{id}`: the user becomes the resource sent.
pub async fn replace_user(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ScimError> {
    let body = body_of(&headers, body)?;
    let base = server.config.ctx.base_url.clone();
    let tag = if_match(&headers);
    let written = server
        .with_token(
            &headers,
            Scope::Scim,
            "provision users",
            move |_, session| {
                judged(scim_write::replace(
                    session,
                    &id,
                    &body,
                    tag.as_deref(),
                    &base,
                ))
            },
        )
        .await??;
    Ok(answer(&server, StatusCode::OK, written))
}

/// `PATCH /scim/v2/Users/{id}`: the operations, all or none.
pub async fn patch_user(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ScimError> {
    let body = body_of(&headers, body)?;
    let base = server.config.ctx.base_url.clone();
    let tag = if_match(&headers);
    let written = server
        .with_token(
            &headers,
            Scope::Scim,
            "provision users",
            move |_, session| {
                judged(scim_write::patch(
                    session,
                    &id,
                    &body,
                    tag.as_deref(),
                    &base,
                ))
            },
        )
        .await??;
    Ok(answer(&server, StatusCode::OK, written))
}

/// `DELETE /scim/v2/Users/{id}`: archived (`scim.delete = delete`:
/// deleted); 204.
pub async fn delete_user(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ScimError> {
    let base = server.config.ctx.base_url.clone();
    let tag = if_match(&headers);
    let hard = server.config.scim_deletes;
    let mail = server
        .with_token(
            &headers,
            Scope::Scim,
            "provision users",
            move |_, session| {
                judged(scim_write::remove(
                    session,
                    &id,
                    tag.as_deref(),
                    hard,
                    &base,
                ))
            },
        )
        .await??;
    server.deliver_later(mail);
    Ok(StatusCode::NO_CONTENT.into_response())
}
