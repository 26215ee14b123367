//! The columns of each kind of row the printer shows (a user, an outcome,
//! an audit entry, …): table headers and cells, CSV columns, colours.

use comfy_table::Color;
use serde::Serialize;

use super::{Fit, Record, plain};
use crate::domain::stored::{AuditEntry, StatusCount};
use crate::domain::transitions::{Rule, Target};
use crate::domain::types::Status;
use crate::domain::user::{PROFILE_FIELDS, User};
use crate::ops::bulk::{Outcome, OutcomeRow};

/// An absent value: an empty cell, which a table shows as `-`.
fn opt(value: Option<&str>) -> String {
    value.unwrap_or_default().to_string()
}

fn joined(items: &[impl std::fmt::Display], separator: &str) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(separator)
}

fn status_color(status: Status) -> Color {
    match status {
        Status::Active => Color::Green,
        Status::Invited => Color::Cyan,
        Status::Blocked => Color::Red,
        Status::InvitationExpired | Status::InvitationRevoked => Color::Yellow,
        Status::Archived => Color::DarkGrey,
    }
}

/// A user's status as a table shows it: `active (locked)` while a lockout
/// holds (a user read from the store has a `locked_until` only then).
fn status_cell(user: &User) -> String {
    match user.locked_until {
        Some(_) => format!("{} (locked)", user.status),
        None => user.status.to_string(),
    }
}

/// Every user field for CSV, in SPEC §2 order.
pub const USER_CSV: &[&str] = &[
    "id",
    "email",
    "username",
    "first_name",
    "middle_name",
    "last_name",
    "phone",
    "company",
    "address",
    "city",
    "region",
    "postal_code",
    "country",
    "title",
    "employee_id",
    "accounting_id",
    "comment",
    "attributes",
    "roles",
    "groups",
    "permissions",
    "status",
    "created_at",
    "updated_at",
    "last_login_at",
    "password_changed_at",
    "must_change_password",
    "invited_at",
    "invite_expires_at",
    "blocked_reason",
    "blocked_until",
    "failed_logins",
    "locked_until",
    "onboarding_requested_at",
];

impl Record for User {
    fn id(&self) -> Option<&str> {
        Some(self.id.as_str())
    }

    fn table_headers() -> Vec<&'static str> {
        vec![
            "UPDATED", "FIRST", "LAST", "USERNAME", "EMAIL", "ROLES", "STATUS", "STORE", "GROUPS",
            "USER ID",
        ]
    }

    /// On a narrow terminal the id shortens first; then UPDATED, USERNAME,
    /// STORE and FIRST go before a role or group name is shortened (STORE
    /// repeats the store groups of GROUPS); then roles and groups keep their
    /// first names and count the rest (`admin +2`), and GROUPS, ROLES, LAST
    /// and the id go, the id last of all. EMAIL and STATUS always stay.
    /// STORE (seed 004) is there only when a listed user is in a `store`
    /// group.
    fn table_fits() -> Vec<Fit> {
        vec![
            Fit::Whole { rank: 1 },
            Fit::Cut { min: 8, rank: 4 },
            Fit::Cut { min: 8, rank: 7 },
            Fit::Cut { min: 8, rank: 2 },
            Fit::Keep,
            Fit::List { rank: 6 },
            Fit::Keep,
            Fit::Sparse { rank: 3 },
            Fit::List { rank: 5 },
            Fit::Id { rank: 8 },
        ]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.updated_at.strftime("%Y-%m-%d %H:%M").to_string(),
            opt(self.profile.first_name.as_deref()),
            opt(self.profile.last_name.as_deref()),
            opt(self.username.as_deref()),
            self.email.clone(),
            joined(&self.roles, ", "),
            status_cell(self),
            self.groups
                .iter()
                .filter(|g| g.kind().as_str() == "store")
                .map(|g| g.display())
                .collect::<Vec<_>>()
                .join(", "),
            joined(&self.groups, ", "),
            self.id.to_string(),
        ]
    }

    fn table_color(&self, column: usize) -> Option<Color> {
        (column == 6).then(|| status_color(self.status))
    }

    /// `--columns attr.KEY`: one attribute as a column of its own.
    fn has_field(name: &str) -> bool {
        name.strip_prefix("attr.")
            .is_some_and(|key| crate::domain::types::validate_word("attr key", key).is_ok())
    }

    fn field(&self, name: &str) -> Option<String> {
        name.strip_prefix("attr.")
            .and_then(|key| self.attributes.get(key).cloned())
    }

    fn csv_headers() -> Vec<String> {
        USER_CSV.iter().map(|h| h.to_string()).collect()
    }

    /// Lists are joined with `;`, attributes are a JSON object, absent values empty.
    fn csv_cells(&self) -> Vec<String> {
        let t = |v: Option<jiff::Timestamp>| v.map(|t| t.to_string()).unwrap_or_default();
        let mut cells = vec![
            self.id.to_string(),
            self.email.clone(),
            self.username.clone().unwrap_or_default(),
        ];
        for (field, _) in PROFILE_FIELDS {
            cells.push(self.profile.get(field).unwrap_or_default().to_string());
        }
        cells.extend([
            if self.attributes.is_empty() {
                String::new()
            } else {
                serde_json::to_string(&self.attributes).unwrap_or_default()
            },
            joined(&self.roles, ";"),
            joined(&self.groups, ";"),
            joined(&self.permissions, ";"),
            self.status.to_string(),
            self.created_at.to_string(),
            self.updated_at.to_string(),
            t(self.last_login_at),
            t(self.password_changed_at),
            self.must_change_password.to_string(),
            t(self.invited_at),
            t(self.invite_expires_at),
            self.blocked_reason.clone().unwrap_or_default(),
            t(self.blocked_until),
            self.failed_logins.to_string(),
            t(self.locked_until),
            t(self.onboarding_requested_at),
        ]);
        cells
    }
}

