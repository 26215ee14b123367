//! The user record and the requests that create and change one.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::access::{GroupRef, Permission, RoleName};
use super::error::{Error, Result};
use super::types::{Email, MAX_COMMENT, MAX_NAME, Status, UserId, Username, validate_text};

macro_rules! profile {
    ($($field:ident: $max:expr),* $(,)?) => {
        /// The free-text fields of a user, each optional.
        #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
        pub struct Profile {
            $(pub $field: Option<String>,)*
        }

        /// Every profile field with its length limit, in display order.
        pub const PROFILE_FIELDS: &[(&str, usize)] = &[$((stringify!($field), $max)),*];

        impl Profile {
            pub fn get(&self, field: &str) -> Option<&str> {
                match field {
                    $(stringify!($field) => self.$field.as_deref(),)*
                    _ => None,
                }
            }

            /// Sets a field by name, validating it; an empty value clears it.
            pub fn set(&mut self, field: &str, value: Option<&str>) -> Result<()> {
                let value = match value.map(str::trim) {
                    None | Some("") => None,
                    Some(v) => Some(validate_text(field, v, max_len(field))?),
                };
                self.set_unchecked(field, value)
            }

            /// Sets a field by name as it is: for text read back from the store,
            /// which may have been written by another program (display sanitises it).
            pub fn set_unchecked(&mut self, field: &str, value: Option<String>) -> Result<()> {
                match field {
                    $(stringify!($field) => self.$field = value,)*
                    _ => return Err(Error::invalid(field, "is not a profile field")),
                }
                Ok(())
            }
        }
    };
}

profile! {
    first_name: MAX_NAME,
    middle_name: MAX_NAME,
    last_name: MAX_NAME,
    phone: MAX_NAME,
    company: MAX_NAME,
    address: MAX_NAME,
    city: MAX_NAME,
    region: MAX_NAME,
    postal_code: MAX_NAME,
    country: MAX_NAME,
    title: MAX_NAME,
    employee_id: MAX_NAME,
    accounting_id: MAX_NAME,
    comment: MAX_COMMENT,
}

fn max_len(field: &str) -> usize {
    PROFILE_FIELDS
        .iter()
        .find(|(name, _)| *name == field)
        .map_or(MAX_NAME, |(_, max)| *max)
}

/// A user as read from the store. Serialises to the JSON shape of SPEC §2
/// (and reads back from it: a server's answer to a client).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub username: Option<String>,
    #[serde(flatten, deserialize_with = "super::wire::stored_profile")]
    pub profile: Profile,
    pub attributes: BTreeMap<String, String>,
    pub roles: Vec<RoleName>,
    pub groups: Vec<GroupRef>,
    pub permissions: Vec<Permission>,
    pub status: Status,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub last_login_at: Option<Timestamp>,
    pub password_changed_at: Option<Timestamp>,
    pub must_change_password: bool,
    pub invited_at: Option<Timestamp>,
    pub invite_expires_at: Option<Timestamp>,
    pub blocked_reason: Option<String>,
    pub blocked_until: Option<Timestamp>,
    /// Consecutive failed sign-ins since the last success, unlock or the end
    /// of a lock; while locked, the count that set the lock.
    pub failed_logins: u32,
    /// Sign-in is refused until this time (lockout); `user unlock` clears it.
    /// Only a lock in force is read (see [`effective_lockout`]).
    pub locked_until: Option<Timestamp>,
    /// When the onboarding form was requested (`--request-onboarding`).
    pub onboarding_requested_at: Option<Timestamp>,
    /// The status an archived user returns to on restore.
    #[serde(skip)]
    pub previous_status: Option<Status>,
    /// Present only when a caller asked for hashes (`export --include-hashes`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password_hash: Option<String>,
}

impl User {
    /// The first of roster's store invariants (those `db check` checks)
    /// this user would break, as the field at fault and what is wrong.
    /// Every write path checks it before it writes.
    pub fn broken_invariant(&self) -> Option<(&'static str, &'static str)> {
        let stored = self.status.stored();
        if stored == Status::Archived && self.previous_status.is_none() {
            return Some(("status", "is archived with no remembered previous status"));
        }
        if stored != Status::Archived && self.previous_status.is_some() {
            return Some((
                "status",
                "is not archived but has a remembered previous status",
            ));
        }
        if stored == Status::Invited && self.invited_at.is_none() {
            return Some(("invited_at", "is invited with no invitation time"));
        }
        if stored == Status::Invited && self.invite_expires_at.is_none() {
            return Some(("invite_expires_at", "is invited with no invitation expiry"));
        }
        if crate::domain::types::to_second(self.updated_at)
            < crate::domain::types::to_second(self.created_at)
        {
            return Some(("updated_at", "would be updated before it was created"));
        }
        None
    }
}

