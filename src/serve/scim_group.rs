//! SCIM's `/Groups` (SPEC §13): roster's groups read by filter and id,
//! and made, replaced, patched and deleted, with the library's
//! `ops::scim_group` doing the work.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::Server;
use super::scim::{GetParams, ListParams, ScimError, conditional};
use super::scim_write::{answer, body_of, if_match, judged};
use crate::domain::api_token::Scope;
use crate::domain::scim_group;
use crate::ops::scim_group as ops;

/// `GET /scim/v2/Groups`: the groups a filter picks, a page at a time.
pub async fn list_groups(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    Query(params): Query<ListParams>,
) -> Result<Response, ScimError> {
    let listing = params.read(scim_group::unknown_attribute)?;
    let base = server.config.ctx.base_url.clone();
    let (filter, sort) = (listing.filter.clone(), listing.sort.clone());
    let (start, count) = (listing.start, listing.count);
    let page = server
        .with_token(
            &headers,
            Scope::Scim,
            "provision groups",
            move |_, session| {
                Ok(ops::groups(
                    session,
                    filter.as_ref(),
                    sort.as_ref(),
                    start,
                    count,
                    &base,
                )?)
            },
        )
        .await?;
    Ok(listing.answer(page))
}

/// `GET /scim/v2/Groups/{id}`: the group, with its version as the `ETag`.
pub async fn get_group(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(params): Query<GetParams>,
) -> Result<Response, ScimError> {
    let base = server.config.ctx.base_url.clone();
    let resource = server
        .with_token(
            &headers,
            Scope::Scim,
            "provision groups",
            move |_, session| Ok(ops::group(session, &id, &base)?),
        )
        .await?;
    Ok(conditional(&headers, resource, &params))
}

/// `POST /scim/v2/Groups`: a new group (201).
pub async fn create_group(
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
            "provision groups",
            move |_, session| judged(ops::create(session, &body, &base)),
        )
        .await??;
    Ok(answer(&server, StatusCode::CREATED, written))
}

/// `PUT /scim/v2/Groups/{id}`.
pub async fn replace_group(
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
            "provision groups",
            move |_, session| judged(ops::replace(session, &id, &body, tag.as_deref(), &base)),
        )
        .await??;
    Ok(answer(&server, StatusCode::OK, written))
}

/// `PATCH /scim/v2/Groups/{id}`: members added and taken out, a new name.
pub async fn patch_group(
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
            "provision groups",
            move |_, session| judged(ops::patch(session, &id, &body, tag.as_deref(), &base)),
        )
        .await??;
    Ok(answer(&server, StatusCode::OK, written))
}

/// `DELETE /scim/v2/Groups/{id}`: 204.
pub async fn delete_group(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ScimError> {
    let base = server.config.ctx.base_url.clone();
    let tag = if_match(&headers);
    server
        .with_token(
            &headers,
            Scope::Scim,
            "provision groups",
            move |_, session| judged(ops::remove(session, &id, tag.as_deref(), &base)),
        )
        .await??;
    Ok(StatusCode::NO_CONTENT.into_response())
}
