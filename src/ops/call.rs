//! The single requests of roles, groups, features, attributes and the
//! outbox, as one shape every front end runs the same way: the command line
//! runs a [`Call`] on its own session, or sends it to a server, which runs
//! it on a session of the credential's user once the command's permission
//! is checked. The request and its answer cross the wire as JSON, so each
//! is one definition for both sides.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::session::Session;
use crate::domain::access::{AttributeRule, GroupKind, GroupRef, RoleName};
use crate::domain::error::Result;
use crate::domain::stored::{FeatureRow, GroupRow, OutboxMessage};
use crate::mail::Delivery;
use crate::ops::attribute::AttributeDefine;
use crate::ops::feature::FeatureToggle;
use crate::ops::group::{GroupCreate, GroupDelete, GroupMembers, GroupRename};
use crate::ops::mail::MailRetry;
use crate::ops::role::{
    PresetApply, PresetRow, RoleCreate, RoleDelete, RoleHolders, RoleRow, RoleUpdate, RoleUpdated,
};

/// A request a front end hands over whole, and what it answers.
pub trait Call: Serialize + DeserializeOwned + Send + 'static {
    type Answer: Serialize + DeserializeOwned + Send + 'static;
    /// Where the admin API takes it (`POST`).
    const PATH: &'static str;
    /// The command whose permission the actor must hold (`group create`),
    /// as [`crate::ops::permissions::COMMANDS`] names it.
    fn command(&self) -> &'static str;
    fn run(self, session: &mut Session) -> Result<Self::Answer>;
}

/// `role list`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleList {}

/// `role show ROLE`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleShow {
    pub role: RoleName,
}

/// `group list [--kind KIND]`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupList {
    #[serde(default)]
    pub kind: Option<GroupKind>,
}

/// `group show KIND:NAME` (and `group members`).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupShow {
    pub group: GroupRef,
}

/// `feature list`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeatureList {}

/// `attribute list`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributeList {}

/// `mail list [--queued]`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailList {
    #[serde(default)]
    pub queued: bool,
}

/// `mail show ID`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailShow {
    pub id: i64,
}

/// A message with its text, as `mail show` prints it (a list leaves the
/// bodies out).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MessageShown {
    #[serde(flatten)]
    pub message: OutboxMessage,
    pub body_text: String,
    pub body_html: Option<String>,
}

/// `mail flush`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailFlush {}

macro_rules! call {
    ($request:ty => $answer:ty, $path:literal, $command:expr, |$req:ident, $session:ident| $body:expr) => {
        impl Call for $request {
            type Answer = $answer;
            const PATH: &'static str = $path;
            fn command(&self) -> &'static str {
                let $req = self;
                let _ = $req;
                $command
            }
            fn run(self, $session: &mut Session) -> Result<$answer> {
                let $req = self;
                $body
            }
        }
    };
}

call!(RoleList => Vec<RoleRow>, "/v1/admin/roles/list", "role list",
    |_req, s| super::role::list(s));
call!(RoleShow => RoleHolders, "/v1/admin/roles/show", "role show",
    |req, s| super::role::show(s, &req.role));
call!(RoleCreate => RoleRow, "/v1/admin/roles/create", "role create",
    |req, s| super::role::create(s, &req));
call!(RoleUpdate => RoleUpdated, "/v1/admin/roles/update", "role update",
    |req, s| super::role::update(s, &req));
call!(RoleDelete => usize, "/v1/admin/roles/delete", "role delete",
    |req, s| super::role::delete(s, &req));
call!(PresetApply => Vec<PresetRow>, "/v1/admin/roles/preset-apply", "role preset apply",
    |req, s| super::role::apply(s, &req));
call!(GroupList => Vec<GroupRow>, "/v1/admin/groups/list", "group list",
    |req, s| super::group::list(s, req.kind.as_ref()));
call!(GroupShow => GroupMembers, "/v1/admin/groups/show", "group show",
    |req, s| super::group::members(s, &req.group));
call!(GroupCreate => (), "/v1/admin/groups/create", "group create",
    |req, s| super::group::create(s, &req));
call!(GroupRename => GroupRef, "/v1/admin/groups/rename", "group rename",
    |req, s| super::group::rename(s, &req));
call!(GroupDelete => usize, "/v1/admin/groups/delete", "group delete",
    |req, s| super::group::delete(s, &req));
call!(FeatureList => Vec<FeatureRow>, "/v1/admin/features/list", "feature list",
    |_req, s| super::feature::list(s));
call!(FeatureToggle => bool, "/v1/admin/features/toggle",
    if req.enabled { "feature enable" } else { "feature disable" },
    |req, s| super::feature::toggle(s, &req));
call!(AttributeList => Vec<AttributeRule>, "/v1/admin/attributes/list", "attribute list",
    |_req, s| super::attribute::list(s));
call!(AttributeDefine => AttributeRule, "/v1/admin/attributes/define", "attribute define",
    |req, s| super::attribute::define(s, &req));
call!(MailList => Vec<OutboxMessage>, "/v1/admin/mail/list", "mail list",
    |req, s| super::mail::list(s, req.queued));
call!(MailShow => MessageShown, "/v1/admin/mail/show", "mail show",
|req, s| {
    let message = super::mail::show(s, req.id)?;
    Ok(MessageShown {
        body_text: message.body_text.clone(),
        body_html: message.body_html.clone(),
        message,
    })
});
call!(MailFlush => Option<Vec<Delivery>>, "/v1/admin/mail/flush", "mail flush",
    |_req, s| super::mail::flush(s));
call!(MailRetry => Option<Vec<Delivery>>, "/v1/admin/mail/retry", "mail retry",
    |req, s| super::mail::retry(s, &req));
