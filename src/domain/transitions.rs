//! The one table of which verb moves which status where (SPEC §2). The lifecycle
//! commands, `user transitions`, the docs and a property test all read it.

use serde::Serialize;

use super::types::Status;
use Status::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verb {
    Create,
    Invite,
    Revoke,
    AcceptInvite,
    Block,
    Unblock,
    Archive,
    Restore,
    ResetPassword,
    SignOut,
    Unlock,
    Delete,
}

impl Verb {
    /// How the verb is typed on the command line.
    pub fn command(self) -> &'static str {
        match self {
            Verb::Create => "user create",
            Verb::Invite => "user invite",
            Verb::Revoke => "user revoke",
            Verb::AcceptInvite => "auth accept-invite",
            Verb::Block => "user block",
            Verb::Unblock => "user unblock",
            Verb::Archive => "user archive",
            Verb::Restore => "user restore",
            Verb::ResetPassword => "user reset-password",
            Verb::SignOut => "user sign-out",
            Verb::Unlock => "user unlock",
            Verb::Delete => "user delete",
        }
    }

    /// The action name in outcome rows and the audit log.
    pub fn action(self) -> &'static str {
        match self {
            Verb::Create => "create",
            Verb::Invite => "invite",
            Verb::Revoke => "revoke",
            Verb::AcceptInvite => "accept-invite",
            Verb::Block => "block",
            Verb::Unblock => "unblock",
            Verb::Archive => "archive",
            Verb::Restore => "restore",
            Verb::ResetPassword => "reset-password",
            Verb::SignOut => "sign-out",
            Verb::Unlock => "unlock",
            Verb::Delete => "delete",
        }
    }

    pub fn rule(self) -> &'static Rule {
        TABLE
            .iter()
            .find(|r| r.verb == self)
            .expect("every verb has a row in TABLE")
    }
}

/// Where a verb leaves a user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "status", rename_all = "snake_case")]
pub enum Target {
    /// This status.
    To(Status),
    /// The status stays as it is (the verb acts on credentials or sessions).
    Same,
    /// The status the user had before it was archived.
    Previous,
    /// The user is deleted.
    Gone,
}

#[derive(Debug, Serialize)]
pub struct Rule {
    pub verb: Verb,
    /// The statuses the verb acts on; empty means none (only `create`).
    pub from: &'static [Status],
    pub to: Target,
    pub effects: &'static str,
}

const ANY: &[Status] = &Status::ALL;

pub const TABLE: &[Rule] = &[
    Rule {
        verb: Verb::Create,
        from: &[],
        to: Target::To(Invited),
        effects: "invitation email unless --no-email; active instead with --password-stdin, --generate-password or --no-invite",
    },
    Rule {
        verb: Verb::Invite,
        from: &[Invited, InvitationExpired, InvitationRevoked],
        to: Target::To(Invited),
        effects: "new invitation token, earlier ones dead, invitation email",
    },
    Rule {
        verb: Verb::Revoke,
        from: &[Invited, InvitationExpired],
        to: Target::To(InvitationRevoked),
        effects: "invitation tokens dead",
    },
    Rule {
        verb: Verb::AcceptInvite,
        from: &[Invited],
        to: Target::To(Active),
        effects: "password set, invitation token consumed",
    },
    Rule {
        verb: Verb::Block,
        from: &[Active, Blocked],
        to: Target::To(Blocked),
        effects: "sessions revoked; --reason and --until kept; on a blocked user the block is replaced (the same block again is unchanged)",
    },
    Rule {
        verb: Verb::Unblock,
        from: &[Blocked],
        to: Target::To(Active),
        effects: "",
    },
    Rule {
        verb: Verb::Archive,
        from: &[
            Invited,
            InvitationExpired,
            InvitationRevoked,
            Active,
            Blocked,
        ],
        to: Target::To(Archived),
        effects: "sessions and tokens revoked; previous status remembered",
    },
    Rule {
        verb: Verb::Restore,
        from: &[Archived],
        to: Target::Previous,
        effects: "back to the status it had before it was archived",
    },
    Rule {
        verb: Verb::ResetPassword,
        from: &[Active, Blocked],
        to: Target::Same,
        effects: "new password hash or reset link; sessions revoked; must_change_password set unless --no-must-change",
    },
    Rule {
        verb: Verb::SignOut,
        from: ANY,
        to: Target::Same,
        effects: "all sessions revoked at once",
    },
    Rule {
        verb: Verb::Unlock,
        from: ANY,
        to: Target::Same,
        effects: "failed-login lockout cleared",
    },
    Rule {
        verb: Verb::Delete,
        from: ANY,
        to: Target::Gone,
        effects: "permanent; always confirmed; the audit log keeps the id, not the personal data",
    },
];

/// What a verb does to a user in a given status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// The verb applies; the user ends in this status (None when deleted).
    Change(Option<Status>),
    /// The user is already where the verb would leave it: nothing to do, exit 0.
    Unchanged,
    /// The verb does not apply to this status.
    Invalid,
}

/// Decides what `verb` does to a user whose status is `current`.
/// `previous` is the remembered status of an archived user, for `restore`.
///
/// A status-moving verb on a user already at its target is `Unchanged`, so a
/// script can run it again; `restore` of a user that is not archived is too.
pub fn decide(verb: Verb, current: Status, previous: Option<Status>) -> Decision {
    let rule = verb.rule();
    let applies = rule.from.contains(&current);
    match rule.to {
        Target::To(to) if applies => Decision::Change(Some(to)),
        Target::To(to) if to == current => Decision::Unchanged,
        Target::Previous if applies => Decision::Change(Some(previous.unwrap_or(Active))),
        Target::Previous => Decision::Unchanged,
        Target::Same if applies => Decision::Change(Some(current)),
        Target::Gone if applies => Decision::Change(None),
        _ => Decision::Invalid,
    }
}

/// "active" or "invited, invitation_expired or invitation_revoked": the statuses a verb needs.
pub fn needs(verb: Verb) -> String {
    let names: Vec<&str> = verb.rule().from.iter().map(|s| s.as_str()).collect();
    match names.as_slice() {
        [] => "no existing user".to_string(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verb_has_exactly_one_rule() {
        for rule in TABLE {
            assert_eq!(TABLE.iter().filter(|r| r.verb == rule.verb).count(), 1);
        }
    }

    #[test]
    fn decisions() {
        assert_eq!(
            decide(Verb::Block, Active, None),
            Decision::Change(Some(Blocked))
        );
        assert_eq!(
            decide(Verb::Block, Blocked, None),
            Decision::Change(Some(Blocked)),
            "a block replaces a block"
        );
        assert_eq!(decide(Verb::Block, Invited, None), Decision::Invalid);
        assert_eq!(
            decide(Verb::Invite, Invited, None),
            Decision::Change(Some(Invited))
        );
        assert_eq!(decide(Verb::Invite, Active, None), Decision::Invalid);
        assert_eq!(
            decide(Verb::Revoke, InvitationRevoked, None),
            Decision::Unchanged
        );
        assert_eq!(
            decide(Verb::Restore, Archived, Some(Blocked)),
            Decision::Change(Some(Blocked))
        );
        assert_eq!(decide(Verb::Restore, Active, None), Decision::Unchanged);
        assert_eq!(decide(Verb::Archive, Archived, None), Decision::Unchanged);
        assert_eq!(decide(Verb::Delete, Archived, None), Decision::Change(None));
        assert_eq!(needs(Verb::Revoke), "invited or invitation_expired");
    }
}
