//! Groups as operations: each change in one transaction with its audit
//! rows; deleting one takes its members out first, keeping every rule.

use serde::{Deserialize, Serialize};

use super::role::{check_user, rewrite_memberships, some_of};
use super::session::Session;
use super::{Ctx, find_user};
use crate::domain::access::{GroupKind, GroupRef};
use crate::domain::error::{Conflict, Denied, Error, Result, counted};
use crate::domain::stored::GroupRow;
use crate::domain::types::UserId;
use crate::domain::user::FieldChange;
use crate::store::{Reader, Store, Tx};

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

pub fn create_group(store: &mut Store, ctx: &Ctx, group: &GroupRef) -> Result<()> {
    store.write(|tx| create_in(tx, ctx, group))
}

/// Makes a group inside `tx`: one of the same name is a conflict.
pub(crate) fn create_in(tx: &Tx<'_>, ctx: &Ctx, group: &GroupRef) -> Result<()> {
    ctx.acting.require_all("roles.manage", "create a group")?;
    if let Some(existing) = tx.reader().group(group)? {
        return Err(Conflict::Exists {
            hint: same_name(&existing, group),
            what: format!("group {existing}"),
        }
        .into());
    }
    resolve_groups(tx, ctx, std::slice::from_ref(group), true).map(drop)
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
    store.write(|tx| rename_in(tx, ctx, from, to))
}

/// Renames a group inside `tx`; returns it as renamed.
pub(crate) fn rename_in(tx: &Tx<'_>, ctx: &Ctx, from: &GroupRef, to: &str) -> Result<GroupRef> {
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
}

/// Deletes a group. One with members is refused (exit 5) unless `force`,
/// which takes each member out first (audited); a member whose scoped role
/// would lose its only group of that kind stops the deletion either way.
pub fn delete_group(store: &mut Store, ctx: &Ctx, group: &GroupRef, force: bool) -> Result<usize> {
    store.write(|tx| delete_in(tx, ctx, group, force))
}

/// Deletes a group inside `tx` (see [`delete_group`]).
pub(crate) fn delete_in(tx: &Tx<'_>, ctx: &Ctx, group: &GroupRef, force: bool) -> Result<usize> {
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
                rule: "no actor changes its own groups of a kind its roles are scoped to".into(),
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
}

/// A group, as stored, and its members by id and email (`group show`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GroupMembers {
    pub group: GroupRef,
    pub users: Vec<(UserId, String)>,
}

/// `group create KIND:NAME`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GroupCreate {
    pub group: GroupRef,
}

/// `group rename KIND:NAME NEW-NAME`: the kind stays.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GroupRename {
    pub group: GroupRef,
    pub name: String,
}

/// `group delete`: with `force`, its members are taken out first.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GroupDelete {
    pub group: GroupRef,
    #[serde(default)]
    pub force: bool,
}

/// The groups, of one kind or all, with how many members each has.
pub fn list(session: &Session, kind: Option<&GroupKind>) -> Result<Vec<GroupRow>> {
    session.store().reader().groups(kind)
}

/// One group and its members; an unknown one is "not found" (exit 4).
pub fn members(session: &Session, group: &GroupRef) -> Result<GroupMembers> {
    let reader = session.store().reader();
    let group = stored_group(reader, group)?;
    let users = reader.group_members(&group)?;
    Ok(GroupMembers { group, users })
}

/// Makes a group (see [`create_group`]).
pub fn create(session: &mut Session, req: &GroupCreate) -> Result<()> {
    let (store, ctx) = session.parts();
    create_group(store, ctx, &req.group)
}

/// Renames a group (see [`rename_group`]); returns it as renamed.
pub fn rename(session: &mut Session, req: &GroupRename) -> Result<GroupRef> {
    crate::domain::types::validate_text("group name", &req.name, crate::domain::types::MAX_NAME)?;
    let (store, ctx) = session.parts();
    rename_group(store, ctx, &req.group, &req.name)
}

/// Deletes a group (see [`delete_group`]); returns how many members it
/// had.
pub fn delete(session: &mut Session, req: &GroupDelete) -> Result<usize> {
    let (store, ctx) = session.parts();
    delete_group(store, ctx, &req.group, req.force)
}
