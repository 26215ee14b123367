//! Roles as operations: each change in one transaction with its audit rows,
//! refusing one that would leave a user breaking a rule of SPEC §8; the
//! presets; and what a user's roles let it do (its permissions, the actor
//! it is). The rules a user's roles, groups and attributes keep together
//! are checked here for every operation that changes them.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

pub(crate) use super::actor::roles_named;
pub use super::actor::{acting_user, resolve_actor};
use super::session::Session;
use super::{Ctx, find_user};
use crate::domain::access::{
    FeatureName, GroupKind, GroupRef, Permission, Role, RoleName, check_assignment,
    check_attributes, is_admin_permission,
};
use crate::domain::actor::effective_permissions;
use crate::domain::error::{Conflict, Denied, Error, Result, counted};
use crate::domain::presets::{self, Preset};
use crate::domain::types::{Status, UserId};
use crate::domain::user::{FieldChange, User};
use crate::store::{Reader, Store, Tx};

/// How many users an error names before it says "and N more".
const NAMED: usize = 5;

pub(crate) fn some_of(users: &[(crate::domain::UserId, String)]) -> String {
    let mut names: Vec<&str> = users.iter().take(NAMED).map(|(_, e)| e.as_str()).collect();
    let more = users.len().saturating_sub(NAMED);
    let mut text = names.join(", ");
    if more > 0 {
        names.clear();
        text.push_str(&format!(" and {more} more"));
    }
    text
}

/// Checks that a user with these roles, groups and attributes keeps every
/// rule: roles exist, exclusive roles stand alone, scoped roles have their
/// group, gated roles their feature, attributes their rules.
pub(crate) fn check_user(
    tx: &Tx<'_>,
    who: &str,
    roles: &[RoleName],
    groups: &[GroupRef],
    attributes: &std::collections::BTreeMap<String, String>,
) -> Result<()> {
    let reader = tx.reader();
    let defined = roles_named(reader, roles)?;
    let refs: Vec<&Role> = defined.iter().collect();
    check_assignment(who, &refs, groups, &reader.features_on()?)?;
    check_attributes(who, attributes, roles, &reader.attribute_rules()?)
}

/// A user's effective permissions: their roles' and their own.
pub fn permissions_of(reader: Reader<'_>, user: &User) -> Result<BTreeSet<Permission>> {
    let roles = roles_named(reader, &user.roles)?;
    Ok(effective_permissions(&roles, &user.permissions))
}

/// The permissions `user` has now, through roles and its own (a server's
/// answer to a session check).
pub fn permissions_for(session: &Session, user: &User) -> Result<BTreeSet<Permission>> {
    permissions_of(session.store().reader(), user)
}

/// `auth check USER PERMISSION`: Ok when the user is active and holds the
/// permission, through a role or their own; otherwise denied (exit 7).
pub fn check_permission(session: &Session, key: &str, permission: &Permission) -> Result<User> {
    let store = session.store();
    let user = find_user(store.reader(), key, session.ctx.now)?;
    if user.status != Status::Active {
        return Err(Denied::NotActive {
            user: user.email.clone(),
            status: user.status,
            what: "hold permissions",
        }
        .into());
    }
    if !permissions_of(store.reader(), &user)?.contains(permission) {
        return Err(Denied::Permission {
            actor: user.email.clone(),
            permission: permission.to_string(),
            what: "do this".into(),
        }
        .into());
    }
    Ok(user)
}

/// The grant rules for a role's definition: putting an admin permission
/// into a role, or taking one out, needs the actor to hold it (for every
/// user, not through a scoped role); and no actor changes the admin
/// permissions of a role it holds itself.
fn check_role_grant<'p>(
    tx: &Tx<'_>,
    ctx: &Ctx,
    role: &RoleName,
    changed: impl IntoIterator<Item = &'p Permission>,
    what: &str,
) -> Result<()> {
    let Some(me) = ctx.acting.acting_user() else {
        return Ok(());
    };
    let admin: Vec<&Permission> = changed
        .into_iter()
        .filter(|p| is_admin_permission(p.as_str()))
        .collect();
    if admin.is_empty() {
        return Ok(());
    }
    if tx
        .reader()
        .role_holders(role)?
        .iter()
        .any(|(id, _)| id == &me.id)
    {
        return Err(Denied::Grant {
            actor: ctx.actor.clone(),
            what: format!("{what} role {role}, which it holds"),
            rule: format!(
                "no actor changes its own admin permissions ({}); another administrator must",
                join(&admin)
            ),
        }
        .into());
    }
    if let Some(missing) = admin.iter().find(|p| !ctx.acting.reaches(p.as_str(), &[])) {
        return Err(Denied::Grant {
            actor: ctx.actor.clone(),
            what: format!("{what} role {role}"),
            rule: format!(
                "giving or taking {missing} needs {missing} for every user, which it does not hold"
            ),
        }
        .into());
    }
    Ok(())
}

