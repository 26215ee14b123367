//! `roster user import` and `roster user sync`: a file of users read once
//! into a staging table, every row checked (fields, repeats inside the
//! file, conflicts and rules against the store) before anything is written,
//! then written in batches, a row of output for each row of the file.

use std::collections::{BTreeSet, HashMap};

use anyhow::Result;
use serde::Serialize;
use serde_json::{Map, Value};

use super::lifecycle::io_error;
use crate::cli::{FileArgs, ImportArgs, Missing, SyncArgs};
use crate::commands::secrets::CredentialsFile;
use crate::commands::{App, CliError};
use crate::domain::error::{Conflict, Error};
use crate::domain::password::{self, Password};
use crate::domain::record::{self, Desired};
use crate::domain::stored::{NewRow, StagedRow};
use crate::domain::transitions::Verb;
use crate::domain::types::validate_text;
use crate::exit::Exit;
use crate::ops::bulk::{self, Action, Outcome, OutcomeRow, Targets};
use crate::ops::import::{self, Catalogue, OnConflict, Options, Plan};
use crate::ops::lifecycle::{Block, Move};
use crate::output::progress::Progress;
use crate::output::{Fit, Record};
use crate::store::Store;
use crate::transfer::{Item, Source};
use comfy_table::Color;

/// Rows read and written a batch at a time: one transaction each.
const BATCH: usize = 2_000;

/// What became of a row of the file (or, for `sync`, of a user it does not
/// list).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowOutcome {
    Created,
    Updated,
    Unchanged,
    Failed,
    WouldCreate,
    WouldUpdate,
    /// `sync --missing block|archive` on a user the file does not list.
    Blocked,
    Archived,
    WouldBlock,
    WouldArchive,
}

impl RowOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            RowOutcome::Created => "created",
            RowOutcome::Updated => "updated",
            RowOutcome::Unchanged => "unchanged",
            RowOutcome::Failed => "failed",
            RowOutcome::WouldCreate => "would_create",
            RowOutcome::WouldUpdate => "would_update",
            RowOutcome::Blocked => "blocked",
            RowOutcome::Archived => "archived",
            RowOutcome::WouldBlock => "would_block",
            RowOutcome::WouldArchive => "would_archive",
        }
    }

    fn changes(self) -> bool {
        !matches!(self, RowOutcome::Unchanged | RowOutcome::Failed)
    }
}

/// One row of output.
#[derive(Clone, Debug, Serialize)]
pub struct ImportRow {
    /// The row's line in the file; none for a user the file does not list.
    pub line: Option<i64>,
    pub id: Option<String>,
    pub email: Option<String>,
    pub outcome: RowOutcome,
    pub error: Option<String>,
}

impl Record for ImportRow {
    fn id(&self) -> Option<&str> {
        self.id.as_deref().filter(|_| self.outcome.changes())
    }

    fn table_headers() -> Vec<&'static str> {
        vec!["LINE", "EMAIL", "OUTCOME", "ERROR", "USER ID"]
    }

    fn table_fits() -> Vec<Fit> {
        vec![
            Fit::Keep,
            Fit::Keep,
            Fit::Keep,
            Fit::Cut { min: 20, rank: 2 },
            Fit::Id { rank: 1 },
        ]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.line.map(|l| l.to_string()).unwrap_or_default(),
            self.email.clone().unwrap_or_default(),
            self.outcome.as_str().to_string(),
            self.error.clone().unwrap_or_default(),
            self.id.clone().unwrap_or_default(),
        ]
    }

    fn csv_headers() -> Vec<String> {
        ["line", "id", "email", "outcome", "error"]
            .map(String::from)
            .to_vec()
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.line.map(|l| l.to_string()).unwrap_or_default(),
            self.id.clone().unwrap_or_default(),
            self.email.clone().unwrap_or_default(),
            self.outcome.as_str().to_string(),
            self.error.clone().unwrap_or_default(),
        ]
    }

    fn table_color(&self, column: usize) -> Option<Color> {
        (column == 2).then_some(match self.outcome {
            RowOutcome::Failed => Color::Red,
            RowOutcome::Unchanged => Color::Cyan,
            o if o.changes() => Color::Green,
            _ => Color::Cyan,
        })
    }
}

/// How many rows came to what.
#[derive(Debug, Default)]
struct Tally {
    counts: HashMap<RowOutcome, u64>,
    /// The exit code of each kind of failure seen.
    failures: Vec<Exit>,
}

impl Tally {
    fn add(&mut self, row: &ImportRow, failure: Option<Exit>) {
        *self.counts.entry(row.outcome).or_default() += 1;
        if let Some(exit) = failure {
            self.failures.push(exit);
        }
    }

