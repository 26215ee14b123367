//! The bulk verbs through the one bulk engine (`ops::bulk`): targets, survey,
//! the safety checks and the question, then the batches, rows as they come.

use anyhow::Result;

use crate::cli::{BlockArgs, BulkArgs, SelectorArgs};
use crate::commands::{App, CliError};
use crate::domain::error::{Conflict, Error};
use crate::domain::query::Selector;
use crate::domain::transitions::Verb;
use crate::domain::types::{parse_time, validate_text};
use crate::exit::Exit;
use crate::ops::bulk::{self, Action, Outcome, OutcomeRow, Survey, Targets};
use crate::ops::lifecycle::{Block, Invite, Move};
use crate::output::progress::Progress;
use crate::store::Store;

/// The selector the filter flags describe. `--all` beside a filter is a
/// mistake in the command line (exit 2).
pub fn selector(args: &SelectorArgs, all: bool, now: jiff::Timestamp) -> Result<Selector> {
    let mut statuses = Vec::new();
    crate::domain::query::add_statuses(&mut statuses, args.statuses.iter().flatten().copied());
    // Relative times (`-30d`) are read against the command's one clock
    // reading, here; a resolved time out of range is a bad flag (exit 2).
    let time = |spec: &Option<crate::domain::types::TimeSpec>, flag: &str| {
        crate::commands::flag_value(spec.as_ref().map(|s| s.resolve(flag, now)).transpose())
    };
    let selector = Selector {
        statuses,
        role: args.role.clone(),
        group: args.group.clone(),
        permission: args.permission.clone(),
        onboarding: args.onboarding,
        text: args.text.clone(),
        inactive_for: args.inactive_for,
        created_before: time(&args.created_before, "created-before")?,
        created_after: time(&args.created_after, "created-after")?,
        attributes: args.attributes.clone(),
        locked: args.locked,
        all,
        reach: None,
    };
    if selector.all_with_filters() {
        return Err(CliError::Usage("--all cannot be combined with filters".into()).into());
    }
    Ok(selector)
}

pub fn run_block(app: &mut App, args: BlockArgs) -> Result<Exit> {
    let until = crate::commands::flag_value(
        args.until
            .as_deref()
            .map(|t| parse_time("until", t, app.now))
            .transpose(),
    )?;
    if until.is_some_and(|t| t <= app.now) {
        return Err(Error::invalid("until", "must be in the future").into());
    }
    let action = Block {
        reason: reason(&args.bulk)?,
        until,
        replace: true,
    };
    run(app, &args.bulk, &action)
}

pub fn run_move(app: &mut App, verb: Verb, args: BulkArgs) -> Result<Exit> {
    let action = Move {
        verb,
        reason: reason(&args)?,
    };
    run(app, &args, &action)
}

pub fn run_invite(app: &mut App, args: BulkArgs, no_email: bool) -> Result<Exit> {
    let action = Invite {
        reason: reason(&args)?,
        send_email: !no_email,
    };
    run(app, &args, &action)
}

/// The users a bulk command names: USER arguments, `--from-file`, and the
/// selector. Naming nobody at all is a usage error; an empty `--from-file`
/// names nobody and selects nobody (exit 0, "no users match"). The file is
/// read only once `store` is open and the actor's permission checked; the
/// selector is scoped by `ops::bulk::scope_selector` to what the action's
/// `permission` reaches.
pub fn targets(
    app: &App,
    store: &Store,
    args: &BulkArgs,
    action: &str,
    permission: &str,
) -> Result<Targets> {
    let mut selector = named(app, args, action)?;
    crate::ops::bulk::scope_selector(store, &app.ctx(), &mut selector, permission)?;
    let mut keys = args.users.clone();
    if let Some(file) = &args.from_file {
        keys.extend(super::targets::read(file)?);
    }
    Ok(Targets {
        keys,
        selector: Some(selector),
        preselected: false,
    })
}

/// The selector, and a usage error (exit 2) when the command names nobody
/// at all: checked before the store is opened.
pub fn named(app: &App, args: &BulkArgs, action: &str) -> Result<Selector> {
    let selector = selector(&args.select, args.all, app.now)?;
    if args.users.is_empty() && !selector.is_used() && args.from_file.is_none() {
        return Err(CliError::Usage(format!(
            "name the users to {action}: USER arguments, --from-file, a filter such as --status, or --all"
        ))
        .into());
    }
    Ok(selector)
}

/// Surveys the targets and applies the safety options: `--expect-count`,
/// `--max-affected`, `--atomic`; prints the plan for `--dry-run` (then
/// returns None: stop here), and asks for confirmation when the change
/// needs it.
pub fn plan(
    app: &mut App,
    store: &Store,
    args: &BulkArgs,
    action: &dyn Action,
    targets: &Targets,
    survey: Survey,
) -> Result<Option<Survey>> {
    let ctx = app.ctx();
    let tally = &survey.tally;
    if let Some(expected) = args.expect_count {
        let matched = tally.found();
        if matched != expected {
            return Err(Error::from(Conflict::ExpectCount { expected, matched }).into());
        }
    }
    let would_change = tally.count(Outcome::WouldChange);
    if let Some(max) = args.max_affected {
        if would_change > max {
            return Err(Error::from(Conflict::MaxAffected { would_change, max }).into());
        }
    }
    if args.atomic {
        if let Some(refusal) = survey.atomic_refusal() {
            return Err(refusal.into());
        }
    }
    if args.dry_run {
        let mut list = app.out.list::<OutcomeRow>()?;
        bulk::survey(
            store,
            &ctx,
            action,
            targets,
            Some(&mut |row: &OutcomeRow| list.push(row).map_err(io_error)),
        )?;
        list.finish()?;
        app.say(&format!("dry run, nothing changed: {}", tally.summary()));
        return Ok(None);
    }
    let selector_used = targets.selector.as_ref().is_some_and(|s| s.is_used());
    let always_confirm = action.name() == "delete";
    if would_change > 0 && (always_confirm || would_change > 1 || selector_used) {
        let question = naming(
            &action.question(would_change),
            would_change,
            &survey.first_changes,
        );
        app.confirm(&question)?;
    }
    Ok(Some(survey))
}

