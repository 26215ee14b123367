//! The lifecycle verbs (invite, revoke, block, unblock, archive, restore, delete)
//! applied to many users: resolve targets, plan against the transition table,
//! then apply in batched transactions, re-deciding each user inside the write so
//! a concurrent change is never overwritten.

use jiff::Timestamp;
use serde::Serialize;

use crate::domain::error::{Error, Result};
use crate::domain::transitions::{Decision, Verb, decide, needs};
use std::collections::HashMap;

use crate::domain::query::{ListQuery, Selector};
use crate::domain::types::{Status, UserId};
use crate::domain::user::{FieldChange, User};
use crate::mail::templates;
use crate::store::{Reader, Store, TokenPurpose, Tx};

use super::{Ctx, invitation_expiry, issue_invitation};

/// How many users one transaction changes; a failed batch fails only its users.
pub const BATCH: usize = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Changed,
    Unchanged,
    WouldChange,
    InvalidTransition,
    NotFound,
    Failed,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Changed => "changed",
            Outcome::Unchanged => "unchanged",
            Outcome::WouldChange => "would_change",
            Outcome::InvalidTransition => "invalid_transition",
            Outcome::NotFound => "not_found",
            Outcome::Failed => "failed",
        }
    }

    pub fn is_failure(self) -> bool {
        matches!(
            self,
            Outcome::InvalidTransition | Outcome::NotFound | Outcome::Failed
        )
    }
}

/// One target's result, the row every bulk verb reports (SPEC §3).
#[derive(Clone, Debug, Serialize)]
pub struct OutcomeRow {
    pub id: Option<String>,
    pub email: Option<String>,
    pub action: &'static str,
    pub outcome: Outcome,
    pub from: Option<Status>,
    pub to: Option<Status>,
    pub error: Option<String>,
}

/// A target as named, and the user it resolved to.
#[derive(Clone, Debug)]
pub struct Target {
    pub key: String,
    pub user: Option<User>,
}

/// How `reset-password` gives a user a new password.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ResetMode {
    /// A new password hash per user, in `VerbOptions::hashes`.
    #[default]
    Hash,
    /// A single-use reset link by email; the password stays until it is used.
    Link,
}

/// Options a verb may use.
#[derive(Clone, Debug, Default)]
pub struct VerbOptions {
    /// Kept in the audit log; for `block`, also the user's `blocked_reason`.
    pub reason: Option<String>,
    /// `block --until`: the block lapses at this time.
    pub until: Option<Timestamp>,
    /// `invite --no-email`: issue the token without sending mail.
    pub no_email: bool,
    /// `reset-password`: how.
    pub reset: ResetMode,
    /// `reset-password`: the new argon2id hash for each user, computed beforehand
    /// (hashing is slow, and runs on all cores outside the transaction).
    pub hashes: HashMap<UserId, String>,
    /// `reset-password`: ask for a new password at the next sign-in.
    pub must_change: bool,
    /// `--atomic`: every target in one transaction, or none.
    pub atomic: bool,
}

/// Resolves named users and a selector into distinct targets, in the order given
/// (named users first). A name that matches nobody stays as a not-found target.
pub fn resolve(
    reader: Reader<'_>,
    keys: &[String],
    selector: Option<&Selector>,
    now: Timestamp,
) -> Result<Vec<Target>> {
    let mut seen = std::collections::HashSet::new();
    let mut targets = Vec::new();
    for key in keys {
        let user = reader.find_user(key, now)?;
        if let Some(u) = &user {
            if !seen.insert(u.id.clone()) {
                continue;
            }
        }
        targets.push(Target {
            key: key.trim().to_string(),
            user,
        });
    }
    if let Some(selector) = selector.filter(|s| s.is_used()) {
        let query = ListQuery {
            selector: selector.clone(),
            ..ListQuery::default()
        };
        reader.list_users(&query, now, |user| -> Result<()> {
            if seen.insert(user.id.clone()) {
                targets.push(Target {
                    key: user.id.to_string(),
                    user: Some(user),
                });
            }
            Ok(())
        })?;
    }
    Ok(targets)
}