/// The status a user is in at `now`, given what is stored: an invitation past its
/// expiry reads as `invitation_expired`, a block past its `blocked_until` as `active`.
pub fn effective_status(
    stored: Status,
    invite_expires_at: Option<Timestamp>,
    blocked_until: Option<Timestamp>,
    now: Timestamp,
) -> Status {
    match stored {
        Status::Invited if invite_expires_at.is_some_and(|t| t <= now) => Status::InvitationExpired,
        Status::Blocked if blocked_until.is_some_and(|t| t <= now) => Status::Active,
        other => other,
    }
}

/// The lockout as it is at `now`: a lock past its `locked_until` is over,
/// and with it the failures that caused it (the count starts again), so an
/// expired lock reads as none and its count as 0. While a lock holds,
/// `failed_logins` is the count that set it.
pub fn effective_lockout(
    failed_logins: u32,
    locked_until: Option<Timestamp>,
    now: Timestamp,
) -> (u32, Option<Timestamp>) {
    match locked_until {
        Some(until) if until <= now => (0, None),
        other => (failed_logins, other),
    }
}

/// How a new user starts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Initial {
    /// `invited`, with an invitation token.
    Invite,
    /// `active` with no password yet (`--no-invite`).
    Active,
    /// `active` with this password hash, set by an administrator.
    Password { hash: String, must_change: bool },
}

/// A request to create a user, validated.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NewUser {
    pub email: Email,
    pub username: Option<Username>,
    pub profile: Profile,
    pub attributes: BTreeMap<String, String>,
    pub roles: Vec<RoleName>,
    pub groups: Vec<GroupRef>,
    pub permissions: Vec<Permission>,
    /// Make groups that do not exist yet instead of refusing them (exit 4).
    pub create_groups: bool,
    pub initial: Initial,
    /// Also send the onboarding-form email.
    pub request_onboarding: bool,
    /// Send the mail the creation causes (the invitation, the onboarding
    /// request); false issues the invitation's token and sends nothing.
    pub send_email: bool,
}

/// A request to change a user's fields; `None` leaves a field alone.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct UserChanges {
    pub email: Option<Email>,
    /// `Some(None)` clears the username.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::wire::cleared"
    )]
    pub username: Option<Option<Username>>,
    /// Profile fields to set; an empty value clears the field.
    pub profile: Vec<(String, Option<String>)>,
    pub set_attributes: BTreeMap<String, String>,
    pub unset_attributes: Vec<String>,
    /// Replace every role with these (`--role`), before adding and removing.
    pub roles: Option<Vec<RoleName>>,
    pub add_roles: Vec<RoleName>,
    pub remove_roles: Vec<RoleName>,
    pub groups: Option<Vec<GroupRef>>,
    pub add_groups: Vec<GroupRef>,
    pub remove_groups: Vec<GroupRef>,
    pub permissions: Option<Vec<Permission>>,
    pub add_permissions: Vec<Permission>,
    pub remove_permissions: Vec<Permission>,
    /// Make groups that do not exist yet instead of refusing them (exit 4).
    pub create_groups: bool,
    /// Record that the onboarding form was requested now, and send it.
    pub request_onboarding: bool,
}

impl UserChanges {
    pub fn is_empty(&self) -> bool {
        self.email.is_none()
            && self.username.is_none()
            && self.profile.is_empty()
            && self.set_attributes.is_empty()
            && self.unset_attributes.is_empty()
            && self.roles.is_none()
            && self.groups.is_none()
            && self.permissions.is_none()
            && !self.request_onboarding
            && self.add_roles.is_empty()
            && self.remove_roles.is_empty()
            && self.add_groups.is_empty()
            && self.remove_groups.is_empty()
            && self.add_permissions.is_empty()
            && self.remove_permissions.is_empty()
    }
}

