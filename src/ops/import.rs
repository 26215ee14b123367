//! `user import` and `user sync`: what a row of a file comes to for the
//! store (create, update, leave alone), decided the same way when planning
//! and, inside each batch's transaction, when writing.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use jiff::Timestamp;

use super::{Ctx, find_user, invitation_expiry, issue_invitation};
use crate::domain::access::{
    AttributeRule, FeatureName, GroupRef, Role, RoleName, check_assignment, check_attributes,
};
use crate::domain::error::{Conflict, Error, Result};
use crate::domain::file_row::Desired;
use crate::domain::stored::{AuditRecord, TokenPurpose};
use crate::domain::transitions::{Decision, Verb, decide as transition};
use crate::domain::types::{Status, UserId, to_second};
use crate::domain::user::{FieldChange, User};
use crate::mail::templates;
use crate::store::{Reader, Tx};

/// What to do with a row that names a user who exists.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum OnConflict {
    /// The row is an error (nothing is written unless --skip-invalid)
    Fail,
    /// The user is left as they are (`unchanged`)
    Skip,
    /// The user's fields become the row's (the fields the file has)
    Update,
}

/// How rows become users.
#[derive(Clone, Debug)]
pub struct Options {
    pub on_conflict: OnConflict,
    /// New users with no status and no password are invited (and mailed).
    pub invite: bool,
    /// New active users with no password hash get a generated password.
    pub generate_password: bool,
    /// A generated password must be changed at first sign-in.
    pub must_change: bool,
    /// Why, for the audit log.
    pub reason: Option<String>,
}

/// What a row comes to.
#[derive(Clone, Debug)]
pub enum Plan {
    Create(Box<User>),
    Update { before: Box<User>, after: Box<User> },
    Unchanged(Box<User>),
}

impl Plan {
    pub fn name(&self) -> &'static str {
        match self {
            Plan::Create(_) => "create",
            Plan::Update { .. } => "update",
            Plan::Unchanged(_) => "unchanged",
        }
    }

    pub fn user(&self) -> &User {
        match self {
            Plan::Create(u) | Plan::Unchanged(u) => u,
            Plan::Update { after, .. } => after,
        }
    }

    /// Whether the row's new user gets a generated password.
    pub fn needs_password(&self, options: &Options) -> bool {
        matches!(self, Plan::Create(u) if options.generate_password
            && u.password_hash.is_none() && u.status == Status::Active)
    }
}

/// The rules new and changed users must keep, read once.
pub struct Catalogue {
    roles: HashMap<RoleName, Role>,
    features_on: BTreeSet<FeatureName>,
    rules: Vec<AttributeRule>,
    /// The users the emails of the current page of rows belong to, read in
    /// one query ([`Catalogue::know_emails`]): one round trip a page, not
    /// one a row, which on a database server is most of an import's time.
    emails: std::cell::RefCell<HashMap<String, Option<UserId>>>,
}

impl Catalogue {
    pub fn load(reader: Reader<'_>) -> Result<Catalogue> {
        Ok(Catalogue {
            roles: reader
                .roles()?
                .into_iter()
                .map(|r| (r.name.clone(), r))
                .collect(),
            features_on: reader.features_on()?,
            rules: reader.attribute_rules()?,
            emails: Default::default(),
        })
    }

