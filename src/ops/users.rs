//! Creating and changing users.

use crate::domain::error::{Conflict, Result};
use crate::domain::types::{Status, UserId, email_key};
use crate::domain::user::{
    FieldChange, Initial, NewUser, User, UserChanges, creation_record, diff_users,
};
use crate::store::{Store, Tx};

use super::session::Session;
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

/// Refuses an email or username another user has (in any spelling).
fn check_unique(
    tx: &Tx<'_>,
    email: &str,
    username_key: Option<&str>,
    except: Option<&UserId>,
    now: jiff::Timestamp,
) -> Result<()> {
    let reader = tx.reader();
    if let Some(other) = reader.id_by_email_key(&email_key(email))? {
        if Some(&other) != except {
            let existing = find_user(reader, other.as_str(), now)?.email;
            return Err(Conflict::DuplicateEmail {
                email: email.to_string(),
                existing,
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

/// The user `email` belongs to, if any, for `create --if-not-exists` to
/// leave alone before a password is asked for: only one the actor's
/// `users.manage` reaches (exit 7 otherwise).
pub fn existing(session: &Session, email: &crate::domain::Email) -> Result<Option<User>> {
    existing_in(session.store().reader(), &session.ctx, email)
}

fn existing_in(
    reader: crate::store::Reader<'_>,
    ctx: &Ctx,
    email: &crate::domain::Email,
) -> Result<Option<User>> {
    let Some(id) = reader.id_by_email_key(&email.key())? else {
        return Ok(None);
    };
    let user = find_user(reader, id.as_str(), ctx.now)?;
    ctx.acting
        .require_on("users.manage", "create", &user.email, &user.groups)?;
    Ok(Some(user))
}

/// Creates a user. With `if_not_exists`, an existing user with the same email is
/// returned unchanged instead of being a conflict.
pub fn create(store: &mut Store, ctx: &Ctx, req: NewUser, if_not_exists: bool) -> Result<Created> {
    checked_attributes(req.attributes.iter(), &[])?;
    let created = store.write(|tx| {
        if if_not_exists {
            if let Some(user) = existing_in(tx.reader(), ctx, &req.email)? {
                return Ok(Created {
                    user,
                    created: false,
                    mail: Vec::new(),
                });
            }
        }
        let username_key = req.username.as_ref().map(|u| u.key());
        check_unique(
            tx,
            req.email.as_str(),
            username_key.as_deref(),
            None,
            ctx.now,
        )?;
        let groups = super::group::resolve_groups(tx, ctx, &req.groups, req.create_groups)?;
        let roles = sorted(req.roles);
        super::role::check_user(tx, req.email.as_str(), &roles, &groups, &req.attributes)?;
        let mut user = User {
            id: UserId::new(),
            email: req.email.as_str().to_string(),
            username: req.username.as_ref().map(|u| u.as_str().to_string()),
            profile: req.profile,
            attributes: req.attributes,
            roles,
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
            onboarding_requested_at: req.request_onboarding.then_some(ctx.now),
            previous_status: None,
            password_hash: None,
        };
        super::grant::check_change(
            ctx,
            &|name| tx.reader().role(name).ok().flatten(),
            "users.manage",
            None,
            &user,
        )?;
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
            mail.push(queue_onboarding(tx, ctx, &user)?);
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
    })?;
    // The hash set here is not shown back (an export with
    // --include-hashes and store.admin is the way to read hashes).
    Ok(Created {
        user: User {
            password_hash: None,
            ..created.user
        },
        ..created
    })
}

/// Attribute keys and values as `--attr KEY=VALUE` takes them, whichever
/// front end sent them (a request over the admin API is not parsed by the
/// command line): a key is a word, a value text of bounded length.
fn checked_attributes<'a>(
    set: impl Iterator<Item = (&'a String, &'a String)>,
    unset: &[String],
) -> Result<()> {
    use crate::domain::types::{validate_attr, validate_word};
    for (key, value) in set {
        if &validate_attr(key, value)?.0 != key {
            return Err(crate::domain::error::Error::invalid(
                "attr key",
                format!("{key:?} is not written as roster keeps it"),
            ));
        }
    }
    for key in unset {
        validate_word("unset-attr", key)?;
    }
    Ok(())
}

pub(crate) fn sorted<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    items.sort();
    items.dedup();
    items
}

/// Queues the onboarding-form request (seed 000) for `user`.
fn queue_onboarding(tx: &Tx<'_>, ctx: &Ctx, user: &User) -> Result<i64> {
    let link = super::onboarding_link(ctx);
    let extra = serde_json::json!({ "link": link });
    queue_mail(tx, ctx, user, templates::ONBOARDING, extra, None)
}

/// An actor that is a user may change the email of a user only if it
/// holds every permission that user holds: their reset links and
/// invitations would go to an address it chose, and so their account.
pub(super) fn may_redirect_mail(
    reader: crate::store::Reader<'_>,
    ctx: &Ctx,
    user: &User,
) -> Result<()> {
    holds_all_of(
        reader,
        ctx,
        user,
        "change the email of",
        "their reset links would go to an address it chose",
    )
}

/// An actor that is a user may set the password of a user only if it
/// holds every permission that user holds (`user reset-password` keeps
/// the same rule): otherwise it would sign in as them.
pub(super) fn may_take_over(
    reader: crate::store::Reader<'_>,
    ctx: &Ctx,
    user: &User,
) -> Result<()> {
    holds_all_of(
        reader,
        ctx,
        user,
        "set the password of",
        "a new password would hand it their account",
    )
}

/// Refuses to `what` `user` when they hold a permission the actor lacks,
/// saying `why` that matters.
fn holds_all_of(
    reader: crate::store::Reader<'_>,
    ctx: &Ctx,
    user: &User,
    what: &str,
    why: &str,
) -> Result<()> {
    let beyond = super::grant::beyond_actor(reader, ctx, user)?;
    if beyond.is_empty() {
        return Ok(());
    }
    Err(crate::domain::error::Denied::Grant {
        actor: ctx.acting.name().to_string(),
        what: format!("{what} {}", user.email),
        rule: format!("they hold {}, which it does not ({why})", beyond.join(", ")),
    }
    .into())
}

/// What `update` did.
#[derive(Debug)]
pub struct Updated {
    pub user: User,
    /// What changed; empty when every value was already as asked.
    pub changes: Vec<FieldChange>,
    /// Outbox ids of mail to deliver after commit (an onboarding request).
    pub mail: Vec<i64>,
}

/// Applies field changes to a user, keeping the rules of roles, groups and
/// attributes.
pub fn update(store: &mut Store, ctx: &Ctx, key: &str, changes: UserChanges) -> Result<Updated> {
    checked_attributes(changes.set_attributes.iter(), &changes.unset_attributes)?;
    store.write(|tx| {
        let before = find_user(tx.reader(), key, ctx.now)?;
        let mut user = before.clone();
        if let Some(email) = &changes.email {
            if email.as_str() != before.email {
                may_redirect_mail(tx.reader(), ctx, &before)?;
            }
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
        if let Some(roles) = &changes.roles {
            user.roles = roles.clone();
        }
        edit_list(&mut user.roles, &changes.add_roles, &changes.remove_roles);
        if let Some(groups) = &changes.groups {
            user.groups = groups.clone();
        }
        edit_list(
            &mut user.groups,
            &changes.add_groups,
            &changes.remove_groups,
        );
        if let Some(permissions) = &changes.permissions {
            user.permissions = permissions.clone();
        }
        edit_list(
            &mut user.permissions,
            &changes.add_permissions,
            &changes.remove_permissions,
        );
        if changes.request_onboarding {
            user.onboarding_requested_at = Some(ctx.now);
        }

        let diff = diff_users(&before, &user);
        if diff.is_empty() {
            return Ok(Updated {
                user: before,
                changes: diff,
                mail: Vec::new(),
            });
        }
        if diff.iter().any(|c| {
            matches!(c.field.as_str(), "roles" | "groups") || c.field.starts_with("attributes.")
        }) {
            user.groups =
                super::group::resolve_groups(tx, ctx, &user.groups, changes.create_groups)?;
            super::role::check_user(tx, &user.email, &user.roles, &user.groups, &user.attributes)?;
        }
        check_unique(
            tx,
            &user.email,
            user.username
                .as_ref()
                .map(|u| u.to_ascii_lowercase())
                .as_deref(),
            Some(&user.id),
            ctx.now,
        )?;
        super::grant::check_change(
            ctx,
            &|name| tx.reader().role(name).ok().flatten(),
            "users.manage",
            Some(&before),
            &user,
        )?;
        let grants = diff
            .iter()
            .any(|c| matches!(c.field.as_str(), "roles" | "permissions"));
        let managers = if grants {
            super::grant::managers(tx.reader(), ctx.now)?
        } else {
            Default::default()
        };
        user.updated_at = ctx.now;
        tx.update_user(&before, &user)?;
        if diff.iter().any(|c| {
            c.field.starts_with("attributes.")
                || matches!(c.field.as_str(), "roles" | "groups" | "permissions")
        }) {
            tx.replace_memberships(&user)?;
        }
        if grants {
            super::grant::keep_a_manager(
                tx.reader(),
                ctx.now,
                &managers,
                &format!("changing the roles of {}", user.email),
            )?;
        }
        tx.append_audit(ctx.now, &ctx.actor, "update", Some(&user.id), &diff, None)?;
        let mut mail = Vec::new();
        if changes.request_onboarding {
            mail.push(queue_onboarding(tx, ctx, &user)?);
        }
        Ok(Updated {
            user,
            changes: diff,
            mail,
        })
    })
}

fn edit_list<T: Ord + Clone>(list: &mut Vec<T>, add: &[T], remove: &[T]) {
    list.retain(|item| !remove.contains(item));
    list.extend(add.iter().cloned());
    list.sort();
    list.dedup();
}

/// A user as `user show` gives it: every field, and the permissions its
/// roles and its own give it.
#[derive(Clone, Debug)]
pub struct Shown {
    pub user: User,
    pub permissions: std::collections::BTreeSet<crate::domain::access::Permission>,
}

/// One user, when the actor's `users.read` reaches it (exit 7 otherwise).
/// The user a credential acts as, with its permissions (`whoami`): no
/// permission is needed to see oneself.
pub fn me(session: &Session, id: &crate::domain::UserId) -> Result<Shown> {
    let reader = session.store().reader();
    let user = find_user(reader, id.as_str(), session.ctx.now)?;
    let permissions = super::role::permissions_of(reader, &user)?;
    Ok(Shown { user, permissions })
}

pub fn show(session: &Session, key: &str) -> Result<Shown> {
    let reader = session.store().reader();
    let user = find_user(reader, key, session.ctx.now)?;
    session
        .ctx
        .acting
        .require_on("users.read", "see", &user.email, &user.groups)?;
    let permissions = super::role::permissions_of(reader, &user)?;
    Ok(Shown { user, permissions })
}

/// The users a query selects, limited to the actor's reach, ready to be
/// walked a page at a time (`user list`, `user export`).
pub struct Selected<'s> {
    session: &'s Session,
    query: crate::domain::query::ListQuery,
    /// Every attribute key in use, for a CSV export's columns (empty
    /// otherwise).
    pub attribute_keys: Vec<String>,
}

/// `user list`: the users `query` selects that the actor's `users.read`
/// reaches; a name in the selector that does not exist is "not found".
pub fn list(session: &Session, mut query: crate::domain::query::ListQuery) -> Result<Selected<'_>> {
    super::bulk::scope_selector(
        session.store(),
        &session.ctx,
        &mut query.selector,
        "users.read",
    )?;
    Ok(Selected {
        session,
        query,
        attribute_keys: Vec::new(),
    })
}

/// `user export`: as [`list`]; password hashes (`with_hashes`) need
/// `store.admin`, and a CSV file has a column per attribute key in use.
pub fn export(
    session: &Session,
    query: crate::domain::query::ListQuery,
    csv: bool,
) -> Result<Selected<'_>> {
    let hashes = query.with_hashes;
    let mut selected = list(session, query)?;
    if hashes {
        session
            .ctx
            .acting
            .require("store.admin", "export password hashes")?;
    }
    if csv {
        selected.attribute_keys = session.store().reader().attribute_keys()?;
    }
    Ok(selected)
}

impl Selected<'_> {
    /// Walks the selected users in order, one at a time.
    pub fn each<E: From<crate::domain::error::Error>>(
        &self,
        each: impl FnMut(User) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        self.session
            .store()
            .reader()
            .list_users(&self.query, self.session.ctx.now, each)
    }
}

/// `user create`: a new user, or (`if_not_exists`) the one that has the
/// email already, left unchanged.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct CreateUser {
    pub user: NewUser,
    #[serde(default)]
    pub if_not_exists: bool,
}

/// `user update USER`: changes to one user's fields.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct UpdateUser {
    /// The user, by id, email or username.
    pub user: String,
    pub changes: UserChanges,
}

/// Creates a user (see [`create`]).
pub fn create_user(session: &mut Session, req: CreateUser) -> Result<Created> {
    let (store, ctx) = session.parts();
    create(store, ctx, req.user, req.if_not_exists)
}

/// Changes a user (see [`update`]).
pub fn update_user(session: &mut Session, req: UpdateUser) -> Result<Updated> {
    let (store, ctx) = session.parts();
    update(store, ctx, &req.user, req.changes)
}
