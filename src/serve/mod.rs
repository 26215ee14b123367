//! `roster serve` (SPEC §12): the account service. A front end like the
//! command line: each request gets a session from a pool of open stores,
//! acts as the user of the API token it came with, and calls the same
//! operations. The runtime lives only here; the store stays synchronous and
//! its work runs on a bounded pool of blocking threads.

mod admin;
mod admission;
mod api;
pub mod http;
mod listen;
mod pages;
mod routes;
mod scim;
mod scim_group;
mod scim_write;
mod stream;
mod upload;
pub mod web;

pub use listen::Listen;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};

use self::http::{Failure, Limiter, Metrics, bearer};
use self::routes::route_of;
use crate::domain::api_token::Scope;
use crate::domain::error::{Error, Result};
use crate::ops::Ctx;
use crate::ops::delivery::MailSettings;
use crate::ops::session::{OpenOptions, Pool, Session, StoreLocation};

/// The largest request body: 64 KiB.
const BODY_LIMIT: usize = 64 * 1024;
/// The largest body of an admin change: 16 MiB (half a million addresses).
const ADMIN_BODY_LIMIT: usize = 16 * 1024 * 1024;
/// Imports and syncs whose files are spooled at once.
const UPLOADS: usize = 2;
/// The longest a request may take (an admin change or list streams its
/// answer for as long as its work takes).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a request waits for a thread to do its store work before the
/// server says it is busy (503).
const BUSY_WAIT: Duration = Duration::from_secs(5);
/// How long requests in flight get to finish after SIGTERM.
const DRAIN: Duration = Duration::from_secs(10);

/// What the server runs with, resolved by the command line.
pub struct Config {
    pub listen: Vec<Listen>,
    /// `--tls-cert` and `--tls-key`: TCP addresses speak HTTPS.
    pub tls: Option<(PathBuf, PathBuf)>,
    /// `serve.behind_proxy`: the proxies whose `X-Forwarded-For` is
    /// believed (`serve.trusted_proxies`; a Unix socket's peer always is).
    pub proxy: Option<Vec<std::net::IpAddr>>,
    /// Name why a sign-in was refused (`serve.tell_reason`).
    pub tell_reason: bool,
    /// Sign-in attempts per account each minute (`serve.sign_in_limit`).
    pub sign_in_limit: u32,
    pub location: StoreLocation,
    pub options: OpenOptions,
    /// The settings of the operations; the actor and the clock are set per
    /// request.
    pub ctx: Ctx,
    pub mail: MailSettings,
    /// Threads for store work (and open stores kept).
    pub workers: usize,
    pub pages: PagesConfig,
    /// `--admin-socket`: a Unix socket (0600) on which the server's own OS
    /// account administers as it would on the store, without a credential.
    pub admin_socket: Option<PathBuf>,
    /// `scim.delete = delete`: a SCIM DELETE deletes (else archives).
    pub scim_deletes: bool,
}

/// How the pages look and are limited.
pub struct PagesConfig {
    /// `serve.product_name`.
    pub product_name: String,
    /// `serve.logo`.
    pub logo: Option<PathBuf>,
    /// `serve.templates`.
    pub templates: Option<PathBuf>,
    /// `serve.reset_mail_interval`.
    pub reset_mail_interval: jiff::SignedDuration,
    /// `serve.page_limit`: per client address each minute.
    pub page_limit: u32,
}

/// The state every request shares.
pub struct Server {
    config: Config,
    pool: Pool,
    metrics: Mutex<Metrics>,
    per_account: Limiter,
    /// Page requests that check a secret or send mail, per client.
    per_client: Limiter,
    store_work: Arc<tokio::sync::Semaphore>,
    look: web::Look,
    cookies: web::Cookies,
    /// The public URL's host and port (`accounts.example.com`): where
    /// forms may come from, and a `Host` the server answers.
    public: String,
    reset_interval: jiff::SignedDuration,
    /// The request ids of admin changes received lately.
    seen: Mutex<admission::Seen>,
    /// Imports and syncs spooling their files at once: a few, so that
    /// uploads cannot fill the disk together.
    uploads: Arc<tokio::sync::Semaphore>,
    /// With an admin socket: the secret its listener marks requests with.
    local_key: Option<String>,
}

