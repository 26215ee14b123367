//! What `user import` and `user sync` ([`super::sync`]) hand back: a row
//! for each row of the file (and each user a sync's file does not list),
//! built on the bulk engine's [`OutcomeRow`]; their tally; the sinks that
//! take them and the generated passwords; and the outcome of the whole.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::bulk::{self, Action, Outcome, OutcomeRow, Targets};
use super::front::{Notices, Prompter};
use super::import::Plan;
use crate::domain::error::{Error, Result};
use crate::domain::password::Password;
use crate::domain::query::Selector;
use crate::mail::Delivery;

/// The action of a row that creates a user, and of one that updates one.
pub const CREATE: &str = "create";
pub const UPDATE: &str = "update";

/// What became of a row (or, for a sync, of a user the rows do not list):
/// the row every bulk verb reports, with the line it comes from and, when
/// it failed, its error's code. Its action is `create` or `update` for a
/// row that changes a user, `block` or `archive` for a user the rows do
/// not list, else the verb (`import`, `sync`).
#[derive(Clone, Debug, Serialize)]
pub struct FileRow {
    /// The row's line; none for a user the rows do not list.
    pub line: Option<i64>,
    #[serde(flatten)]
    pub row: OutcomeRow,
    /// A failed row's error code (`invalid_input`, `conflict`, … as
    /// [`Error::code`] gives them), for the exit code.
    pub code: Option<&'static str>,
}

impl FileRow {
    /// What became of it, in a word: `created`, `would_update`, `blocked`,
    /// `unchanged`, `failed`…
    pub fn shown(&self) -> &'static str {
        let outcome = self.row.outcome;
        if outcome.is_failure() {
            return "failed";
        }
        match (outcome, self.row.action) {
            (Outcome::Changed, "create") => "created",
            (Outcome::Changed, "update") => "updated",
            (Outcome::Changed, "block") => "blocked",
            (Outcome::Changed, "archive") => "archived",
            (Outcome::WouldChange, "create") => "would_create",
            (Outcome::WouldChange, "update") => "would_update",
            (Outcome::WouldChange, "block") => "would_block",
            (Outcome::WouldChange, "archive") => "would_archive",
            _ => "unchanged",
        }
    }

    /// Whether it changes a user (or would).
    pub fn changes(&self) -> bool {
        matches!(self.row.outcome, Outcome::Changed | Outcome::WouldChange)
    }

    /// A row that failed with `error`, of code `code`.
    pub(super) fn failed(
        line: Option<i64>,
        email: Option<String>,
        verb: &'static str,
        error: String,
        code: &'static str,
    ) -> FileRow {
        let outcome = match code {
            "denied" => Outcome::Denied,
            "conflict" => Outcome::Refused,
            "not_found" => Outcome::NotFound,
            _ => Outcome::Failed,
        };
        FileRow {
            line,
            row: OutcomeRow {
                id: None,
                email,
                action: verb,
                outcome,
                from: None,
                to: None,
                error: Some(error),
            },
            code: Some(code),
        }
    }

    /// A row's plan, written or (`dry`) not yet.
    pub(super) fn planned(
        line: i64,
        plan: &Plan,
        id: Option<String>,
        verb: &'static str,
        dry: bool,
    ) -> FileRow {
        let change = if dry {
            Outcome::WouldChange
        } else {
            Outcome::Changed
        };
        let (action, outcome, from) = match plan {
            Plan::Create(_) => (CREATE, change, None),
            Plan::Update { before, .. } => (UPDATE, change, Some(before.status)),
            Plan::Unchanged(user) => (verb, Outcome::Unchanged, Some(user.status)),
        };
        let user = plan.user();
        FileRow {
            line: Some(line),
            row: OutcomeRow {
                id,
                email: Some(user.email.clone()),
                action,
                outcome,
                from,
                to: Some(user.status),
                error: None,
            },
            code: None,
        }
    }

    /// A bulk row for a user the rows do not list. A user the action
    /// cannot move (an invited user is not blocked) is left as they are.
    pub(super) fn missing(row: &OutcomeRow) -> FileRow {
        let (outcome, code) = match row.outcome {
            Outcome::Changed | Outcome::WouldChange => (row.outcome, None),
            Outcome::Unchanged
            | Outcome::Skipped
            | Outcome::InvalidTransition
            | Outcome::NotFound => (Outcome::Unchanged, None),
            Outcome::Failed => (Outcome::Failed, Some("failure")),
            Outcome::Denied => (Outcome::Denied, Some("denied")),
            Outcome::Refused => (Outcome::Refused, Some("conflict")),
        };
        FileRow {
            line: None,
            row: OutcomeRow {
                outcome,
                error: row.error.clone().filter(|_| code.is_some()),
                ..row.clone()
            },
            code,
        }
    }

    /// A user the rows do not list that `action` would change, counted
    /// without being read.
    pub(super) fn would(action: &'static str) -> FileRow {
        FileRow {
            line: None,
            row: OutcomeRow {
                id: None,
                email: None,
                action,
                outcome: Outcome::WouldChange,
                from: None,
                to: None,
                error: None,
            },
            code: None,
        }
    }
}

/// How many rows came to what.
#[derive(Clone, Debug, Default)]
pub struct FileTally {
    /// The rows' outcomes, as every bulk verb counts them.
    pub outcomes: bulk::Tally,
    /// The rows by [`FileRow::shown`].
    shown: BTreeMap<&'static str, u64>,
    /// The code of each failed row, in order.
    pub codes: Vec<&'static str>,
}

impl FileTally {
    pub fn add(&mut self, row: &FileRow) {
        self.outcomes.add(row.row.outcome);
        *self.shown.entry(row.shown()).or_default() += 1;
        self.codes.extend(row.code);
    }