    /// Reads which of a page's emails are users of the store, in one
    /// query, for `decide` to use instead of asking row by row. Read in the
    /// transaction the page is written in, it is what is stored.
    pub fn know_emails<'d>(
        &self,
        reader: Reader<'_>,
        rows: impl IntoIterator<Item = &'d Desired>,
    ) -> Result<()> {
        let keys: Vec<String> = rows
            .into_iter()
            .filter_map(|d| d.email.as_ref().map(|e| e.key()))
            .collect();
        let found: HashMap<String, UserId> = reader.ids_by_email_keys(&keys)?.into_iter().collect();
        let mut known = self.emails.borrow_mut();
        known.clear();
        for key in keys {
            let id = found.get(&key).cloned();
            known.insert(key, id);
        }
        Ok(())
    }

    /// The user an email key belongs to: from the page read ahead, or asked.
    fn email_owner(&self, reader: Reader<'_>, key: &str) -> Result<Option<UserId>> {
        if let Some(known) = self.emails.borrow().get(key) {
            return Ok(known.clone());
        }
        reader.id_by_email_key(key)
    }

    /// The grant rules for a row's change of a user (`before` None for a
    /// new one), as the actor of `ctx` makes it: what it gives and takes,
    /// whom it reaches, and never taking itself out of use.
    fn check_grant(&self, ctx: &Ctx, before: Option<&User>, after: &User) -> Result<()> {
        if let Some(before) = before {
            if ctx.acting.is(&before.id)
                && before.status == Status::Active
                && after.status != Status::Active
            {
                return Err(crate::domain::error::Denied::Grant {
                    actor: ctx.actor.clone(),
                    what: format!("make itself {}", after.status),
                    rule: "an actor never takes itself out of use; another administrator must"
                        .into(),
                }
                .into());
            }
        }
        // What the row does beyond users.manage, where the verb's own
        // permission must reach the user, as the verb would check it.
        let reach = before.map_or(&after.groups, |b| &b.groups);
        for permission in verb_permissions(before, after) {
            ctx.acting
                .require_on(permission, "change", &after.email, reach)?;
        }
        super::grant::check_change(
            ctx,
            &|name| self.roles.get(name).cloned(),
            "users.manage",
            before,
            after,
        )
    }

    /// Checks a user against the rules. A role the store does not have
    /// yet has none (the import makes it, empty).
    fn check(&self, user: &User) -> Result<()> {
        let fresh: Vec<Role> = user
            .roles
            .iter()
            .filter(|r| !self.roles.contains_key(*r))
            .map(|r| Role::new(r.clone()))
            .collect();
        let roles: Vec<&Role> = user
            .roles
            .iter()
            .filter_map(|r| self.roles.get(r))
            .chain(fresh.iter())
            .collect();
        check_assignment(&user.email, &roles, &user.groups, &self.features_on)?;
        check_attributes(&user.email, &user.attributes, &user.roles, &self.rules)
    }
}

/// The user a row names: by id when it has one, else by email. A row whose
/// id and email name two different users is a conflict.
fn existing(
    reader: Reader<'_>,
    ctx: &Ctx,
    catalogue: &Catalogue,
    d: &Desired,
) -> Result<Option<User>> {
    let by_email = match &d.email {
        Some(email) => catalogue.email_owner(reader, &email.key())?,
        None => None,
    };
    // With the hash, so that a row with the same hash changes nothing.
    let full = |id: &UserId| -> Result<Option<User>> {
        Ok(reader
            .find_user_with(id.as_str(), ctx.now, true)?
            .filter(|u| &u.id == id))
    };
    let Some(id) = &d.id else {
        return match by_email {
            Some(id) => full(&id),
            None => Ok(None),
        };
    };
    let by_id = full(id)?;
    if let (Some(email), Some(other)) = (&d.email, &by_email) {
        if Some(other) != by_id.as_ref().map(|u| &u.id) {
            let existing = find_user(reader, other.as_str(), ctx.now)?.email;
            return Err(Conflict::DuplicateEmail {
                email: email.as_str().to_string(),
                existing,
                other: other.clone(),
            }
            .into());
        }
    }
    Ok(by_id)
}

fn check_username(reader: Reader<'_>, user: &User) -> Result<()> {
    let Some(username) = &user.username else {
        return Ok(());
    };
    match reader.id_by_username_key(&username.to_ascii_lowercase())? {
        Some(other) if other != user.id => Err(Conflict::DuplicateUsername {
            username: username.clone(),
            other,
        }
        .into()),
        _ => Ok(()),
    }
}