/// Who an admin request comes from.
pub(super) enum Caller {
    /// A credential (a session from `roster login`, an API token) and its user.
    Credential(Box<crate::ops::api_token::Authenticated>),
    /// The server's own OS account, on the admin socket.
    Local,
}

impl Server {
    /// The operations' context for a request now.
    fn ctx(&self) -> Ctx {
        let mut ctx = self.config.ctx.clone();
        ctx.now = crate::domain::types::to_second(jiff::Timestamp::now());
        ctx
    }

    fn count(&self, change: impl FnOnce(&mut Metrics)) {
        if let Ok(mut metrics) = self.metrics.lock() {
            change(&mut metrics);
        }
    }

    /// Counts a sign-in attempt against its account. (The API's client is
    /// the product's server, signing every user in: it is not limited by
    /// address.)
    fn limit(&self, account: &str) -> std::result::Result<(), Failure> {
        self.per_account
            .check(&account.trim().to_lowercase())
            .map_err(Failure::too_many)
    }

    /// Runs store work on the blocking pool, at most `workers` at once.
    async fn blocking<T: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&Server) -> std::result::Result<T, Failure> + Send + 'static,
    ) -> std::result::Result<T, Failure> {
        // The permit goes with the work, not the request: a client that
        // gives up does not free a thread that is still hashing.
        let waited =
            tokio::time::timeout(BUSY_WAIT, Arc::clone(&self.store_work).acquire_owned()).await;
        let Ok(Ok(permit)) = waited else {
            return Err(Failure::busy());
        };
        let server = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            work(&server)
        })
        .await
        .unwrap_or_else(|e| Err(Error::Internal(format!("a request's work failed: {e}")).into()))
    }

    /// Runs `work` in a session acting as the user of the request's API
    /// token, which must hold `scope`: a missing, unknown, revoked or
    /// expired token, or one whose user cannot act, is 401; a token without
    /// the scope is 403. What is done is audited as `token:NAME`.
    async fn with_token<T: Send + 'static>(
        self: &Arc<Self>,
        headers: &HeaderMap,
        scope: Scope,
        what: &'static str,
        work: impl FnOnce(&Server, &mut Session) -> std::result::Result<T, Failure> + Send + 'static,
    ) -> std::result::Result<T, Failure> {
        self.with_credential(headers, scope, what, move |server, session, _| {
            work(server, session)
        })
        .await
    }

    /// [`Server::with_token`], with the caller at hand: a credential's user,
    /// or on the admin socket ([`Config::admin_socket`]) the server's own
    /// OS account, acting as it would on the store from the command line.
    async fn with_credential<T: Send + 'static>(
        self: &Arc<Self>,
        headers: &HeaderMap,
        scope: Scope,
        what: &'static str,
        work: impl FnOnce(&Server, &mut Session, &Caller) -> std::result::Result<T, Failure>
        + Send
        + 'static,
    ) -> std::result::Result<T, Failure> {
        let require_delivery = headers
            .get(admission::REQUIRE_DELIVERY_HEADER)
            .is_some_and(|v| v.as_bytes() == b"1");
        if let Some((name, named)) = self.local_caller(headers).filter(|_| scope == Scope::Admin) {
            return self
                .blocking(move |server| {
                    let mut session = server
                        .pool
                        .session(server.ctx(), server.config.mail.clone())?;
                    if let Err(e) = session.act_as_local(name, named) {
                        return server.give_back(session, Err(e.into()));
                    }
                    session.mail.require_delivery |= require_delivery;
                    let result = work(server, &mut session, &Caller::Local);
                    server.give_back(session, result)
                })
                .await;
        }
        let token = bearer(headers).ok_or_else(Failure::unauthorized)?;
        self.blocking(move |server| {
            let mut session = server
                .pool
                .session(server.ctx(), server.config.mail.clone())?;
            let authenticated = match crate::ops::api_token::authenticate(&mut session, &token) {
                Ok(authenticated) => authenticated,
                Err(e) => {
                    let store_failed = matches!(e.code(), "unavailable" | "failure");
                    server.pool.give_back(session, !store_failed);
                    return Err(if store_failed {
                        e.into()
                    } else {
                        Failure::unauthorized()
                    });
                }
            };
            if let Err(e) = authenticated.require_scope(scope, what) {
                server.pool.give_back(session, true);
                return Err(e.into());
            }
            let mut ctx = session.ctx.clone().acting_as(authenticated.actor.clone());
            ctx.actor = authenticated.audit_actor();
            session.ctx = ctx;
            session.mail.require_delivery |= require_delivery;
            let result = work(
                server,
                &mut session,
                &Caller::Credential(Box::new(authenticated)),
            );
            server.give_back(session, result)
        })
        .await
    }

    /// A request that came in on the admin socket (the listener marked it
    /// with this run's secret, which no client sees): who acts, as the
    /// command line names it (`Roster-Actor`, and whether it was named).
    fn local_caller(&self, headers: &HeaderMap) -> Option<(String, bool)> {
        let key = self.local_key.as_deref()?;
        let marked = headers.get(listen::LOCAL_ADMIN_HEADER)?;
        if !crate::token::constant_time_eq(marked.as_bytes(), key.as_bytes()) {
            return None;
        }
        let named = headers
            .get(admission::ACTOR_NAMED_HEADER)
            .is_some_and(|v| v.as_bytes() == b"1");
        // Not named: the account running the server, as the command line
        // records it (the peer is that account). Named: as `--as` gives it,
        // checked as the command line checks it.
        let actor = match named {
            false => self.config.ctx.actor.clone(),
            true => headers
                .get(admission::ACTOR_HEADER)
                .and_then(|v| v.to_str().ok())
                .and_then(crate::ops::wire::actor_from_header)
                .unwrap_or_default(),
        };
        Some((actor, named))
    }

    /// Gives a session's store back to the pool (dropped when the work
    /// failed on the server's side) and passes the work's result on.
    fn give_back<T>(
        &self,
        session: Session,
        result: std::result::Result<T, Failure>,
    ) -> std::result::Result<T, Failure> {
        let sound = !matches!(&result, Err(f) if f.status.is_server_error());
        self.pool.give_back(session, sound);
        result
    }

    /// Runs `work` in a session acting as the trusted `actor` (a person on
    /// a page, someone signing in).
    async fn as_actor<T: Send + 'static>(
        self: &Arc<Self>,
        actor: String,
        work: impl FnOnce(&Server, &mut Session) -> std::result::Result<T, Failure> + Send + 'static,
    ) -> std::result::Result<T, Failure> {
        self.blocking(move |server| {
            let mut ctx = server.ctx();
            ctx.acting = crate::domain::actor::Actor::trusted(actor.clone());
            ctx.actor = actor;
            let mut session = server.pool.session(ctx, server.config.mail.clone())?;
            let result = work(server, &mut session);
            server.give_back(session, result)
        })
        .await
    }
}

