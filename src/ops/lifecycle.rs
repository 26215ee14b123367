//! The lifecycle verbs (invite, revoke, block, unblock, archive, restore,
//! sign-out, unlock, delete) and reset-password as bulk actions: each decides
//! from the transition table and writes a whole batch at once, with one
//! audit row per user.

use std::collections::HashMap;

use jiff::Timestamp;

use super::bulk::{Action, Applied, ask, transition_refusal};
use super::{Ctx, invitation_expiry, issue_invitation};
use crate::domain::error::{Error, Result};
use crate::domain::stored::AuditRecord;
use crate::domain::transitions::{Decision, Verb, decide};
use crate::domain::types::{Status, UserId};
use crate::domain::user::{FieldChange, Subject, User};
use crate::mail::templates;
use crate::store::Tx;

/// The ids of a batch.
fn ids<'a>(batch: &'a [(&Subject, Option<Status>)]) -> Vec<&'a UserId> {
    batch.iter().map(|(s, _)| &s.id).collect()
}

/// The users of a batch.
fn users<'a>(batch: &'a [(&'a Subject, Option<Status>)]) -> Vec<&'a Subject> {
    batch.iter().map(|(s, _)| *s).collect()
}

/// A change of one field, when it changed.
fn changed<T: PartialEq + Clone + Into<serde_json::Value>>(
    field: &str,
    old: &T,
    new: &T,
) -> Option<FieldChange> {
    (old != new).then(|| FieldChange::new(field, old.clone(), new.clone()))
}

fn time(t: Option<Timestamp>) -> Option<String> {
    t.map(|t| t.to_string())
}

/// Writes one audit row per user of the batch, each with its changes.
pub(super) fn audit(
    tx: &Tx<'_>,
    ctx: &Ctx,
    action: &str,
    reason: Option<&str>,
    rows: Vec<(&UserId, Vec<FieldChange>)>,
) -> Result<()> {
    let records: Vec<AuditRecord<'_>> = rows
        .into_iter()
        .map(|(id, changes)| AuditRecord {
            action,
            user_id: Some(id),
            changes,
            reason,
        })
        .collect();
    tx.append_audit_many(ctx.now, &ctx.actor, &records)
}

/// The full users of a batch, for actions that render mail (templates see
/// names, attributes and roles), in the batch's order.
fn full_users(tx: &Tx<'_>, ctx: &Ctx, batch: &[(&Subject, Option<Status>)]) -> Result<Vec<User>> {
    let mut found: HashMap<UserId, User> = tx
        .reader()
        .users_by_ids(&ids(batch), ctx.now)?
        .into_iter()
        .map(|u| (u.id.clone(), u))
        .collect();
    batch
        .iter()
        .map(|(s, _)| {
            found
                .remove(&s.id)
                .ok_or_else(|| Error::Internal(format!("{} vanished inside its batch", s.email)))
        })
        .collect()
}

/// The status a user is in as far as the change is concerned, for the
/// audit row: the effective status.
fn status_change(subject: &Subject, to: Status) -> Option<FieldChange> {
    changed("status", &subject.status.as_str(), &to.as_str())
}

/// `user block`: blocked (a block replaces a block), sessions and reset links
/// end.
pub struct Block {
    pub reason: Option<String>,
    pub until: Option<Timestamp>,
    /// Whether a block replaces a block (`user block`), or a user already
    /// blocked is left with theirs (`user sync --missing block`).
    pub replace: bool,
}

impl Action for Block {
    fn permission(&self) -> &'static str {
        "users.block"
    }

    fn name(&self) -> &'static str {
        Verb::Block.action()
    }

    /// The transition table's decision, except that blocking a user already
    /// blocked the same way (same reason, same end) is `Unchanged`; any other
    /// block replaces it.
    fn decide(&self, s: &Subject) -> Decision {
        if s.status == Status::Blocked
            && (!self.replace || (s.blocked_reason == self.reason && s.blocked_until == self.until))
        {
            return Decision::Unchanged;
        }
        decide(Verb::Block, s.status, s.previous_status)
    }

    fn refusal(&self, s: &Subject) -> String {
        transition_refusal(Verb::Block, s)
    }

    fn apply(
        &self,
        tx: &Tx<'_>,
        ctx: &Ctx,
        batch: &[(&Subject, Option<Status>)],
    ) -> Result<Applied> {
        let ids = ids(batch);
        tx.block_users(&users(batch), self.reason.as_deref(), self.until, ctx.now)?;
        tx.revoke_tokens_of(&ids, &["session", "reset"])?;
        tx.drop_queued_mail_of(&ids, &[templates::RESET])?;
        let rows = batch
            .iter()
            .map(|(s, _)| {
                let changes = [
                    status_change(s, Status::Blocked),
                    changed("blocked_reason", &s.blocked_reason, &self.reason),
                    changed("blocked_until", &time(s.blocked_until), &time(self.until)),
                ];
                (&s.id, changes.into_iter().flatten().collect())
            })
            .collect();
        audit(tx, ctx, self.name(), self.reason.as_deref(), rows)?;
        Ok(Applied::default())
    }
}