/// Sets on `user` every field the row has, but status.
fn apply_fields(user: &mut User, d: &Desired) -> Result<()> {
    if let Some(email) = &d.email {
        user.email = email.as_str().to_string();
    }
    if let Some(username) = &d.username {
        user.username = username.as_ref().map(|u| u.as_str().to_string());
    }
    for (field, value) in &d.profile {
        user.profile.set_unchecked(field, value.clone())?;
    }
    if let Some(attributes) = &d.attributes {
        user.attributes = attributes.clone();
    }
    if let Some(roles) = &d.roles {
        user.roles = super::users::sorted(roles.clone());
    }
    if let Some(groups) = &d.groups {
        user.groups = super::users::sorted(groups.clone());
    }
    if let Some(permissions) = &d.permissions {
        user.permissions = super::users::sorted(permissions.clone());
    }
    let set = |slot: &mut Option<Timestamp>, value: &Option<Option<Timestamp>>| {
        if let Some(value) = value {
            *slot = *value;
        }
    };
    set(&mut user.last_login_at, &d.last_login_at);
    set(&mut user.password_changed_at, &d.password_changed_at);
    // An invited user keeps the invitation's times when a row leaves them
    // empty: without them the invitation would never lapse, and the store
    // would be one `db check` refuses (docs/import-export.md).
    if user.status.stored() == Status::Invited {
        set(&mut user.invited_at, &d.invited_at.filter(Option::is_some));
        set(
            &mut user.invite_expires_at,
            &d.invite_expires_at.filter(Option::is_some),
        );
    } else {
        set(&mut user.invited_at, &d.invited_at);
        set(&mut user.invite_expires_at, &d.invite_expires_at);
    }
    set(&mut user.blocked_until, &d.blocked_until);
    set(&mut user.locked_until, &d.locked_until);
    set(
        &mut user.onboarding_requested_at,
        &d.onboarding_requested_at,
    );
    if let Some(reason) = &d.blocked_reason {
        user.blocked_reason = reason.clone();
    }
    if let Some(must) = d.must_change_password {
        user.must_change_password = must;
    }
    if let Some(failed) = d.failed_logins {
        user.failed_logins = failed;
    }
    if let Some(hash) = &d.password_hash {
        if user.password_hash.as_ref() != Some(hash) {
            user.password_hash = Some(hash.clone());
            if d.password_changed_at.is_none() {
                user.password_changed_at = Some(user.updated_at);
            }
        }
    }
    Ok(())
}

/// Gives a user the status `to` as a new user: the fields that go with it.
fn start_in(user: &mut User, to: Status, ctx: &Ctx) -> Result<()> {
    user.status = to;
    match to {
        Status::Invited | Status::InvitationExpired => {
            user.invited_at.get_or_insert(ctx.now);
            if user.invite_expires_at.is_none() {
                user.invite_expires_at = Some(if to == Status::Invited {
                    invitation_expiry(ctx)?
                } else {
                    ctx.now
                });
            }
        }
        Status::Blocked => {}
        Status::Archived => {
            // A file does not carry the status an archived user had before;
            // restored, the user comes back active (docs/import-export.md).
            user.previous_status = Some(Status::Active);
            user.blocked_reason = None;
            user.blocked_until = None;
        }
        _ => {
            user.blocked_reason = None;
            user.blocked_until = None;
        }
    }
    Ok(())
}

/// The verb that moves a user from `from` to `to`, if one does.
fn verb_for(user: &User, to: Status) -> Option<Verb> {
    [
        Verb::Block,
        Verb::Unblock,
        Verb::Archive,
        Verb::Restore,
        Verb::Revoke,
    ]
    .into_iter()
    .find(|verb| transition(*verb, user.status, user.previous_status) == Decision::Change(Some(to)))
}