impl Server {
    /// Whether the server answers to `Host: host`: its public URL's host,
    /// `localhost`, or an IP address. Any other name is one someone else
    /// pointed here (DNS rebinding) or a mistake.
    fn answers_to(&self, host: &str) -> bool {
        let host = host.trim().to_ascii_lowercase();
        if host == self.public || strip_default_port(&host) == strip_default_port(&self.public) {
            return true;
        }
        let name = match host.strip_prefix('[') {
            Some(rest) => rest.split(']').next().unwrap_or_default(),
            None => host.rsplit_once(':').map_or(host.as_str(), |(name, port)| {
                if port.bytes().all(|b| b.is_ascii_digit()) {
                    name
                } else {
                    host.as_str()
                }
            }),
        };
        if name == "localhost" || name.ends_with(".localhost") {
            return true;
        }
        // An address is no one else's name for this server: a page that
        // rebinds a name of its own sends that name.
        name.parse::<std::net::IpAddr>().is_ok()
    }
}

/// `host:443` and `host:80` are `host` (the browser leaves the port out).
fn strip_default_port(host: &str) -> &str {
    host.strip_suffix(":443")
        .or_else(|| host.strip_suffix(":80"))
        .unwrap_or(host)
}

/// The host and port of a URL (`https://accounts.example.com/x` →
/// `accounts.example.com`), lowercase.
fn authority(url: &str) -> String {
    url.split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// One JSON line on stderr per request (method, path without its query,
/// status, milliseconds, client: never a token, password or query string),
/// the metrics, and the request's time limit.
async fn access_log(State(server): State<Arc<Server>>, mut req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().to_string();
    let path = req.uri().path().to_string();
    let peer = req
        .extensions()
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    // The admin socket's peer is the server's own account, never a proxy.
    let admin_socket = req.extensions().get::<AdminSocket>().is_some();
    let from_proxy = server
        .config
        .proxy
        .as_ref()
        .filter(|_| !admin_socket)
        .map(|trusted| peer.is_none_or(|ip| trusted.contains(&ip)));
    let client = match (&server.config.proxy, from_proxy) {
        _ if admin_socket => "admin-socket".to_string(),
        (Some(trusted), Some(true)) => forwarded_client(req.headers(), peer, trusted),
        _ => peer.map_or_else(|| "unix".to_string(), |ip| ip.to_string()),
    };
    // Only a trusted proxy says how a request came: a client that reaches
    // the server around the proxy is refused whatever it claims.
    let https = from_proxy == Some(true) && forwarded_https(req.headers());
    if server.config.proxy.is_some() && !admin_socket && path != "/healthz" && !https {
        let refused = Failure::new(
            StatusCode::BAD_REQUEST,
            "usage",
            "behind a proxy, requests must arrive over HTTPS (X-Forwarded-Proto: https)",
        )
        .into_response();
        return finish(&server, &method, &path, &client, started, refused);
    }
    let host = req
        .headers()
        .get(axum::http::header::HOST)
        .map(|h| h.to_str().unwrap_or("?"));
    // Over a Unix socket the peer is a local proxy, which no web page
    // can make a browser reach.
    let over_tcp = peer.is_some();
    if let Some(host) = host.filter(|h| over_tcp && !server.answers_to(h)) {
        let refused = Failure::new(
            StatusCode::MISDIRECTED_REQUEST,
            "usage",
            format!(
                "this server does not answer for host {}; its public URL is {}",
                crate::output::for_terminal(host),
                server.config.ctx.base_url
            ),
        )
        .into_response();
        return finish(&server, &method, &path, &client, started, refused);
    }
    let request_id = match admit_admin(&server, &path, req.headers()) {
        Ok(id) => id,
        Err(refused) => {
            return finish(
                &server,
                &method,
                &path,
                &client,
                started,
                refused.into_response(),
            );
        }
    };
    req.extensions_mut().insert(pages::Client(client.clone()));
    // Answered when their work is done, however long it takes: lists and
    // bulk changes stream, and a single change may be sending its mail
    // (a timeout after it committed would only mislead).
    let streams = matches!(
        path.as_str(),
        "/v1/admin/users/change"
            | "/v1/admin/users/reset-password"
            | "/v1/admin/users/import"
            | "/v1/admin/users/sync"
            | "/v1/admin/users/create"
            | "/v1/admin/users/update"
            | "/v1/admin/users/list"
            | "/v1/admin/users/export"
            | "/v1/admin/users/history"
            | "/v1/admin/audit/list"
            | "/v1/admin/mail/flush"
            | "/v1/admin/mail/retry"
            | "/v1/admin/features/toggle"
            | "/v1/admin/roles/delete"
            | "/v1/admin/groups/delete"
    );
    let (mut response, timed_out) = if streams {
        (next.run(req).await, false)
    } else {
        match tokio::time::timeout(REQUEST_TIMEOUT, next.run(req)).await {
            Ok(response) => (response, false),
            Err(_) => (
                Failure::busy_with("the request took too long").into_response(),
                true,
            ),
        }
    };
    if path.starts_with("/v1/admin/") {
        response
            .headers_mut()
            .insert(admission::VERSION_HEADER, admission::API_VERSION.into());
    }
    // Refused (a 4xx: a change commits whole or not at all), or too busy
    // to begin: nothing was done, and it may be sent again with its id. (One
    // that timed out, or failed in its work, may have been done.)
    let nothing_done = response.status().is_client_error()
        || (response.extensions().get::<http::NothingDone>().is_some() && !timed_out);
    if let Some(id) = request_id.filter(|_| nothing_done) {
        if let Ok(mut seen) = server.seen.lock() {
            seen.forget(&id);
        }
    }
    finish(&server, &method, &path, &client, started, response)
}

/// An admin request's version checked, and a change's request id taken:
/// the id, or the refusal.
fn admit_admin(
    server: &Server,
    path: &str,
    headers: &HeaderMap,
) -> std::result::Result<Option<String>, Failure> {
    if !path.starts_with("/v1/admin/") {
        return Ok(None);
    }
    admission::check_version(headers)?;
    let id = headers
        .get(admission::REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|id| !id.is_empty() && admission::changes(path));
    let Some(id) = id else {
        return Ok(None);
    };
    if id.len() > 200 {
        return Err(Failure::new(
            StatusCode::BAD_REQUEST,
            "usage",
            "a request id is at most 200 characters",
        ));
    }
    // One credential's ids: no one else's requests can clash with them.
    let credential = {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        headers
            .get(axum::http::header::AUTHORIZATION)
            .map(|v| v.as_bytes())
            .hash(&mut hasher);
        hasher.finish()
    };
    let id = format!("{credential:016x}:{id}");
    let fresh = server.seen.lock().map(|mut s| s.admit(&id)).unwrap_or(true);
    if !fresh {
        return Err(admission::already_received(&id[17..]));
    }
    Ok(Some(id))
}

/// The security headers on an answer, its access-log line and metrics.
fn finish(
    server: &Server,
    method: &str,
    path: &str,
    client: &str,
    started: Instant,
    mut response: Response,
) -> Response {
    web::secure_headers(response.headers_mut());
    log_request(server, method, path, client, started, &response);
    response
}

/// The access log's line and the metrics of one answered request.
fn log_request(
    server: &Server,
    method: &str,
    path: &str,
    client: &str,
    started: Instant,
    response: &Response,
) {
    let took = started.elapsed();
    let status = response.status().as_u16();
    server.count(|m| m.record(route_of(path), status, took));
    let line = serde_json::json!({
        "at": jiff::Timestamp::now().to_string(),
        "method": method,
        "path": crate::output::for_terminal(path),
        "status": status,
        "ms": (took.as_secs_f64() * 1000.0 * 10.0).round() / 10.0,
        "client": client,
    });
    eprintln!("{line}");
}

/// A request from a trusted proxy (a Unix socket's peer is the proxy): the
/// client is the last address of `X-Forwarded-For` that is not a trusted
/// proxy. An entry that is not an address ends the walk: what is left of
/// it was written by the client.
fn forwarded_client(
    headers: &HeaderMap,
    peer: Option<std::net::IpAddr>,
    trusted: &[std::net::IpAddr],
) -> String {
    let shown = || peer.map_or_else(|| "unix".to_string(), |ip| ip.to_string());
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    for entry in entries.iter().rev() {
        match entry.parse::<std::net::IpAddr>() {
            Ok(ip) if trusted.contains(&ip) => continue,
            Ok(ip) => return ip.to_string(),
            Err(_) => break,
        }
    }
    shown()
}

/// Whether the proxy says the request came over HTTPS.
fn forwarded_https(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("https"))
}