/// Taking `role` from its holders (a role deleted, a feature turned off):
/// the grant rules of taking it from each, once for all of them.
pub(crate) fn check_taking_role(
    ctx: &Ctx,
    role: &Role,
    holders: &[(crate::domain::UserId, String)],
    what: &str,
) -> Result<()> {
    let Some(me) = ctx.acting.acting_user() else {
        return Ok(());
    };
    if holders.is_empty() {
        return Ok(());
    }
    if holders.iter().any(|(id, _)| id == &me.id) {
        return Err(Denied::Grant {
            actor: ctx.actor.clone(),
            what: format!("{what} role {}, which it holds", role.name),
            rule: "no actor changes its own roles; another administrator must".into(),
        }
        .into());
    }
    let taking = format!("{what} role {} (it takes it from its holders)", role.name);
    ctx.acting.require_all("users.manage", &taking)?;
    for permission in role
        .permissions
        .iter()
        .filter(|p| is_admin_permission(p.as_str()))
    {
        ctx.acting.require_all(permission.as_str(), &taking)?;
    }
    Ok(())
}

fn join(items: &[&Permission]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Re-checks every holder of `role` after its definition changed, so a
/// change to a role never leaves a user breaking a rule.
fn check_holders(tx: &Tx<'_>, ctx: &Ctx, role: &RoleName) -> Result<()> {
    for (id, _) in tx.reader().role_holders(role)? {
        let user = find_user(tx.reader(), id.as_str(), ctx.now)?;
        check_user(tx, &user.email, &user.roles, &user.groups, &user.attributes).map_err(|e| {
            Error::from(Conflict::Rule {
                who: format!("role {role}"),
                rule: format!("the change would break a rule for a user who holds it: {e}"),
            })
        })?;
    }
    Ok(())
}

/// The audit record of a role: each rule and permission it has.
fn role_record(role: &Role) -> serde_json::Value {
    serde_json::to_value(role).unwrap_or_default()
}

fn audit_role(
    tx: &Tx<'_>,
    ctx: &Ctx,
    action: &str,
    before: Option<&Role>,
    after: Option<&Role>,
) -> Result<()> {
    let changes = [FieldChange::new(
        "role",
        before.map(role_record).unwrap_or_default(),
        after.map(role_record).unwrap_or_default(),
    )];
    tx.append_audit(ctx.now, &ctx.actor, action, None, &changes, None)
}

pub fn create_role(store: &mut Store, ctx: &Ctx, role: Role) -> Result<Role> {
    store.write(|tx| {
        ctx.acting.require_all("roles.manage", "create a role")?;
        if tx.reader().role(&role.name)?.is_some() {
            return Err(Conflict::Exists {
                what: format!("role {}", role.name),
                hint: String::new(),
            }
            .into());
        }
        check_role_grant(tx, ctx, &role.name, &role.permissions, "create")?;
        tx.put_role(&role, ctx.now)?;
        audit_role(tx, ctx, "role-create", None, Some(&role))?;
        Ok(role)
    })
}

/// A change to a role; `None` leaves a part alone, `Some(None)` removes it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RoleChanges {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::wire::cleared"
    )]
    pub description: Option<Option<String>>,
    #[serde(default)]
    pub add_permissions: Vec<Permission>,
    #[serde(default)]
    pub remove_permissions: Vec<Permission>,
    pub exclusive: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::wire::cleared"
    )]
    pub requires_feature: Option<Option<FeatureName>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::wire::cleared"
    )]
    pub scope: Option<Option<GroupKind>>,
}