/// What row `d` comes to in the store as `reader` sees it.
pub fn decide(
    reader: Reader<'_>,
    ctx: &Ctx,
    catalogue: &Catalogue,
    d: &Desired,
    options: &Options,
) -> Result<Plan> {
    match existing(reader, ctx, catalogue, d)? {
        None => {
            let Some(email) = &d.email else {
                let id = d.id.as_ref().map(|i| i.to_string()).unwrap_or_default();
                return Err(Error::not_found(
                    "user",
                    format!("{id} (a row for a new user needs an email)"),
                ));
            };
            let mut user = User {
                // A new id unless the row brings one.
                id: d.id.clone().unwrap_or_default(),
                email: email.as_str().to_string(),
                username: None,
                profile: Default::default(),
                attributes: BTreeMap::new(),
                roles: Vec::new(),
                groups: Vec::new(),
                permissions: Vec::new(),
                status: Status::Active,
                created_at: d.created_at.unwrap_or(ctx.now),
                updated_at: d.updated_at.unwrap_or(ctx.now),
                last_login_at: None,
                password_changed_at: None,
                must_change_password: false,
                invited_at: None,
                invite_expires_at: None,
                blocked_reason: None,
                blocked_until: None,
                failed_logins: 0,
                locked_until: None,
                onboarding_requested_at: None,
                previous_status: None,
                password_hash: None,
            };
            apply_fields(&mut user, d)?;
            // The store holds times to the second, and never a user updated
            // before it was created (`db check`).
            if to_second(user.updated_at) < to_second(user.created_at) {
                return Err(match d.updated_at {
                    Some(updated) => Error::invalid(
                        "updated_at",
                        format!("{updated} is before created_at {}", user.created_at),
                    ),
                    None => Error::invalid(
                        "created_at",
                        format!("{} is in the future", user.created_at),
                    ),
                });
            }
            let status = d.status.unwrap_or(
                if options.invite && user.password_hash.is_none() && !options.generate_password {
                    Status::Invited
                } else {
                    Status::Active
                },
            );
            start_in(&mut user, status, ctx)?;
            keeps_invariants(&user)?;
            check_username(reader, &user)?;
            catalogue.check(&user)?;
            catalogue.check_grant(ctx, None, &user)?;
            Ok(Plan::Create(Box::new(user)))
        }
        Some(before) => match options.on_conflict {
            OnConflict::Fail => Err(Conflict::UserExists {
                user: before.email.clone(),
                id: before.id.clone(),
            }
            .into()),
            OnConflict::Skip => Ok(Plan::Unchanged(Box::new(before))),
            OnConflict::Update => {
                let mut after = before.clone();
                after.updated_at = ctx.now;
                apply_fields(&mut after, d)?;
                if let Some(to) = d.status.filter(|to| *to != before.status) {
                    let Some(verb) = verb_for(&before, to) else {
                        let verb = match to {
                            Status::Invited => "invite",
                            Status::Active => "restore",
                            _ => "block",
                        };
                        return Err(Conflict::StatusMove {
                            user: before.email.clone(),
                            from: before.status,
                            to,
                            verb,
                        }
                        .into());
                    };
                    move_status(&mut after, &before, verb, to);
                }
                check_username(reader, &after)?;
                if changes(&before, &after).is_empty() {
                    return Ok(Plan::Unchanged(Box::new(before)));
                }
                // A new address for a user who holds more than the actor
                // would send their reset links where the actor chose, as
                // `user update --email` guards.
                if after.email != before.email {
                    super::users::may_redirect_mail(reader, ctx, &before)?;
                }
                // A new password for them would hand the actor their
                // account, as `user reset-password` refuses.
                if after.password_hash != before.password_hash {
                    super::users::may_take_over(reader, ctx, &before)?;
                }
                keeps_invariants(&after)?;
                catalogue.check(&after)?;
                catalogue.check_grant(ctx, Some(&before), &after)?;
                Ok(Plan::Update {
                    before: Box::new(before),
                    after: Box::new(after),
                })
            }
        },
    }
}

/// Refuses a user the store must not hold (`db check`'s invariants), as
/// invalid input naming the field: a row's error, never a broken store.
fn keeps_invariants(user: &User) -> Result<()> {
    match user.broken_invariant() {
        Some((field, problem)) => Err(Error::invalid(
            field,
            format!("user {} {problem}", user.email),
        )),
        None => Ok(()),
    }
}

/// The fields a status move sets, as the verb would.
fn move_status(after: &mut User, before: &User, verb: Verb, to: Status) {
    after.status = to;
    match verb {
        Verb::Archive => after.previous_status = Some(before.status.stored()),
        Verb::Restore => {
            after.previous_status = None;
            if to == Status::Active {
                after.blocked_reason = None;
                after.blocked_until = None;
            }
        }
        Verb::Unblock => {
            after.blocked_reason = None;
            after.blocked_until = None;
        }
        _ => {}
    }
}

/// What writing `plan` needs from an actor beyond `users.manage` (the
/// permission of the command itself), so that an import cannot do what the
/// verbs guard more closely: a new password (`users.reset-password`), a
/// block or unblock, a lifted lockout, a role or group made.
pub fn permissions_for(reader: Reader<'_>, plan: &Plan) -> Result<BTreeSet<&'static str>> {
    let (before, after) = match plan {
        Plan::Unchanged(_) => return Ok(BTreeSet::new()),
        Plan::Create(user) => (None, user.as_ref()),
        Plan::Update { before, after } => (Some(before.as_ref()), after.as_ref()),
    };
    let mut needs = verb_permissions(before, after);
    for role in &after.roles {
        if reader.role(role)?.is_none() {
            needs.insert("roles.manage");
        }
    }
    for group in &after.groups {
        if reader.group(group)?.is_none() {
            needs.insert("roles.manage");
        }
    }
    Ok(needs)
}

/// The permissions of the verbs a row's change amounts to: a block, an
/// unblock, an archive, a new password, a lifted lockout.
fn verb_permissions(before: Option<&User>, after: &User) -> BTreeSet<&'static str> {
    let mut needs = BTreeSet::new();
    if let Some(before) = before {
        if before.password_hash != after.password_hash {
            needs.insert("users.reset-password");
        }
        match (before.status, after.status) {
            (from, Status::Blocked) if from != Status::Blocked => {
                needs.insert("users.block");
            }
            (Status::Active, Status::Archived) => {
                needs.insert("users.manage");
            }
            (Status::Blocked, Status::Active) => {
                needs.insert("users.unblock");
            }
            _ => {}
        }
        if (before.failed_logins, before.locked_until) != (after.failed_logins, after.locked_until)
        {
            needs.insert("users.unblock");
        }
    }
    if before.is_none() && after.status == Status::Blocked {
        // A user made blocked is blocked, as `user block` would.
        needs.insert("users.block");
    }
    needs
}