/// An unknown path: a page for a browser, JSON for a program.
async fn not_found(State(server): State<Arc<Server>>, headers: HeaderMap) -> Response {
    let wants_html = headers
        .get(axum::http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    if wants_html {
        return server.look.message(
            StatusCode::NOT_FOUND,
            "error",
            "There is no such page",
            &["Check the address, or open the link from your email again."],
            None,
        );
    }
    Failure::new(StatusCode::NOT_FOUND, "not_found", "no such endpoint").into_response()
}

async fn method_not_allowed() -> Failure {
    Failure::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "usage",
        "this endpoint does not take that method",
    )
}

/// The endpoints and what wraps them.
fn router(server: Arc<Server>) -> Router {
    admin::call_routes(Router::new())
        .route("/healthz", get(api::healthz))
        .route("/metrics", get(api::metrics))
        .route("/v1/auth/login", post(api::login))
        .route("/v1/auth/verify", post(api::verify))
        .route("/v1/auth/check", post(api::check_permission))
        .route("/v1/sessions/check", post(api::check_session))
        .route("/v1/sessions/revoke", post(api::revoke_session))
        .route("/v1/users/{key}", get(api::show_user))
        .route(
            "/scim/v2/Users",
            get(scim::list_users)
                .post(scim_write::create_user)
                .fallback(scim::not_offered),
        )
        .route(
            "/scim/v2/Users/{id}",
            get(scim::get_user)
                .put(scim_write::replace_user)
                .patch(scim_write::patch_user)
                .delete(scim_write::delete_user)
                .fallback(scim::not_offered),
        )
        .route(
            "/scim/v2/Groups",
            get(scim_group::list_groups)
                .post(scim_group::create_group)
                .fallback(scim::not_offered),
        )
        .route(
            "/scim/v2/Groups/{id}",
            get(scim_group::get_group)
                .put(scim_group::replace_group)
                .patch(scim_group::patch_group)
                .delete(scim_group::delete_group)
                .fallback(scim::not_offered),
        )
        .route("/scim/v2/Me", any(scim::me))
        .route(
            "/scim/v2/ServiceProviderConfig",
            get(scim::service_provider_config),
        )
        .route("/scim/v2/ResourceTypes", get(scim::resource_types))
        .route("/scim/v2/ResourceTypes/{id}", get(scim::resource_type))
        .route("/scim/v2/Schemas", get(scim::schemas))
        .route("/scim/v2/Schemas/{id}", get(scim::schema))
        .route("/scim/v2/.search", post(scim::search))
        .route("/scim/v2/Users/.search", post(scim::search))
        .route("/scim/v2/Groups/.search", post(scim::search))
        .route("/scim/v2/{*rest}", any(scim::unknown))
        .route("/v1/admin/login", post(admin::login))
        .route("/v1/admin/logout", post(admin::logout))
        .route("/v1/admin/whoami", get(admin::whoami))
        .route(
            "/v1/admin/users/change",
            // A change may name many users (`--from-file`).
            post(admin::change).layer(DefaultBodyLimit::max(ADMIN_BODY_LIMIT)),
        )
        .route(
            "/v1/admin/users/reset-password",
            post(admin::reset_password).layer(DefaultBodyLimit::max(ADMIN_BODY_LIMIT)),
        )
        .route(
            "/v1/admin/users/import",
            post(upload::import).layer(DefaultBodyLimit::disable()),
        )
        .route(
            "/v1/admin/users/sync",
            post(upload::sync).layer(DefaultBodyLimit::disable()),
        )
        .route("/v1/admin/users/show", post(admin::show))
        .route("/v1/admin/users/list", post(admin::list))
        .route("/v1/admin/users/export", post(admin::export))
        .route("/v1/admin/users/create", post(admin::create))
        .route("/v1/admin/users/update", post(admin::update))
        .route("/v1/admin/db/stats", post(admin::db_stats))
        .route("/v1/admin/db/check", post(admin::db_check))
        .route("/v1/admin/users/history", post(admin::history))
        .route("/v1/admin/audit/list", post(admin::audit_list))
        .route("/v1/admin/audit/verify", post(admin::audit_verify))
        .route("/v1/admin/authorize", post(admin::authorize))
        .route(
            "/accept-invite",
            get(pages::accept_invite_page).post(pages::accept_invite_post),
        )
        .route("/reset", get(pages::reset_page).post(pages::reset_post))
        // The path of reset links before the server served them.
        .route("/reset-password", get(pages::reset_page))
        .route("/forgot", get(pages::forgot_page).post(pages::forgot_post))
        .route(
            "/change-password",
            get(pages::change_page).post(pages::change_post),
        )
        .route("/onboarding", get(pages::onboarding))
        .route("/static/roster.css", get(pages::style))
        .route("/logo", get(pages::logo))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn_with_state(
            Arc::clone(&server),
            access_log,
        ))
        .with_state(server)
}

