//! SCIM's changes to users (SPEC §13): create (POST), replace (PUT),
//! patch (PATCH) and delete (DELETE), each in one transaction. A resource
//! becomes a row of an import (`scim_input`) and goes through the import's
//! rules (uniqueness, roles, attributes, the grant rules, its audit rows
//! and invitation mail); `active` becomes the lifecycle verb it stands
//! for, applied by the bulk engine in the same transaction, as `user
//! block`, `unblock`, `restore`, `revoke` or `invite` would.

use serde_json::{Map, Value, json};

use super::bulk::{self, Action, Outcome, Targets};
use super::import::{self, Catalogue, OnConflict, Options};
use super::lifecycle::{Block, Invite, Move};
use super::session::Session;
use super::{Ctx, find_user};
use crate::domain::error::{Conflict, Denied, Error, Result};
use crate::domain::password::{self, Password};
use crate::domain::query::ListQuery;
use crate::domain::scim_input::{self, Incoming, Kind, Problem};
use crate::domain::scim_patch::{self, Operation, Target};
use crate::domain::scim_user;
use crate::domain::transitions::Verb;
use crate::domain::types::Status;
use crate::domain::types::UserId;
use crate::domain::user::User;
use crate::store::Tx;

/// Why a block made over SCIM was made.
pub const DEPROVISIONED: &str = "deprovisioned by SCIM";

/// Why a SCIM change was not made.
#[derive(Debug)]
pub enum Fault {
    /// The request's resource or patch (a SCIM error of its kind).
    Scim(Problem),
    /// `If-Match` named another version than the user's (412).
    Precondition { current: String },
    /// What roster's rules or its store say (as from the command line).
    Roster(Error),
}

impl From<Error> for Fault {
    fn from(e: Error) -> Fault {
        Fault::Roster(e)
    }
}

impl From<Problem> for Fault {
    fn from(p: Problem) -> Fault {
        Fault::Scim(p)
    }
}

/// A user as a change left it, and the mail to deliver.
#[derive(Debug)]
pub struct Written {
    pub resource: Value,
    pub mail: Vec<i64>,
}

/// The fault of an `If-Match` that names another version than the
/// resource's (compared weakly; `*` is any), if it does.
pub(super) fn unmatched(if_match: Option<&str>, current: &Value) -> Option<Fault> {
    let tags = if_match?;
    let version = current["meta"]["version"].as_str().unwrap_or_default();
    let opaque = |t: &str| t.trim().trim_start_matches("W/").to_string();
    let matched = tags
        .split(',')
        .any(|t| t.trim() == "*" || opaque(t) == opaque(version));
    (!matched).then(|| Fault::Precondition {
        current: version.to_string(),
    })
}

/// A row's errors as one SCIM problem.
fn parsed(
    row: &Map<String, Value>,
) -> std::result::Result<crate::domain::file_row::Desired, Problem> {
    crate::domain::file_row::parse(row).map_err(|errors| {
        let said: Vec<String> = errors
            .into_iter()
            .map(|e| match e.field {
                Some(field) => format!("{field}: {}", e.message),
                None => e.message,
            })
            .collect();
        Problem::new(Kind::InvalidValue, said.join("; "))
    })
}

/// A password sent with a user, hashed (before the transaction: hashing
/// is slow), after the policy's checks that need no account.
fn hashed(password: Option<&str>) -> Result<Option<(Password, String)>> {
    let Some(text) = password else {
        return Ok(None);
    };
    let password = Password::new(text);
    let hash = password::hash(&password)?;
    Ok(Some((password, hash)))
}