/// A verb that moves users between statuses with one statement per batch.
pub struct Move {
    pub verb: Verb,
    pub reason: Option<String>,
}

impl Action for Move {
    fn permission(&self) -> &'static str {
        match self.verb {
            Verb::Unblock | Verb::Unlock => "users.unblock",
            Verb::Delete => "users.delete",
            Verb::SignOut => "users.sign-out",
            Verb::ResetPassword => "users.reset-password",
            Verb::Block => "users.block",
            _ => "users.manage",
        }
    }

    fn name(&self) -> &'static str {
        self.verb.action()
    }

    fn decide(&self, s: &Subject) -> Decision {
        let decision = decide(self.verb, s.status, s.previous_status);
        match (self.verb, decision) {
            // A restored invitation comes back expired: archiving killed its token.
            (Verb::Restore, Decision::Change(Some(Status::Invited))) => {
                Decision::Change(Some(Status::InvitationExpired))
            }
            // Unlock has something to do only for a user who failed or is locked.
            (Verb::Unlock, Decision::Change(_))
                if s.failed_logins == 0 && s.locked_until.is_none() =>
            {
                Decision::Unchanged
            }
            (_, decision) => decision,
        }
    }

    fn refusal(&self, s: &Subject) -> String {
        transition_refusal(self.verb, s)
    }

    fn question(&self, count: u64) -> String {
        match self.verb {
            Verb::Delete => {
                let noun = if count == 1 { "user" } else { "users" };
                format!("Delete {count} {noun} permanently?")
            }
            _ => ask(self.name(), count),
        }
    }

    fn apply(
        &self,
        tx: &Tx<'_>,
        ctx: &Ctx,
        batch: &[(&Subject, Option<Status>)],
    ) -> Result<Applied> {
        let ids = ids(batch);
        let mut applied = Applied::default();
        let status_rows = || -> Vec<(&UserId, Vec<FieldChange>)> {
            batch
                .iter()
                .map(|(s, to)| {
                    let to = to.unwrap_or(s.status);
                    (&s.id, status_change(s, to).into_iter().collect())
                })
                .collect()
        };
        let rows: Vec<(&UserId, Vec<FieldChange>)> = match self.verb {
            Verb::Unblock => {
                tx.unblock_users(&users(batch), ctx.now)?;
                batch
                    .iter()
                    .map(|(s, _)| {
                        let changes = [
                            status_change(s, Status::Active),
                            changed("blocked_reason", &s.blocked_reason, &None),
                            changed("blocked_until", &time(s.blocked_until), &None),
                        ];
                        (&s.id, changes.into_iter().flatten().collect())
                    })
                    .collect()
            }
            Verb::Archive => {
                tx.archive_users(&users(batch), ctx.now)?;
                tx.revoke_tokens_of(&ids, &["invite", "reset", "session"])?;
                tx.drop_queued_mail_of(&ids, &[templates::INVITATION, templates::RESET])?;
                status_rows()
            }
            Verb::Restore => {
                tx.restore_users(&users(batch), ctx.now)?;
                batch
                    .iter()
                    .map(|(s, to)| {
                        let to = to.unwrap_or(Status::Active);
                        let mut changes: Vec<FieldChange> =
                            status_change(s, to).into_iter().collect();
                        if to == Status::InvitationExpired {
                            changes.push(FieldChange::new(
                                "invite_expires_at",
                                serde_json::Value::Null,
                                ctx.now.to_string(),
                            ));
                        }
                        (&s.id, changes)
                    })
                    .collect()
            }
            Verb::Revoke => {
                tx.revoke_invitations(&users(batch), ctx.now)?;
                tx.revoke_tokens_of(&ids, &["invite"])?;
                tx.drop_queued_mail_of(&ids, &[templates::INVITATION])?;
                status_rows()
            }
            Verb::SignOut => {
                let ended = tx.revoke_tokens_of(&ids, &["session"])?;
                let mut per_user: HashMap<&UserId, usize> = HashMap::new();
                for id in &ended {
                    *per_user.entry(id).or_default() += 1;
                }
                let mut rows = Vec::new();
                for (s, _) in batch {
                    match per_user.get(&s.id) {
                        Some(n) => rows.push((&s.id, vec![FieldChange::new("sessions", *n, 0)])),
                        None => {
                            applied.nothing_to_do.insert(s.id.clone());
                        }
                    }
                }
                rows
            }
            Verb::Unlock => {
                tx.clear_lockouts(&users(batch))?;
                batch
                    .iter()
                    .map(|(s, _)| {
                        let changes = [
                            changed("failed_logins", &s.failed_logins, &0),
                            changed("locked_until", &time(s.locked_until), &None),
                        ];
                        (&s.id, changes.into_iter().flatten().collect())
                    })
                    .collect()
            }
            Verb::Delete => {
                // The audit keeps the id and the action, and forgets the person.
                tx.delete_users(&users(batch))?;
                batch.iter().map(|(s, _)| (&s.id, Vec::new())).collect()
            }
            other => {
                return Err(Error::Internal(format!(
                    "`{}` does not move users by itself",
                    other.command()
                )));
            }
        };
        audit(tx, ctx, self.name(), self.reason.as_deref(), rows)?;
        Ok(applied)
    }
}