    fn count(&self, outcome: RowOutcome) -> u64 {
        self.counts.get(&outcome).copied().unwrap_or(0)
    }

    fn failed(&self) -> u64 {
        self.count(RowOutcome::Failed)
    }

    fn would_change(&self) -> u64 {
        self.counts
            .iter()
            .filter(|(o, _)| o.changes())
            .map(|(_, n)| n)
            .sum()
    }

    fn total(&self) -> u64 {
        self.counts.values().sum()
    }

    /// `3 created, 1 updated, 2 failed`, in a fixed order.
    fn summary(&self) -> String {
        let order = [
            RowOutcome::Created,
            RowOutcome::WouldCreate,
            RowOutcome::Updated,
            RowOutcome::WouldUpdate,
            RowOutcome::Blocked,
            RowOutcome::WouldBlock,
            RowOutcome::Archived,
            RowOutcome::WouldArchive,
            RowOutcome::Unchanged,
            RowOutcome::Failed,
        ];
        let parts: Vec<String> = order
            .iter()
            .filter(|o| self.count(**o) > 0)
            .map(|o| format!("{} {}", self.count(*o), o.as_str().replace('_', " ")))
            .collect();
        if parts.is_empty() {
            "no rows".into()
        } else {
            parts.join(", ")
        }
    }

    /// The exit code: 0, 3 when some rows failed and others did not, else
    /// the failures' own code (the most common when they differ: invalid
    /// input before conflicts before not found).
    fn exit(&self) -> Exit {
        let Some(first) = self.failures.first() else {
            return Exit::Ok;
        };
        if self.failed() < self.total() {
            return Exit::Partial;
        }
        if self.failures.iter().all(|e| e == first) {
            return *first;
        }
        for exit in [Exit::InvalidInput, Exit::Conflict, Exit::NotFound] {
            if self.failures.contains(&exit) {
                return exit;
            }
        }
        *first
    }
}

/// The error text and exit name of a failed row.
fn failure(e: &Error) -> (String, &'static str) {
    (e.to_string(), crate::exit::of_domain(e).name())
}

fn exit_named(name: &str) -> Exit {
    Exit::ALL
        .into_iter()
        .find(|e| e.name() == name)
        .unwrap_or(Exit::Failure)
}

/// A page of staged rows read back (None for a row staged with its
/// error), the users their emails name read ahead in one query for
/// `decide`.
fn read_page(
    reader: crate::store::Reader<'_>,
    catalogue: &Catalogue,
    page: &[StagedRow],
) -> crate::domain::error::Result<Vec<Option<crate::domain::error::Result<Desired>>>> {
    let read: Vec<_> = page
        .iter()
        .map(|s| s.error.is_none().then(|| desired(s)))
        .collect();
    catalogue.know_emails(
        reader,
        read.iter().flatten().filter_map(|r| r.as_ref().ok()),
    )?;
    Ok(read)
}