    /// The rows shown as `shown` (`created`, `would_block`, …).
    pub fn count(&self, shown: &str) -> u64 {
        self.shown.get(shown).copied().unwrap_or(0)
    }

    pub fn failed(&self) -> u64 {
        self.codes.len() as u64
    }

    /// The users changed, or that would be.
    pub fn would_change(&self) -> u64 {
        self.outcomes.count(Outcome::Changed) + self.outcomes.count(Outcome::WouldChange)
    }

    pub fn total(&self) -> u64 {
        self.outcomes.total()
    }

    /// `3 created, 1 updated, 2 failed`, in a fixed order.
    pub fn summary(&self) -> String {
        let order = [
            "created",
            "would_create",
            "updated",
            "would_update",
            "blocked",
            "would_block",
            "archived",
            "would_archive",
            "unchanged",
            "failed",
        ];
        let parts: Vec<String> = order
            .iter()
            .filter(|o| self.count(o) > 0)
            .map(|o| format!("{} {}", self.count(o), o.replace('_', " ")))
            .collect();
        if parts.is_empty() {
            "no rows".into()
        } else {
            parts.join(", ")
        }
    }
}

/// Takes the rows of an import or a sync: a dry run's plan, the rows that
/// stop a run before it writes, or the rows of each batch as it commits.
/// Each list of rows is begun and ended.
pub trait RowSink {
    /// A list of rows begins: `writing` holds how many rows the run
    /// writes (a progress bar's size), none for a plan or a refusal.
    fn begin(&mut self, _writing: Option<u64>) -> Result<()> {
        Ok(())
    }
    /// Rows decided (a plan) or committed (a run), in order.
    fn rows(&mut self, rows: &[FileRow]) -> Result<()>;
    /// The list is complete.
    fn end(&mut self) -> Result<()> {
        Ok(())
    }
    /// Where the run counts the steps of its write (rows written, and
    /// generated passwords hashed before their rows are).
    fn steps(&self) -> &dyn Steps {
        &NoSteps
    }
}

/// Counts a write's steps (a progress bar); called from the threads that
/// hash passwords too.
pub trait Steps: Sync {
    fn advance(&self, n: usize);
}

/// Counts nothing.
pub struct NoSteps;

impl Steps for NoSteps {
    fn advance(&self, _n: usize) {}
}

/// Keeps every row: for a program using the library and for tests.
#[derive(Default)]
pub struct Collected(pub Vec<FileRow>);

impl RowSink for Collected {
    fn rows(&mut self, rows: &[FileRow]) -> Result<()> {
        self.0.extend_from_slice(rows);
        Ok(())
    }
}

/// Where generated passwords go: each batch's are written before the
/// batch commits, so that a committed password is never lost, and taken
/// back when its commit fails.
pub trait Passwords {
    /// Called once the rows are found, before they are read.
    fn open(&mut self) -> Result<()> {
        Ok(())
    }
    /// A batch's new users' emails and passwords, before it commits.
    fn write(&mut self, lines: &[(String, Password)]) -> Result<()>;
    /// The batch written to committed: what was written stays.
    fn committed(&mut self);
    /// The batch's commit failed: what was written for it is taken back.
    fn rolled_back(&mut self);
    /// Where they are, for people.
    fn place(&self) -> String;
}

/// What an import or a sync did.
#[derive(Debug, Default)]
pub struct FileOutcome {
    /// The rows handed to the sink: a dry run's plan, the rows of a run
    /// refused, or the rows written.
    pub tally: FileTally,
    pub dry_run: bool,
    /// Nothing was written because rows failed: how many, of how many.
    pub refused: Option<String>,
    /// Roles and groups made because the rows name them.
    pub made: Vec<String>,
    /// Generated passwords handed to [`Passwords`] and committed.
    pub passwords: usize,
    /// The mail queued, and what delivering it did.
    pub mail: Vec<i64>,
    pub deliveries: Vec<Delivery>,
    /// Mail that had to be delivered and was not (`require_delivery`).
    pub undelivered: Option<Error>,
    /// Why the run stopped early, after some batches were committed.
    pub stopped: Option<Error>,
}

impl FileOutcome {
    /// The line that sums it up: `3 created, 1 failed`, or why nothing was
    /// written.
    pub fn summary(&self) -> String {
        if let Some(refused) = &self.refused {
            return refused.clone();
        }
        if self.dry_run {
            return format!("dry run, nothing changed: {}", self.tally.summary());
        }
        match &self.stopped {
            Some(e) => format!(
                "{}; stopped early, the rest was not done: {e}",
                self.tally.summary()
            ),
            None => self.tally.summary(),
        }
    }
}

/// What a sync does to the users its rows do not list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    Ignore,
    /// Active users are blocked; others are left.
    Block,
    Archive,
}

/// What an import or a sync talks to: who answers its question, where its
/// rows and generated passwords go, who reads its notices.
pub(crate) struct Front<'f> {
    pub prompter: &'f mut dyn Prompter,
    pub sink: &'f mut dyn RowSink,
    pub passwords: Option<&'f mut dyn Passwords>,
    pub notices: &'f dyn Notices,
}

/// What a sync does to the users its rows do not list, and which users
/// those can be.
pub(crate) struct Missed {
    pub action: Box<dyn Action>,
    pub missing: Missing,
    pub scope: Option<Selector>,
}

/// The users a sync's rows do not list, all of them: walked as they are.
pub(crate) fn missed_targets() -> Targets {
    Targets {
        preselected: true,
        ..Targets::default()
    }
}
