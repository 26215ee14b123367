//! Roles, groups, features and attribute rules as operations: each in one
//! transaction with its audit rows, and each refusing a change that would
//! leave a user breaking a rule of SPEC §8.

use std::collections::BTreeSet;

use serde::Serialize;

use super::{Ctx, find_user};
use crate::domain::access::{
    AttributeRule, FeatureName, GroupKind, GroupRef, Permission, Role, RoleName, check_assignment,
    check_attributes, is_admin_permission,
};
use crate::domain::actor::{Actor, effective_permissions};
use crate::domain::error::{Conflict, Denied, Error, Result, counted};
use crate::domain::presets::{self, Preset};
use crate::domain::types::Status;
use crate::domain::user::{FieldChange, User};
use crate::store::{Reader, Store, Tx};

/// How many users an error names before it says "and N more".
const NAMED: usize = 5;

fn some_of(users: &[(crate::domain::UserId, String)]) -> String {
    let mut names: Vec<&str> = users.iter().take(NAMED).map(|(_, e)| e.as_str()).collect();
    let more = users.len().saturating_sub(NAMED);
    let mut text = names.join(", ");
    if more > 0 {
        names.clear();
        text.push_str(&format!(" and {more} more"));
    }
    text
}

/// The groups named, as stored (with the display name they were made
/// with); a group that does not exist is made when `create` says so, and is
/// otherwise "not found" (exit 4).
pub(crate) fn resolve_groups(
    tx: &Tx<'_>,
    ctx: &Ctx,
    groups: &[GroupRef],
    create: bool,
) -> Result<Vec<GroupRef>> {
    let mut resolved = Vec::with_capacity(groups.len());
    for group in groups {
        match tx.reader().group(group)? {
            Some(stored) => resolved.push(stored),
            None if create => {
                ctx.acting
                    .require_all("roles.manage", &format!("make group {group}"))?;
                tx.insert_group(group, ctx.now)?;
                tx.append_audit(
                    ctx.now,
                    &ctx.actor,
                    "group-create",
                    None,
                    &[FieldChange::new("group", None::<String>, group.to_string())],
                    None,
                )?;
                resolved.push(group.clone());
            }
            None => {
                return Err(Error::not_found(
                    "group",
                    format!(
                        "{group} (`roster group create {}` makes it, or pass --create-groups)",
                        shell_word(&group.to_string())
                    ),
                ));
            }
        }
    }
    resolved.sort();
    resolved.dedup();
    Ok(resolved)
}

/// A word as it would be typed in a shell: quoted when it holds a space.
fn shell_word(text: &str) -> String {
    if text.contains(|c: char| c.is_whitespace() || "'\"$\\".contains(c)) {
        format!("'{}'", text.replace('\'', "'\\''"))
    } else {
        text.to_string()
    }
}