/// Runs the server until SIGTERM or SIGINT, then lets requests in flight
/// finish (within 10 s). `started` is told where it listens.
pub fn run(config: Config, started: &dyn Fn(&str)) -> Result<()> {
    return_large_buffers();
    crate::interrupt::uninstall();
    let workers = config.workers.max(1);
    let pool = Pool::open(&config.location, config.options.clone(), workers)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(std::thread::available_parallelism().map_or(2, |n| n.get()))
        .max_blocking_threads(workers + 2)
        .enable_all()
        .build()
        .map_err(|e| Error::Internal(format!("the server's runtime: {e}")))?;
    let tls = config
        .tls
        .as_ref()
        .map(|(cert, key)| listen::tls_acceptor(cert, key))
        .transpose()?;
    let bound = {
        let _entered = runtime.enter();
        let mut bound = config
            .listen
            .iter()
            .map(|l| listen::bind(l, tls.is_some() && matches!(l, Listen::Tcp(_))))
            .collect::<Result<Vec<_>>>()?;
        if let Some(path) = &config.admin_socket {
            bound.push(listen::bind_admin(path)?);
        }
        bound
    };
    let look = web::Look::load(
        config.pages.templates.as_deref(),
        &config.pages.product_name,
        config.pages.logo.as_deref(),
    )?;
    let server = Arc::new(Server {
        pool,
        metrics: Mutex::new(Metrics::default()),
        per_account: Limiter::new(config.sign_in_limit, Duration::from_secs(60)),
        per_client: Limiter::new(config.pages.page_limit, Duration::from_secs(60)),
        store_work: Arc::new(tokio::sync::Semaphore::new(workers)),
        look,
        cookies: web::Cookies {
            // Served over HTTPS, however it reaches the browser.
            secure: config.tls.is_some()
                || config.proxy.is_some()
                || config
                    .ctx
                    .base_url
                    .to_ascii_lowercase()
                    .starts_with("https://"),
        },
        public: authority(&config.ctx.base_url),
        reset_interval: config.pages.reset_mail_interval,
        seen: Mutex::new(admission::Seen::default()),
        uploads: Arc::new(tokio::sync::Semaphore::new(UPLOADS)),
        local_key: match config.admin_socket {
            Some(_) => Some(crate::token::new_token()?.secret),
            None => None,
        },
        config,
    });
    let kept = Arc::clone(&server);
    let served = runtime.block_on(async move {
        let stopped = signals()?;
        let (stop, stopping) = tokio::sync::watch::channel(false);
        let mut serving = Vec::new();
        for listener in bound {
            started(listener.shown());
            let mut app = router(Arc::clone(&server));
            if let (listen::Bound::Admin(..), Some(key)) = (&listener, &server.local_key) {
                let key = HeaderValue::from_str(key)
                    .map_err(|e| Error::Internal(format!("the admin socket's key: {e}")))?;
                app = app.layer(middleware::map_request_with_state(key, marked_local));
            }
            let tls = matches!(listener, listen::Bound::Tcp(..))
                .then(|| tls.clone())
                .flatten();
            serving.push(tokio::spawn(listen::serve(
                listener,
                app,
                tls,
                stopping.clone(),
            )));
        }
        stopped.await;
        let _ = stop.send(true);
        let drained = tokio::time::timeout(DRAIN, async {
            for task in serving {
                let _ = task.await;
            }
        })
        .await;
        if drained.is_err() {
            eprintln!("roster serve: requests still running after {DRAIN:?} were cut off");
        }
        Ok(())
    });
    // Stores are closed here, outside the runtime: a PostgreSQL connection
    // closes with a runtime of its own, which cannot start inside this one.
    kept.pool.close();
    drop(kept);
    runtime.shutdown_timeout(Duration::from_secs(1));
    served
}

