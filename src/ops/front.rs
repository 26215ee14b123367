//! What a front end (the command line, later the server) gives the
//! operations, so that they never touch a terminal, a clap type or an HTTP
//! body: a [`Prompter`] that answers "go ahead?", a [`Sink`] that takes the
//! outcome rows as they are decided or committed, and [`Notices`] for what
//! people should read (mail that stays queued, a migrated store).

use crate::domain::error::{Error, Result};
use crate::ops::bulk::OutcomeRow;

/// A question before a change: what it does, how many users it changes,
/// and the first of them (by email), for the front end to name.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Question {
    /// `Block 7 users?`
    pub text: String,
    /// How many users the change would change.
    pub count: u64,
    /// The first users it changes, by email (at most five).
    pub first: Vec<String>,
    /// How many users were found (what `expect_count` is checked
    /// against): a client that asked sends it back with its yes.
    #[serde(default)]
    pub found: u64,
}

impl Question {
    /// The question with the first users it is about: `Block 7 users:
    /// a@x, b@x, c@x, d@x, e@x and 2 more?`. The emails are stored text:
    /// a front end that shows it on a terminal makes it terminal-safe.
    pub fn naming(&self) -> String {
        if self.first.is_empty() {
            return self.text.clone();
        }
        let rest = self.count.saturating_sub(self.first.len() as u64);
        let more = if rest > 0 {
            format!(" and {rest} more")
        } else {
            String::new()
        };
        format!(
            "{}: {}{more}?",
            self.text.trim_end_matches('?'),
            self.first.join(", ")
        )
    }
}

/// Answers the question a change asks before it writes.
pub trait Prompter {
    /// `Ok(())` to go on; [`Error::NotConfirmed`] (exit 9) to stop with
    /// nothing changed.
    fn confirm(&mut self, question: &Question) -> Result<()>;

    /// True when every question is answered yes without asking: the
    /// driver then need not count the targets before the write.
    fn always_yes(&self) -> bool {
        false
    }
}

/// Says yes to every question: `--yes`, a server request that was planned
/// and confirmed with `expect_count`, a program using the library.
pub struct Yes;

impl Prompter for Yes {
    fn confirm(&mut self, _question: &Question) -> Result<()> {
        Ok(())
    }
    fn always_yes(&self) -> bool {
        true
    }
}

/// Where no one can answer: every question is refused (exit 9).
pub struct NoOneToAsk;

impl Prompter for NoOneToAsk {
    fn confirm(&mut self, question: &Question) -> Result<()> {
        Err(Error::NotConfirmed(format!(
            "{} — confirmation needed, and there is no terminal to ask on; pass --yes to confirm",
            question.naming()
        )))
    }
}

/// Takes outcome rows: a dry run's plan as it is decided, a run's rows as
/// each batch commits.
pub trait Sink {
    /// The run is about to write: `total` targets for `verb` (a progress
    /// bar's size). Not called for a dry run.
    fn begin(&mut self, _verb: &str, _total: u64) -> Result<()> {
        Ok(())
    }
    /// Rows decided (a plan) or committed (a run), in target order.
    fn rows(&mut self, rows: &[OutcomeRow]) -> Result<()>;
}

/// Keeps every row: for a program using the library and for tests.
#[derive(Default)]
pub struct Collect(pub Vec<OutcomeRow>);

impl Sink for Collect {
    fn rows(&mut self, rows: &[OutcomeRow]) -> Result<()> {
        self.0.extend_from_slice(rows);
        Ok(())
    }
}

/// What an operation has to tell people besides its result.
pub trait Notices {
    /// Something went wrong that did not stop the operation (mail that
    /// stays queued).
    fn warn(&self, text: &str);
    /// What happened, for people (where mail went).
    fn say(&self, text: &str);
    /// A diagnostic, for `--verbose`.
    fn debug(&self, _text: &str) {}
}

/// Drops every notice.
pub struct Quiet;

impl Notices for Quiet {
    fn warn(&self, _text: &str) {}
    fn say(&self, _text: &str) {}
}
