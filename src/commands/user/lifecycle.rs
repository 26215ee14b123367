//! The bulk verbs through the one bulk engine (`ops::bulk`): targets, survey,
//! the safety checks and the question, then the batches, rows as they come.

use anyhow::Result;

use crate::cli::{BlockArgs, BulkArgs, SelectorArgs};
use crate::commands::{App, CliError};
use crate::domain::error::Error;
use crate::domain::query::Selector;
use crate::domain::transitions::Verb;
use crate::domain::types::parse_time;
use crate::exit::Exit;
use crate::ops::bulk::{OutcomeRow, Targets};
use crate::ops::change::{BulkRequest, Change};
use crate::ops::driver::{self, BulkOptions, Report};
use crate::ops::front::Sink;
use crate::ops::session::Session;
use crate::output::progress::Progress;
use crate::output::{ListWriter, PAGE, Printer, Record};

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
    run(app, &args.bulk, Change::Block { until })
}

pub fn run_move(app: &mut App, verb: Verb, args: BulkArgs) -> Result<Exit> {
    let change = match verb {
        Verb::Revoke => Change::Revoke,
        Verb::Unblock => Change::Unblock,
        Verb::Archive => Change::Archive,
        Verb::Restore => Change::Restore,
        Verb::Delete => Change::Delete,
        Verb::SignOut => Change::SignOut,
        Verb::Unlock => Change::Unlock,
        other => unreachable!("`{}` is not a plain move", other.command()),
    };
    run(app, &args, change)
}

pub fn run_invite(app: &mut App, args: BulkArgs, no_email: bool) -> Result<Exit> {
    run(
        app,
        &args,
        Change::Invite {
            send_email: !no_email,
        },
    )
}

