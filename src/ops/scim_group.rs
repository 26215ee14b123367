//! SCIM's groups (SPEC §13): roster's groups as SCIM Groups, read by
//! filter and id, and made, replaced, patched and deleted as `roster
//! group` and `user update --add-group/--remove-group` would, each
//! request in one transaction. Making, renaming and deleting a group needs
//! `roles.manage` (for every user, as `group create` does); adding or
//! taking out a member, `users.manage` on that user, with the grant rules
//! of scoped roles.

use serde_json::Value;

use super::Ctx;
use super::scim::{Page, Sort};
use super::scim_write::{Fault, Written, unmatched};
use super::session::Session;
use crate::domain::access::GroupRef;
use crate::domain::error::{Error, Result};
use crate::domain::scim_filter::Filter;
use crate::domain::scim_group::{self, Wanted};
use crate::domain::scim_input::Problem;
use crate::domain::scim_patch;
use crate::domain::types::UserId;
use crate::store::{Reader, Tx};

/// The stored group an id names.
fn stored(reader: Reader<'_>, id: &str) -> Result<GroupRef> {
    reader
        .group_by_id(id)?
        .ok_or_else(|| Error::not_found("group", id))
}

fn resource_of(reader: Reader<'_>, group: &GroupRef, base: &str) -> Result<Value> {
    let id = reader
        .group_id(group)?
        .ok_or_else(|| Error::Internal(format!("group {group} has no id")))?;
    let members = reader.group_members(group)?;
    Ok(scim_group::resource(group, &id, &members, base))
}

/// The group `id` as a resource.
pub fn group(session: &Session, id: &str, base: &str) -> Result<Value> {
    // A group lists its members, whoever they are: as `group show`, it
    // needs users.read for every user.
    session
        .ctx
        .acting
        .require_all("users.read", "read groups")?;
    let reader = session.store().reader();
    let group = stored(reader, id)?;
    resource_of(reader, &group, base)
}

/// The groups `filter` picks, in the order of their keys, a page of them.
pub fn groups(
    session: &Session,
    filter: Option<&Filter>,
    sort: Option<&Sort>,
    start: u64,
    count: u64,
    base: &str,
) -> Result<Page> {
    session
        .ctx
        .acting
        .require_all("users.read", "read groups")?;
    let reader = session.store().reader();
    let mut all = Vec::new();
    for row in reader.groups(None)? {
        let group = GroupRef::from_stored(row.kind, row.name, row.display_name);
        let resource = resource_of(reader, &group, base)?;
        if filter.is_none_or(|f| f.matches(&resource, &|p| p.is("value", None))) {
            all.push(resource);
        }
    }
    // Groups are few: their order is their key's, unless asked otherwise.
    let sort = sort.cloned().unwrap_or(Sort {
        by: crate::domain::scim_filter::AttrPath {
            uri: Some(scim_group::ROSTER_GROUP_SCHEMA.into()),
            name: "kind".into(),
            sub: None,
        },
        descending: false,
    });
    Ok(super::scim::page_of(all, &sort, start, count))
}

/// Puts the user `id` in `group` or takes them out, as `user update
/// --add-group/--remove-group` would: the role rules, `users.manage` on
/// them and the grant rules hold, and the change is audited.
fn set_member(tx: &Tx<'_>, ctx: &Ctx, id: &UserId, group: &GroupRef, member: bool) -> Result<()> {
    let before = tx
        .reader()
        .find_user_with(id.as_str(), ctx.now, false)?
        .filter(|u| &u.id == id)
        .ok_or_else(|| Error::invalid("members", format!("{id} is not a user")))?;
    let mut after = before.clone();
    after.groups.retain(|g| g != group);
    if member {
        after.groups.push(group.clone());
        after.groups.sort();
    }
    if after.groups == before.groups {
        return Ok(());
    }
    super::role::check_user(
        tx,
        &after.email,
        &after.roles,
        &after.groups,
        &after.attributes,
    )?;
    super::grant::check_change(
        ctx,
        &|name| tx.reader().role(name).ok().flatten(),
        "users.manage",
        Some(&before),
        &after,
    )?;
    super::role::rewrite_memberships(tx, ctx, &before, &after, None)
}