/// Marks each request of the admin socket as its listener's, with this
/// run's secret (whatever a client sent under that name is replaced).
async fn marked_local(State(key): State<HeaderValue>, mut req: Request) -> Request {
    req.headers_mut().insert(listen::LOCAL_ADMIN_HEADER, key);
    req.extensions_mut().insert(AdminSocket);
    req
}

/// A request that came in on the admin socket (for the access log: no
/// proxy stands in front of it).
#[derive(Clone, Copy)]
struct AdminSocket;

/// Has large buffers (argon2's 19 MiB for each password checked) mapped and
/// unmapped one by one. glibc otherwise keeps freed ones in an arena per
/// thread; with the blocking pool's threads coming and going, a server that
/// had signed users in for a few seconds held 600 MiB, and never gave it back.
fn return_large_buffers() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a tunable of the allocator; it is called
    // before the server's threads start.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}

/// Takes SIGTERM and SIGINT now (before the server says it listens: a
/// signal sent the moment it does must stop it cleanly); the future ends
/// when one comes.
fn signals() -> Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let listen = |kind| {
        signal(kind).map_err(|e| Error::Internal(format!("cannot take SIGTERM and SIGINT: {e}")))
    };
    let (mut term, mut int) = (
        listen(SignalKind::terminate())?,
        listen(SignalKind::interrupt())?,
    );
    Ok(async move {
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    })
}

/// A body that is too large or cannot be read, as JSON.
pub(crate) fn body_failure(rejection: axum::extract::rejection::BytesRejection) -> Failure {
    Failure::new(rejection.status(), "usage", rejection.body_text())
}