/// The users a bulk command names: USER arguments, `--from-file`, and the
/// selector (already checked by [`named`]). The file is read once the
/// session is open (the actor's permission checked); the selector is scoped
/// by `ops::bulk::scope_selector` to what the action's `permission` reaches.
pub fn targets(
    session: &Session,
    args: &BulkArgs,
    mut selector: Selector,
    permission: &str,
) -> Result<Targets> {
    driver::scope(session, &mut selector, permission)?;
    Ok(Targets {
        keys: named_users(args)?,
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

/// The users a bulk command names: its USER arguments, then the lines of
/// `--from-file`.
pub fn named_users(args: &BulkArgs) -> Result<Vec<String>> {
    let mut users = args.users.clone();
    if let Some(file) = &args.from_file {
        users.extend(super::targets::read(file)?);
    }
    Ok(users)
}

/// The safety flags, as the bulk driver takes them.
pub fn options(args: &BulkArgs) -> BulkOptions {
    BulkOptions {
        dry_run: args.dry_run,
        max_affected: args.max_affected,
        expect_count: args.expect_count,
        atomic: args.atomic,
    }
}

/// An output error, carried through the engine's callbacks.
pub(crate) fn io_error(e: std::io::Error) -> Error {
    Error::Internal(format!("writing output: {e}"))
}

/// Runs a bulk change from start to end: its request from the flags
/// (the users named, `--from-file` read once the session is open), the
/// operation (`ops::change::run`), rows printed as each batch commits,
/// then the summary and the exit code.
pub fn run(app: &mut App, args: &BulkArgs, change: Change) -> Result<Exit> {
    if let Some(url) = app.settings.server.clone() {
        return through_server(app, &url, args, change);
    }
    change.check(app.now)?;
    app.dry_run.set(args.dry_run);
    // A role change names its role before its users: the role must exist
    // (exit 4) before the users are asked for.
    let opened = match change {
        Change::RoleAssign { .. } | Change::RoleUnassign { .. } => {
            let session = app.session()?;
            change.action(&session, None)?;
            Some(session)
        }
        _ => None,
    };
    let selector = named(app, args, &change.purpose())?;
    let reason = reason(args)?;
    let mut session = match opened {
        Some(session) => session,
        None => app.session()?,
    };
    let users = named_users(args)?;
    let request = BulkRequest {
        change,
        users,
        selector,
        reason,
        options: options(args),
    };
    let (voice, mut prompter) = (app.voice(), app.prompter());
    let mut rows = RowPrinter::new(
        &mut app.out,
        app.settings.progress,
        app.settings.quiet,
        |row: &OutcomeRow| row.clone(),
    )?;
    let report = crate::ops::change::run(&mut session, &request, &mut prompter, &mut rows, &voice)?;
    rows.finish()?;
    finish(app, report)
}

/// [`run`] through a roster server (`--server`): the same request, the
/// rows printed as the server's batches commit, the same summary and exit
/// code.
fn through_server(app: &mut App, url: &str, args: &BulkArgs, change: Change) -> Result<Exit> {
    use crate::commands::remote;
    change.check(app.now)?;
    // As on the store: the permission, then the role, before the users
    // are asked for or a file of them read.
    remote::authorize_change(app, url, Some(&change))?;
    let selector = named(app, args, &change.purpose())?;
    let users = named_users(args)?;
    let request = BulkRequest {
        change,
        users,
        selector,
        reason: reason(args)?,
        options: options(args),
    };
    let answer = remote::send_change(app, url, &request)?;
    let voice = app.voice();
    let mut rows = RowPrinter::new(
        &mut app.out,
        app.settings.progress,
        app.settings.quiet,
        |row: &OutcomeRow| row.clone(),
    )?;
    let shape = (request.change.row_action(), request.options.dry_run);
    let no_password = &mut |_| {
        Err(Error::Internal("the server sent a password for a change that sets none".into()).into())
    };
    let report = remote::read_rows(answer, shape, &mut rows, no_password, &voice);
    rows.finish()?;
    remote::finish(app, report?)
}

/// What sees each batch's rows as it commits.
type OnCommit<'a> = Box<dyn FnMut(&[OutcomeRow]) + 'a>;

/// Prints the rows of a bulk run as they come (as `shown` makes them: the
/// row, or the row with a generated password), a progress bar while it
/// writes, and on a table each failure's message on stderr at the end (the
/// first [`PAGE`] of them). A table on a terminal shows a large result by
/// the rows that are not plain successes ([`Printer::results`]).
pub struct RowPrinter<'a, R: Record, F: FnMut(&OutcomeRow) -> R> {
    list: ListWriter<'a, R>,
    shown: F,
    progress_enabled: bool,
    progress: Option<Progress>,
    /// Failures' messages, on a table (where rows are shown at the end):
    /// the first [`PAGE`], and how many more.
    failures: Option<(Vec<String>, u64)>,
    /// Sees each batch's rows as it commits, before they are printed.
    committed: Option<OnCommit<'a>>,
}

impl<'a, R: Record, F: FnMut(&OutcomeRow) -> R> RowPrinter<'a, R, F> {
    /// Rows to `out`; `progress` when a progress bar may be shown, `quiet`
    /// with `-q`.
    pub fn new(out: &'a mut Printer, progress: bool, quiet: bool, shown: F) -> Result<Self> {
        let table = out.format == crate::output::Format::Table && !quiet;
        let progress_enabled = progress;
        Ok(RowPrinter {
            list: out.results::<R>()?,
            shown,
            progress_enabled,
            progress: None,
            failures: table.then(|| (Vec::new(), 0)),
            committed: None,
        })
    }

    /// Calls `committed` with each batch's rows as it commits.
    pub fn on_commit(mut self, committed: impl FnMut(&[OutcomeRow]) + 'a) -> Self {
        self.committed = Some(Box::new(committed));
        self
    }

    /// Ends the list, then says what failed, and what a terminal's table
    /// left out.
    pub fn finish(self) -> Result<()> {
        let (_, left_out) = self.list.finish_results()?;
        drop(self.progress);
        if let Some((failures, more)) = self.failures {
            for failure in failures {
                eprintln!("error: {}", crate::output::for_terminal(&failure));
            }
            if more > 0 {
                eprintln!("error: and {more} more failures (each row says why)");
            }
        }
        if let Some(left_out) = left_out {
            eprintln!("{}", left_out.note());
        }
        Ok(())
    }
}

impl<R: Record, F: FnMut(&OutcomeRow) -> R> Sink for RowPrinter<'_, R, F> {
    fn begin(&mut self, verb: &str, total: u64) -> crate::Result<()> {
        // Once anything is committed, a reader of stdout that goes away no
        // longer stops the run.
        self.list.keep_going_if_closed();
        self.progress = Some(Progress::new(self.progress_enabled, total as usize, verb));
        Ok(())
    }

    fn rows(&mut self, rows: &[OutcomeRow]) -> crate::Result<()> {
        let applying = self.progress.is_some();
        if let Some(committed) = self.committed.as_mut() {
            committed(rows);
        }
        if let Some(progress) = &self.progress {
            progress.advance_by(rows.len());
        }
        for row in rows {
            self.list.push(&(self.shown)(row)).map_err(io_error)?;
            if let (true, Some((failures, more))) = (applying, self.failures.as_mut()) {
                match row.outcome.is_failure() {
                    true if failures.len() < PAGE => {
                        failures.push(row.error.clone().unwrap_or_else(|| "failed".into()))
                    }
                    true => *more += 1,
                    false => {}
                }
            }
        }
        Ok(())
    }
}

/// `--reason`, checked; an empty one is no reason.
pub fn reason(args: &BulkArgs) -> crate::Result<Option<String>> {
    crate::ops::change::reason(args.reason.as_deref())
}

/// The summary on stderr, and the exit code (`exit::of_run`); in JSON
/// formats, a run that did not fully succeed ends with the JSON error
/// object of SPEC §4, its message the summary (the rows carry each
/// failure). A delivery that `--require-delivery` needed and did not get is
/// the command's error, after the summary.
pub fn finish(app: &App, report: Report) -> Result<Exit> {
    let exit = if report.dry_run {
        Exit::Ok
    } else {
        crate::exit::of_run(&report.done)
    };
    let summary = report.summary();
    if app.out.format.is_json() && exit != Exit::Ok {
        crate::exit::report_json(exit, &summary);
    } else if report.done.stopped.is_some() {
        eprintln!("error: {}", crate::output::for_terminal(&summary));
    } else {
        app.say(&summary);
    }
    match report.delivery_error {
        Some(e) => Err(e.into()),
        None => Ok(exit),
    }
}