/// The question with the first users it is about: `Block 7 users:
/// a@x, b@x, c@x, d@x, e@x and 2 more?`.
fn naming(question: &str, count: u64, emails: &[String]) -> String {
    if emails.is_empty() {
        return question.to_string();
    }
    let names: Vec<String> = emails
        .iter()
        .map(|e| crate::output::for_terminal(e))
        .collect();
    let rest = count.saturating_sub(names.len() as u64);
    let more = if rest > 0 {
        format!(" and {rest} more")
    } else {
        String::new()
    };
    format!(
        "{}: {}{more}?",
        question.trim_end_matches('?'),
        names.join(", ")
    )
}

/// An output error, carried through the engine's callbacks.
pub(crate) fn io_error(e: std::io::Error) -> Error {
    Error::Internal(format!("writing output: {e}"))
}

/// Runs a bulk action from start to end: plan, apply with the rows printed as
/// each batch commits, mail, the summary and the exit code.
pub fn run(app: &mut App, args: &BulkArgs, action: &dyn Action) -> Result<Exit> {
    named(app, args, &action.purpose())?;
    app.dry_run.set(args.dry_run);
    let mut store = app.open_store()?;
    let targets = targets(app, &store, args, &action.purpose(), action.permission())?;
    let selected = bulk::select(&store, &app.ctx(), &targets)?;
    // With --yes and no check that needs the counts, the walk is not taken
    // twice: the progress bar counts the targets instead.
    let total = if needs_survey(app, args) {
        let survey = bulk::survey(&store, &app.ctx(), action, &targets, None)?;
        let Some(survey) = plan(app, &store, args, action, &targets, survey)? else {
            return Ok(Exit::Ok);
        };
        survey.tally.total() as usize
    } else {
        targets.keys.len() + selected as usize
    };
    let done = apply(
        app,
        &mut store,
        args,
        action,
        &targets,
        total,
        &|_| {},
        |row| row.clone(),
    )?;
    let delivery = app.deliver(&mut store, &done.mail);
    let exit = report(app, &done);
    delivery?;
    Ok(exit)
}

/// Whether the counts are needed before the write: to check them, to ask,
/// or to print a plan.
fn needs_survey(app: &App, args: &BulkArgs) -> bool {
    !app.settings.yes
        || args.expect_count.is_some()
        || args.max_affected.is_some()
        || args.atomic
        || args.dry_run
}

/// Applies the action, printing each row as its batch commits (as `shown`
/// makes it: the row, or the row with a generated password), and on a table
/// each failure's message on stderr. `committed` sees each batch's rows as
/// it commits, before they are printed. Once anything is committed, a
/// reader of stdout that goes away no longer stops the run.
#[allow(clippy::too_many_arguments)]
pub fn apply<R: crate::output::Record>(
    app: &mut App,
    store: &mut Store,
    args: &BulkArgs,
    action: &dyn Action,
    targets: &Targets,
    total: usize,
    committed: &dyn Fn(&[OutcomeRow]),
    mut shown: impl FnMut(&OutcomeRow) -> R,
) -> Result<bulk::Done> {
    let ctx = app.ctx();
    app.out.keep_going_if_closed();
    let progress = Progress::new(app.settings.progress, total, action.name());
    let table = app.out.format == crate::output::Format::Table && !app.settings.quiet;
    let mut failures: Vec<String> = Vec::new();
    let mut list = app.out.list::<R>()?;
    let done = bulk::apply(
        store,
        &ctx,
        action,
        targets,
        args.atomic,
        &mut |rows: &[OutcomeRow]| {
            for row in rows {
                list.push(&shown(row)).map_err(io_error)?;
                if table && row.outcome.is_failure() {
                    failures.push(row.error.clone().unwrap_or_else(|| "failed".into()));
                }
            }
            Ok(())
        },
        &|rows| {
            committed(rows);
            progress.advance_by(rows.len());
        },
    )?;
    list.finish()?;
    drop(progress);
    for failure in failures {
        eprintln!("error: {}", crate::output::for_terminal(&failure));
    }
    Ok(done)
}

/// `--reason`, checked; an empty one is no reason.
pub fn reason(args: &BulkArgs) -> crate::Result<Option<String>> {
    args.reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(|r| validate_text("reason", r, 1000))
        .transpose()
}

/// The summary on stderr, and the exit code; in JSON formats, a run that did
/// not fully succeed ends with the JSON error object of SPEC §4, its message
/// the summary (the rows carry each failure). A run that stopped early says
/// why: exit 3 when some targets changed before it stopped.
pub fn report(app: &App, done: &bulk::Done) -> Exit {
    let tally = &done.tally;
    let mut exit = crate::exit::of_outcomes(tally.outcomes());
    let mut summary = tally.summary();
    if let Some(e) = &done.stopped {
        exit = if tally.count(Outcome::Changed) > 0 {
            Exit::Partial
        } else {
            crate::exit::of_domain(e)
        };
        summary = format!("{summary}; stopped early, the rest were not reached: {e}");
    }
    if app.out.format.is_json() && exit != Exit::Ok {
        crate::exit::report_json(exit, &summary);
    } else if done.stopped.is_some() {
        eprintln!("error: {}", crate::output::for_terminal(&summary));
    } else {
        app.say(&summary);
    }
    exit
}