/// Changes a role. A change that would leave one of its holders breaking a
/// rule (making it exclusive while a holder has another role, scoping it to
/// a kind a holder has no group of) is refused, and nothing changes.
pub fn update_role(
    store: &mut Store,
    ctx: &Ctx,
    name: &RoleName,
    changes: RoleChanges,
) -> Result<(Role, bool)> {
    store.write(|tx| {
        ctx.acting.require_all("roles.manage", "change a role")?;
        let before = roles_named(tx.reader(), std::slice::from_ref(name))?.remove(0);
        let mut role = before.clone();
        if let Some(description) = changes.description {
            role.description = description;
        }
        role.permissions
            .retain(|p| !changes.remove_permissions.contains(p));
        role.permissions.extend(changes.add_permissions);
        if let Some(exclusive) = changes.exclusive {
            role.exclusive = exclusive;
        }
        if let Some(feature) = changes.requires_feature {
            role.requires_feature = feature;
        }
        if let Some(scope) = changes.scope {
            role.scope = scope;
        }
        // Looked at: no longer one the migration made and nobody reviewed.
        role.unreviewed =
            role.unreviewed && role.permissions.is_empty() && role.description.is_none();
        let changed = serde_json::to_value(&role).ok() != serde_json::to_value(&before).ok()
            || role.unreviewed != before.unreviewed;
        if !changed {
            return Ok((role, false));
        }
        // A new scope moves what every admin permission of the role reaches.
        let changed: Vec<&Permission> = if role.scope != before.scope {
            before.permissions.union(&role.permissions).collect()
        } else {
            before
                .permissions
                .symmetric_difference(&role.permissions)
                .collect()
        };
        check_role_grant(tx, ctx, name, changed.iter().copied(), "change")?;
        let managers = super::grant::managers(tx.reader(), ctx.now)?;
        tx.put_role(&role, ctx.now)?;
        check_holders(tx, ctx, name)?;
        super::grant::keep_a_manager(
            tx.reader(),
            ctx.now,
            &managers,
            &format!("changing role {name}"),
        )?;
        audit_role(tx, ctx, "role-update", Some(&before), Some(&role))?;
        Ok((role, true))
    })
}

/// Deletes a role. One that users hold is refused (exit 5, saying how many)
/// unless `force`, which first takes it from each of them, audited per user.
pub fn delete_role(store: &mut Store, ctx: &Ctx, name: &RoleName, force: bool) -> Result<usize> {
    store.write(|tx| {
        ctx.acting.require_all("roles.manage", "delete a role")?;
        let role = roles_named(tx.reader(), std::slice::from_ref(name))?.remove(0);
        let holders = tx.reader().role_holders(name)?;
        if !holders.is_empty() && !force {
            return Err(Conflict::InUse {
                what: "role",
                name: name.to_string(),
                use_: format!(
                    "held by {} ({})",
                    counted(holders.len(), "user", "users"),
                    some_of(&holders)
                ),
                hint: "--force takes it from them first",
            }
            .into());
        }
        check_taking_role(ctx, &role, &holders, "delete")?;
        let managers = super::grant::managers(tx.reader(), ctx.now)?;
        let reason = format!("role {name} deleted");
        for (id, _) in &holders {
            let before = find_user(tx.reader(), id.as_str(), ctx.now)?;
            let mut after = before.clone();
            after.roles.retain(|r| r != name);
            rewrite_memberships(tx, ctx, &before, &after, Some(&reason))?;
        }
        tx.delete_role(name)?;
        super::grant::keep_a_manager(
            tx.reader(),
            ctx.now,
            &managers,
            &format!("deleting role {name}"),
        )?;
        audit_role(tx, ctx, "role-delete", Some(&role), None)?;
        Ok(holders.len())
    })
}

/// Writes a user's changed roles or groups, with its audit row.
pub(crate) fn rewrite_memberships(
    tx: &Tx<'_>,
    ctx: &Ctx,
    before: &User,
    after: &User,
    reason: Option<&str>,
) -> Result<()> {
    let changes = crate::domain::user::diff_users(before, after);
    if changes.is_empty() {
        return Ok(());
    }
    let mut after = after.clone();
    after.updated_at = ctx.now;
    tx.update_user(before, &after)?;
    tx.replace_memberships(&after)?;
    tx.append_audit(
        ctx.now,
        &ctx.actor,
        "update",
        Some(&after.id),
        &changes,
        reason,
    )
}

/// What applying a preset did to one of its roles.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PresetRow {
    pub role: String,
    /// `created`, `would_create`, or `unchanged` (a role of that name exists;
    /// a preset never changes or removes one).
    pub outcome: String,
    pub permissions: Vec<String>,
    pub exclusive: bool,
    pub requires_feature: Option<String>,
    pub scope: Option<String>,
    pub description: String,
}

/// Installs the roles of a preset that do not exist yet. Applying it again
/// changes nothing; a role an administrator made or changed is left alone.
pub fn apply_preset(
    store: &mut Store,
    ctx: &Ctx,
    preset: &Preset,
    dry_run: bool,
) -> Result<Vec<PresetRow>> {
    store.write(|tx| {
        ctx.acting.require_all("roles.manage", "apply a preset")?;
        let mut rows = Vec::new();
        for def in preset.roles {
            let role = presets::role(preset, def)?;
            let exists = tx.reader().role(&role.name)?.is_some();
            if !exists {
                check_role_grant(tx, ctx, &role.name, &role.permissions, "create")?;
            }
            let outcome = match (exists, dry_run) {
                (true, _) => "unchanged",
                (false, true) => "would_create",
                (false, false) => {
                    tx.put_role(&role, ctx.now)?;
                    audit_role(tx, ctx, "role-create", None, Some(&role))?;
                    "created"
                }
            };
            rows.push(PresetRow {
                role: role.name.to_string(),
                outcome: outcome.to_string(),
                permissions: role.permissions.iter().map(ToString::to_string).collect(),
                exclusive: role.exclusive,
                requires_feature: role.requires_feature.as_ref().map(ToString::to_string),
                scope: role.scope.as_ref().map(ToString::to_string),
                description: role.description.clone().unwrap_or_default(),
            });
        }
        Ok(rows)
    })
}

