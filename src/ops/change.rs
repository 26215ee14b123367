//! A change to many users as a typed request: which change (`Change`), to
//! whom (named users and a selector), why, and the safety options. Every
//! front end sends the same value to [`run`]; the command line builds it
//! from its flags, a server receives it as JSON.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::domain::access::RoleName;
use crate::domain::error::{Error, Result};
use crate::domain::query::Selector;
use crate::domain::transitions::Verb;
use crate::domain::types::validate_text;
use crate::mail::templates::{self, SENDABLE};
use crate::ops::assign::AssignRole;
use crate::ops::bulk::{Action, Targets};
use crate::ops::driver::{self, BulkOptions, Report};
use crate::ops::front::{Notices, Prompter, Sink};
use crate::ops::lifecycle::{Block, Email, Invite, Message, Move};
use crate::ops::session::Session;

/// What a bulk change does to each user.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "verb", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Change {
    /// Invite again (a new link), with the invitation mailed unless
    /// `send_email` is false.
    Invite {
        #[serde(default = "yes")]
        send_email: bool,
    },
    Revoke,
    /// Block, until a time (which must be in the future) or for good.
    Block {
        #[serde(default)]
        until: Option<Timestamp>,
    },
    Unblock,
    Archive,
    Restore,
    Delete,
    SignOut,
    Unlock,
    /// Mail a template, or a subject and body of one's own.
    Email {
        message: Message,
    },
    /// Give a role (which must exist).
    RoleAssign {
        role: RoleName,
    },
    /// Take a role away.
    RoleUnassign {
        role: RoleName,
    },
}

fn yes() -> bool {
    true
}

/// A change to many users as a front end asks for it.
#[derive(Clone, Debug)]
pub struct BulkRequest {
    pub change: Change,
    /// Users named by id, email or username, acted on in this order, each
    /// once.
    pub users: Vec<String>,
    /// The users a filter selects (or `all`), after the named ones.
    pub selector: Selector,
    /// Why, for the audit log.
    pub reason: Option<String>,
    pub options: BulkOptions,
}

impl Change {
    /// What it does, to finish "name the users to …": `block`, `give role
    /// lead to`.
    pub fn purpose(&self) -> String {
        match self {
            Change::RoleAssign { role } => format!("give role {role} to"),
            Change::RoleUnassign { role } => format!("take role {role} from"),
            Change::Email { .. } => "email".into(),
            other => other.verb().map(|v| v.action()).unwrap_or_default().into(),
        }
    }

    /// The command it is (`user block`, `role assign`), for the
    /// permission it needs.
    pub fn command(&self) -> &'static str {
        match self {
            Change::Email { .. } => "user email",
            Change::RoleAssign { .. } => "role assign",
            Change::RoleUnassign { .. } => "role unassign",
            other => other.verb().map(|v| v.command()).unwrap_or_default(),
        }
    }

    /// The action its rows name (`block`, `role-assign`, `email`), as the
    /// engine's action does.
    pub fn row_action(&self) -> &'static str {
        match self {
            Change::Email { .. } => "email",
            Change::RoleAssign { .. } => "role-assign",
            Change::RoleUnassign { .. } => "role-unassign",
            other => other.verb().map(|v| v.action()).unwrap_or_default(),
        }
    }

    /// The verb of the transition table it moves users by, if it is one.
    fn verb(&self) -> Option<Verb> {
        Some(match self {
            Change::Invite { .. } => Verb::Invite,
            Change::Revoke => Verb::Revoke,
            Change::Block { .. } => Verb::Block,
            Change::Unblock => Verb::Unblock,
            Change::Archive => Verb::Archive,
            Change::Restore => Verb::Restore,
            Change::Delete => Verb::Delete,
            Change::SignOut => Verb::SignOut,
            Change::Unlock => Verb::Unlock,
            Change::Email { .. } | Change::RoleAssign { .. } | Change::RoleUnassign { .. } => {
                return None;
            }
        })
    }

    /// What can be checked without a store, at `now`: a block's end in the
    /// future, a mail that can be sent on its own (a role's name is checked
    /// as it is read). A front
    /// end may call it before it opens a session; [`Change::action`] does.
    pub fn check(&self, now: Timestamp) -> Result<()> {
        match self {
            Change::Block { until: Some(t) } if *t <= now => {
                Err(Error::invalid("until", "must be in the future"))
            }
            Change::Email { message } => sendable(message).map(drop),
            _ => Ok(()),
        }
    }

    /// The action the bulk engine runs, checked ([`Change::check`], and a
    /// role that exists) before anything is read or asked.
    pub fn action(&self, session: &Session, reason: Option<String>) -> Result<Box<dyn Action>> {
        self.check(session.ctx.now)?;
        Ok(match self {
            Change::Invite { send_email } => Box::new(Invite {
                reason,
                send_email: *send_email,
            }),
            Change::Block { until } => Box::new(Block {
                reason,
                until: *until,
                replace: true,
            }),
            Change::Email { message } => Box::new(Email {
                reason,
                message: sendable(message)?,
            }),
            Change::RoleAssign { role } | Change::RoleUnassign { role } => {
                Box::new(AssignRole::new(
                    session.store().reader(),
                    role.clone(),
                    matches!(self, Change::RoleUnassign { .. }),
                    reason,
                )?)
            }
            other => Box::new(Move {
                verb: other.verb().expect("the other changes are verbs"),
                reason,
            }),
        })
    }
}

