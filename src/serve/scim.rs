//! SCIM 2.0 (SPEC §13, RFC 7644) under `/scim/v2/`, for identity
//! providers, with an API token of scope `scim`: what the service offers
//! (`ServiceProviderConfig`, `ResourceTypes`, `Schemas`) and the users as
//! resources (`GET /Users`, `GET /Users/{id}`), every answer and error as
//! `application/scim+json`.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use super::Server;
use super::http::Failure;
use crate::domain::api_token::Scope;
use crate::domain::scim_filter::Filter;
use crate::domain::scim_schema;
use crate::domain::scim_user::{ERROR_SCHEMA, LIST_SCHEMA};
use crate::ops;

/// The content type of every SCIM answer.
const SCIM_JSON: &str = "application/scim+json";

/// A SCIM error (RFC 7644 §3.12): the status, and for a 400 what kind.
pub struct ScimError {
    status: StatusCode,
    scim_type: Option<&'static str>,
    detail: String,
}

impl ScimError {
    pub(super) fn new(
        status: StatusCode,
        scim_type: Option<&'static str>,
        detail: impl Into<String>,
    ) -> Self {
        ScimError {
            status,
            scim_type,
            detail: detail.into(),
        }
    }
}

impl From<Failure> for ScimError {
    fn from(f: Failure) -> ScimError {
        let scim_type = match f.code {
            "invalid_input" => Some("invalidValue"),
            "conflict" => Some("uniqueness"),
            _ => None,
        };
        // SCIM has no 422: a value that does not hold is a 400.
        let status = match f.status {
            StatusCode::UNPROCESSABLE_ENTITY => StatusCode::BAD_REQUEST,
            other => other,
        };
        ScimError::new(status, scim_type, f.message)
    }
}

impl From<crate::domain::error::Error> for ScimError {
    fn from(e: crate::domain::error::Error) -> ScimError {
        Failure::from(e).into()
    }
}