fn row_for(
    verb: Verb,
    target: &Target,
    decision: Option<Decision>,
    options: &VerbOptions,
    dry: bool,
) -> OutcomeRow {
    let Some(user) = &target.user else {
        return OutcomeRow {
            id: None,
            email: target.key.contains('@').then(|| target.key.clone()),
            action: verb.action(),
            outcome: Outcome::NotFound,
            from: None,
            to: None,
            error: Some(format!("no user {}", target.key)),
        };
    };
    let decision = decision.unwrap_or_else(|| decision_for(verb, user, options));
    let (outcome, to, error) = match decision {
        Decision::Change(to) => (
            if dry {
                Outcome::WouldChange
            } else {
                Outcome::Changed
            },
            to,
            None,
        ),
        Decision::Unchanged => (Outcome::Unchanged, Some(user.status), None),
        Decision::Invalid => (
            Outcome::InvalidTransition,
            None,
            failure(verb, target).map(|e| e.to_string()),
        ),
    };
    OutcomeRow {
        id: Some(user.id.to_string()),
        email: Some(user.email.clone()),
        action: verb.action(),
        outcome,
        from: Some(user.status),
        to,
        error,
    }
}

/// Why `verb` would fail on a target, as an error: it names nobody, or its
/// user is in a status the verb does not act on.
pub fn failure(verb: Verb, target: &Target) -> Option<Error> {
    let Some(user) = &target.user else {
        return Some(Error::not_found("user", target.key.clone()));
    };
    match decide(verb, user.status, user.previous_status) {
        Decision::Invalid => Some(Error::InvalidTransition {
            user: user.email.clone(),
            status: user.status,
            verb: verb.command().into(),
            needs: needs(verb),
        }),
        _ => None,
    }
}

/// What `verb` with these options does to `user`: the transition table's
/// decision, except that blocking a user already blocked the same way (same
/// reason, same end) is `Unchanged`; any other block replaces it.
pub fn decision_for(verb: Verb, user: &User, options: &VerbOptions) -> Decision {
    let same_block = verb == Verb::Block
        && user.status == Status::Blocked
        && user.blocked_reason == options.reason
        && user.blocked_until == options.until;
    if same_block {
        return Decision::Unchanged;
    }
    decide(verb, user.status, user.previous_status)
}

/// What the verb would do to each target, writing nothing.
pub fn plan(verb: Verb, targets: &[Target], options: &VerbOptions) -> Vec<OutcomeRow> {
    targets
        .iter()
        .map(|t| row_for(verb, t, None, options, true))
        .collect()
}

/// The result of applying a verb.
#[derive(Debug, Default)]
pub struct Applied {
    pub rows: Vec<OutcomeRow>,
    /// Outbox ids to deliver after commit.
    pub mail: Vec<i64>,
}

/// Applies `verb` to the targets. With `options.atomic`, all targets are
/// changed in one transaction, and nothing is written if any target would fail.
///
/// `read_version` is the store's data version from before the targets were
/// read. Each batch re-reads its users inside its write transaction, unless
/// the version shows no other process has written since: then the users as
/// read are the users as stored, and reading them again is only cost.
///
/// `done` is called as each target is dealt with.
pub fn apply(
    store: &mut Store,
    ctx: &Ctx,
    verb: Verb,
    targets: &[Target],
    read_version: i64,
    options: &VerbOptions,
    done: &dyn Fn(),
) -> Result<Applied> {
    if options.atomic {
        let planned = plan(verb, targets, options);
        let failures = planned.iter().filter(|r| r.outcome.is_failure()).count();
        if let Some(first) = targets.iter().find_map(|t| failure(verb, t)) {
            return Err(Error::Atomic {
                failures,
                targets: planned.len(),
                first: Box::new(first),
            });
        }
        return store.write(|tx| apply_batch(tx, ctx, verb, targets, read_version, options, done));
    }
    let mut applied = Applied::default();
    for (i, batch) in targets.chunks(BATCH).enumerate() {
        match store.write(|tx| apply_batch(tx, ctx, verb, batch, read_version, options, done)) {
            Ok(batch_applied) => {
                applied.rows.extend(batch_applied.rows);
                applied.mail.extend(batch_applied.mail);
            }
            // Nothing was written yet: the whole command failed, with the error's own code.
            Err(e) if i == 0 => return Err(e),
            Err(e) => applied.rows.extend(batch.iter().map(|t| {
                let mut row = row_for(verb, t, None, options, false);
                row.outcome = Outcome::Failed;
                row.to = None;
                row.error = Some(e.to_string());
                row
            })),
        }
    }
    Ok(applied)
}