/// `user invite`: a fresh invitation, earlier ones dead, email unless told not.
pub struct Invite {
    pub reason: Option<String>,
    pub send_email: bool,
}

impl Action for Invite {
    fn name(&self) -> &'static str {
        Verb::Invite.action()
    }

    fn decide(&self, s: &Subject) -> Decision {
        decide(Verb::Invite, s.status, s.previous_status)
    }

    fn refusal(&self, s: &Subject) -> String {
        transition_refusal(Verb::Invite, s)
    }

    fn apply(
        &self,
        tx: &Tx<'_>,
        ctx: &Ctx,
        batch: &[(&Subject, Option<Status>)],
    ) -> Result<Applied> {
        let expires = invitation_expiry(ctx)?;
        let before = full_users(tx, ctx, batch)?;
        tx.invite_users(&users(batch), ctx.now, expires)?;
        let mut applied = Applied::default();
        let mut rows = Vec::with_capacity(batch.len());
        for ((s, _), before) in batch.iter().zip(before) {
            let mut user = before.clone();
            user.status = Status::Invited;
            user.invited_at = Some(ctx.now);
            user.invite_expires_at = Some(expires);
            applied
                .mail
                .extend(issue_invitation(tx, ctx, &user, self.send_email)?);
            let changes = [
                status_change(s, Status::Invited),
                changed(
                    "invite_expires_at",
                    &time(before.invite_expires_at),
                    &time(Some(expires)),
                ),
            ];
            rows.push((&s.id, changes.into_iter().flatten().collect()));
        }
        audit(tx, ctx, self.name(), self.reason.as_deref(), rows)?;
        Ok(applied)
    }
}

/// How `reset-password` gives a user a new password.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ResetMode {
    /// A new password hash per user, prepared beforehand.
    #[default]
    Hash,
    /// A single-use reset link by email; the password stays until it is used.
    Link,
}

/// `user reset-password`: a new hash (prepared, hashed on every core before
/// the write) or a reset link; sessions end either way.
pub struct ResetPassword {
    pub reason: Option<String>,
    pub mode: ResetMode,
    /// The new argon2id hash of each user, for `ResetMode::Hash`.
    pub hashes: HashMap<UserId, String>,
    /// The hashes are prepared: a user without one is left alone.
    pub prepared: bool,
    /// Ask for a new password at the next sign-in.
    pub must_change: bool,
}