/// A role as the front ends show it: its definition, and how many users
/// hold it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RoleRow {
    #[serde(flatten)]
    pub role: Role,
    pub users: usize,
}

/// A role and the users who hold it, by id and email (`role show`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RoleHolders {
    pub role: Role,
    pub users: Vec<(UserId, String)>,
}

/// `role create`: a new role and its rules.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RoleCreate {
    pub role: RoleName,
    #[serde(default)]
    pub permissions: Vec<Permission>,
    #[serde(default)]
    pub exclusive: bool,
    pub requires_feature: Option<FeatureName>,
    pub scope: Option<GroupKind>,
    pub description: Option<String>,
}

/// `role update`: a change to one role.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RoleUpdate {
    pub role: RoleName,
    pub changes: RoleChanges,
}

/// What `role update` did: the role as it is now, and whether it changed.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RoleUpdated {
    #[serde(flatten)]
    pub row: RoleRow,
    pub changed: bool,
}

/// `role delete`: with `force`, the role is taken from its holders first.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RoleDelete {
    pub role: RoleName,
    #[serde(default)]
    pub force: bool,
}

/// `role preset apply`: a preset's missing roles, or (`dry_run`) what
/// applying it would create.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PresetApply {
    pub preset: String,
    #[serde(default)]
    pub dry_run: bool,
}

fn holders(session: &Session, name: &RoleName) -> Result<usize> {
    Ok(session.store().reader().role_holders(name)?.len())
}

/// Every role, with how many users hold it.
pub fn list(session: &Session) -> Result<Vec<RoleRow>> {
    let reader = session.store().reader();
    let mut rows = Vec::new();
    for role in reader.roles()? {
        let users = reader.role_holders(&role.name)?.len();
        rows.push(RoleRow { role, users });
    }
    Ok(rows)
}

/// One role and its holders; an unknown one is "not found" (exit 4).
pub fn show(session: &Session, name: &RoleName) -> Result<RoleHolders> {
    let reader = session.store().reader();
    let role = reader
        .role(name)?
        .ok_or_else(|| Error::not_found("role", name.to_string()))?;
    let users = reader.role_holders(name)?;
    Ok(RoleHolders { role, users })
}

/// Creates a role (see [`create_role`]).
pub fn create(session: &mut Session, req: &RoleCreate) -> Result<RoleRow> {
    let role = Role {
        permissions: req.permissions.iter().cloned().collect(),
        exclusive: req.exclusive,
        requires_feature: req.requires_feature.clone(),
        scope: req.scope.clone(),
        description: crate::domain::types::description(req.description.as_deref())?.flatten(),
        ..Role::new(req.role.clone())
    };
    let (store, ctx) = session.parts();
    let role = create_role(store, ctx, role)?;
    Ok(RoleRow { role, users: 0 })
}

/// Changes a role (see [`update_role`]).
pub fn update(session: &mut Session, req: &RoleUpdate) -> Result<RoleUpdated> {
    let mut changes = req.changes.clone();
    if let Some(Some(text)) = &changes.description {
        changes.description = crate::domain::types::description(Some(text))?;
    }
    let (store, ctx) = session.parts();
    let (role, changed) = update_role(store, ctx, &req.role, changes)?;
    let users = holders(session, &req.role)?;
    Ok(RoleUpdated {
        row: RoleRow { role, users },
        changed,
    })
}

/// Deletes a role (see [`delete_role`]); returns how many users it was
/// taken from.
pub fn delete(session: &mut Session, req: &RoleDelete) -> Result<usize> {
    let (store, ctx) = session.parts();
    delete_role(store, ctx, &req.role, req.force)
}

/// Applies a preset (see [`apply_preset`]); an unknown one is "not found"
/// (exit 4).
pub fn apply(session: &mut Session, req: &PresetApply) -> Result<Vec<PresetRow>> {
    let preset =
        presets::find(&req.preset).ok_or_else(|| Error::not_found("preset", req.preset.clone()))?;
    let (store, ctx) = session.parts();
    apply_preset(store, ctx, preset, req.dry_run)
}