/// One field's change, as the audit log records it. Secrets are never put here.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: serde_json::Value,
    pub new: serde_json::Value,
}

impl FieldChange {
    pub fn new(
        field: impl Into<String>,
        old: impl Into<serde_json::Value>,
        new: impl Into<serde_json::Value>,
    ) -> Self {
        FieldChange {
            field: field.into(),
            old: old.into(),
            new: new.into(),
        }
    }
}

/// What a bulk action is told about each user it may act on: enough to
/// decide and to report, and small, so that a selection of a million users
/// is never held in memory whole.
#[derive(Clone, Debug)]
pub struct Subject {
    /// The user's place in the store, by which a selection is walked.
    pub seq: i64,
    pub id: UserId,
    pub email: String,
    pub username: Option<String>,
    /// The effective status.
    pub status: Status,
    pub previous_status: Option<Status>,
    pub blocked_reason: Option<String>,
    pub blocked_until: Option<Timestamp>,
    pub failed_logins: u32,
    pub locked_until: Option<Timestamp>,
    pub must_change_password: bool,
}

/// The audit record of a new user: every field that has a value.
pub fn creation_record(user: &User) -> Vec<FieldChange> {
    let null = serde_json::Value::Null;
    let mut changes = vec![
        FieldChange::new("email", null.clone(), user.email.clone()),
        FieldChange::new("status", null.clone(), user.status.as_str()),
    ];
    if user.password_hash.is_some() {
        changes.push(FieldChange::new("password", null.clone(), "(set)"));
    }
    if let Some(u) = &user.username {
        changes.push(FieldChange::new("username", null.clone(), u.clone()));
    }
    for (field, _) in PROFILE_FIELDS {
        if let Some(v) = user.profile.get(field) {
            changes.push(FieldChange::new(*field, null.clone(), v));
        }
    }
    for (k, v) in &user.attributes {
        changes.push(FieldChange::new(
            format!("attributes.{k}"),
            null.clone(),
            v.clone(),
        ));
    }
    for (field, list) in memberships(user) {
        if !list.is_empty() {
            changes.push(FieldChange::new(field, null.clone(), list));
        }
    }
    if let Some(at) = user.onboarding_requested_at {
        changes.push(FieldChange::new(
            "onboarding_requested_at",
            null,
            at.to_string(),
        ));
    }
    changes
}

/// A user's roles, groups and permissions as the audit log records them.
fn memberships(user: &User) -> [(&'static str, Vec<String>); 3] {
    let text = |items: &mut dyn Iterator<Item = String>| items.collect::<Vec<_>>();
    [
        (
            "roles",
            text(&mut user.roles.iter().map(ToString::to_string)),
        ),
        (
            "groups",
            text(&mut user.groups.iter().map(ToString::to_string)),
        ),
        (
            "permissions",
            text(&mut user.permissions.iter().map(ToString::to_string)),
        ),
    ]
}

/// What differs between two versions of a user, field by field.
pub fn diff_users(before: &User, after: &User) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    let mut scalar = |field: &str, old: Option<&str>, new: Option<&str>| {
        if old != new {
            changes.push(FieldChange::new(field, old, new));
        }
    };
    scalar("email", Some(&before.email), Some(&after.email));
    scalar(
        "username",
        before.username.as_deref(),
        after.username.as_deref(),
    );
    for (field, _) in PROFILE_FIELDS {
        scalar(field, before.profile.get(field), after.profile.get(field));
    }
    let keys: std::collections::BTreeSet<&String> = before
        .attributes
        .keys()
        .chain(after.attributes.keys())
        .collect();
    for k in keys {
        let (old, new) = (before.attributes.get(k), after.attributes.get(k));
        if old != new {
            changes.push(FieldChange::new(
                format!("attributes.{k}"),
                old.cloned(),
                new.cloned(),
            ));
        }
    }
    for ((field, old), (_, new)) in memberships(before).into_iter().zip(memberships(after)) {
        if old != new {
            changes.push(FieldChange::new(field, old, new));
        }
    }
    if before.onboarding_requested_at != after.onboarding_requested_at {
        changes.push(FieldChange::new(
            "onboarding_requested_at",
            before.onboarding_requested_at.map(|t| t.to_string()),
            after.onboarding_requested_at.map(|t| t.to_string()),
        ));
    }
    changes
}
