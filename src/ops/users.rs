//! Creating and changing users.

use crate::domain::error::{Conflict, Result};
use crate::domain::types::{Status, UserId, email_key};
use crate::domain::user::{FieldChange, Initial, NewUser, PROFILE_FIELDS, User, UserChanges};
use crate::store::{Store, Tx};

use super::{Ctx, find_user, invitation_expiry, issue_invitation, queue_mail};
use crate::mail::templates;

/// What `create` did.
#[derive(Debug)]
pub struct Created {
    pub user: User,
    /// False when `--if-not-exists` found the email already there.
    pub created: bool,
    /// Outbox ids of mail to deliver after commit.
    pub mail: Vec<i64>,
}

fn check_unique(
    tx: &Tx<'_>,
    email_key: &str,
    username_key: Option<&str>,
    except: Option<&UserId>,
) -> Result<()> {
    let reader = tx.reader();
    if let Some(other) = reader.id_by_email_key(email_key)? {
        if Some(&other) != except {
            return Err(Conflict::DuplicateEmail {
                email: email_key.to_string(),
                other,
            }
            .into());
        }
    }
    if let Some(key) = username_key {
        if let Some(other) = reader.id_by_username_key(key)? {
            if Some(&other) != except {
                return Err(Conflict::DuplicateUsername {
                    username: key.to_string(),
                    other,
                }
                .into());
            }
        }
    }
    Ok(())
}

/// Creates a user. With `if_not_exists`, an existing user with the same email is
/// returned unchanged instead of being a conflict.
pub fn create(store: &mut Store, ctx: &Ctx, req: NewUser, if_not_exists: bool) -> Result<Created> {
    store.write(|tx| {
        if if_not_exists {
            if let Some(id) = tx.reader().id_by_email_key(&req.email.key())? {
                let user = find_user(tx.reader(), id.as_str(), ctx.now)?;
                return Ok(Created {
                    user,
                    created: false,
                    mail: Vec::new(),
                });
            }
        }
        let username_key = req.username.as_ref().map(|u| u.key());
        check_unique(tx, &req.email.key(), username_key.as_deref(), None)?;
        let mut groups: Vec<String> = req.groups.iter().map(ToString::to_string).collect();
        groups.sort();
        groups.dedup();
        let mut user = User {
            id: UserId::new(),
            email: req.email.as_str().to_string(),
            username: req.username.as_ref().map(|u| u.as_str().to_string()),
            profile: req.profile,
            attributes: req.attributes,
            roles: sorted(req.roles),
            groups,
            permissions: sorted(req.permissions),
            status: match req.initial {
                Initial::Invite => Status::Invited,
                Initial::Active | Initial::Password { .. } => Status::Active,
            },
            created_at: ctx.now,
            updated_at: ctx.now,
            last_login_at: None,
            password_changed_at: None,
            must_change_password: false,
            invited_at: None,
            invite_expires_at: None,
            blocked_reason: None,
            blocked_until: None,
            failed_logins: 0,
            locked_until: None,
            previous_status: None,
            password_hash: None,
        };
        if let Initial::Password { hash, must_change } = &req.initial {
            user.password_hash = Some(hash.clone());
            user.must_change_password = *must_change;
            user.password_changed_at = Some(ctx.now);
        }
        if req.initial == Initial::Invite {
            user.invited_at = Some(ctx.now);
            user.invite_expires_at = Some(invitation_expiry(ctx)?);
        }
        tx.insert_user(&user)?;
        let mut mail = Vec::new();
        if req.initial == Initial::Invite {
            mail.extend(issue_invitation(tx, ctx, &user, req.send_email)?);
        }
        if req.request_onboarding && req.send_email {
            let link = super::onboarding_link(ctx);
            let extra = serde_json::json!({ "link": link });
            mail.push(queue_mail(
                tx,
                ctx,
                &user,
                templates::ONBOARDING,
                extra,
                None,
            )?);
        }
        tx.append_audit(
            ctx.now,
            &ctx.actor,
            "create",
            Some(&user.id),
            &creation_record(&user),
            None,
        )?;
        Ok(Created {
            user,
            created: true,
            mail,
        })
    })
}

fn sorted(mut items: Vec<String>) -> Vec<String> {
    items.sort();
    items.dedup();
    items
}

/// The audit record of a new user: every field that has a value.
fn creation_record(user: &User) -> Vec<FieldChange> {
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
    for (field, list) in [
        ("roles", &user.roles),
        ("groups", &user.groups),
        ("permissions", &user.permissions),
    ] {
        if !list.is_empty() {
            changes.push(FieldChange::new(field, null.clone(), list.clone()));
        }
    }
    changes
}

/// Applies field changes to a user. Returns the user after the change and what
/// changed (empty when every value was already as asked).
pub fn update(
    store: &mut Store,
    ctx: &Ctx,
    key: &str,
    changes: UserChanges,
) -> Result<(User, Vec<FieldChange>)> {
    store.write(|tx| {
        let before = find_user(tx.reader(), key, ctx.now)?;
        let mut user = before.clone();
        if let Some(email) = &changes.email {
            user.email = email.as_str().to_string();
        }
        if let Some(username) = &changes.username {
            user.username = username.as_ref().map(|u| u.as_str().to_string());
        }
        for (field, value) in &changes.profile {
            user.profile.set(field, value.as_deref())?;
        }
        for key in &changes.unset_attributes {
            user.attributes.remove(key);
        }
        for (k, v) in &changes.set_attributes {
            user.attributes.insert(k.clone(), v.clone());
        }
        edit_list(&mut user.roles, &changes.add_roles, &changes.remove_roles);
        let add_groups: Vec<String> = changes.add_groups.iter().map(ToString::to_string).collect();
        let remove_groups: Vec<String> = changes
            .remove_groups
            .iter()
            .map(ToString::to_string)
            .collect();
        edit_list(&mut user.groups, &add_groups, &remove_groups);
        edit_list(
            &mut user.permissions,
            &changes.add_permissions,
            &changes.remove_permissions,
        );

        let diff = diff_users(&before, &user);
        if diff.is_empty() {
            return Ok((before, diff));
        }
        check_unique(
            tx,
            &email_key(&user.email),
            user.username
                .as_ref()
                .map(|u| u.to_ascii_lowercase())
                .as_deref(),
            Some(&user.id),
        )?;
        user.updated_at = ctx.now;
        tx.update_user(&before, &user)?;
        if diff.iter().any(|c| {
            c.field.starts_with("attributes.")
                || matches!(c.field.as_str(), "roles" | "groups" | "permissions")
        }) {
            tx.replace_memberships(&user)?;
        }
        tx.append_audit(ctx.now, &ctx.actor, "update", Some(&user.id), &diff, None)?;
        Ok((user, diff))
    })
}

fn edit_list(list: &mut Vec<String>, add: &[String], remove: &[String]) {
    list.retain(|item| !remove.contains(item));
    list.extend(add.iter().cloned());
    list.sort();
    list.dedup();
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
    for (field, old, new) in [
        ("roles", &before.roles, &after.roles),
        ("groups", &before.groups, &after.groups),
        ("permissions", &before.permissions, &after.permissions),
    ] {
        if old != new {
            changes.push(FieldChange::new(field, old.clone(), new.clone()));
        }
    }
    changes
}
