//! What every endpoint shares: JSON errors with SPEC §5's codes by name,
//! reading a JSON body, the bearer token, the access log, metrics and rate
//! limits.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

use crate::domain::error::Error;

/// An answer that is an error: a status and `{"error":{"code","message"}}`.
#[derive(Debug)]
pub struct Failure {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    /// Seconds, for 429 and 503.
    pub retry_after: Option<u64>,
    /// Why a sign-in was refused, by name, where the server tells it.
    pub reason: Option<&'static str>,
    /// More about the error, as fields of its object (the question a
    /// change needs answered).
    pub detail: Option<Box<serde_json::Map<String, serde_json::Value>>>,
    /// The request was refused before any of its work began (the store
    /// was too busy to take it): it may be sent again as it was.
    pub nothing_done: bool,
}

/// Marks an answer whose request did nothing (see [`Failure::nothing_done`]).
#[derive(Clone, Copy)]
pub struct NothingDone;

impl Failure {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Failure {
        Failure {
            status,
            code,
            message: message.into(),
            retry_after: None,
            reason: None,
            detail: None,
            nothing_done: false,
        }
    }

    /// The caller's credential is missing or does not work: 401, one
    /// answer for every reason (the log says which).
    pub fn unauthorized() -> Failure {
        Failure::new(
            StatusCode::UNAUTHORIZED,
            "denied",
            "a valid API token is needed: Authorization: Bearer rst_…",
        )
    }

    /// The server has no thread free for the request's store work.
    pub fn busy() -> Failure {
        Failure {
            nothing_done: true,
            ..Failure::busy_with("the server is busy; try again")
        }
    }

    pub fn busy_with(message: &str) -> Failure {
        Failure {
            retry_after: Some(5),
            ..Failure::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", message)
        }
    }

    pub fn too_many(retry_after: u64) -> Failure {
        Failure {
            retry_after: Some(retry_after),
            ..Failure::new(
                StatusCode::TOO_MANY_REQUESTS,
                "denied",
                "too many attempts; wait and try again",
            )
        }
    }
}

impl From<Error> for Failure {
    /// A domain error as HTTP: the status its code implies, the code by
    /// name, the message as the command line would say it.
    fn from(e: Error) -> Failure {
        let code = e.code();
        let status = match code {
            "not_found" => StatusCode::NOT_FOUND,
            "invalid_input" => StatusCode::UNPROCESSABLE_ENTITY,
            "conflict" => StatusCode::CONFLICT,
            "denied" => StatusCode::FORBIDDEN,
            "usage" => StatusCode::BAD_REQUEST,
            "not_confirmed" => StatusCode::PRECONDITION_REQUIRED,
            "unavailable" => StatusCode::SERVICE_UNAVAILABLE,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        // What went wrong on the server's side is logged for its operator
        // (a client that went away is its own business).
        let gone = matches!(
            e,
            Error::Unavailable(crate::domain::error::Unavailable::ClientGone)
        );
        if status.is_server_error() && !gone {
            eprintln!(
                "roster serve: {code}: {}",
                crate::output::for_terminal(&e.to_string())
            );
        }
        let message = if e.is_database_failure() {
            "the server's store failed (a row it cannot read, or its file); the server's log says \
             more, and `roster db check` where the store is finds bad rows"
                .to_string()
        } else if status == StatusCode::INTERNAL_SERVER_ERROR {
            "an internal error; the server's log says more".to_string()
        } else {
            e.to_string()
        };
        Failure {
            retry_after: (status == StatusCode::SERVICE_UNAVAILABLE).then_some(5),
            ..Failure::new(status, code, message)
        }
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let mut error = serde_json::json!({ "code": self.code, "message": self.message });
        if let Some(reason) = self.reason {
            error["reason"] = reason.into();
        }
        for (key, value) in self.detail.map(|d| *d).unwrap_or_default() {
            error[key] = value;
        }
        let body = serde_json::json!({ "error": error });
        let mut response = (self.status, axum::Json(body)).into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        if self.nothing_done {
            response.extensions_mut().insert(NothingDone);
        }
        response
    }
}

/// A request body read as JSON: it must say it is JSON (415 otherwise)
/// and parse as the request (400, naming what is wrong).
pub fn json_body<T: DeserializeOwned>(headers: &HeaderMap, body: &Bytes) -> Result<T, Failure> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err(Failure::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "usage",
            "the body must be JSON (Content-Type: application/json)",
        ));
    }
    serde_json::from_slice(body).map_err(|e| {
        Failure::new(
            StatusCode::BAD_REQUEST,
            "usage",
            format!("the body is not the JSON this endpoint takes: {e}"),
        )
    })
}

/// The bearer token of the request, if there is one.
pub fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_string())
        .filter(|t| !t.is_empty())
}

/// Requests by route and status, their latency, sign-ins and lockouts, in
/// Prometheus' text format.
#[derive(Default)]
pub struct Metrics {
    requests: HashMap<(String, u16), u64>,
    /// Cumulative counts per bucket bound (seconds), then the sum and count.
    latency: [u64; BUCKETS.len()],
    latency_sum: f64,
    latency_count: u64,
    pub sign_ins: u64,
    pub lockouts: u64,
    /// Messages the server's pages queued.
    pub mail_queued: u64,
}