fn apply_batch(
    tx: &Tx<'_>,
    ctx: &Ctx,
    verb: Verb,
    targets: &[Target],
    read_version: i64,
    options: &VerbOptions,
    done: &dyn Fn(),
) -> Result<Applied> {
    let mut applied = Applied::default();
    let stale = tx.reader().data_version()? != read_version;
    for target in targets {
        done();
        // Re-read inside the write when another process wrote since the plan.
        let current = match &target.user {
            Some(u) if stale => Target {
                key: target.key.clone(),
                user: tx.reader().find_user(u.id.as_str(), ctx.now)?,
            },
            _ => target.clone(),
        };
        let Some(user) = &current.user else {
            applied
                .rows
                .push(row_for(verb, &current, None, options, false));
            continue;
        };
        let mut decision = decision_for(verb, user, options);
        if let Decision::Change(to) = decision {
            match act(tx, ctx, verb, user, to, options)? {
                Acted::Changed(mail) => applied.mail.extend(mail),
                Acted::NothingToDo => decision = Decision::Unchanged,
            }
            // A restored invitation comes back expired (archiving killed its token).
            if verb == Verb::Restore && to == Some(Status::Invited) {
                decision = Decision::Change(Some(Status::InvitationExpired));
            }
        }
        applied
            .rows
            .push(row_for(verb, &current, Some(decision), options, false));
    }
    Ok(applied)
}

/// What `act` did.
enum Acted {
    /// The user changed; mail to deliver.
    Changed(Vec<i64>),
    /// The verb applied but found nothing to do (no session to end, no lockout).
    NothingToDo,
}