/// A message `user email` may send: a template that makes sense on its
/// own (not an invitation or reset, which need their link), or a subject
/// and body of one's own.
fn sendable(message: &Message) -> Result<Message> {
    match message {
        Message::Template(name) if !SENDABLE.contains(&name.as_str()) => {
            let hint = match name.as_str() {
                templates::INVITATION => "; use `roster user invite`, which issues the link",
                templates::RESET => {
                    "; use `roster user reset-password --link`, which issues the link"
                }
                templates::PASSWORD_CHANGED => "; it is sent when a password changes",
                _ => "",
            };
            Err(Error::invalid(
                "template",
                format!(
                    "{name:?} cannot be sent on its own (sendable: {}){hint}",
                    SENDABLE.join(", ")
                ),
            ))
        }
        Message::Custom { subject, body } => Ok(Message::Custom {
            subject: validate_text("subject", subject, 200)?,
            body: body.clone(),
        }),
        other => Ok(other.clone()),
    }
}

/// `reason`, checked; an empty one is no reason.
pub fn reason(raw: Option<&str>) -> Result<Option<String>> {
    raw.map(str::trim)
        .filter(|r| !r.is_empty())
        .map(|r| validate_text("reason", r, 1000))
        .transpose()
}

/// Runs a bulk change: its action checked, the selector scoped for the
/// actor, then the bulk driver ([`driver::run`]).
pub fn run(
    session: &mut Session,
    request: &BulkRequest,
    prompter: &mut dyn Prompter,
    sink: &mut dyn Sink,
    notices: &dyn Notices,
) -> Result<Report> {
    let action = request
        .change
        .action(session, reason(request.reason.as_deref())?)?;
    let mut selector = request.selector.clone();
    driver::scope(session, &mut selector, action.permission())?;
    let targets = Targets {
        keys: request.users.clone(),
        selector: Some(selector),
        preselected: false,
    };
    driver::run(
        session,
        action.as_ref(),
        &targets,
        &request.options,
        prompter,
        sink,
        notices,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON a server receives is the request the command line builds.
    #[test]
    fn a_change_reads_from_the_json_a_server_receives() {
        let block: Change =
            serde_json::from_str(r#"{"verb":"block","until":"2030-01-01T00:00:00Z"}"#).unwrap();
        assert_eq!(
            block,
            Change::Block {
                until: Some("2030-01-01T00:00:00Z".parse().unwrap())
            }
        );
        let invite: Change = serde_json::from_str(r#"{"verb":"invite"}"#).unwrap();
        assert_eq!(invite, Change::Invite { send_email: true });
        let assign: Change =
            serde_json::from_str(r#"{"verb":"role-assign","role":"lead"}"#).unwrap();
        assert_eq!(assign.purpose(), "give role lead to");
        let back = serde_json::to_string(&Change::SignOut).unwrap();
        assert_eq!(back, r#"{"verb":"sign-out"}"#);
        let options: BulkOptions =
            serde_json::from_str(r#"{"dry_run":true,"expect_count":3}"#).unwrap();
        assert!(options.dry_run && options.expect_count == Some(3) && !options.atomic);
    }

    #[test]
    fn unknown_fields_and_verbs_are_refused() {
        assert!(serde_json::from_str::<Change>(r#"{"verb":"block","untill":"x"}"#).is_err());
        assert!(serde_json::from_str::<Change>(r#"{"verb":"explode"}"#).is_err());
        assert!(serde_json::from_str::<BulkOptions>(r#"{"dryrun":true}"#).is_err());
    }

    #[test]
    fn what_needs_no_store_is_checked_before_one_is_opened() {
        let now: Timestamp = "2026-06-01T00:00:00Z".parse().unwrap();
        let past = Change::Block {
            until: Some("2026-05-01T00:00:00Z".parse().unwrap()),
        };
        assert!(matches!(past.check(now), Err(Error::Invalid { field, .. }) if field == "until"));
        let invitation = Change::Email {
            message: Message::Template(templates::INVITATION.into()),
        };
        assert!(
            matches!(invitation.check(now), Err(Error::Invalid { field, .. }) if field == "template")
        );
        assert!(
            serde_json::from_str::<Change>(r#"{"verb":"role-assign","role":"no spaces"}"#).is_err()
        );
        assert!(Change::Archive.check(now).is_ok());
    }
}