/// The fields of a staged row, read back.
fn desired(row: &StagedRow) -> crate::domain::error::Result<Desired> {
    let fields: Map<String, Value> = serde_json::from_str(&row.fields)
        .map_err(|e| Error::Internal(format!("a staged row is not JSON: {e}")))?;
    record::parse(&fields).map_err(|errors| {
        Error::invalid(
            "row",
            errors
                .iter()
                .map(|e| e.message.clone())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}

fn failed_row(row: &StagedRow, error: String) -> ImportRow {
    let email = serde_json::from_str::<Map<String, Value>>(&row.fields)
        .ok()
        .and_then(|f| f.get("email").and_then(Value::as_str).map(str::to_string));
    ImportRow {
        line: Some(row.line),
        id: None,
        email,
        outcome: RowOutcome::Failed,
        error: Some(error),
    }
}

/// Where a dry run's rows go.
type RowSink<'a> = dyn FnMut(&ImportRow) -> Result<()> + 'a;

/// A job: the file, how its rows become users, and for `sync`, what
/// happens to users it does not list.
struct Job<'a> {
    args: &'a FileArgs,
    options: Options,
    missing: Option<Missing>,
    /// `sync`: the users the file stands for (None: every user).
    scope: Option<crate::domain::query::Selector>,
}

pub fn run_import(app: &mut App, args: ImportArgs) -> Result<Exit> {
    let options = options(&args.file, args.on_conflict)?;
    run(
        app,
        Job {
            args: &args.file,
            options,
            missing: None,
            scope: None,
        },
    )
}

pub fn run_sync(app: &mut App, args: SyncArgs) -> Result<Exit> {
    let options = options(&args.file, OnConflict::Update)?;
    let scope = super::lifecycle::selector(&args.select, false, app.now)?;
    run(
        app,
        Job {
            args: &args.file,
            options,
            missing: Some(args.missing),
            scope: scope.is_used().then_some(scope),
        },
    )
}

fn options(args: &FileArgs, on_conflict: OnConflict) -> Result<Options> {
    let reason = args
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(|r| validate_text("reason", r, 1000))
        .transpose()?;
    Ok(Options {
        on_conflict,
        invite: args.invite && !args.no_invite,
        generate_password: args.generate_password,
        must_change: !args.no_must_change,
        reason,
    })
}

/// Reads the file into the staging table: each row parsed and checked on
/// its own, then rows that repeat an earlier row's user marked.
fn stage(store: &Store, source: Source) -> Result<()> {
    let name = source.name.clone();
    store.stage(|add| {
        source.for_each(&mut |item| {
            let line = item.line() as i64;
            match item {
                Item::Broken { message, .. } => add(NewRow {
                    line,
                    fields: "{}",
                    email_key: None,
                    username_key: None,
                    id: None,
                    error: Some(&format!("{name}: line {line}: {message}")),
                }),
                Item::Row { mut fields, .. } => {
                    // A plain password is refused, and never kept.
                    if let Some(value) = fields.get_mut("password") {
                        *value = Value::String("(not kept)".into());
                    }
                    let text = Value::Object(fields.clone()).to_string();
                    match record::parse(&fields) {
                        Ok(d) => {
                            let email_key = d.email.as_ref().map(|e| e.key());
                            let username_key = d
                                .username
                                .as_ref()
                                .and_then(|u| u.as_ref().map(|u| u.key()));
                            let id = d.id.as_ref().map(|i| i.to_string());
                            add(NewRow {
                                line,
                                fields: &text,
                                email_key: email_key.as_deref(),
                                username_key: username_key.as_deref(),
                                id: id.as_deref(),
                                error: None,
                            })
                        }
                        Err(errors) => {
                            let message = errors
                                .iter()
                                .map(|e| match &e.field {
                                    Some(field) => format!("{field}: {}", e.message),
                                    None => e.message.clone(),
                                })
                                .collect::<Vec<_>>()
                                .join("; ");
                            // Whom the row names, as far as it can be told: so
                            // that `sync --missing` never takes a user whose
                            // row was only mistyped for one it does not list.
                            let raw = |field: &str| fields.get(field).and_then(Value::as_str);
                            let email_key = raw("email")
                                .filter(|e| !e.trim().is_empty())
                                .map(crate::domain::types::email_key);
                            let id = raw("id")
                                .and_then(crate::domain::types::UserId::parse)
                                .map(|i| i.to_string());
                            add(NewRow {
                                line,
                                fields: &text,
                                email_key: email_key.as_deref(),
                                username_key: None,
                                id: id.as_deref(),
                                error: Some(&format!("{name}: line {line}: {message}")),
                            })
                        }
                    }
                }
            }
        })
    })?;
    let repeats = store.reader().staged_repeats()?;
    store.stage_batch(|| {
        for repeat in &repeats {
            let message = format!(
                "{name}: line {}: {}: the same user as line {}",
                repeat.line, repeat.field, repeat.first_line
            );
            store.stage_error(repeat.n, Some((&message, Exit::InvalidInput.name())))?;
        }
        Ok(())
    })?;
    Ok(())
}

/// Decides every valid staged row against the store as it is now, records
/// each plan or failure, and counts them; with `rows`, prints each (a dry
/// run).
fn survey(
    ctx: &crate::ops::Ctx,
    store: &Store,
    name: &str,
    options: &Options,
    needs: &mut BTreeSet<&'static str>,
    mut rows: Option<&mut RowSink<'_>>,
) -> Result<Tally> {
    let catalogue = Catalogue::load(store.reader())?;
    let mut tally = Tally::default();
    let mut after = 0;
    loop {
        let page = store.reader().staged(after, BATCH, false)?;
        let Some(last) = page.last() else { break };
        after = last.n;
        let read = read_page(store.reader(), &catalogue, &page)?;
        store.stage_batch(|| {
            for (staged, read) in page.iter().zip(read) {
                let (row, failure) = match &staged.error {
                    Some(error) => (
                        failed_row(staged, error.clone()),
                        Some(exit_named(
                            staged.error_kind.as_deref().unwrap_or("invalid_input"),
                        )),
                    ),
                    None => {
                        let mut named = false;
                        let decided = read.unwrap_or_else(|| desired(staged)).and_then(|d| {
                            named = d.id.is_some();
                            import::decide(store.reader(), ctx, &catalogue, &d, options)
                        });
                        match decided {
                            Ok(plan) => {
                                // Only the passwords made before a page's
                                // write read the plan back: a store without
                                // them is spared a write a row.
                                if options.generate_password {
                                    store.stage_plan(staged.n, plan.name())?;
                                }
                                needs.extend(import::permissions_for(store.reader(), &plan)?);
                                let user = plan.user();
                                // A new user's id is made when it is written.
                                let shown_id = (named || !matches!(plan, Plan::Create(_)))
                                    .then(|| user.id.to_string());
                                let outcome = match plan {
                                    Plan::Create(_) => RowOutcome::WouldCreate,
                                    Plan::Update { .. } => RowOutcome::WouldUpdate,
                                    Plan::Unchanged(_) => RowOutcome::Unchanged,
                                };
                                (
                                    ImportRow {
                                        line: Some(staged.line),
                                        id: shown_id,
                                        email: Some(user.email.clone()),
                                        outcome,
                                        error: None,
                                    },
                                    None,
                                )
                            }
                            Err(e) => {
                                let (text, kind) = failure(&e);
                                let text = format!("{name}: line {}: {text}", staged.line);
                                store.stage_error(staged.n, Some((&text, kind)))?;
                                (failed_row(staged, text), Some(exit_named(kind)))
                            }
                        }
                    }
                };
                tally.add(&row, failure);
                if let Some(rows) = rows.as_mut() {
                    rows(&row).map_err(|e| Error::Internal(e.to_string()))?;
                }
            }
            Ok(())
        })?;
    }
    Ok(tally)
}

/// The bulk action `sync --missing` applies to users the file does not
/// list.
fn missing_action(missing: Missing, reason: Option<String>) -> Option<Box<dyn Action>> {
    match missing {
        Missing::Ignore => None,
        Missing::Block => Some(Box::new(Block {
            reason: reason.or_else(|| Some("not in the sync file".into())),
            until: None,
            replace: false,
        })),
        Missing::Archive => Some(Box::new(Move {
            verb: Verb::Archive,
            reason: reason.or_else(|| Some("not in the sync file".into())),
        })),
    }
}

/// A bulk row for a user missing from a sync file, as an import row. A
/// user the action cannot move (an invited user is not blocked) is left
/// as they are.
fn missing_row(row: &OutcomeRow, missing: Missing) -> (ImportRow, Option<Exit>) {
    let (outcome, failure) = match (row.outcome, missing) {
        (Outcome::Changed, Missing::Block) => (RowOutcome::Blocked, None),
        (Outcome::Changed, _) => (RowOutcome::Archived, None),
        (Outcome::WouldChange, Missing::Block) => (RowOutcome::WouldBlock, None),
        (Outcome::WouldChange, _) => (RowOutcome::WouldArchive, None),
        (
            Outcome::Unchanged | Outcome::Skipped | Outcome::InvalidTransition | Outcome::NotFound,
            _,
        ) => (RowOutcome::Unchanged, None),
        (Outcome::Failed, _) => (RowOutcome::Failed, Some(Exit::Failure)),
        (Outcome::Denied, _) => (RowOutcome::Failed, Some(Exit::Denied)),
        (Outcome::Refused, _) => (RowOutcome::Failed, Some(Exit::Conflict)),
    };
    (
        ImportRow {
            line: None,
            id: row.id.clone(),
            email: row.email.clone(),
            outcome,
            error: row.error.clone().filter(|_| outcome == RowOutcome::Failed),
        },
        failure,
    )
}

fn run(app: &mut App, job: Job<'_>) -> Result<Exit> {
    let args = job.args;
    if args.atomic && args.skip_invalid {
        return Err(CliError::Usage(
            "--atomic and --skip-invalid contradict each other: pick one".into(),
        )
        .into());
    }
    // The actor's permission before anything of the input: a reader may
    // not learn which files exist.
    app.dry_run.set(args.dry_run);
    let mut store = app.open_store()?;
    let source = Source::open(&args.file, args.input_format)?;
    let name = source.name.clone();
    let mut credentials = args
        .credentials_file
        .as_deref()
        .map(CredentialsFile::open)
        .transpose()?;
    stage(&store, source)?;
    let action = job
        .missing
        .and_then(|m| missing_action(m, job.options.reason.clone()));
    let targets = Targets {
        preselected: true,
        ..Targets::default()
    };
    let mut needs: BTreeSet<&'static str> = BTreeSet::new();
    if let Some(missing) = job.missing.filter(|_| action.is_some()) {
        // A row that names nobody one can tell might be anyone: the users
        // the file does not list are not known.
        if let Some(line) = store.reader().staged_unknown()? {
            return Err(Error::invalid(
                "file",
                format!(
                    "{name}: line {line}: cannot tell which user this row names, so the users the file does not list are not known; fix the row (--missing ignore skips that part)"
                ),
            )
            .into());
        }
        // A scoped actor's sync stands for the users it reaches, at most.
        let permission = action.as_ref().map_or("users.manage", |a| a.permission());
        let mut scope = job.scope.clone().unwrap_or_default();
        crate::ops::bulk::scope_selector(&store, &app.ctx(), &mut scope, permission)?;
        let scoped = job.scope.is_some() || scope.reach.is_some();
        if scoped {
            store.reader().select_into_temp(&scope, app.now)?;
        }
        store.reader().select_missing_from_staged(scoped)?;
        needs.insert(if missing == Missing::Block {
            "users.block"
        } else {
            "users.manage"
        });
    }

    // The plan: every row decided, nothing written.
    let ctx = app.ctx();
    let length = app.settings.auth.policy.generated_length();
    let mut refused: Vec<ImportRow> = Vec::new();
    let mut tally = if args.dry_run {
        let mut list = app.out.list::<ImportRow>()?;
        let mut tally = survey(
            &ctx,
            &store,
            &name,
            &job.options,
            &mut needs,
            Some(&mut |row: &ImportRow| list.push(row).map_err(anyhow::Error::from)),
        )?;
        if let (Some(action), Some(missing)) = (&action, job.missing) {
            bulk::survey(
                &store,
                &ctx,
                action.as_ref(),
                &targets,
                Some(&mut |row: &OutcomeRow| {
                    let (row, failure) = missing_row(row, missing);
                    tally.add(&row, failure);
                    list.push(&row).map_err(io_error)
                }),
            )?;
        }
        list.finish()?;
        tally
    } else {
        let mut tally = survey(&ctx, &store, &name, &job.options, &mut needs, None)?;
        if let (Some(action), Some(missing)) = (&action, job.missing) {
            // A user the sync may not touch (the actor itself, the last
            // holder of roles.manage, one a scoped role does not reach) is a
            // failed row, and stops the sync as a bad row of the file would.
            let planned = bulk::survey(
                &store,
                &ctx,
                action.as_ref(),
                &targets,
                Some(&mut |row: &OutcomeRow| {
                    if matches!(row.outcome, Outcome::Denied | Outcome::Refused) {
                        let (row, failure) = missing_row(row, missing);
                        tally.add(&row, failure);
                        refused.push(row);
                    }
                    Ok(())
                }),
            )?;
            for _ in 0..planned.tally.count(Outcome::WouldChange) {
                let row = ImportRow {
                    line: None,
                    id: None,
                    email: None,
                    outcome: if missing == Missing::Block {
                        RowOutcome::WouldBlock
                    } else {
                        RowOutcome::WouldArchive
                    },
                    error: None,
                };
                tally.add(&row, None);
            }
        }
        tally
    };

    let failed = tally.failed();
    if failed > 0 && !args.skip_invalid {
        if !args.dry_run {
            // Nothing is written: the failed rows say why.
            let mut list = app.out.list::<ImportRow>()?;
            let mut after = 0;
            loop {
                let page = store.reader().staged(after, BATCH, false)?;
                let Some(last) = page.last() else { break };
                after = last.n;
                for staged in page.iter().filter(|s| s.error.is_some()) {
                    list.push(&failed_row(
                        staged,
                        staged.error.clone().unwrap_or_default(),
                    ))?;
                }
            }
            for row in &refused {
                list.push(row)?;
            }
            list.finish()?;
        }
        let rows = tally.total();
        let message = format!(
            "{failed} of {} cannot be imported; nothing was written (--skip-invalid imports the others)",
            crate::domain::error::counted(rows, "row", "rows")
        );
        let exit = {
            // Every row failing or not, the failures' own code.
            let mut only_failures = Tally::default();
            for exit in &tally.failures {
                only_failures.add(
                    &ImportRow {
                        line: None,
                        id: None,
                        email: None,
                        outcome: RowOutcome::Failed,
                        error: None,
                    },
                    Some(*exit),
                );
            }
            only_failures.exit()
        };
        if app.out.format.is_json() {
            crate::exit::report_json(exit, &message);
        } else {
            eprintln!("error: {message}");
        }
        return Ok(exit);
    }
    // What the rows would do beyond creating and changing users needs its
    // own permission, as the verbs that do it would.
    for permission in &needs {
        app.require(
            &store,
            permission,
            &format!("import what this file asks ({permission})"),
        )?;
    }
    if args.dry_run {
        app.say(&format!("dry run, nothing changed: {}", tally.summary()));
        return Ok(Exit::Ok);
    }
    let would_change = tally.would_change();
    if let Some(max) = args.max_affected {
        if would_change > max {
            return Err(Error::from(Conflict::MaxAffected { would_change, max }).into());
        }
    }
    if would_change > 1 || (would_change > 0 && action.is_some()) {
        app.confirm(&format!("{} ({})?", question(&job), tally.summary()))?;
    }

    // The writes, a batch at a time (one transaction with --atomic). A
    // batch's generated passwords are on disk before it commits, and the
    // credentials file is kept once one has: a committed password is never
    // lost, and one whose commit failed is taken back.
    app.out.keep_going_if_closed();
    let total = tally.total() as usize;
    tally = Tally::default();
    let progress = Progress::new(app.settings.progress, total, "importing");
    let mut list = app.out.list::<ImportRow>()?;
    let mut mail = Vec::new();
    let mut made = Vec::new();
    let mut wrote_passwords = 0usize;
    let mut stopped: Option<anyhow::Error> = None;
    // Rows whose password was hashed have moved the bar already (hashing is
    // the slow part: 3,000 passwords take most of a minute).
    let hashed = std::cell::Cell::new(0usize);
    if args.atomic {
        let mark = credentials.as_ref().map(|f| f.mark());
        let result = store.write(|tx| {
            let mut all = Written::default();
            let mut after = 0;
            loop {
                let page = tx.reader().staged(after, BATCH, false)?;
                let Some(last) = page.last() else { break };
                after = last.n;
                let mut hashes =
                    passwords_for(&page, &job.options, length, &|| progress.advance())?;
                hashed.set(hashed.get() + hashes.len());
                let written =
                    write_page(tx, &ctx, &name, &job.options, &page, &mut hashes, length)?;
                if let Some(first) = written.first_error {
                    let failures = written.rows.iter().filter(|(_, f)| f.is_some()).count();
                    return Err(Error::Atomic {
                        failures,
                        targets: total,
                        first: Box::new(first),
                    });
                }
                all.rows.extend(written.rows);
                all.mail.extend(written.mail);
                all.passwords.extend(written.passwords);
                all.made.extend(written.made);
            }
            // The users the sync file does not list, in the same transaction.
            if let Some(action) = &action {
                let (rows, mail) = bulk::apply_within(tx, &ctx, action.as_ref(), &targets)?;
                let failures: Vec<&OutcomeRow> =
                    rows.iter().filter(|r| r.outcome.is_failure()).collect();
                if let Some(first) = failures.first() {
                    let error = first.error.clone().unwrap_or_default();
                    return Err(Error::Atomic {
                        failures: failures.len(),
                        targets: total + rows.len(),
                        first: Box::new(match first.outcome {
                            Outcome::Denied => crate::domain::error::Denied::Refused(error).into(),
                            _ => Conflict::Refused(error).into(),
                        }),
                    });
                }
                all.missing = rows;
                all.mail.extend(mail);
            }
            if let Some(file) = credentials.as_mut() {
                file.write_lines(all.passwords.iter().map(|(e, p)| (e.as_str(), p.expose())))?;
            }
            Ok(all)
        });
        let written = match result {
            Ok(written) => written,
            Err(e) => {
                if let (Some(file), Some(mark)) = (credentials.as_mut(), mark) {
                    file.take_back(mark);
                }
                return Err(e.into());
            }
        };
        if let Some(file) = credentials
            .as_ref()
            .filter(|_| !written.passwords.is_empty())
        {
            file.keep();
        }
        wrote_passwords += written.passwords.len();
        mail.extend(written.mail);
        made.extend(written.made);
        progress.advance_by(written.rows.len().saturating_sub(hashed.get()));
        for (row, failure) in &written.rows {
            tally.add(row, *failure);
            list.push(row).map_err(io_error)?;
        }
        if let Some(missing) = job.missing {
            for row in &written.missing {
                let (row, failure) = missing_row(row, missing);
                tally.add(&row, failure);
                list.push(&row).map_err(io_error)?;
            }
        }
    } else {
        let mut after = 0;
        let mut first = true;
        loop {
            let page = store.reader().staged(after, BATCH, false)?;
            let Some(last) = page.last() else { break };
            after = last.n;
            let mut hashes = passwords_for(&page, &job.options, length, &|| progress.advance())?;
            let hashed = hashes.len();
            let mark = credentials.as_ref().map(|f| f.mark());
            let attempt = store.write(|tx| {
                let written =
                    write_page(tx, &ctx, &name, &job.options, &page, &mut hashes, length)?;
                if let Some(file) = credentials.as_mut() {
                    file.write_lines(
                        written
                            .passwords
                            .iter()
                            .map(|(e, p)| (e.as_str(), p.expose())),
                    )?;
                }
                Ok(written)
            });
            let written = match attempt {
                Ok(written) => {
                    if let Some(file) = credentials
                        .as_ref()
                        .filter(|_| !written.passwords.is_empty())
                    {
                        file.keep();
                    }
                    written
                }
                Err(e) => {
                    if let (Some(file), Some(mark)) = (credentials.as_mut(), mark) {
                        file.take_back(mark);
                    }
                    if first {
                        return Err(e.into());
                    }
                    // A batch that fails fails its own rows; the ones before
                    // it are written, and the ones after it are tried.
                    Written {
                        rows: page
                            .iter()
                            .map(|staged| {
                                let text = staged.error.clone().unwrap_or_else(|| {
                                    format!("{name}: line {}: {e}", staged.line)
                                });
                                (failed_row(staged, text), Some(crate::exit::of_domain(&e)))
                            })
                            .collect(),
                        ..Written::default()
                    }
                }
            };
            first = false;
            wrote_passwords += written.passwords.len();
            mail.extend(written.mail);
            made.extend(written.made);
            progress.advance_by(written.rows.len().saturating_sub(hashed));
            for (row, failure) in &written.rows {
                tally.add(row, *failure);
            }
            if let Err(e) = written.rows.iter().try_for_each(|(row, _)| list.push(row)) {
                stopped = Some(e.into());
                break;
            }
        }
        // The users the sync file does not list.
        if let (Some(action), Some(missing), None) = (&action, job.missing, &stopped) {
            let done = bulk::apply(
                &mut store,
                &ctx,
                action.as_ref(),
                &targets,
                false,
                &mut |rows: &[OutcomeRow]| {
                    for row in rows {
                        let (row, failure) = missing_row(row, missing);
                        tally.add(&row, failure);
                        list.push(&row).map_err(io_error)?;
                    }
                    Ok(())
                },
                &|_| {},
            )?;
            mail.extend(done.mail);
            if let Some(e) = done.stopped {
                stopped = Some(e.into());
            }
        }
    }
    drop(progress);
    let finished = list.finish();
    if !made.is_empty() {
        app.warn(&format!(
            "made {} that the file names (a role made this way has no permissions yet: `roster role update` gives them)",
            made.join(", ")
        ));
    }
    if let Some(file) = credentials.as_ref() {
        if wrote_passwords > 0 {
            app.say(&format!("passwords written to {}", file.path().display()));
        }
    }
    let delivery = app.deliver(&mut store, &mail);
    let mut exit = tally.exit();
    let mut summary = tally.summary();
    let stopped = stopped.or(finished.err().map(anyhow::Error::from));
    if let Some(e) = &stopped {
        // Some batches were written before it stopped.
        if exit == Exit::Ok {
            exit = Exit::Partial;
        }
        summary = format!("{summary}; stopped early, the rest was not done: {e}");
    }
    if app.out.format.is_json() && exit != Exit::Ok {
        crate::exit::report_json(exit, &summary);
    } else if stopped.is_some() {
        eprintln!("error: {}", crate::output::for_terminal(&summary));
    } else {
        app.say(&summary);
    }
    delivery?;
    Ok(exit)
}

fn question(job: &Job<'_>) -> String {
    match job.missing {
        None => "Import these users".into(),
        Some(_) => "Make the store match the file".into(),
    }
}

/// What writing a page did.
#[derive(Default)]
struct Written {
    rows: Vec<(ImportRow, Option<Exit>)>,
    mail: Vec<i64>,
    /// Each new user's email and generated password, for the credentials file.
    passwords: Vec<(String, Password)>,
    /// Roles and groups made because the file names them.
    made: Vec<String>,
    /// The first row that failed as it was written (for `--atomic`).
    first_error: Option<Error>,
    /// `sync --atomic`: the rows of the users the file does not list.
    missing: Vec<OutcomeRow>,
}

/// Decides and writes one page of staged rows in `tx`: the rows, their
/// audit entries in one go, the roles and groups they need.
fn write_page(
    tx: &crate::store::Tx<'_>,
    ctx: &crate::ops::Ctx,
    name: &str,
    options: &Options,
    page: &[StagedRow],
    hashes: &mut HashMap<i64, (Password, String)>,
    length: usize,
) -> crate::domain::error::Result<Written> {
    let catalogue = Catalogue::load(tx.reader())?;
    let read = read_page(tx.reader(), &catalogue, page)?;
    let mut written = Written::default();
    // (index of the row, its plan, the password it was given)
    let mut plans: Vec<(usize, Plan, Option<Password>)> = Vec::new();
    for (staged, read) in page.iter().zip(read) {
        if let Some(error) = &staged.error {
            let kind = exit_named(staged.error_kind.as_deref().unwrap_or("invalid_input"));
            written
                .rows
                .push((failed_row(staged, error.clone()), Some(kind)));
            continue;
        }
        let decided = read
            .unwrap_or_else(|| desired(staged))
            .and_then(|d| import::decide(tx.reader(), ctx, &catalogue, &d, options));
        match decided {
            Ok(mut plan) => {
                let mut given = None;
                if let Plan::Create(user) = &mut plan {
                    if user.password_hash.is_none() && user.status == crate::domain::Status::Active
                    {
                        // Planned before as an update, a row whose user was
                        // deleted meanwhile has no password prepared: made here.
                        let prepared = match hashes.remove(&staged.n) {
                            Some(prepared) => Some(prepared),
                            None if options.generate_password => {
                                let password = password::generate(length)?;
                                let hash = password::hash(&password)?;
                                Some((password, hash))
                            }
                            None => None,
                        };
                        if let Some((password, hash)) = prepared {
                            user.password_hash = Some(hash);
                            user.must_change_password = options.must_change;
                            user.password_changed_at = Some(ctx.now);
                            given = Some(password);
                        }
                    }
                }
                let row = ImportRow {
                    line: Some(staged.line),
                    id: Some(plan.user().id.to_string()),
                    email: Some(plan.user().email.clone()),
                    outcome: match plan {
                        Plan::Create(_) => RowOutcome::Created,
                        Plan::Update { .. } => RowOutcome::Updated,
                        Plan::Unchanged(_) => RowOutcome::Unchanged,
                    },
                    error: None,
                };
                plans.push((written.rows.len(), plan, given));
                written.rows.push((row, None));
            }
            Err(e) => {
                let (text, kind) = failure(&e);
                written.rows.push((
                    failed_row(staged, format!("{name}: line {}: {text}", staged.line)),
                    Some(exit_named(kind)),
                ));
                written.first_error.get_or_insert(e);
            }
        }
    }
    written.made = import::make_missing(
        tx,
        ctx,
        plans
            .iter()
            .filter(|(_, p, _)| !matches!(p, Plan::Unchanged(_)))
            .map(|(_, p, _)| p.user()),
    )?;
    let refs: Vec<&Plan> = plans.iter().map(|(_, p, _)| p).collect();
    // Updates may take roles.manage from its last active holder.
    let managers = if refs.iter().any(|p| matches!(p, Plan::Update { .. })) {
        Some(crate::ops::grant::managers(tx.reader(), ctx.now)?)
    } else {
        None
    };
    let (audit, mail) = import::write_all(tx, ctx, &refs, options)?;
    if let Some(managers) = &managers {
        crate::ops::grant::keep_a_manager(tx.reader(), ctx.now, managers, "this import")?;
    }
    written.mail.extend(mail);
    tx.append_audit_many(ctx.now, &ctx.actor, &audit)?;
    drop(audit);
    drop(refs);
    for (_, plan, given) in plans {
        if let Some(password) = given {
            written
                .passwords
                .push((plan.user().email.clone(), password));
        }
    }
    Ok(written)
}

/// Generated passwords for the rows of a page the plan creates as active
/// users without a hash: generated, checked and hashed on every core
/// before the page's transaction; `hashed` is called as each is done.
fn passwords_for(
    page: &[StagedRow],
    options: &Options,
    length: usize,
    hashed: &(dyn Fn() + Sync),
) -> crate::domain::error::Result<HashMap<i64, (Password, String)>> {
    if !options.generate_password {
        return Ok(HashMap::new());
    }
    let mut wanted = Vec::new();
    for staged in page {
        if staged.error.is_some() || staged.plan.as_deref() != Some("create") {
            continue;
        }
        let d = desired(staged)?;
        let has_hash = d.password_hash.is_some();
        let active = d.status.is_none_or(|s| s == crate::domain::Status::Active);
        if !has_hash && active {
            wanted.push(staged.n);
        }
    }
    let passwords: Vec<Password> = wanted
        .iter()
        .map(|_| password::generate(length))
        .collect::<crate::domain::error::Result<_>>()?;
    let refs: Vec<&Password> = passwords.iter().collect();
    let hashes = password::hash_many(&refs, hashed)?;
    Ok(wanted
        .into_iter()
        .zip(passwords.into_iter().zip(hashes))
        .collect())
}