/// The roles named, as defined; an unknown one is "not found" (exit 4).
fn roles_named(reader: Reader<'_>, names: &[RoleName]) -> Result<Vec<Role>> {
    names
        .iter()
        .map(|name| {
            reader.role(name)?.ok_or_else(|| {
                Error::not_found(
                    "role",
                    format!(
                        "{name} (`roster role list` shows the roles; `roster role preset list` the catalogues)"
                    ),
                )
            })
        })
        .collect()
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

/// The actor named with `--as` (SPEC §8): a user of the store (by id,
/// email or username) is that user, who must be active; a name with `@`
/// that is no user of the store is refused (exit 4), since a mistyped
/// address must never be trusted in full; any other name is a label for
/// the trusted account running roster.
pub fn resolve_actor(reader: Reader<'_>, name: &str, now: jiff::Timestamp) -> Result<Actor> {
    let Some(user) = reader.find_user(name, now)? else {
        // `＠` and `﹫` are an at sign too, once normalised.
        use unicode_normalization::UnicodeNormalization as _;
        if name.nfkc().any(|c| c == '@') {
            return Err(Error::not_found(
                "actor",
                format!(
                    "{name} is not a user of this store (`roster user list` shows them); \
                     an actor with @ must be one, and a name without @ is recorded for the trusted account"
                ),
            ));
        }
        return Ok(Actor::trusted(name));
    };
    if user.status != Status::Active {
        return Err(Denied::NotActive {
            user: user.email.clone(),
            status: user.status,
            what: "act through roster",
        }
        .into());
    }
    acting_user(reader, name, &user)
}

/// `user` as an actor: its roles, own permissions and groups.
pub fn acting_user(reader: Reader<'_>, name: &str, user: &User) -> Result<Actor> {
    let roles = roles_named(reader, &user.roles)?;
    let refs: Vec<&Role> = roles.iter().collect();
    Ok(Actor::user(
        name,
        user.id.clone(),
        user.email.clone(),
        &refs,
        &user.permissions,
        &user.groups,
    ))
}

/// `auth check USER PERMISSION`: Ok when the user is active and holds the
/// permission, through a role or their own; otherwise denied (exit 7).
pub fn check_permission(
    store: &Store,
    ctx: &Ctx,
    key: &str,
    permission: &Permission,
) -> Result<User> {
    let user = find_user(store.reader(), key, ctx.now)?;
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
fn check_taking_role(
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

/// A change to a role; `None` leaves a part alone.
#[derive(Clone, Debug, Default)]
pub struct RoleChanges {
    pub description: Option<Option<String>>,
    pub add_permissions: Vec<Permission>,
    pub remove_permissions: Vec<Permission>,
    pub exclusive: Option<bool>,
    pub requires_feature: Option<Option<FeatureName>>,
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
fn rewrite_memberships(
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
#[derive(Clone, Debug, Serialize)]
pub struct PresetRow {
    pub role: String,
    /// `created`, `would_create`, or `unchanged` (a role of that name exists;
    /// a preset never changes or removes one).
    pub outcome: &'static str,
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
                outcome,
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

pub fn create_group(store: &mut Store, ctx: &Ctx, group: &GroupRef) -> Result<()> {
    store.write(|tx| {
        ctx.acting.require_all("roles.manage", "create a group")?;
        if let Some(existing) = tx.reader().group(group)? {
            return Err(Conflict::Exists {
                hint: same_name(&existing, group),
                what: format!("group {existing}"),
            }
            .into());
        }
        resolve_groups(tx, ctx, std::slice::from_ref(group), true).map(drop)
    })
}

/// How a name that is not written like the group it meets is the same
/// one (case, spaces and punctuation do not tell groups apart).
fn same_name(existing: &GroupRef, named: &GroupRef) -> String {
    if existing.to_string() == named.to_string() {
        String::new()
    } else {
        format!(" ({named} is the same name as {existing})")
    }
}

fn stored_group(reader: Reader<'_>, group: &GroupRef) -> Result<GroupRef> {
    reader
        .group(group)?
        .ok_or_else(|| Error::not_found("group", group.to_string()))
}

/// Renames a group: a new display name, and the slug that follows from it;
/// every member stays a member.
pub fn rename_group(store: &mut Store, ctx: &Ctx, from: &GroupRef, to: &str) -> Result<GroupRef> {
    store.write(|tx| {
        ctx.acting.require_all("roles.manage", "rename a group")?;
        let old = stored_group(tx.reader(), from)?;
        let new = GroupRef::parse(&format!("{}:{to}", old.kind()))?;
        if new.slug() != old.slug() {
            if let Some(taken) = tx.reader().group(&new)? {
                return Err(Conflict::Exists {
                    hint: same_name(&taken, &new),
                    what: format!("group {taken}"),
                }
                .into());
            }
        }
        tx.rename_group(&old, &new)?;
        tx.append_audit(
            ctx.now,
            &ctx.actor,
            "group-rename",
            None,
            &[FieldChange::new("group", old.to_string(), new.to_string())],
            None,
        )?;
        Ok(new)
    })
}

/// Deletes a group. One with members is refused (exit 5) unless `force`,
/// which takes each member out first (audited); a member whose scoped role
/// would lose its only group of that kind stops the deletion either way.
pub fn delete_group(store: &mut Store, ctx: &Ctx, group: &GroupRef, force: bool) -> Result<usize> {
    store.write(|tx| {
        ctx.acting.require_all("roles.manage", "delete a group")?;
        let group = stored_group(tx.reader(), group)?;
        let members = tx.reader().group_members(&group)?;
        if !members.is_empty() && !force {
            return Err(Conflict::InUse {
                what: "group",
                name: group.to_string(),
                use_: format!(
                    "the group of {} ({})",
                    counted(members.len(), "user", "users"),
                    some_of(&members)
                ),
                hint: "--force takes them out of it first",
            }
            .into());
        }
        if let (Some(me), false) = (ctx.acting.acting_user(), members.is_empty()) {
            if ctx.acting.scoped_to(group.kind()) && members.iter().any(|(id, _)| id == &me.id) {
                return Err(Denied::Grant {
                    actor: ctx.actor.clone(),
                    what: format!("delete group {group}, which it is in"),
                    rule: "no actor changes its own groups of a kind its roles are scoped to"
                        .into(),
                }
                .into());
            }
            ctx.acting.require_all(
                "users.manage",
                &format!("delete group {group} (it takes its members out)"),
            )?;
        }
        let reason = format!("group {group} deleted");
        for (id, _) in &members {
            let before = find_user(tx.reader(), id.as_str(), ctx.now)?;
            let mut after = before.clone();
            after.groups.retain(|g| g != &group);
            check_user(
                tx,
                &after.email,
                &after.roles,
                &after.groups,
                &after.attributes,
            )?;
            rewrite_memberships(tx, ctx, &before, &after, Some(&reason))?;
        }
        tx.delete_group(&group)?;
        tx.append_audit(
            ctx.now,
            &ctx.actor,
            "group-delete",
            None,
            &[FieldChange::new("group", group.to_string(), None::<String>)],
            None,
        )?;
        Ok(members.len())
    })
}

/// Turns a feature on or off. Turning off one that users' roles need is
/// refused (exit 5, naming them) unless `force`, which takes those roles
/// from them first (audited).
pub fn set_feature(
    store: &mut Store,
    ctx: &Ctx,
    name: &FeatureName,
    enabled: bool,
    force: bool,
) -> Result<bool> {
    store.write(|tx| {
        ctx.acting
            .require_all("roles.manage", "turn a feature on or off")?;
        let was = tx.reader().features_on()?.contains(name);
        if was == enabled {
            return Ok(false);
        }
        if !enabled {
            let gated: Vec<Role> = tx
                .reader()
                .roles()?
                .into_iter()
                .filter(|r| r.requires_feature.as_ref() == Some(name))
                .collect();
            let mut holders = Vec::new();
            for role in &gated {
                holders.extend(tx.reader().role_holders(&role.name)?);
            }
            if !holders.is_empty() && !force {
                return Err(Conflict::InUse {
                    what: "feature",
                    name: name.to_string(),
                    use_: format!(
                        "needed by the roles of {} ({})",
                        counted(holders.len(), "user", "users"),
                        some_of(&holders)
                    ),
                    hint: "--force takes those roles from them first",
                }
                .into());
            }
            for role in &gated {
                let holding = tx.reader().role_holders(&role.name)?;
                check_taking_role(ctx, role, &holding, "turn off the feature of")?;
            }
            let managers = super::grant::managers(tx.reader(), ctx.now)?;
            let reason = format!("feature {name} turned off");
            for (id, _) in &holders {
                let before = find_user(tx.reader(), id.as_str(), ctx.now)?;
                let mut after = before.clone();
                after.roles.retain(|r| !gated.iter().any(|g| &g.name == r));
                rewrite_memberships(tx, ctx, &before, &after, Some(&reason))?;
            }
            super::grant::keep_a_manager(
                tx.reader(),
                ctx.now,
                &managers,
                &format!("turning off feature {name}"),
            )?;
        }
        tx.set_feature(name, enabled, ctx.now)?;
        tx.append_audit(
            ctx.now,
            &ctx.actor,
            if enabled {
                "feature-enable"
            } else {
                "feature-disable"
            },
            None,
            &[FieldChange::new(format!("features.{name}"), was, enabled)],
            None,
        )?;
        Ok(true)
    })
}

/// Defines (or redefines) the rule of an attribute key. Users whose value
/// would break it are named, and nothing changes.
pub fn define_attribute(
    store: &mut Store,
    ctx: &Ctx,
    rule: AttributeRule,
) -> Result<AttributeRule> {
    store.write(|tx| {
        ctx.acting
            .require_all("roles.manage", "define an attribute")?;
        if let Some(role) = &rule.requires_role {
            roles_named(tx.reader(), std::slice::from_ref(role))?;
        }
        let query = crate::domain::query::ListQuery {
            selector: crate::domain::query::Selector {
                all: true,
                ..Default::default()
            },
            ..Default::default()
        };
        let mut breaking = Vec::new();
        tx.reader()
            .list_users(&query, ctx.now, |user| -> Result<()> {
                if user.attributes.contains_key(&rule.key)
                    && check_attributes(
                        &user.email,
                        &user.attributes,
                        &user.roles,
                        std::slice::from_ref(&rule),
                    )
                    .is_err()
                {
                    breaking.push((user.id.clone(), user.email.clone()));
                }
                Ok(())
            })?;
        if !breaking.is_empty() {
            return Err(Conflict::InUse {
                what: "attribute",
                name: rule.key.clone(),
                use_: format!(
                    "set by {} in a way the rule refuses ({})",
                    counted(breaking.len(), "user", "users"),
                    some_of(&breaking)
                ),
                hint: "change their values first (`roster user update USER --attr KEY=VALUE`)",
            }
            .into());
        }
        tx.put_attribute_rule(&rule)?;
        tx.append_audit(
            ctx.now,
            &ctx.actor,
            "attribute-define",
            None,
            &[FieldChange::new(
                format!("attribute_rules.{}", rule.key),
                None::<String>,
                serde_json::to_value(&rule).unwrap_or_default(),
            )],
            None,
        )?;
        Ok(rule)
    })
}
