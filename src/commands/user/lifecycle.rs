//! The bulk verbs: invite, revoke, block, unblock, archive, restore, delete.

use anyhow::Result;

use crate::cli::{BlockArgs, BulkArgs, SelectorArgs};
use crate::commands::App;
use crate::domain::error::Error;
use crate::domain::transitions::Verb;
use crate::domain::types::{parse_time, validate_text};
use crate::exit::Exit;
use crate::ops::lifecycle::{self, Outcome, OutcomeRow, VerbOptions};
use crate::select::SelectorInput;

pub fn selector_input(args: &SelectorArgs, all: bool) -> SelectorInput {
    SelectorInput {
        statuses: args.statuses.clone(),
        role: args.role.clone(),
        group: args.group.clone(),
        text: args.text.clone(),
        inactive_for: args.inactive_for.clone(),
        created_before: args.created_before.clone(),
        created_after: args.created_after.clone(),
        attributes: args.attributes.clone(),
        all,
    }
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

pub fn run(app: &mut App, verb: Verb, args: BulkArgs, mut options: VerbOptions) -> Result<Exit> {
    options.reason = args
        .reason
        .as_deref()
        .map(|r| validate_text("reason", r.trim(), 1000))
        .transpose()?;
    let mut keys = args.users.clone();
    if let Some(file) = &args.from_file {
        keys.extend(super::targets::read(file)?);
    }
    let selector = selector_input(&args.select, args.all).parse(app.now)?;
    if keys.is_empty() && !selector.is_used() {
        return Err(Error::Usage(format!(
            "name the users to {}: USER arguments, --from-file, a filter such as --status, or --all",
            verb.action()
        ))
        .into());
    }
    if args.all && selector.has_filters() {
        return Err(Error::Usage("--all cannot be combined with filters".into()).into());
    }

    let mut store = app.open_store()?;
    let targets = lifecycle::resolve(store.reader(), &keys, Some(&selector), app.now)?;
    let matched = targets.iter().filter(|t| t.user.is_some()).count() as u64;
    if let Some(expected) = args.expect_count {
        if matched != expected {
            return Err(Error::Conflict(format!(
                "--expect-count {expected}: {matched} users match; nothing was changed"
            ))
            .into());
        }
    }
    let planned = lifecycle::plan(verb, &targets);
    let would_change = planned
        .iter()
        .filter(|r| r.outcome == Outcome::WouldChange)
        .count() as u64;
    if let Some(max) = args.max_affected {
        if would_change > max {
            return Err(Error::Conflict(format!(
                "{would_change} users would change, more than --max-affected {max}; nothing was changed"
            ))
            .into());
        }
    }
    if args.dry_run {
        print_rows(app, &planned)?;
        app.say(&format!("dry run, nothing changed: {}", summary(&planned)));
        return Ok(Exit::Ok);
    }
    let needs_confirmation = verb == Verb::Delete || would_change > 1 || selector.is_used();
    if would_change > 0 && needs_confirmation {
        let noun = if would_change == 1 { "user" } else { "users" };
        let question = match verb {
            Verb::Delete => format!("Delete {would_change} {noun} permanently?"),
            _ => format!("{} {would_change} {noun}?", capitalise(verb.action())),
        };
        app.confirm(&question)?;
    }
    let applied = lifecycle::apply(
        &mut store,
        &app.ctx(),
        verb,
        &targets,
        &options,
        args.atomic,
    )?;
    app.deliver(&mut store, &applied.mail)?;
    print_rows(app, &applied.rows)?;
    if !matches!(app.out.format, crate::output::Format::Table) || app.settings.quiet {
        // rows carry the errors; stderr gets the summary only
    } else {
        for row in applied.rows.iter().filter(|r| r.outcome.is_failure()) {
            eprintln!("error: {}", row.error.as_deref().unwrap_or("failed"));
        }
    }
    app.say(&summary(&applied.rows));
    Ok(exit_for(&applied.rows))
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn print_rows(app: &mut App, rows: &[OutcomeRow]) -> Result<()> {
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

/// 0 when every target succeeded; 3 when some succeeded and others failed; when
/// all failed, the failures' own code if they agree (4 not found, 5 invalid
/// transition, 1 failed), else 3.
pub fn exit_for(rows: &[OutcomeRow]) -> Exit {
    let code = |o: Outcome| match o {
        Outcome::NotFound => Exit::NotFound,
        Outcome::InvalidTransition => Exit::Conflict,
        _ => Exit::Failure,
    };
    let failures: Vec<Exit> = rows
        .iter()
        .filter(|r| r.outcome.is_failure())
        .map(|r| code(r.outcome))
        .collect();
    match failures.first() {
        None => Exit::Ok,
        Some(_) if failures.len() < rows.len() => Exit::Partial,
        Some(first) if failures.iter().all(|e| e == first) => *first,
        Some(_) => Exit::Partial,
    }
}