impl IntoResponse for ScimError {
    fn into_response(self) -> Response {
        let retry = (self.status == StatusCode::SERVICE_UNAVAILABLE).then_some(5u64);
        let mut body = json!({
            "schemas": [ERROR_SCHEMA],
            "status": self.status.as_u16().to_string(),
            "detail": self.detail,
        });
        if let Some(kind) = self.scim_type {
            body["scimType"] = kind.into();
        }
        let mut response = scim(self.status, &body);
        if let Some(seconds) = retry {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// An answer as `application/scim+json`.
pub(super) fn scim(status: StatusCode, body: &Value) -> Response {
    let mut response = (status, serde_json::to_string(body).unwrap_or_default()).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(SCIM_JSON));
    response
}

/// The query of `GET /Users` (RFC 7644 §3.4.2).
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ListParams {
    filter: Option<String>,
    start_index: Option<String>,
    count: Option<String>,
    attributes: Option<String>,
    excluded_attributes: Option<String>,
    sort_by: Option<String>,
    sort_order: Option<String>,
}

/// A comma-separated list of attribute names.
fn names(raw: &Option<String>) -> Vec<String> {
    raw.as_deref()
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(String::from)
        .collect()
}

/// An integer parameter; one that is not an integer is `invalidValue`.
/// Below 1 (`startIndex`) or 0 (`count`) counts as the least (RFC 7644
/// §3.4.2.4).
fn number(raw: &Option<String>, name: &str, default: u64, least: i64) -> Result<u64, ScimError> {
    let Some(raw) = raw.as_deref() else {
        return Ok(default);
    };
    let n: i64 = raw.trim().parse().map_err(|_| {
        ScimError::new(
            StatusCode::BAD_REQUEST,
            Some("invalidValue"),
            format!("{name} must be an integer, not {raw:?}"),
        )
    })?;
    Ok(n.max(least) as u64)
}

/// A filter as a client wrote it, read: one that does not parse, or
/// names what the resource has not (`unknown`), is `invalidFilter`.
pub(super) fn filter_of(
    text: Option<&str>,
    unknown: fn(&Filter) -> Option<String>,
) -> Result<Option<Filter>, ScimError> {
    let invalid =
        |detail: String| ScimError::new(StatusCode::BAD_REQUEST, Some("invalidFilter"), detail);
    let Some(text) = text else { return Ok(None) };
    let filter = Filter::parse(text).map_err(|e| invalid(e.to_string()))?;
    match unknown(&filter) {
        Some(name) => Err(invalid(format!(
            "the filter names {name}, which the resource does not have (GET /Schemas lists them)"
        ))),
        None => Ok(Some(filter)),
    }
}

/// What a list asks for: the filter, the order, the page, the attributes.
pub(super) struct Listing {
    pub filter: Option<Filter>,
    pub sort: Option<ops::scim::Sort>,
    pub start: u64,
    pub count: u64,
    attributes: Vec<String>,
    excluded: Vec<String>,
}

impl ListParams {
    pub(super) fn read(self, unknown: fn(&Filter) -> Option<String>) -> Result<Listing, ScimError> {
        let filter = filter_of(self.filter.as_deref(), unknown)?;
        let invalid =
            |detail: String| ScimError::new(StatusCode::BAD_REQUEST, Some("invalidValue"), detail);
        let descending = match self.sort_order.as_deref().map(str::to_ascii_lowercase) {
            None => false,
            Some(o) if o == "ascending" => false,
            Some(o) if o == "descending" => true,
            Some(o) => {
                return Err(invalid(format!(
                    "sortOrder must be ascending or descending, not {o:?}"
                )));
            }
        };
        let sort = match self
            .sort_by
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(raw) => {
                let by = crate::domain::scim_filter::AttrPath::parse(raw)
                    .map_err(|_| invalid(format!("sortBy {raw:?} is not an attribute")))?;
                if let Some(name) = unknown(&Filter::Present(by.clone())) {
                    return Err(invalid(format!(
                        "sortBy names {name}, which the resource does not have (GET /Schemas lists them)"
                    )));
                }
                Some(ops::scim::Sort { by, descending })
            }
        };
        Ok(Listing {
            filter,
            sort,
            start: number(&self.start_index, "startIndex", 1, 1)?,
            count: number(&self.count, "count", ops::scim::DEFAULT_PAGE, 0)?,
            attributes: names(&self.attributes),
            excluded: names(&self.excluded_attributes),
        })
    }
}

impl Listing {
    /// The page as a `ListResponse`, with the attributes asked for.
    pub(super) fn answer(&self, page: ops::scim::Page) -> Response {
        let resources: Vec<Value> = page
            .resources
            .into_iter()
            .map(|r| crate::domain::scim_user::select(r, &self.attributes, &self.excluded))
            .collect();
        scim(
            StatusCode::OK,
            &json!({
                "schemas": [LIST_SCHEMA],
                "totalResults": page.total,
                "startIndex": page.start,
                "itemsPerPage": resources.len(),
                "Resources": resources,
            }),
        )
    }
}

/// `GET /scim/v2/Users`: the users the filter picks, a page at a time.
pub async fn list_users(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    Query(params): Query<ListParams>,
) -> Result<Response, ScimError> {
    let listing = params.read(crate::domain::scim_user::unknown_attribute)?;
    let base = server.config.ctx.base_url.clone();
    let (filter, sort) = (listing.filter.clone(), listing.sort.clone());
    let (start, count) = (listing.start, listing.count);
    let page = server
        .with_token(
            &headers,
            Scope::Scim,
            "provision users",
            move |_, session| {
                Ok(ops::scim::users(
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

/// The query of `GET /Users/{id}`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct GetParams {
    attributes: Option<String>,
    excluded_attributes: Option<String>,
}

/// `GET /scim/v2/Users/{id}`: the user, with its version as the `ETag`;
/// `If-None-Match` with that version is 304.
pub async fn get_user(
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
            "provision users",
            move |_, session| Ok(ops::scim::user(session, &id, &base)?),
        )
        .await?;
    Ok(conditional(&headers, resource, &params))
}

/// A resource with its version as the `ETag`: `If-None-Match` with that
/// version (compared weakly, RFC 9110 §8.8.3.2) is 304.
pub(super) fn conditional(headers: &HeaderMap, resource: Value, params: &GetParams) -> Response {
    let version = resource["meta"]["version"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let unchanged = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| {
            let opaque = |t: &str| t.trim().trim_start_matches("W/").to_string();
            tags.split(',')
                .any(|t| t.trim() == "*" || opaque(t) == opaque(&version))
        });
    let mut response = if unchanged {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let shown = crate::domain::scim_user::select(
            resource,
            &names(&params.attributes),
            &names(&params.excluded_attributes),
        );
        scim(StatusCode::OK, &shown)
    };
    if let Ok(tag) = HeaderValue::from_str(&version) {
        response.headers_mut().insert(header::ETAG, tag);
    }
    response
}

/// `/scim/v2/Me`: not offered (RFC 7644 §3.11 lets a server say so).
pub async fn me() -> ScimError {
    ScimError::new(
        StatusCode::NOT_IMPLEMENTED,
        None,
        "/Me is not offered: a token acts for a provisioning client, not for a user",
    )
}

/// The token of a SCIM request, checked (scope `scim`) where nothing else
/// is asked of the store.
async fn admitted(server: &Arc<Server>, headers: &HeaderMap) -> Result<(), ScimError> {
    server
        .with_token(headers, Scope::Scim, "provision users", |_, _| Ok(()))
        .await?;
    Ok(())
}

/// `GET /scim/v2/ServiceProviderConfig`: what this service does.
pub async fn service_provider_config(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
) -> Result<Response, ScimError> {
    admitted(&server, &headers).await?;
    let base = server.config.ctx.base_url.trim_end_matches('/').to_string();
    Ok(scim(
        StatusCode::OK,
        &json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
            "patch": { "supported": true },
            "bulk": { "supported": false, "maxOperations": 0, "maxPayloadSize": 0 },
            "filter": { "supported": true, "maxResults": ops::scim::MAX_PAGE },
            "changePassword": { "supported": false },
            "sort": { "supported": true },
            "etag": { "supported": true },
            "authenticationSchemes": [{
                "type": "oauthbearertoken",
                "name": "API token",
                "description": "An API token of scope scim (roster token create NAME --user U --scope scim), as Authorization: Bearer",
                "primary": true,
            }],
            "meta": {
                "resourceType": "ServiceProviderConfig",
                "location": format!("{base}/scim/v2/ServiceProviderConfig"),
            },
        }),
    ))
}

/// A list of every resource of a kind, as one page.
fn every(resources: Vec<Value>) -> Response {
    scim(
        StatusCode::OK,
        &json!({
            "schemas": [LIST_SCHEMA],
            "totalResults": resources.len(),
            "startIndex": 1,
            "itemsPerPage": resources.len(),
            "Resources": resources,
        }),
    )
}

/// The one of `resources` whose id is `id`, or a SCIM 404.
fn one(resources: Vec<Value>, id: &str, what: &str) -> Result<Response, ScimError> {
    resources
        .into_iter()
        .find(|r| r["id"].as_str().is_some_and(|i| i.eq_ignore_ascii_case(id)))
        .map(|r| scim(StatusCode::OK, &r))
        .ok_or_else(|| {
            ScimError::new(
                StatusCode::NOT_FOUND,
                None,
                format!("no {what} {id:?}: GET /scim/v2/{what}s lists them"),
            )
        })
}

/// `GET /scim/v2/ResourceTypes`: users and groups, with their extensions.
pub async fn resource_types(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
) -> Result<Response, ScimError> {
    admitted(&server, &headers).await?;
    Ok(every(scim_schema::resource_types(
        &server.config.ctx.base_url,
    )))
}

/// `GET /scim/v2/ResourceTypes/{id}`.
pub async fn resource_type(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ScimError> {
    admitted(&server, &headers).await?;
    one(
        scim_schema::resource_types(&server.config.ctx.base_url),
        &id,
        "ResourceType",
    )
}

/// `GET /scim/v2/Schemas`: the attributes of users and groups as roster
/// keeps them.
pub async fn schemas(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
) -> Result<Response, ScimError> {
    admitted(&server, &headers).await?;
    Ok(every(scim_schema::schemas(&server.config.ctx.base_url)))
}

/// `GET /scim/v2/Schemas/{urn}`.
pub async fn schema(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ScimError> {
    admitted(&server, &headers).await?;
    one(
        scim_schema::schemas(&server.config.ctx.base_url),
        &id,
        "Schema",
    )
}

/// `POST /.search` (RFC 7644 §3.4.3): not offered; 501, so a client
/// knows to filter with GET.
pub async fn search() -> ScimError {
    ScimError::new(
        StatusCode::NOT_IMPLEMENTED,
        None,
        "searching with POST is not offered: filter with GET /Users?filter=… or /Groups?filter=…",
    )
}

/// A method not offered on a SCIM path: a SCIM 405.
pub async fn not_offered() -> ScimError {
    ScimError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        None,
        "this method is not offered here: /Users takes GET and POST, /Users/{id} GET, PUT, \
         PATCH and DELETE (docs/scim.md)",
    )
}

/// Any other path under `/scim/v2/`: a SCIM 404.
pub async fn unknown() -> ScimError {
    ScimError::new(
        StatusCode::NOT_FOUND,
        None,
        "no such SCIM endpoint: /scim/v2/Users, /Groups, /ServiceProviderConfig, /ResourceTypes and /Schemas are offered",
    )
}