impl Action for ResetPassword {
    fn permission(&self) -> &'static str {
        "users.reset-password"
    }

    /// A password the actor chose or was shown hands it the account; a
    /// link goes to the user's own mailbox.
    fn takes_over(&self) -> bool {
        self.mode == ResetMode::Hash
    }

    fn name(&self) -> &'static str {
        Verb::ResetPassword.action()
    }

    fn decide(&self, s: &Subject) -> Decision {
        let decision = decide(Verb::ResetPassword, s.status, s.previous_status);
        // A user who could take a new password only since the plan was made
        // (restored meanwhile) has none prepared: left as they are.
        if self.mode == ResetMode::Hash
            && self.prepared
            && matches!(decision, Decision::Change(_))
            && !self.hashes.contains_key(&s.id)
        {
            return Decision::Unchanged;
        }
        decision
    }

    fn refusal(&self, s: &Subject) -> String {
        transition_refusal(Verb::ResetPassword, s)
    }

    fn apply(
        &self,
        tx: &Tx<'_>,
        ctx: &Ctx,
        batch: &[(&Subject, Option<Status>)],
    ) -> Result<Applied> {
        let mut applied = Applied::default();
        for user in full_users(tx, ctx, batch)? {
            let mail = match self.mode {
                ResetMode::Link => {
                    let id = super::issue_reset(tx, ctx, &user)?;
                    let ids = [&user.id];
                    let ended = tx.revoke_tokens_of(&ids, &["session"])?.len();
                    // The action says a link was sent; sessions are a
                    // change only when some ended ("0 → 0" is none).
                    let mut changes = Vec::new();
                    if ended > 0 {
                        changes.push(FieldChange::new("sessions", ended, 0));
                    }
                    tx.append_audit(
                        ctx.now,
                        &ctx.actor,
                        "reset-link",
                        Some(&user.id),
                        &changes,
                        self.reason.as_deref(),
                    )?;
                    id
                }
                ResetMode::Hash => {
                    let hash = self.hashes.get(&user.id).ok_or_else(|| {
                        Error::Internal(format!("no new password was prepared for {}", user.email))
                    })?;
                    super::auth::set_password(
                        tx,
                        ctx,
                        &user,
                        hash,
                        self.must_change,
                        self.name(),
                        self.reason.as_deref(),
                    )?;
                    super::notify_password_changed(tx, ctx, &user, self.must_change)?
                }
            };
            applied.mail.push(mail);
        }
        Ok(applied)
    }
}

/// What `user email` sends.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Message {
    /// A built-in (or overridden) template that makes sense on its own.
    Template(String),
    /// Your own subject and body, themselves templates.
    Custom { subject: String, body: String },
}

/// `user email`: a message to every user found whose status lets them get it.
pub struct Email {
    pub reason: Option<String>,
    pub message: Message,
}

impl Action for Email {
    fn name(&self) -> &'static str {
        "email"
    }

    fn decide(&self, s: &Subject) -> Decision {
        Decision::Change(Some(s.status))
    }

    /// Mail follows the statuses: an archived user or one whose invitation
    /// was revoked gets none; the registration notice ("your account is
    /// active") goes to active users only, the onboarding request to users
    /// who are active or invited.
    fn skip(&self, s: &Subject) -> Option<String> {
        let why = |what: &str| Some(format!("{} is {}; {what}", s.email, s.status));
        match (s.status, &self.message) {
            (Status::Archived, _) => {
                why("archived users get no mail (`roster user restore` first)")
            }
            (Status::InvitationRevoked, _) => why("the invitation was revoked, so no mail is sent"),
            (Status::Active, _) => None,
            (_, Message::Template(name)) if name == templates::REGISTRATION => {
                why("the registration notice is for active users")
            }
            (Status::Blocked, Message::Template(name)) if name == templates::ONBOARDING => {
                why("the onboarding request is for active and invited users")
            }
            _ => None,
        }
    }

    fn refusal(&self, _: &Subject) -> String {
        String::new()
    }

    fn apply(
        &self,
        tx: &Tx<'_>,
        ctx: &Ctx,
        batch: &[(&Subject, Option<Status>)],
    ) -> Result<Applied> {
        let mut applied = Applied::default();
        let mut rows = Vec::with_capacity(batch.len());
        for user in full_users(tx, ctx, batch)? {
            let context = serde_json::json!({
                "user": templates::MailUser::from(&user),
                "base_url": ctx.base_url,
                "link": super::onboarding_link(ctx),
            });
            let (template, rendered) = match &self.message {
                Message::Custom { subject, body } => (
                    "custom".to_string(),
                    templates::Templates::render_custom(subject, body, &context)?,
                ),
                Message::Template(name) => (name.clone(), ctx.templates.render(name, &context)?),
            };
            applied.mail.push(tx.enqueue_mail(
                ctx.now,
                &crate::domain::stored::QueuedMail {
                    user_id: Some(user.id.clone()),
                    template,
                    to: user.email.clone(),
                    subject: rendered.subject,
                    body_text: rendered.text,
                    body_html: rendered.html,
                    token_hash: None,
                },
            )?);
            rows.push(user.id);
        }
        let records: Vec<(&UserId, Vec<FieldChange>)> =
            rows.iter().map(|id| (id, Vec::new())).collect();
        audit(tx, ctx, self.name(), self.reason.as_deref(), records)?;
        Ok(applied)
    }
}
