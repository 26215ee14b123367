//! The bulk verbs: invite, revoke, block, unblock, archive, restore, delete.

use anyhow::Result;

use crate::cli::{BlockArgs, BulkArgs, SelectorArgs};
use crate::commands::{App, CliError};
use crate::domain::error::{Conflict, Error};
use crate::domain::query::{Selector, SelectorInput};
use crate::domain::transitions::Verb;
use crate::domain::types::{parse_time, validate_text};
use crate::exit::Exit;
use crate::ops::lifecycle::Target;
use crate::ops::lifecycle::{self, Outcome, OutcomeRow, VerbOptions};
use crate::output::progress::Progress;
use crate::store::Store;

/// The selector the filter flags describe. `--all` beside a filter is a
/// mistake in the command line (exit 2).
pub fn selector(args: &SelectorArgs, all: bool, now: jiff::Timestamp) -> Result<Selector> {
    let selector = SelectorInput {
        statuses: args.statuses.clone(),
        role: args.role.clone(),
        group: args.group.clone(),
        permission: args.permission.clone(),
        onboarding: args.onboarding.clone(),
        text: args.text.clone(),
        inactive_for: args.inactive_for.clone(),
        created_before: args.created_before.clone(),
        created_after: args.created_after.clone(),
        attributes: args.attributes.clone(),
        all,
    }
    .parse(now)?;
    if selector.all_with_filters() {
        return Err(CliError::Usage("--all cannot be combined with filters".into()).into());
    }
    Ok(selector)
}

pub fn run_block(app: &mut App, args: BlockArgs) -> Result<Exit> {
    let until = args
        .until
        .as_deref()
        .map(|t| parse_time("until", t, app.now))
        .transpose()?;
    if until.is_some_and(|t| t <= app.now) {
        return Err(Error::invalid("until", "must be in the future").into());
    }
    let options = VerbOptions {
        until,
        ..VerbOptions::default()
    };
    run(app, Verb::Block, args.bulk, options)
}

/// The users a bulk command acts on, and the open store.
pub struct Selection {
    pub store: Store,
    pub targets: Vec<Target>,
    pub selector_used: bool,
    /// The store's data version before the targets were read (see
    /// `lifecycle::apply`).
    pub read_version: i64,
}

/// Resolves USER arguments, `--from-file` and the selector into targets, and
/// applies `--expect-count`. Nothing is written.
pub fn select(app: &App, args: &BulkArgs, action: &str) -> Result<Selection> {
    let mut keys = args.users.clone();
    if let Some(file) = &args.from_file {
        keys.extend(super::targets::read(file)?);
    }
    let selector = selector(&args.select, args.all, app.now)?;
    if keys.is_empty() && !selector.is_used() {
        return Err(CliError::Usage(format!(
            "name the users to {action}: USER arguments, --from-file, a filter such as --status, or --all"
        ))
        .into());
    }
    let store = app.open_store()?;
    let read_version = store.reader().data_version()?;
    let targets = lifecycle::resolve(store.reader(), &keys, Some(&selector), app.now)?;
    let matched = targets.iter().filter(|t| t.user.is_some()).count() as u64;
    if let Some(expected) = args.expect_count {
        if matched != expected {
            return Err(Error::from(Conflict::ExpectCount { expected, matched }).into());
        }
    }
    Ok(Selection {
        store,
        targets,
        selector_used: selector.is_used(),
        read_version,
    })
}

