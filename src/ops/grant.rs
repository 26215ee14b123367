//! The grant rules of SPEC §8 as the operations apply them: what an actor
//! may give or take (checked by [`check_change`] on every path that changes
//! a user's roles, permissions or groups), and the rule that no change
//! leaves the store without an active holder of `roles.manage`.

use std::collections::BTreeMap;

use jiff::Timestamp;

use super::Ctx;
use crate::domain::access::{GroupRef, Role, RoleName};
use crate::domain::actor::Grant;
use crate::domain::error::{Conflict, Result};
use crate::domain::types::{Status, UserId};
use crate::domain::user::User;
use crate::store::Reader;

/// The permission that manages roles: the store keeps an active holder.
pub const MANAGER: &str = "roles.manage";

/// The permissions `user` holds that the actor does not: what handing the
/// actor their account (a password it chose, their mail at its address)
/// would give it. None for a trusted actor.
pub fn beyond_actor(reader: Reader<'_>, ctx: &Ctx, user: &User) -> Result<Vec<String>> {
    if !ctx.acting.is_user() {
        return Ok(Vec::new());
    }
    let mut roles = Vec::new();
    for name in &user.roles {
        roles.extend(reader.role(name)?);
    }
    Ok(
        crate::domain::actor::effective_permissions(&roles, &user.permissions)
            .iter()
            .map(ToString::to_string)
            .filter(|p| !ctx.acting.holds(p))
            .collect(),
    )
}

/// The active users who hold `roles.manage` (through a role or their own),
/// by id, with their email.
pub fn managers(reader: Reader<'_>, now: Timestamp) -> Result<BTreeMap<UserId, String>> {
    let holders = reader.permission_holders(MANAGER)?;
    let ids: Vec<&UserId> = holders.iter().collect();
    Ok(reader
        .users_by_ids(&ids, now)?
        .into_iter()
        .filter(|u| u.status == Status::Active)
        .map(|u| (u.id, u.email))
        .collect())
}

/// Refuses (exit 5) a change after which no active user holds
/// `roles.manage` when `before` (the holders before it) had one: `what`
/// names the change.
pub fn keep_a_manager(
    reader: Reader<'_>,
    now: Timestamp,
    before: &BTreeMap<UserId, String>,
    what: &str,
) -> Result<()> {
    if before.is_empty() || !managers(reader, now)?.is_empty() {
        return Ok(());
    }
    let who = if before.len() == 1 {
        before.values().next().cloned().unwrap_or_default()
    } else {
        String::new()
    };
    Err(Conflict::LastManager {
        what: what.to_string(),
        who,
    }
    .into())
}

/// Checks a change of one user against the grant rules for the actor of
/// `ctx`: the roles, per-user permissions and groups that differ between
/// `before` (None for a new user) and `after`, with the roles' definitions
/// from `roles`. The actor must also reach the user (a scoped role) with
/// `permission`, the one the command needs (`users.manage`).
pub fn check_change(
    ctx: &Ctx,
    roles: &dyn Fn(&RoleName) -> Option<Role>,
    permission: &str,
    before: Option<&User>,
    after: &User,
) -> Result<()> {
    if !ctx.acting.is_user() {
        return Ok(());
    }
    let reach: &[GroupRef] = match before {
        Some(before) => &before.groups,
        None => &after.groups,
    };
    let verb = if before.is_some() { "change" } else { "create" };
    ctx.acting
        .require_on(permission, verb, &after.email, reach)?;
    let changed_roles: Vec<Role> = differ(before.map_or(&[][..], |u| &u.roles), &after.roles)
        .into_iter()
        .map(|name| roles(name).unwrap_or_else(|| Role::new(name.clone())))
        .collect();
    let role_refs: Vec<&Role> = changed_roles.iter().collect();
    let permissions = differ(
        before.map_or(&[][..], |u| &u.permissions),
        &after.permissions,
    );
    let groups = differ(before.map_or(&[][..], |u| &u.groups), &after.groups);
    let held: Vec<Role> = after.roles.iter().filter_map(roles).collect();
    let held_refs: Vec<&Role> = held.iter().collect();
    ctx.acting.check_grant(&Grant {
        target: before.map(|u| &u.id),
        email: &after.email,
        reach,
        roles: &role_refs,
        permissions: &permissions,
        groups: &groups,
        groups_after: &after.groups,
        held: &held_refs,
    })
}

/// The items in one list and not the other, either way.
fn differ<'a, T: PartialEq>(old: &'a [T], new: &'a [T]) -> Vec<&'a T> {
    old.iter()
        .filter(|x| !new.contains(x))
        .chain(new.iter().filter(|x| !old.contains(x)))
        .collect()
}