impl Record for OutcomeRow {
    /// `-q` lists the users that changed (or would, in a dry run).
    fn id(&self) -> Option<&str> {
        self.id
            .as_deref()
            .filter(|_| matches!(self.outcome, Outcome::Changed | Outcome::WouldChange))
    }

    fn table_headers() -> Vec<&'static str> {
        vec![
            "EMAIL", "ACTION", "OUTCOME", "FROM", "TO", "ERROR", "USER ID",
        ]
    }

    fn table_fits() -> Vec<Fit> {
        vec![
            Fit::Keep,
            Fit::Whole { rank: 1 },
            Fit::Keep,
            Fit::Whole { rank: 2 },
            Fit::Whole { rank: 4 },
            Fit::Cut { min: 20, rank: 5 },
            Fit::Id { rank: 3 },
        ]
    }

    fn table_cells(&self) -> Vec<String> {
        let status = |s: Option<Status>| s.map(|s| s.to_string()).unwrap_or_default();
        vec![
            opt(self.email.as_deref()),
            self.action.to_string(),
            self.outcome.as_str().to_string(),
            status(self.from),
            status(self.to),
            opt(self.error.as_deref()),
            opt(self.id.as_deref()),
        ]
    }

    fn csv_headers() -> Vec<String> {
        ["id", "email", "action", "outcome", "from", "to", "error"]
            .map(String::from)
            .to_vec()
    }

    fn csv_cells(&self) -> Vec<String> {
        let status = |s: Option<Status>| s.map(|s| s.to_string()).unwrap_or_default();
        vec![
            self.id.clone().unwrap_or_default(),
            self.email.clone().unwrap_or_default(),
            self.action.to_string(),
            self.outcome.as_str().to_string(),
            status(self.from),
            status(self.to),
            self.error.clone().unwrap_or_default(),
        ]
    }

    /// Done, already so, or would be done: not a failure, not skipped.
    fn plain_success(&self) -> bool {
        matches!(
            self.outcome,
            Outcome::Changed | Outcome::Unchanged | Outcome::WouldChange
        )
    }

    fn table_color(&self, column: usize) -> Option<Color> {
        (column == 2).then_some(match self.outcome {
            Outcome::Changed => Color::Green,
            Outcome::Unchanged | Outcome::WouldChange => Color::Cyan,
            _ => Color::Red,
        })
    }
}

impl Record for AuditEntry {
    fn id(&self) -> Option<&str> {
        self.user_id.as_deref()
    }