/// Applies `--max-affected`, prints the plan for `--dry-run` (returning false:
/// stop here), and asks for confirmation when the change needs it.
pub fn gate(
    app: &mut App,
    args: &BulkArgs,
    action: &str,
    planned: &[OutcomeRow],
    selector_used: bool,
    always_confirm: bool,
) -> Result<bool> {
    let would_change = planned
        .iter()
        .filter(|r| r.outcome == Outcome::WouldChange)
        .count() as u64;
    if let Some(max) = args.max_affected {
        if would_change > max {
            return Err(Error::from(Conflict::MaxAffected { would_change, max }).into());
        }
    }
    if args.dry_run {
        print_rows(app, planned)?;
        app.say(&format!("dry run, nothing changed: {}", summary(planned)));
        return Ok(false);
    }
    if would_change > 0 && (always_confirm || would_change > 1 || selector_used) {
        let noun = if would_change == 1 { "user" } else { "users" };
        let question = if action == "delete" {
            format!("Delete {would_change} {noun} permanently?")
        } else {
            format!("{} {would_change} {noun}?", capitalise(action))
        };
        app.confirm(&question)?;
    }
    Ok(true)
}

pub fn run(app: &mut App, verb: Verb, args: BulkArgs, mut options: VerbOptions) -> Result<Exit> {
    options.reason = reason(&args)?;
    let Selection {
        mut store,
        targets,
        selector_used,
        read_version,
    } = select(app, &args, verb.action())?;
    let planned = lifecycle::plan(verb, &targets, &options);
    if !gate(
        app,
        &args,
        verb.action(),
        &planned,
        selector_used,
        verb == Verb::Delete,
    )? {
        return Ok(Exit::Ok);
    }
    options.atomic = args.atomic;
    let progress = Progress::new(app.settings.progress, targets.len(), verb.action());
    let applied = lifecycle::apply(
        &mut store,
        &app.ctx(),
        verb,
        &targets,
        read_version,
        &options,
        &|| progress.advance(),
    )?;
    drop(progress);
    let delivery = app.deliver(&mut store, &applied.mail);
    finish(app, &applied.rows)?;
    delivery?;
    Ok(exit_for(&applied.rows))
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

/// Prints the outcome rows, errors and the summary.
pub fn finish(app: &mut App, rows: &[OutcomeRow]) -> Result<()> {
    print_rows(app, rows)?;
    report(app, rows);
    Ok(())
}

/// On a table, each failure's message on stderr, then the summary. In JSON
/// formats, a run that did not fully succeed ends with the JSON error object of
/// SPEC §4, its message the summary; the rows carry each failure.
pub fn report(app: &App, rows: &[OutcomeRow]) {
    let exit = exit_for(rows);
    if app.out.format.is_json() && exit != Exit::Ok {
        crate::exit::report_json(exit, &summary(rows));
        return;
    }
    if app.out.format == crate::output::Format::Table && !app.settings.quiet {
        for row in rows.iter().filter(|r| r.outcome.is_failure()) {
            eprintln!(
                "error: {}",
                crate::output::for_terminal(row.error.as_deref().unwrap_or("failed"))
            );
        }
    }
    app.say(&summary(rows));
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

pub fn print_rows(app: &mut App, rows: &[OutcomeRow]) -> Result<()> {
    let mut list = app.out.list::<OutcomeRow>()?;
    for row in rows {
        list.push(row)?;
    }
    list.finish()?;
    Ok(())
}

/// `2 changed, 1 unchanged, 1 not found` in the order of SPEC §3.
pub fn summary(rows: &[OutcomeRow]) -> String {
    let order = [
        (Outcome::Changed, "changed"),
        (Outcome::WouldChange, "would change"),
        (Outcome::Unchanged, "unchanged"),
        (Outcome::InvalidTransition, "invalid transition"),
        (Outcome::NotFound, "not found"),
        (Outcome::Failed, "failed"),
    ];
    let parts: Vec<String> = order
        .iter()
        .filter_map(|(outcome, label)| {
            let n = rows.iter().filter(|r| r.outcome == *outcome).count();
            (n > 0).then(|| format!("{n} {label}"))
        })
        .collect();
    if parts.is_empty() {
        "no users match".into()
    } else {
        parts.join(", ")
    }
}

/// The exit code of a bulk verb, from its rows (see [`crate::exit::of_outcomes`]).
pub fn exit_for(rows: &[OutcomeRow]) -> Exit {
    crate::exit::of_outcomes(rows.iter().map(|r| r.outcome))
}