/// Carries out one change the table allows, with its side effects and audit row.
fn act(
    tx: &Tx<'_>,
    ctx: &Ctx,
    verb: Verb,
    before: &User,
    to: Option<Status>,
    options: &VerbOptions,
) -> Result<Acted> {
    let reason = options.reason.as_deref();
    let audit = |action: &str, changes: &[FieldChange]| {
        tx.append_audit(
            ctx.now,
            &ctx.actor,
            action,
            Some(&before.id),
            changes,
            reason,
        )
    };
    let Some(to) = to else {
        // Delete: the audit keeps the id and the action, and forgets the person.
        tx.delete_user(&before.id)?;
        tx.drop_mail_of(&before.id, None)?;
        tx.erase_audit_changes(&before.id)?;
        audit(verb.action(), &[])?;
        return Ok(Acted::Changed(Vec::new()));
    };
    match verb {
        Verb::SignOut => {
            let ended = tx.revoke_tokens(&before.id, &[TokenPurpose::Session])?;
            if ended == 0 {
                return Ok(Acted::NothingToDo);
            }
            audit(verb.action(), &[FieldChange::new("sessions", ended, 0)])?;
            return Ok(Acted::Changed(Vec::new()));
        }
        Verb::Unlock => {
            if before.failed_logins == 0 && before.locked_until.is_none() {
                return Ok(Acted::NothingToDo);
            }
            tx.set_login_state(&before.id, 0, None, None)?;
            let mut changes = Vec::new();
            if before.failed_logins > 0 {
                changes.push(FieldChange::new("failed_logins", before.failed_logins, 0));
            }
            if let Some(until) = before.locked_until {
                changes.push(FieldChange::new(
                    "locked_until",
                    until.to_string(),
                    None::<String>,
                ));
            }
            audit(verb.action(), &changes)?;
            return Ok(Acted::Changed(Vec::new()));
        }
        Verb::ResetPassword => {
            let mail = match options.reset {
                ResetMode::Link => {
                    let id = super::issue_reset(tx, ctx, before)?;
                    let ended = tx.revoke_tokens(&before.id, &[TokenPurpose::Session])?;
                    audit("reset-link", &[FieldChange::new("sessions", ended, 0)])?;
                    id
                }
                ResetMode::Hash => {
                    let hash = options.hashes.get(&before.id).ok_or_else(|| {
                        Error::Internal(format!(
                            "no new password was prepared for {}",
                            before.email
                        ))
                    })?;
                    super::auth::set_password(
                        tx,
                        ctx,
                        before,
                        hash,
                        options.must_change,
                        verb.action(),
                        reason,
                    )?;
                    super::notify_password_changed(tx, ctx, before, options.must_change)?
                }
            };
            return Ok(Acted::Changed(vec![mail]));
        }
        _ => {}
    }
    let mut user = before.clone();
    user.status = to;
    user.updated_at = ctx.now;
    let mut mail = Vec::new();
    match verb {
        Verb::Invite => {
            user.invited_at = Some(ctx.now);
            user.invite_expires_at = Some(invitation_expiry(ctx)?);
        }
        Verb::Revoke => {
            tx.revoke_tokens(&user.id, &[TokenPurpose::Invite])?;
            tx.drop_mail_of(&user.id, Some(templates::INVITATION))?;
        }
        Verb::Block => {
            user.blocked_reason = options.reason.clone();
            user.blocked_until = options.until;
            tx.revoke_tokens(&user.id, &[TokenPurpose::Session, TokenPurpose::Reset])?;
            tx.drop_mail_of(&user.id, Some(templates::RESET))?;
        }
        Verb::Unblock => {
            user.blocked_reason = None;
            user.blocked_until = None;
        }
        Verb::Archive => {
            user.previous_status = Some(before.status.stored());
            tx.revoke_tokens(
                &user.id,
                &[
                    TokenPurpose::Invite,
                    TokenPurpose::Reset,
                    TokenPurpose::Session,
                ],
            )?;
            tx.drop_mail_of(&user.id, Some(templates::INVITATION))?;
            tx.drop_mail_of(&user.id, Some(templates::RESET))?;
        }
        Verb::Restore => {
            user.previous_status = None;
            // Archiving killed the invitation's token: the restored invitation
            // reads as expired, ready for `user invite`.
            if user.status == Status::Invited {
                user.invite_expires_at = Some(ctx.now);
            }
        }
        _ => {
            return Err(Error::Internal(format!(
                "`{}` is not a lifecycle verb",
                verb.command()
            )));
        }
    }
    // A user leaving `blocked` (unblocked, or a lapsed block read as active)
    // loses its block; an archived user keeps it for restore.
    if user.status == Status::Active {
        user.blocked_reason = None;
        user.blocked_until = None;
    }
    let mut changes = Vec::new();
    // A block that replaces a block changes only its reason and end.
    if before.status != user.status {
        changes.push(FieldChange::new(
            "status",
            before.status.as_str(),
            user.status.as_str(),
        ));
    }
    if before.blocked_reason != user.blocked_reason {
        changes.push(FieldChange::new(
            "blocked_reason",
            before.blocked_reason.clone(),
            user.blocked_reason.clone(),
        ));
    }
    if before.blocked_until != user.blocked_until {
        changes.push(FieldChange::new(
            "blocked_until",
            before.blocked_until.map(|t| t.to_string()),
            user.blocked_until.map(|t| t.to_string()),
        ));
    }
    if before.invite_expires_at != user.invite_expires_at {
        changes.push(FieldChange::new(
            "invite_expires_at",
            before.invite_expires_at.map(|t| t.to_string()),
            user.invite_expires_at.map(|t| t.to_string()),
        ));
    }
    tx.update_user(before, &user)?;
    if verb == Verb::Invite {
        mail.extend(issue_invitation(tx, ctx, &user, !options.no_email)?);
    }
    tx.append_audit(
        ctx.now,
        &ctx.actor,
        verb.action(),
        Some(&user.id),
        &changes,
        reason,
    )?;
    Ok(Acted::Changed(mail))
}
