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
use crate::domain::scim_user::{
    ENTERPRISE_SCHEMA, ERROR_SCHEMA, LIST_SCHEMA, ROSTER_SCHEMA, USER_SCHEMA,
};
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

/// `GET /scim/v2/Users`: the users the filter picks, a page at a time.
pub async fn list_users(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    Query(params): Query<ListParams>,
) -> Result<Response, ScimError> {
    let filter = params
        .filter
        .as_deref()
        .map(|text| {
            let filter = Filter::parse(text).map_err(|e| {
                ScimError::new(StatusCode::BAD_REQUEST, Some("invalidFilter"), e.to_string())
            })?;
            match crate::domain::scim_user::unknown_attribute(&filter) {
                Some(name) => Err(ScimError::new(
                    StatusCode::BAD_REQUEST,
                    Some("invalidFilter"),
                    format!(
                        "the filter names {name}, which a user does not have (GET /Schemas lists them)"
                    ),
                )),
                None => Ok(filter),
            }
        })
        .transpose()?;
    if params.sort_by.is_some() {
        return Err(ScimError::new(
            StatusCode::BAD_REQUEST,
            Some("invalidValue"),
            "sorting is not supported (ServiceProviderConfig says so); users come in the order they were created",
        ));
    }
    let start = number(&params.start_index, "startIndex", 1, 1)?;
    let count = number(&params.count, "count", ops::scim::DEFAULT_PAGE, 0)?;
    let (attributes, excluded) = (
        names(&params.attributes),
        names(&params.excluded_attributes),
    );
    let base = server.config.ctx.base_url.clone();
    let page = server
        .with_token(
            &headers,
            Scope::Scim,
            "provision users",
            move |_, session| {
                Ok(ops::scim::users(
                    session,
                    filter.as_ref(),
                    start,
                    count,
                    &base,
                )?)
            },
        )
        .await?;
    let resources: Vec<Value> = page
        .resources
        .into_iter()
        .map(|r| crate::domain::scim_user::select(r, &attributes, &excluded))
        .collect();
    Ok(scim(
        StatusCode::OK,
        &json!({
            "schemas": [LIST_SCHEMA],
            "totalResults": page.total,
            "startIndex": page.start,
            "itemsPerPage": resources.len(),
            "Resources": resources,
        }),
    ))
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
    let version = resource["meta"]["version"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let unchanged = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| {
            // Weak comparison (RFC 9110 §8.8.3.2): `"x"` and `W/"x"` are one.
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
    Ok(response)
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
            "sort": { "supported": false },
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

/// `GET /scim/v2/ResourceTypes`: users (and their extensions).
pub async fn resource_types(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
) -> Result<Response, ScimError> {
    admitted(&server, &headers).await?;
    let base = server.config.ctx.base_url.trim_end_matches('/').to_string();
    let user = json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
        "id": "User",
        "name": "User",
        "endpoint": "/Users",
        "description": "A user of roster",
        "schema": USER_SCHEMA,
        "schemaExtensions": [
            { "schema": ENTERPRISE_SCHEMA, "required": false },
            { "schema": ROSTER_SCHEMA, "required": false },
        ],
        "meta": {
            "resourceType": "ResourceType",
            "location": format!("{base}/scim/v2/ResourceTypes/User"),
        },
    });
    Ok(scim(
        StatusCode::OK,
        &json!({
            "schemas": [LIST_SCHEMA],
            "totalResults": 1,
            "startIndex": 1,
            "itemsPerPage": 1,
            "Resources": [user],
        }),
    ))
}

/// `GET /scim/v2/Schemas`: the attributes of a user as roster maps them.
pub async fn schemas(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
) -> Result<Response, ScimError> {
    admitted(&server, &headers).await?;
    let text = |name: &str, description: &str| {
        json!({
            "name": name, "type": "string", "multiValued": false, "description": description,
            "required": false, "caseExact": false, "mutability": "readWrite",
            "returned": "default", "uniqueness": "none",
        })
    };
    let multi = |name: &str, description: &str| {
        json!({
            "name": name, "type": "complex", "multiValued": true, "description": description,
            "required": false, "mutability": "readWrite", "returned": "default",
            "subAttributes": [
                { "name": "value", "type": "string", "multiValued": false, "required": false,
                  "caseExact": false, "mutability": "readWrite", "returned": "default", "uniqueness": "none" },
                { "name": "type", "type": "string", "multiValued": false, "required": false,
                  "caseExact": false, "mutability": "readWrite", "returned": "default", "uniqueness": "none" },
                { "name": "primary", "type": "boolean", "multiValued": false, "required": false,
                  "mutability": "readWrite", "returned": "default" },
            ],
        })
    };
    let mut user_name = text("userName", "The user's username, or else the email address");
    user_name["required"] = true.into();
    user_name["uniqueness"] = "server".into();
    let mut active = text("active", "False when the user is blocked or archived");
    active["type"] = "boolean".into();
    let user = json!({
        "id": USER_SCHEMA,
        "name": "User",
        "description": "A user of roster",
        "attributes": [
            user_name,
            {
                "name": "name", "type": "complex", "multiValued": false, "required": false,
                "mutability": "readWrite", "returned": "default",
                "description": "The user's first, middle and last names",
                "subAttributes": [
                    text("givenName", "First name"),
                    text("middleName", "Middle name"),
                    text("familyName", "Last name"),
                    text("formatted", "The names together (read only)"),
                ],
            },
            text("displayName", "The names together, or the email address"),
            multi("emails", "The email address (one, of type work)"),
            multi("phoneNumbers", "The phone number (one)"),
            text("title", "Title"),
            active,
        ],
        "meta": { "resourceType": "Schema" },
    });
    let enterprise = json!({
        "id": ENTERPRISE_SCHEMA,
        "name": "EnterpriseUser",
        "description": "Enterprise user",
        "attributes": [
            text("employeeNumber", "Employee id"),
            text("organization", "Company"),
        ],
        "meta": { "resourceType": "Schema" },
    });
    let roster = json!({
        "id": ROSTER_SCHEMA,
        "name": "RosterUser",
        "description": "roster's own: its status, roles, groups and attributes",
        "attributes": [
            text("status", "invited, invitation_expired, invitation_revoked, active, blocked or archived"),
        ],
        "meta": { "resourceType": "Schema" },
    });
    Ok(scim(
        StatusCode::OK,
        &json!({
            "schemas": [LIST_SCHEMA],
            "totalResults": 3,
            "startIndex": 1,
            "itemsPerPage": 3,
            "Resources": [user, enterprise, roster],
        }),
    ))
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
        "no such SCIM endpoint: /scim/v2/Users, /ServiceProviderConfig, /ResourceTypes and /Schemas are offered",
    )
}
