//! What an admin request must show before it is handled: the admin API
//! version the client speaks (one of another version is told which side
//! to upgrade), and for a change, a request id not seen before (a change a
//! client sent again after losing the answer is not applied twice).

use axum::http::{HeaderMap, StatusCode};

use super::http::Failure;
pub use crate::ops::wire::{
    ACTOR_HEADER, ACTOR_NAMED_HEADER, API_VERSION, REQUIRE_DELIVERY_HEADER,
};

/// The header a client names its admin API version in.
pub const VERSION_HEADER: &str = "roster-api-version";
/// The header a client names each request in, so that a retried one is
/// not applied twice.
pub const REQUEST_ID_HEADER: &str = "roster-request-id";

/// A client of another admin API version is told which side to upgrade,
/// before anything is done.
pub fn check_version(headers: &HeaderMap) -> std::result::Result<(), Failure> {
    let Some(raw) = headers.get(VERSION_HEADER) else {
        return Ok(());
    };
    let theirs = raw.to_str().ok().and_then(|v| v.trim().parse::<u32>().ok());
    let upgrade = match theirs {
        Some(v) if v == API_VERSION => return Ok(()),
        Some(v) if v > API_VERSION => "upgrade this server to the client's version",
        _ => "upgrade roster on the client to the server's version",
    };
    Err(Failure::new(
        StatusCode::BAD_REQUEST,
        "usage",
        format!(
            "this server (roster {}) speaks admin API version {API_VERSION}, the client {}: {upgrade}",
            env!("CARGO_PKG_VERSION"),
            theirs.map_or_else(
                || "an unreadable one".to_string(),
                |v| format!("version {v}")
            ),
        ),
    ))
}

pub use crate::ops::wire::changes;

/// The request ids of changes received lately: a change sent again with
/// the same id (a client that lost the answer and retried) is refused,
/// not applied twice.
#[derive(Default)]
pub struct Seen {
    ids: std::collections::HashMap<String, std::time::Instant>,
    order: std::collections::VecDeque<(String, std::time::Instant)>,
}

/// How long, and how many, request ids are remembered.
const SEEN_FOR: std::time::Duration = std::time::Duration::from_secs(3600);
const SEEN_MAX: usize = 100_000;

impl Seen {
    /// Takes `id` as received now; false when it was received before.
    pub fn admit(&mut self, id: &str) -> bool {
        let now = std::time::Instant::now();
        while let Some((old, at)) = self.order.front() {
            if now.duration_since(*at) < SEEN_FOR && self.ids.len() < SEEN_MAX {
                break;
            }
            if self.ids.get(old) == Some(at) {
                self.ids.remove(old);
            }
            self.order.pop_front();
        }
        if self.ids.contains_key(id) {
            return false;
        }
        // Ids forgotten early (their requests were refused) leave entries
        // behind in the order: dropped once they outnumber the live ones.
        if self.order.len() > 2 * SEEN_MAX.max(self.ids.len()) {
            let ids = &self.ids;
            self.order.retain(|(id, at)| ids.get(id) == Some(at));
        }
        self.ids.insert(id.to_string(), now);
        self.order.push_back((id.to_string(), now));
        true
    }

    /// Forgets `id`: its request did nothing (the store was busy), so it
    /// may be sent again.
    pub fn forget(&mut self, id: &str) {
        self.ids.remove(id);
    }
}

/// A change whose request id was received before.
pub fn already_received(id: &str) -> Failure {
    Failure {
        detail: Some(Box::new(
            [(
                "already_received".to_string(),
                serde_json::Value::Bool(true),
            )]
            .into_iter()
            .collect(),
        )),
        ..Failure::new(
            StatusCode::CONFLICT,
            "conflict",
            format!(
                "request {} was received before and is not applied twice; `roster audit list` shows what it did",
                crate::output::for_terminal(id)
            ),
        )
    }
}
