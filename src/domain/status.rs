//! A user's status. Its own file, with no dependency on the domain's
//! errors, so that the errors can carry one; reading one from text (which
//! can fail) is in `types.rs`.

use std::fmt;

use serde::{Serialize, Serializer};

/// A user's status as a user sees it. `InvitationExpired` is never stored: it is an
/// `Invited` user whose invitation is past its expiry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Invited,
    InvitationExpired,
    InvitationRevoked,
    Active,
    Blocked,
    Archived,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Invited,
        Status::InvitationExpired,
        Status::InvitationRevoked,
        Status::Active,
        Status::Blocked,
        Status::Archived,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Invited => "invited",
            Status::InvitationExpired => "invitation_expired",
            Status::InvitationRevoked => "invitation_revoked",
            Status::Active => "active",
            Status::Blocked => "blocked",
            Status::Archived => "archived",
        }
    }

    /// The value kept in the store for a user in this status.
    pub fn stored(self) -> Status {
        match self {
            Status::InvitationExpired => Status::Invited,
            other => other,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
