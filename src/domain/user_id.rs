//! A user's id. Its own file, with no dependency on the domain's errors, so
//! that the errors can name a user by it.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A user's immutable id: a UUIDv7, so ids sort by creation time.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct UserId(String);

impl UserId {
    pub fn new() -> UserId {
        UserId(uuid::Uuid::now_v7().to_string())
    }

    /// Accepts a UUID in any case and hyphenation; returns None for anything else.
    pub fn parse(raw: &str) -> Option<UserId> {
        uuid::Uuid::parse_str(raw.trim())
            .ok()
            .map(|u| UserId(u.hyphenated().to_string()))
    }

    /// Whether `raw` could be the start of an id, as tables shorten them: 8
    /// or more of its hex digits and hyphens, short of a whole id.
    pub fn is_prefix(raw: &str) -> bool {
        (8..36).contains(&raw.len())
            && raw.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
            && !raw.starts_with('-')
    }

    /// For ids read back from the store, which only ever holds valid ones.
    pub fn from_stored(raw: String) -> UserId {
        UserId(raw)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for UserId {
    /// An id as a server sends it: a UUID, or the value is refused.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<UserId, D::Error> {
        let raw = String::deserialize(d)?;
        UserId::parse(&raw)
            .ok_or_else(|| serde::de::Error::custom(format!("{raw:?} is not a user id")))
    }
}

impl Default for UserId {
    fn default() -> Self {
        UserId::new()
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