/// What an update changes, as the audit log records it.
fn changes(before: &User, after: &User) -> Vec<FieldChange> {
    let mut changes = crate::domain::user::diff_users(before, after);
    let time = |t: Option<Timestamp>| t.map(|t| t.to_string());
    let mut scalar = |field: &str, old: Option<String>, new: Option<String>| {
        if old != new {
            changes.push(FieldChange::new(field, old, new));
        }
    };
    scalar(
        "status",
        Some(before.status.to_string()),
        Some(after.status.to_string()),
    );
    for (field, old, new) in [
        ("last_login_at", before.last_login_at, after.last_login_at),
        ("invited_at", before.invited_at, after.invited_at),
        (
            "invite_expires_at",
            before.invite_expires_at,
            after.invite_expires_at,
        ),
        ("blocked_until", before.blocked_until, after.blocked_until),
        ("locked_until", before.locked_until, after.locked_until),
        (
            "password_changed_at",
            before.password_changed_at,
            after.password_changed_at,
        ),
    ] {
        scalar(field, time(old), time(new));
    }
    scalar(
        "blocked_reason",
        before.blocked_reason.clone(),
        after.blocked_reason.clone(),
    );
    scalar(
        "must_change_password",
        Some(before.must_change_password.to_string()),
        Some(after.must_change_password.to_string()),
    );
    scalar(
        "failed_logins",
        Some(before.failed_logins.to_string()),
        Some(after.failed_logins.to_string()),
    );
    if before.password_hash != after.password_hash {
        changes.push(FieldChange::new("password", "(set)", "(changed)"));
    }
    changes
}

/// Makes the roles and groups `users` hold that the store does not have
/// yet: a role with no permissions, a group as named. Returns what it made.
pub fn make_missing<'u>(
    tx: &Tx<'_>,
    ctx: &Ctx,
    users: impl Iterator<Item = &'u User>,
) -> Result<Vec<String>> {
    let mut roles = BTreeSet::new();
    let mut groups = BTreeSet::new();
    for user in users {
        roles.extend(user.roles.iter().cloned());
        groups.extend(user.groups.iter().cloned());
    }
    let mut made = Vec::new();
    for role in roles {
        if tx.reader().role(&role)?.is_none() {
            tx.put_role(&Role::new(role.clone()), ctx.now)?;
            tx.append_audit(
                ctx.now,
                &ctx.actor,
                "role-create",
                None,
                &[FieldChange::new("role", None::<String>, role.to_string())],
                Some("made by an import: it has no permissions yet"),
            )?;
            made.push(format!("role {role}"));
        }
    }
    let wanted: Vec<GroupRef> = groups.into_iter().collect();
    for group in &wanted {
        if tx.reader().group(group)?.is_none() {
            made.push(format!("group {group}"));
        }
    }
    super::group::resolve_groups(tx, ctx, &wanted, true)?;
    Ok(made)
}

