//! The bulk driver: one way through a change to many users, for every front
//! end. It takes the selection, surveys the targets, applies the safety
//! options (`expect_count`, `max_affected`, `atomic`), hands a dry run's
//! plan to the sink or asks the [`Prompter`], then writes in batches with
//! the rows going to the [`Sink`] as each commits, and delivers the mail.
//! The caller renders the [`Report`]; `exit::of_report` gives its exit code.

use serde::{Deserialize, Serialize};

use crate::domain::error::{Conflict, Error, Result};
use crate::domain::query::Selector;
use crate::mail::Delivery;
use crate::ops::bulk::{self, Action, Done, Outcome, OutcomeRow, Survey, Targets};
use crate::ops::front::{Notices, Prompter, Question, Sink};
use crate::ops::session::Session;

/// The options of a bulk change (SPEC §3's safety flags), as a front end
/// receives them.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BulkOptions {
    /// Plan only: the rows the change would give, nothing written.
    pub dry_run: bool,
    /// Refuse (exit 5) when more than this many users would change.
    pub max_affected: Option<u64>,
    /// Refuse (exit 5) unless exactly this many users are found: what a
    /// caller that showed a plan sends, so nothing changed in between.
    pub expect_count: Option<u64>,
    /// All or nothing: refuse when any target would fail, and write in
    /// one transaction.
    pub atomic: bool,
}

/// What a bulk change did (or, for a dry run, would do).
#[derive(Debug, Default)]
pub struct Report {
    /// The verb, as rows name it.
    pub verb: &'static str,
    /// Only planned: nothing was written.
    pub dry_run: bool,
    pub done: Done,
    /// Where the mail went.
    pub deliveries: Vec<Delivery>,
    /// Delivery failed in a way the caller must report after the rows
    /// (`require_delivery`): the change itself is committed.
    pub delivery_error: Option<Error>,
}

impl Report {
    /// The summary line: `3 changed, 1 not_found`, and why a run stopped
    /// early.
    pub fn summary(&self) -> String {
        let summary = self.done.tally.summary();
        match (&self.done.stopped, self.dry_run) {
            (_, true) => format!("dry run, nothing changed: {summary}"),
            (Some(e), _) => {
                format!("{summary}; stopped early, the rest were not reached: {e}")
            }
            (None, _) => summary,
        }
    }
}

/// The selector a front end was given, as the session's actor may use it
/// ([`bulk::scope_selector`]): its names must exist (exit 4), and a scoped
/// actor's `permission` limits it to the users that permission reaches.
pub fn scope(session: &Session, selector: &mut Selector, permission: &str) -> Result<()> {
    bulk::scope_selector(session.store(), &session.ctx, selector, permission)
}

/// Runs `action` on `targets` from start to end (see the module's text).
/// The selector must have been scoped for the actor
/// ([`bulk::scope_selector`]).
pub fn run(
    session: &mut Session,
    action: &dyn Action,
    targets: &Targets,
    options: &BulkOptions,
    prompter: &mut dyn Prompter,
    sink: &mut dyn Sink,
    notices: &dyn Notices,
) -> Result<Report> {
    let selected = bulk::select(session.store(), &session.ctx, targets)?;
    // When the prompter says yes to anything and no option needs the
    // counts, the targets are not walked twice.
    let total = if prompter.always_yes() && !needs_counts(options) {
        targets.keys.len() as u64 + selected
    } else {
        let survey = bulk::survey(session.store(), &session.ctx, action, targets, None)?;
        check(&survey, options)?;
        if options.dry_run {
            return plan(session, action, targets, survey, sink);
        }
        confirm(action, targets, &survey, prompter)?;
        survey.tally.total()
    };
    apply(session, action, targets, options, total, sink, notices)
}

/// Whether the counts are needed before the write: to check them or to
/// show a plan.
fn needs_counts(options: &BulkOptions) -> bool {
    options.expect_count.is_some()
        || options.max_affected.is_some()
        || options.atomic
        || options.dry_run
}

/// The safety options against what the survey found: `expect_count`,
/// `max_affected`, `atomic`.
pub fn check(survey: &Survey, options: &BulkOptions) -> Result<()> {
    let tally = &survey.tally;
    if let Some(expected) = options.expect_count {
        let matched = tally.found();
        if matched != expected {
            return Err(Conflict::ExpectCount { expected, matched }.into());
        }
    }
    let would_change = tally.count(Outcome::WouldChange);
    if let Some(max) = options.max_affected {
        if would_change > max {
            return Err(Conflict::MaxAffected { would_change, max }.into());
        }
    }
    if options.atomic {
        if let Some(refusal) = survey.atomic_refusal() {
            return Err(refusal);
        }
    }
    Ok(())
}

/// A dry run: the plan's rows to the sink, nothing written.
pub fn plan(
    session: &Session,
    action: &dyn Action,
    targets: &Targets,
    survey: Survey,
    sink: &mut dyn Sink,
) -> Result<Report> {
    bulk::survey(
        session.store(),
        &session.ctx,
        action,
        targets,
        Some(&mut |row: &OutcomeRow| sink.rows(std::slice::from_ref(row))),
    )?;
    Ok(Report {
        verb: action.name(),
        dry_run: true,
        done: Done {
            tally: survey.tally,
            ..Done::default()
        },
        ..Report::default()
    })
}

/// Asks before a change that needs it: a delete always, any change to
/// several users or through a selector.
pub fn confirm(
    action: &dyn Action,
    targets: &Targets,
    survey: &Survey,
    prompter: &mut dyn Prompter,
) -> Result<()> {
    let would_change = survey.tally.count(Outcome::WouldChange);
    let selector_used = targets.selector.as_ref().is_some_and(|s| s.is_used());
    let always = action.name() == "delete";
    if would_change > 0 && (always || would_change > 1 || selector_used) {
        prompter.confirm(&Question {
            text: action.question(would_change),
            count: would_change,
            first: survey.first_changes.clone(),
            found: survey.tally.found(),
        })?;
    }
    Ok(())
}

/// Writes the change in batches (one transaction with `atomic`), the rows
/// to the sink as each batch commits, then delivers the mail.
pub fn apply(
    session: &mut Session,
    action: &dyn Action,
    targets: &Targets,
    options: &BulkOptions,
    total: u64,
    sink: &mut dyn Sink,
    notices: &dyn Notices,
) -> Result<Report> {
    sink.begin(action.name(), total)?;
    let (store, ctx) = session.parts();
    let done = bulk::apply(
        store,
        ctx,
        action,
        targets,
        options.atomic,
        &mut |rows: &[OutcomeRow]| sink.rows(rows),
        &|_| {},
    )?;
    let (deliveries, delivery_error) = match session.deliver(&done.mail, notices) {
        Ok(deliveries) => (deliveries, None),
        Err(e) => (Vec::new(), Some(e)),
    };
    Ok(Report {
        verb: action.name(),
        dry_run: false,
        done,
        deliveries,
        delivery_error,
    })
}