const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0];

impl Metrics {
    pub fn record(&mut self, route: &str, status: u16, took: Duration) {
        *self
            .requests
            .entry((route.to_string(), status))
            .or_default() += 1;
        let seconds = took.as_secs_f64();
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                self.latency[i] += 1;
            }
        }
        self.latency_sum += seconds;
        self.latency_count += 1;
    }

    pub fn render(&self, outbox: Option<u64>) -> String {
        let mut out = String::new();
        out.push_str("# HELP roster_http_requests_total Requests answered, by route and status.\n");
        out.push_str("# TYPE roster_http_requests_total counter\n");
        let mut requests: Vec<_> = self.requests.iter().collect();
        requests.sort();
        for ((route, status), n) in requests {
            out.push_str(&format!(
                "roster_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}\n"
            ));
        }
        out.push_str("# HELP roster_http_request_duration_seconds Time to answer a request.\n");
        out.push_str("# TYPE roster_http_request_duration_seconds histogram\n");
        for (bound, n) in BUCKETS.iter().zip(self.latency) {
            out.push_str(&format!(
                "roster_http_request_duration_seconds_bucket{{le=\"{bound}\"}} {n}\n"
            ));
        }
        out.push_str(&format!(
            "roster_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {}\n",
            self.latency_count
        ));
        out.push_str(&format!(
            "roster_http_request_duration_seconds_sum {}\nroster_http_request_duration_seconds_count {}\n",
            self.latency_sum, self.latency_count
        ));
        out.push_str("# HELP roster_sign_ins_total Successful sign-ins and password checks.\n");
        out.push_str("# TYPE roster_sign_ins_total counter\n");
        out.push_str(&format!("roster_sign_ins_total {}\n", self.sign_ins));
        out.push_str("# HELP roster_lockouts_total Accounts locked by failed sign-ins.\n");
        out.push_str("# TYPE roster_lockouts_total counter\n");
        out.push_str(&format!("roster_lockouts_total {}\n", self.lockouts));
        out.push_str("# HELP roster_mail_queued_total Messages queued by this server (invitation notices, reset links).\n");
        out.push_str("# TYPE roster_mail_queued_total counter\n");
        out.push_str(&format!("roster_mail_queued_total {}\n", self.mail_queued));
        if let Some(queued) = outbox {
            out.push_str("# HELP roster_mail_outbox Messages waiting in the outbox.\n");
            out.push_str("# TYPE roster_mail_outbox gauge\n");
            out.push_str(&format!("roster_mail_outbox {queued}\n"));
        }
        out
    }
}

/// At most `limit` attempts per key in each window: a fixed window per
/// key, forgotten when it ends.
pub struct Limiter {
    limit: u32,
    window: Duration,
    seen: Mutex<HashMap<String, (Instant, u32)>>,
}

impl Limiter {
    pub fn new(limit: u32, window: Duration) -> Limiter {
        Limiter {
            limit,
            window,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Counts an attempt for `key` (kept as a short digest, whatever its
    /// length); Err(seconds to wait) past the limit. At most `MAX_KEYS`
    /// are remembered: past that, windows that ended are forgotten, and if
    /// none has, everything is.
    pub fn check(&self, key: &str) -> Result<(), u64> {
        const MAX_KEYS: usize = 100_000;
        let now = Instant::now();
        let Ok(mut seen) = self.seen.lock() else {
            return Ok(());
        };
        if seen.len() >= MAX_KEYS {
            seen.retain(|_, (start, _)| now.duration_since(*start) < self.window);
            if seen.len() >= MAX_KEYS {
                seen.clear();
            }
        }
        let digest = crate::token::token_digest(key);
        let entry = seen.entry(digest[..32].to_string()).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        entry.1 += 1;
        if entry.1 > self.limit {
            let left = self.window.saturating_sub(now.duration_since(entry.0));
            return Err(left.as_secs().max(1));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_limiter_refuses_past_its_limit_and_says_how_long() {
        let limiter = Limiter::new(2, Duration::from_secs(60));
        assert!(limiter.check("a").is_ok());
        assert!(limiter.check("a").is_ok());
        let wait = limiter.check("a").unwrap_err();
        assert!((1..=60).contains(&wait));
        assert!(limiter.check("b").is_ok());
    }

    #[test]
    fn errors_keep_their_code_and_a_status_that_matches() {
        let f = Failure::from(Error::not_found("user", "x@example.com"));
        assert_eq!((f.status, f.code), (StatusCode::NOT_FOUND, "not_found"));
        let f = Failure::from(Error::Internal("secret detail".into()));
        assert_eq!(f.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(!f.message.contains("secret detail"));
        let mut headers = HeaderMap::new();
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer  rst_x "),
        );
        assert_eq!(bearer(&headers).as_deref(), Some("rst_x"));
    }
}