/// Sets the row's password hash, once the policy takes the password for
/// the user the row describes.
fn give_password(
    ctx: &Ctx,
    incoming: &mut Incoming,
    prepared: &Option<(Password, String)>,
) -> Result<()> {
    let (Some(sent), Some((password, hash))) = (&incoming.password, prepared) else {
        return Ok(());
    };
    if sent != password.expose() {
        return Err(Error::invalid(
            "password",
            "it is sent twice, with two values; send it once",
        ));
    }
    let email = incoming.row["email"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let username = incoming.row["username"].as_str().map(str::to_string);
    ctx.auth
        .policy
        .check(password, &email, username.as_deref())?;
    incoming.row.insert("password_hash".into(), json!(hash));
    incoming
        .row
        .insert("must_change_password".into(), json!(false));
    Ok(())
}

/// The import's options for SCIM: a new user without a password is
/// invited (and mailed), as `user create` does.
fn options(on_conflict: OnConflict) -> Options {
    Options {
        on_conflict,
        invite: true,
        generate_password: false,
        must_change: false,
        reason: None,
    }
}

/// Writes a row's plan in `tx`, as an import writes one: roles and
/// groups must exist (a provider does not make them), what the change
/// needs beyond `users.manage` is asked of the actor, and the last active
/// holder of `roles.manage` is kept. Returns the mail to deliver.
fn write_plan(tx: &Tx<'_>, ctx: &Ctx, plan: &import::Plan, options: &Options) -> Result<Vec<i64>> {
    if matches!(plan, import::Plan::Unchanged(_)) {
        return Ok(Vec::new());
    }
    let user = plan.user();
    for role in &user.roles {
        if tx.reader().role(role)?.is_none() {
            return Err(Error::invalid(
                "roles",
                format!("role {role} does not exist"),
            ));
        }
    }
    for group in &user.groups {
        if tx.reader().group(group)?.is_none() {
            return Err(Error::invalid(
                "groups",
                format!("group {group} does not exist"),
            ));
        }
    }
    for permission in import::permissions_for(tx.reader(), plan)? {
        ctx.acting
            .require_on(permission, "change", &user.email, &user.groups)?;
    }
    let managers = match plan {
        import::Plan::Update { .. } => Some(super::grant::managers(tx.reader(), ctx.now)?),
        _ => None,
    };
    let plans = [plan];
    let (audit, mail) = import::write_all(tx, ctx, &plans, options)?;
    if let Some(managers) = &managers {
        super::grant::keep_a_manager(tx.reader(), ctx.now, managers, "this SCIM change")?;
    }
    tx.append_audit_many(ctx.now, &ctx.actor, &audit)?;
    Ok(mail)
}

/// Refuses a `userName` kept apart (neither an address nor a username)
/// that another user has: it is unique, as a username is.
fn unique_name(tx: &Tx<'_>, ctx: &Ctx, incoming: &Incoming, except: Option<&UserId>) -> Result<()> {
    let Some(name) = &incoming.kept_name else {
        return Ok(());
    };
    let mut query = ListQuery::default();
    query
        .selector
        .attributes
        .push((scim_user::USER_NAME.to_string(), name.clone()));
    // Nor another user's address: `userName eq` asks the address first.
    let mut other = tx
        .reader()
        .id_by_email_key(&crate::domain::types::email_key(name))?
        .filter(|id| Some(id) != except);
    tx.reader()
        .list_users(&query, ctx.now, |user: User| -> Result<()> {
            if Some(&user.id) != except {
                other = Some(user.id);
            }
            Ok(())
        })?;
    let Some(other) = other else {
        return Ok(());
    };
    if find_user(tx.reader(), other.as_str(), ctx.now)?.status == Status::Archived {
        return Err(Conflict::Exists {
            what: format!("an archived user with the userName {name}"),
            hint: format!(
                " ({other}); `roster user restore {other}` brings them back, `roster user delete {other}` frees the name"
            ),
        }
        .into());
    }
    Err(Conflict::Exists {
        what: format!("a user with the userName {name}"),
        hint: format!(" ({other})"),
    }
    .into())
}

/// Refuses a new user whose address an archived user has, saying so: SCIM
/// does not see that user, so a uniqueness error alone would not explain.
fn archived_owner(
    tx: &Tx<'_>,
    ctx: &Ctx,
    desired: &crate::domain::file_row::Desired,
) -> Result<()> {
    let Some(email) = &desired.email else {
        return Ok(());
    };
    let Some(id) = tx.reader().id_by_email_key(&email.key())? else {
        return Ok(());
    };
    let user = find_user(tx.reader(), id.as_str(), ctx.now)?;
    if user.status != Status::Archived {
        return Ok(());
    }
    Err(Conflict::Exists {
        what: format!("an archived user with the address {}", user.email),
        hint: format!(
            " ({id}); `roster user restore {id}` brings them back, `roster user delete {id}` frees the address"
        ),
    }
    .into())
}

/// `POST /Users`: a new user, invited unless a password is sent (then
/// active), blocked when `active` is false.
pub fn create(
    session: &mut Session,
    body: &Value,
    base: &str,
) -> std::result::Result<Written, Fault> {
    session.ctx.acting.require("users.manage", "create users")?;
    let mut incoming = scim_input::incoming(body, None)?;
    let prepared = hashed(incoming.password.as_deref())?;
    give_password(&session.ctx, &mut incoming, &prepared)?;
    if incoming.active == Some(false) {
        incoming.row.insert("status".into(), json!("blocked"));
        incoming
            .row
            .insert("blocked_reason".into(), json!(DEPROVISIONED));
    }
    let desired = parsed(&incoming.row)?;
    let options = options(OnConflict::Fail);
    let (store, ctx) = session.parts();
    let (user, mail) = store.write(|tx| {
        unique_name(tx, ctx, &incoming, None)?;
        archived_owner(tx, ctx, &desired)?;
        let catalogue = Catalogue::load(tx.reader())?;
        let plan = import::decide(tx.reader(), ctx, &catalogue, &desired, &options)?;
        let mail = write_plan(tx, ctx, &plan, &options)?;
        let user = find_user(tx.reader(), plan.user().id.as_str(), ctx.now)?;
        Ok((user, mail))
    })?;
    Ok(Written {
        resource: scim_user::resource(&user, base),
        mail,
    })
}

/// `PUT /Users/{id}`: the user becomes the resource sent.
pub fn replace(
    session: &mut Session,
    id: &str,
    body: &Value,
    if_match: Option<&str>,
    base: &str,
) -> std::result::Result<Written, Fault> {
    session.ctx.acting.require("users.manage", "change users")?;
    let password = match body {
        Value::Object(o) => scim_input::field(o, "password").and_then(Value::as_str),
        _ => None,
    };
    let prepared = hashed(password)?;
    let body = body.clone();
    change(session, id, if_match, base, prepared, move |_| Ok(body))
}

/// `PATCH /Users/{id}`: the operations applied to the user as a resource,
/// which the user then becomes.
pub fn patch(
    session: &mut Session,
    id: &str,
    body: &Value,
    if_match: Option<&str>,
    base: &str,
) -> std::result::Result<Written, Fault> {
    session.ctx.acting.require("users.manage", "change users")?;
    let operations = scim_patch::operations(body, &scim_input::unknown_for_patch)?;
    let prepared = hashed(patched_password(&operations).as_deref())?;
    change(session, id, if_match, base, prepared, move |current| {
        let mut resource = current;
        scim_patch::apply(&mut resource, &operations)?;
        Ok(resource)
    })
}

/// The password a patch sets, if it sets one.
fn patched_password(operations: &[Operation]) -> Option<String> {
    let is_password = |name: &str| name.eq_ignore_ascii_case("password");
    operations
        .iter()
        .rev()
        .find_map(|o| match (&o.path, &o.value) {
            (_, None) => None,
            (Some(Target::Attr(path)), Some(Value::String(p)))
                if path.uri.is_none() && path.sub.is_none() && is_password(&path.name) =>
            {
                Some(p.clone())
            }
            (None, Some(Value::Object(values))) => values
                .iter()
                .find(|(k, _)| is_password(k))
                .and_then(|(_, v)| v.as_str().map(str::to_string)),
            _ => None,
        })
}

/// The user `id` in `tx`, if the actor's `users.manage` reaches them (one
/// it does not reach is one it cannot find, as in a read).
fn reached(tx: &Tx<'_>, ctx: &Ctx, id: &str) -> Result<User> {
    let not_found = || Error::not_found("user", id);
    if crate::domain::UserId::parse(id).is_none() {
        return Err(not_found());
    }
    // An archived user is a deleted one, as SCIM sees it (RFC 7644 §3.6).
    let user = tx
        .reader()
        .find_user_with(id, ctx.now, true)?
        .filter(|u| u.id.as_str() == id && u.status != Status::Archived)
        .ok_or_else(not_found)?;
    match ctx
        .acting
        .require_on("users.manage", "change", &user.email, &user.groups)
    {
        Err(Error::Denied(Denied::OutOfScope { .. })) => Err(not_found()),
        other => other.map(|()| user),
    }
}

/// Changes the user `id` to what `wanted` makes of them as a resource, in
/// one transaction: the fields as an import row would, then `active` as
/// its verb.
fn change(
    session: &mut Session,
    id: &str,
    if_match: Option<&str>,
    base: &str,
    prepared: Option<(Password, String)>,
    wanted: impl FnOnce(Value) -> std::result::Result<Value, Problem>,
) -> std::result::Result<Written, Fault> {
    let options = options(OnConflict::Update);
    let (store, ctx) = session.parts();
    store.write(|tx| -> Result<std::result::Result<Written, Fault>> {
        let before = reached(tx, ctx, id)?;
        let current = scim_user::resource(&before, base);
        if let Some(fault) = unmatched(if_match, &current) {
            return Ok(Err(fault));
        }
        let made = match wanted(current.clone()) {
            Ok(made) => made,
            Err(problem) => return Ok(Err(Fault::Scim(problem))),
        };
        // What changes only `active` (a provider's deactivation) is the
        // verb alone: the fields are as they are.
        if prepared.is_none() && same_but_active(&made, &current) {
            let active = match made.get("active").map(|a| scim_input::boolean(a, "active")) {
                Some(Ok(active)) => Some(active),
                Some(Err(problem)) => return Ok(Err(Fault::Scim(problem))),
                None => None,
            };
            let mut mail = Vec::new();
            if let Some(action) = active.and_then(|a| verb_for(a, before.status)) {
                mail.extend(act(tx, ctx, action.as_ref(), id)?);
            }
            let after = find_user(tx.reader(), id, ctx.now)?;
            return Ok(Ok(Written {
                resource: scim_user::resource(&after, base),
                mail,
            }));
        }
        let step = scim_input::incoming(&made, Some(&before));
        let mut incoming = match step {
            Ok(incoming) => incoming,
            Err(problem) => return Ok(Err(Fault::Scim(problem))),
        };
        give_password(ctx, &mut incoming, &prepared)?;
        incoming
            .row
            .insert("id".into(), json!(before.id.to_string()));
        let desired = match parsed(&incoming.row) {
            Ok(desired) => desired,
            Err(problem) => return Ok(Err(Fault::Scim(problem))),
        };
        unique_name(tx, ctx, &incoming, Some(&before.id))?;
        let catalogue = Catalogue::load(tx.reader())?;
        let plan = import::decide(tx.reader(), ctx, &catalogue, &desired, &options)?;
        let mut mail = write_plan(tx, ctx, &plan, &options)?;
        let now = find_user(tx.reader(), id, ctx.now)?;
        if let Some(action) = incoming.active.and_then(|a| verb_for(a, now.status)) {
            mail.extend(act(tx, ctx, action.as_ref(), id)?);
        }
        let after = find_user(tx.reader(), id, ctx.now)?;
        Ok(Ok(Written {
            resource: scim_user::resource(&after, base),
            mail,
        }))
    })?
}

/// Whether a resource is `current` but for `active` (and `meta`, which a
/// client does not write).
fn same_but_active(made: &Value, current: &Value) -> bool {
    let strip = |v: &Value| -> Value {
        let mut v = v.clone();
        if let Value::Object(o) = &mut v {
            o.retain(|k, _| !k.eq_ignore_ascii_case("active") && !k.eq_ignore_ascii_case("meta"));
        }
        v
    };
    strip(made) == strip(current)
}

/// The verb `active` stands for on a user in `status`, if it moves them:
/// false blocks an active user and revokes an invitation; true unblocks
/// and invites again one whose invitation was revoked. (An archived user
/// is not seen.)
fn verb_for(active: bool, status: Status) -> Option<Box<dyn Action>> {
    let moved = |verb| -> Option<Box<dyn Action>> { Some(Box::new(Move { verb, reason: None })) };
    match (active, status) {
        (false, Status::Active) => Some(Box::new(Block {
            reason: Some(DEPROVISIONED.into()),
            until: None,
            replace: false,
        })),
        (false, Status::Invited | Status::InvitationExpired) => moved(Verb::Revoke),
        (true, Status::Blocked) => moved(Verb::Unblock),
        (true, Status::InvitationRevoked) => Some(Box::new(Invite {
            reason: None,
            send_email: true,
        })),
        _ => None,
    }
}

/// Applies a lifecycle verb to the user `id` inside `tx`, as the bulk
/// engine does for the command line; a refusal is an error (and the
/// transaction is rolled back). Returns the mail to deliver.
fn act(tx: &Tx<'_>, ctx: &Ctx, action: &dyn Action, id: &str) -> Result<Vec<i64>> {
    let targets = Targets {
        keys: vec![id.to_string()],
        selector: None,
        preselected: false,
    };
    let (rows, mail) = bulk::apply_within(tx, ctx, action, &targets)?;
    for row in rows {
        let why = row.error.clone().unwrap_or_default();
        match row.outcome {
            Outcome::Changed | Outcome::Unchanged | Outcome::Skipped => {}
            Outcome::NotFound => return Err(Error::not_found("user", id)),
            Outcome::Denied => {
                return Err(Denied::Grant {
                    actor: ctx.actor.clone(),
                    what: format!("{} {id}", action.name()),
                    rule: why,
                }
                .into());
            }
            Outcome::Refused => return Err(Conflict::Refused(why).into()),
            _ => {
                return Err(Error::invalid(
                    "active",
                    format!("{} {}: {why}", action.name(), row.email.unwrap_or_default()),
                ));
            }
        }
    }
    Ok(mail)
}

/// `DELETE /Users/{id}`: the user is archived (`hard`: deleted, with
/// everything that is theirs), as `user archive` and `user delete` do.
/// Returns the mail to deliver.
pub fn remove(
    session: &mut Session,
    id: &str,
    if_match: Option<&str>,
    hard: bool,
    base: &str,
) -> std::result::Result<Vec<i64>, Fault> {
    let (store, ctx) = session.parts();
    let verb = if hard { Verb::Delete } else { Verb::Archive };
    let action = Move { verb, reason: None };
    store.write(|tx| -> Result<std::result::Result<Vec<i64>, Fault>> {
        let before = reached(tx, ctx, id)?;
        let current = scim_user::resource(&before, base);
        if let Some(fault) = unmatched(if_match, &current) {
            return Ok(Err(fault));
        }
        Ok(Ok(act(tx, ctx, &action, id)?))
    })?
}