    fn table_headers() -> Vec<&'static str> {
        vec![
            "SEQ", "AT", "ACTOR", "ACTION", "USER ID", "CHANGES", "REASON",
        ]
    }

    /// Who, when and what matter most: on a narrow terminal the user id
    /// goes first, then the reason, then the changes; changes and reasons
    /// are cut, never wrapped (a row is one line).
    fn table_fits() -> Vec<Fit> {
        vec![
            Fit::Keep,
            Fit::Whole { rank: 6 },
            Fit::Cut { min: 10, rank: 5 },
            Fit::Keep,
            Fit::Id { rank: 1 },
            Fit::Cut { min: 20, rank: 3 },
            Fit::Cut { min: 10, rank: 2 },
        ]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.seq.to_string(),
            self.at.to_string(),
            self.actor.clone(),
            self.action.clone(),
            opt(self.user_id.as_deref()),
            describe_changes(self.changes.as_ref()),
            opt(self.reason.as_deref()),
        ]
    }

    fn csv_headers() -> Vec<String> {
        [
            "seq", "at", "actor", "action", "user_id", "changes", "reason", "hash",
        ]
        .map(String::from)
        .to_vec()
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.seq.to_string(),
            self.at.to_string(),
            self.actor.clone(),
            self.action.clone(),
            self.user_id.clone().unwrap_or_default(),
            self.changes
                .as_ref()
                .map(|c| c.to_string())
                .unwrap_or_default(),
            self.reason.clone().unwrap_or_default(),
            self.hash.clone(),
        ]
    }
}

/// `status: active → blocked; blocked_reason: - → left`.
fn describe_changes(changes: Option<&serde_json::Value>) -> String {
    let Some(serde_json::Value::Array(items)) = changes else {
        return "(erased)".into();
    };
    if items.is_empty() {
        return "-".into();
    }
    items
        .iter()
        .map(|c| {
            format!(
                "{}: {} → {}",
                plain(&c["field"]),
                plain(&c["old"]),
                plain(&c["new"])
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A row of `user transitions`.
#[derive(Serialize)]
pub struct TransitionRow {
    pub verb: &'static str,
    pub command: &'static str,
    pub from: Vec<Status>,
    pub to: String,
    pub effects: &'static str,
}

impl From<&Rule> for TransitionRow {
    fn from(rule: &Rule) -> Self {
        TransitionRow {
            verb: rule.verb.action(),
            command: rule.verb.command(),
            from: rule.from.to_vec(),
            to: match rule.to {
                Target::To(s) => s.to_string(),
                Target::Same => "unchanged".into(),
                Target::Previous => "previous".into(),
                Target::Gone => "deleted".into(),
            },
            effects: rule.effects,
        }
    }
}

impl Record for TransitionRow {
    fn id(&self) -> Option<&str> {
        Some(self.verb)
    }

    fn table_headers() -> Vec<&'static str> {
        vec!["VERB", "FROM", "TO", "SIDE EFFECTS"]
    }

    fn table_fits() -> Vec<Fit> {
        vec![
            Fit::Keep,
            Fit::Wrap { min: 18, rank: 3 },
            Fit::Whole { rank: 2 },
            Fit::Wrap { min: 20, rank: 1 },
        ]
    }

    fn table_cells(&self) -> Vec<String> {
        let from = if self.from.len() == Status::ALL.len() {
            "any".to_string()
        } else {
            self.from
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        vec![
            self.command.to_string(),
            from,
            self.to.clone(),
            self.effects.to_string(),
        ]
    }

    fn csv_cells(&self) -> Vec<String> {
        let mut cells = self.table_cells();
        cells[1] = self
            .from
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(";");
        cells
    }
}

impl Record for StatusCount {
    fn id(&self) -> Option<&str> {
        Some(self.status.as_str())
    }

    fn table_headers() -> Vec<&'static str> {
        vec!["STATUS", "USERS"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![self.status.to_string(), self.users.to_string()]
    }
}

impl Record for crate::ops::copy::Copied {
    fn id(&self) -> Option<&str> {
        Some(self.table)
    }

    fn table_headers() -> Vec<&'static str> {
        vec!["TABLE", "ROWS"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![self.table.to_string(), self.rows.to_string()]
    }
}