/// Makes the members of `group` the users `wanted` lists.
fn set_members(tx: &Tx<'_>, ctx: &Ctx, group: &GroupRef, wanted: &[UserId]) -> Result<()> {
    let current: std::collections::BTreeSet<UserId> = tx
        .reader()
        .group_members(group)?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let wanted: std::collections::BTreeSet<&UserId> = wanted.iter().collect();
    for id in current.iter().filter(|id| !wanted.contains(id)) {
        set_member(tx, ctx, id, group, false)?;
    }
    for id in wanted.iter().filter(|id| !current.contains(**id)) {
        set_member(tx, ctx, id, group, true)?;
    }
    Ok(())
}

/// `POST /Groups`: a new group (of roster's extension's kind, else
/// `scim`), with its members; one of the same name is a conflict.
pub fn create(
    session: &mut Session,
    body: &Value,
    base: &str,
) -> std::result::Result<Written, Fault> {
    let Wanted { group, members } = scim_group::incoming(body, None)?;
    let (store, ctx) = session.parts();
    let resource = store.write(|tx| {
        super::group::create_in(tx, ctx, &group)?;
        let group = tx
            .reader()
            .group(&group)?
            .ok_or_else(|| Error::Internal(format!("group {group} vanished as it was made")))?;
        set_members(tx, ctx, &group, members.as_deref().unwrap_or_default())?;
        resource_of(tx.reader(), &group, base)
    })?;
    Ok(Written {
        resource,
        mail: Vec::new(),
    })
}

/// `PUT /Groups/{id}`: the group becomes the resource sent (its name; its
/// members where it lists them).
pub fn replace(
    session: &mut Session,
    id: &str,
    body: &Value,
    if_match: Option<&str>,
    base: &str,
) -> std::result::Result<Written, Fault> {
    let body = body.clone();
    change(session, id, if_match, base, move |_| Ok(body))
}

/// `PATCH /Groups/{id}`: the operations applied to the group as a
/// resource, which it then becomes.
pub fn patch(
    session: &mut Session,
    id: &str,
    body: &Value,
    if_match: Option<&str>,
    base: &str,
) -> std::result::Result<Written, Fault> {
    let operations = scim_patch::operations(body, &scim_group::unknown_attribute)?;
    change(session, id, if_match, base, move |current| {
        let mut resource = current;
        scim_patch::apply(&mut resource, &operations)?;
        Ok(resource)
    })
}

fn change(
    session: &mut Session,
    id: &str,
    if_match: Option<&str>,
    base: &str,
    wanted: impl FnOnce(Value) -> std::result::Result<Value, Problem>,
) -> std::result::Result<Written, Fault> {
    let (store, ctx) = session.parts();
    store.write(|tx| -> Result<std::result::Result<Written, Fault>> {
        let group = stored(tx.reader(), id)?;
        let current = resource_of(tx.reader(), &group, base)?;
        if let Some(fault) = unmatched(if_match, &current) {
            return Ok(Err(fault));
        }
        let read = wanted(current).and_then(|r| scim_group::incoming(&r, Some(group.kind())));
        let Wanted {
            group: named,
            members,
        } = match read {
            Ok(wanted) => wanted,
            Err(problem) => return Ok(Err(Fault::Scim(problem))),
        };
        let group = if named.display() != group.display() {
            super::group::rename_in(tx, ctx, &group, named.display())?
        } else {
            group
        };
        if let Some(members) = members {
            set_members(tx, ctx, &group, &members)?;
        }
        Ok(Ok(Written {
            resource: resource_of(tx.reader(), &group, base)?,
            mail: Vec::new(),
        }))
    })?
}

/// `DELETE /Groups/{id}`: the group is deleted, its members taken out of
/// it first (`group delete --force`).
pub fn remove(
    session: &mut Session,
    id: &str,
    if_match: Option<&str>,
    base: &str,
) -> std::result::Result<(), Fault> {
    let (store, ctx) = session.parts();
    store.write(|tx| -> Result<std::result::Result<(), Fault>> {
        let group = stored(tx.reader(), id)?;
        let current = resource_of(tx.reader(), &group, base)?;
        if let Some(fault) = unmatched(if_match, &current) {
            return Ok(Err(fault));
        }
        super::group::delete_in(tx, ctx, &group, true)?;
        Ok(Ok(()))
    })?
}