/// Writes the plans decided inside `tx`, in order: new users in one go,
/// each changed user on its own, an audit row for each, and for a new
/// invited user with `invite`, the invitation. Returns the audit rows and
/// the mail to deliver.
pub fn write_all<'p>(
    tx: &Tx<'_>,
    ctx: &Ctx,
    plans: &'p [&'p Plan],
    options: &'p Options,
) -> Result<(Vec<AuditRecord<'p>>, Vec<i64>)> {
    // Groups as stored (with the display name they were made with).
    let mut stored: BTreeMap<GroupRef, GroupRef> = BTreeMap::new();
    let mut as_stored = |groups: &[GroupRef]| -> Result<Vec<GroupRef>> {
        groups
            .iter()
            .map(|g| {
                if let Some(found) = stored.get(g) {
                    return Ok(found.clone());
                }
                let found = tx.reader().group(g)?.ok_or_else(|| {
                    Error::Internal(format!("group {g} was not made before its users"))
                })?;
                stored.insert(g.clone(), found.clone());
                Ok(found)
            })
            .collect()
    };
    let mut created: Vec<User> = Vec::new();
    for plan in plans {
        if let Plan::Create(user) = plan {
            let mut user = user.as_ref().clone();
            user.groups = as_stored(&user.groups)?;
            created.push(user);
        }
    }
    tx.insert_users(&created.iter().collect::<Vec<_>>())?;
    let mut audit = Vec::with_capacity(plans.len());
    let mut mail = Vec::new();
    let mut created = created.into_iter();
    for plan in plans {
        match plan {
            Plan::Unchanged(_) => {}
            Plan::Create(_) => {
                let user = created.next().expect("one new user a create plan");
                // The insert writes no login state: a row's lockout (an
                // export of a locked user) is written apart, as on update.
                if user.failed_logins != 0 || user.locked_until.is_some() {
                    tx.set_login_state(&user.id, user.failed_logins, user.locked_until, None)?;
                }
                if options.invite && user.status == Status::Invited {
                    mail.extend(issue_invitation(tx, ctx, &user, true)?);
                }
                audit.push(AuditRecord {
                    action: "create",
                    user_id: Some(&plan.user().id),
                    changes: crate::domain::user::creation_record(&user),
                    reason: options.reason.as_deref(),
                });
            }
            Plan::Update { before, after } => {
                let mut after = after.as_ref().clone();
                after.groups = as_stored(&after.groups)?;
                audit.push(update(tx, ctx, before, &after, options)?);
            }
        }
    }
    Ok((audit, mail))
}

/// Writes one changed user, with what the verb its status move stands for
/// would also do; returns its audit row.
fn update<'p>(
    tx: &Tx<'_>,
    ctx: &Ctx,
    before: &'p User,
    after: &User,
    options: &'p Options,
) -> Result<AuditRecord<'p>> {
    tx.update_user(before, after)?;
    if (
        &before.attributes,
        &before.roles,
        &before.groups,
        &before.permissions,
    ) != (
        &after.attributes,
        &after.roles,
        &after.groups,
        &after.permissions,
    ) {
        tx.replace_memberships(after)?;
    }
    if before.password_hash != after.password_hash {
        if let Some(hash) = &after.password_hash {
            tx.set_password_hash(
                &after.id,
                hash,
                after.must_change_password,
                after.password_changed_at,
                ctx.now,
            )?;
        }
    }
    if (before.failed_logins, before.locked_until) != (after.failed_logins, after.locked_until) {
        tx.set_login_state(&after.id, after.failed_logins, after.locked_until, None)?;
    }
    let new_password = before.password_hash != after.password_hash;
    let ended: &[TokenPurpose] = match after.status {
        Status::Blocked if before.status != Status::Blocked => {
            &[TokenPurpose::Session, TokenPurpose::Reset]
        }
        Status::Archived if before.status != Status::Archived => &[
            TokenPurpose::Invite,
            TokenPurpose::Reset,
            TokenPurpose::Session,
        ],
        Status::InvitationRevoked if before.status != Status::InvitationRevoked => {
            &[TokenPurpose::Invite]
        }
        // A new password ends the sessions and reset links of the old one,
        // as `user reset-password` does.
        _ if new_password => &[TokenPurpose::Session, TokenPurpose::Reset],
        _ => &[],
    };
    if !ended.is_empty() {
        tx.revoke_tokens(&after.id, ended)?;
        for purpose in ended {
            let template = match purpose {
                TokenPurpose::Invite => Some(templates::INVITATION),
                TokenPurpose::Reset => Some(templates::RESET),
                TokenPurpose::Session => None,
            };
            if let Some(template) = template {
                tx.drop_mail_of(&after.id, Some(template))?;
            }
        }
    }
    Ok(AuditRecord {
        action: "update",
        user_id: Some(&before.id),
        changes: changes(before, after),
        reason: options.reason.as_deref(),
    })
}
