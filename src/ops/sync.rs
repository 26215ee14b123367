//! `user import` and `user sync` as library calls. A request names the rows
//! (a file, or rows given whole) and how the run goes; the operation stages
//! the rows, decides each against the store (a dry run ends there, its plan
//! the rows), refuses the run when rows fail (unless they are to be
//! skipped), checks the counts, asks, writes in batches of one transaction
//! each (one with `atomic`), for a sync blocks or archives the users the
//! file does not list, and delivers the mail. Each row's outcome is a bulk
//! [`OutcomeRow`] with the line it comes from; `exit::of_file` gives
//! the exit code of the whole.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::bulk::{self, Action, Outcome, OutcomeRow};
pub use super::file_rows::{
    CREATE, Collected, FileOutcome, FileRow, FileTally, Missing, NoSteps, Passwords, RowSink,
    Steps, UPDATE,
};
use super::file_rows::{Front, Missed, missed_targets};
use super::front::{Notices, Prompter, Question};
use super::import::{OnConflict, Options};
use super::lifecycle::{Block, Move};
use super::session::Session;
use super::staged::{self, Job, Opened};
use crate::domain::error::{Conflict, Error, Result, counted};
use crate::domain::query::Selector;
use crate::domain::transitions::Verb;
use crate::domain::types::validate_text;
use crate::transfer::{FileFormat, Source};

/// The rows of an import or a sync.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Input {
    /// A file read a row at a time (`-`: stdin), in `format` or the one
    /// its name (else its first character) says.
    File {
        path: PathBuf,
        format: Option<FileFormat>,
        /// What errors call it (its path when none): a server names the
        /// client's file, not where it spooled it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
    },
    /// Rows given whole (a request's body), called `name` in errors, their
    /// lines counted from 1.
    Rows {
        name: String,
        rows: Vec<Map<String, Value>>,
    },
}

/// What an import and a sync share: the rows, how new users start, and
/// how the run goes.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FileRun {
    pub input: Input,
    /// New users with no status and no password hash are invited (and
    /// mailed); otherwise they start active with no password.
    pub invite: bool,
    /// New active users without a password hash get a generated password,
    /// handed to the caller's [`Passwords`] before their batch commits.
    pub generate_password: bool,
    /// A generated password must be changed at first sign-in.
    pub must_change: bool,
    /// Why, for the audit log.
    pub reason: Option<String>,
    /// Plan only: the rows say what would happen, nothing is written.
    pub dry_run: bool,
    /// All or nothing: one transaction, and no row may fail.
    pub atomic: bool,
    /// Write the valid rows and report the others, instead of nothing.
    pub skip_invalid: bool,
    /// Refuse (a conflict) when more users than this would change.
    pub max_affected: Option<u64>,
    /// Refuse (a conflict) unless exactly this many users would change:
    /// a plan confirmed elsewhere is applied only as it was shown.
    pub expect_count: Option<u64>,
}

impl FileRun {
    /// Refuses options that contradict each other (a usage error).
    pub fn check(&self) -> Result<()> {
        if self.atomic && self.skip_invalid {
            return Err(Error::Unsupported(
                "--atomic and --skip-invalid contradict each other: pick one".into(),
            ));
        }
        Ok(())
    }

    /// How rows become users, the reason checked (an empty one is none).
    fn options(&self, on_conflict: OnConflict) -> Result<Options> {
        Ok(Options {
            on_conflict,
            invite: self.invite,
            generate_password: self.generate_password,
            must_change: self.must_change,
            reason: reason(self.reason.as_deref())?,
        })
    }
}

/// A reason as the audit log keeps it: trimmed, none when empty, at most
/// 1,000 characters.
pub fn reason(raw: Option<&str>) -> Result<Option<String>> {
    raw.map(str::trim)
        .filter(|r| !r.is_empty())
        .map(|r| validate_text("reason", r, 1000))
        .transpose()
}

/// `user import`: the rows become users.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ImportRequest {
    #[serde(flatten)]
    pub run: FileRun,
    /// A row for a user who exists.
    pub on_conflict: OnConflict,
}

/// `user sync`: the store is made to match the rows, and the users they
/// do not list are left, blocked or archived.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SyncRequest {
    #[serde(flatten)]
    pub run: FileRun,
    pub missing: Missing,
    /// The users the rows stand for: only those can be missing from them
    /// (none: every user of the store).
    #[serde(default)]
    pub scope: Option<Selector>,
}

/// The part of a request an import and a sync share.
pub trait RunOf {
    fn run_mut(&mut self) -> &mut FileRun;
}

impl RunOf for ImportRequest {
    fn run_mut(&mut self) -> &mut FileRun {
        &mut self.run
    }
}

impl RunOf for SyncRequest {
    fn run_mut(&mut self) -> &mut FileRun {
        &mut self.run
    }
}

/// `user import`: the rows become users. See the module's introduction.
pub fn import(
    session: &mut Session,
    request: ImportRequest,
    prompter: &mut dyn Prompter,
    sink: &mut dyn RowSink,
    passwords: Option<&mut dyn Passwords>,
    notices: &dyn Notices,
) -> Result<FileOutcome> {
    let options = request.run.options(request.on_conflict)?;
    let front = Front {
        prompter,
        sink,
        passwords: passwords.map(|p| -> &mut dyn Passwords { p }),
        notices,
    };
    run(session, request.run, options, "import", None, front)
}

/// `user sync`: the store made to match the rows (a row's user is updated
/// as it says), and the users they do not list (within `scope`) blocked,
/// archived or left.
pub fn sync(
    session: &mut Session,
    request: SyncRequest,
    prompter: &mut dyn Prompter,
    sink: &mut dyn RowSink,
    passwords: Option<&mut dyn Passwords>,
    notices: &dyn Notices,
) -> Result<FileOutcome> {
    let options = request.run.options(OnConflict::Update)?;
    let missed = missed(request.missing, options.reason.clone(), request.scope);
    let front = Front {
        prompter,
        sink,
        passwords: passwords.map(|p| -> &mut dyn Passwords { p }),
        notices,
    };
    run(session, request.run, options, "sync", missed, front)
}

fn missed(missing: Missing, reason: Option<String>, scope: Option<Selector>) -> Option<Missed> {
    let reason = reason.or_else(|| Some("not in the sync file".into()));
    let action: Box<dyn Action> = match missing {
        Missing::Ignore => return None,
        Missing::Block => Box::new(Block {
            reason,
            until: None,
            replace: false,
        }),
        Missing::Archive => Box::new(Move {
            verb: Verb::Archive,
            reason,
        }),
    };
    Some(Missed {
        action,
        missing,
        scope,
    })
}

/// Opens the rows: their name in errors, and the rows.
fn open(input: Input) -> Result<(String, Opened)> {
    match input {
        Input::File { path, format, name } => {
            let mut source = Source::open(&path, format)?;
            if let Some(name) = name {
                source.name = name;
            }
            Ok((source.name.clone(), Opened::File(source)))
        }
        Input::Rows { name, rows } => Ok((name, Opened::Given(rows))),
    }
}

fn run(
    session: &mut Session,
    mut request: FileRun,
    options: Options,
    verb: &'static str,
    missed: Option<Missed>,
    mut front: Front<'_>,
) -> Result<FileOutcome> {
    request.check()?;
    let input = std::mem::replace(
        &mut request.input,
        Input::Rows {
            name: String::new(),
            rows: Vec::new(),
        },
    );
    let (name, rows) = open(input)?;
    if let Some(passwords) = front.passwords.as_deref_mut() {
        passwords.open()?;
    }
    staged::stage(session.store(), &name, rows)?;
    let job = Job {
        name,
        options,
        verb,
        dry_run: request.dry_run,
    };
    let mut needs: BTreeSet<&'static str> = BTreeSet::new();
    if let Some(missed) = &missed {
        select_missing(session, &job.name, missed)?;
        needs.insert(if missed.missing == Missing::Block {
            "users.block"
        } else {
            "users.manage"
        });
    }
    let planned = plan(session, &job, missed.as_ref(), &mut needs, front.sink)?;
    if planned.tally.failed() > 0 && !request.skip_invalid {
        return refuse(session, &job, planned, front.sink);
    }
    // What the rows would do beyond creating and changing users needs its
    // own permission, as the verbs that do it would.
    for permission in &needs {
        session.ctx.acting.require(
            permission,
            &format!("import what this file asks ({permission})"),
        )?;
    }
    if job.dry_run {
        return Ok(FileOutcome {
            tally: planned.tally,
            dry_run: true,
            ..FileOutcome::default()
        });
    }
    confirm(
        &request,
        &planned.tally,
        missed.is_some(),
        verb,
        front.prompter,
    )?;
    let total = planned.tally.total();
    let mut outcome = if request.atomic {
        staged::write_atomic(session, &job, missed.as_ref(), total, &mut front)?
    } else {
        staged::write_batches(session, &job, missed.as_ref(), total, &mut front)?
    };
    report(session, &mut outcome, &front);
    Ok(outcome)
}

/// Takes the users a sync's rows do not list into the store's selection,
/// within its scope and the actor's reach.
fn select_missing(session: &Session, name: &str, missed: &Missed) -> Result<()> {
    let store = session.store();
    // A row that names nobody one can tell might be anyone: the users the
    // file does not list are not known.
    if let Some(line) = store.reader().staged_unknown()? {
        return Err(Error::invalid(
            "file",
            format!(
                "{name}: line {line}: cannot tell which user this row names, so the users the file does not list are not known; fix the row (--missing ignore skips that part)"
            ),
        ));
    }
    // A scoped actor's sync stands for the users it reaches, at most.
    let mut scope = missed.scope.clone().unwrap_or_default();
    bulk::scope_selector(store, &session.ctx, &mut scope, missed.action.permission())?;
    let scoped = missed.scope.is_some() || scope.reach.is_some();
    if scoped {
        store.reader().select_into_temp(&scope, session.ctx.now)?;
    }
    store.reader().select_missing_from_staged(scoped)?;
    Ok(())
}

/// The plan: every row decided, nothing written.
#[derive(Default)]
struct Planned {
    tally: FileTally,
    /// The users a sync may not touch (a run's; a dry run shows them).
    refused: Vec<FileRow>,
}

/// Decides every row, and for a sync each user the rows do not list. A
/// dry run hands the rows to the sink; a run keeps the users the sync may
/// not touch (the actor itself, the last holder of `roles.manage`, one a
/// scoped role does not reach), which fail as a bad row would.
fn plan(
    session: &Session,
    job: &Job,
    missed: Option<&Missed>,
    needs: &mut BTreeSet<&'static str>,
    sink: &mut dyn RowSink,
) -> Result<Planned> {
    let (store, ctx) = (session.store(), &session.ctx);
    let mut planned = Planned::default();
    if job.dry_run {
        sink.begin(None)?;
    }
    staged::decide_all(ctx, store, job, needs, &mut |rows| {
        for row in rows {
            planned.tally.add(row);
        }
        if job.dry_run { sink.rows(rows) } else { Ok(()) }
    })?;
    if let Some(missed) = missed {
        let survey = bulk::survey(
            store,
            ctx,
            missed.action.as_ref(),
            &missed_targets(),
            Some(&mut |row: &OutcomeRow| {
                let row = FileRow::missing(row);
                if job.dry_run {
                    planned.tally.add(&row);
                    return sink.rows(std::slice::from_ref(&row));
                }
                if row.code.is_some() {
                    planned.tally.add(&row);
                    planned.refused.push(row);
                }
                Ok(())
            }),
        )?;
        if !job.dry_run {
            let would = FileRow::would(missed.action.name());
            for _ in 0..survey.tally.count(Outcome::WouldChange) {
                planned.tally.add(&would);
            }
        }
    }
    if job.dry_run {
        sink.end()?;
    }
    Ok(planned)
}

/// Nothing is written because rows failed: a run shows the failed rows.
fn refuse(
    session: &Session,
    job: &Job,
    planned: Planned,
    sink: &mut dyn RowSink,
) -> Result<FileOutcome> {
    if !job.dry_run {
        sink.begin(None)?;
        staged::each_failed(session.store(), job.verb, &mut |rows| sink.rows(rows))?;
        sink.rows(&planned.refused)?;
        sink.end()?;
    }
    let message = format!(
        "{} of {} cannot be imported; nothing was written (--skip-invalid imports the others)",
        planned.tally.failed(),
        counted(planned.tally.total(), "row", "rows")
    );
    Ok(FileOutcome {
        tally: planned.tally,
        dry_run: job.dry_run,
        refused: Some(message),
        ..FileOutcome::default()
    })
}

/// The limits on how many users change, then the question.
fn confirm(
    request: &FileRun,
    tally: &FileTally,
    sync: bool,
    verb: &str,
    prompter: &mut dyn Prompter,
) -> Result<()> {
    let would_change = tally.would_change();
    if let Some(max) = request.max_affected {
        if would_change > max {
            return Err(Conflict::MaxAffected { would_change, max }.into());
        }
    }
    if let Some(expected) = request.expect_count {
        if would_change != expected {
            return Err(Conflict::ExpectCount {
                expected,
                matched: would_change,
            }
            .into());
        }
    }
    if would_change > 1 || (would_change > 0 && sync) {
        let text = if verb == "sync" {
            "Make the store match the file"
        } else {
            "Import these users"
        };
        prompter.confirm(&Question {
            text: format!("{text} ({})?", tally.summary()),
            count: would_change,
            first: Vec::new(),
            // What `expect_count` is checked against here.
            found: would_change,
        })?;
    }
    Ok(())
}

/// Says what the run made and where the passwords went, and delivers the
/// mail it queued.
fn report(session: &mut Session, outcome: &mut FileOutcome, front: &Front<'_>) {
    if !outcome.made.is_empty() {
        front.notices.warn(&format!(
            "made {} that the file names (a role made this way has no permissions yet: `roster role update` gives them)",
            outcome.made.join(", ")
        ));
    }
    if let Some(passwords) = front.passwords.as_deref() {
        if outcome.passwords > 0 {
            front
                .notices
                .say(&format!("passwords written to {}", passwords.place()));
        }
    }
    match session.deliver(&outcome.mail, front.notices) {
        Ok(deliveries) => outcome.deliveries = deliveries,
        Err(e) => outcome.undelivered = Some(e),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use serde_json::json;

    use super::*;
    use crate::domain::types::Status;
    use crate::ops::Ctx;
    use crate::ops::delivery::MailSettings;
    use crate::ops::front::{Quiet, Yes};
    use crate::store::{OpenOptions, Store};

    fn session(dir: &std::path::Path) -> Session {
        let options = OpenOptions {
            create: true,
            create_dir: true,
            ..OpenOptions::default()
        };
        let store = Store::open(&dir.join("roster.db"), &options).unwrap();
        let mail = MailSettings {
            transport: crate::mail::Transport::File(dir.join("outbox")),
            from: "roster@example.com".into(),
            deadline: Duration::from_secs(5),
            require_delivery: false,
        };
        Session::new(
            store,
            Ctx::new("setup", "https://accounts.example.com"),
            mail,
        )
    }

    fn rows(emails: &[&str]) -> Input {
        Input::Rows {
            name: "people".into(),
            rows: emails
                .iter()
                .map(|e| {
                    let row = json!({ "email": e, "first_name": "Ada" });
                    row.as_object().unwrap().clone()
                })
                .collect(),
        }
    }

    fn import_request(input: Input) -> ImportRequest {
        ImportRequest {
            run: FileRun {
                input,
                invite: false,
                generate_password: false,
                must_change: true,
                reason: Some("  seeding  ".into()),
                dry_run: false,
                atomic: false,
                skip_invalid: false,
                max_affected: None,
                expect_count: None,
            },
            on_conflict: OnConflict::Fail,
        }
    }

    fn import(session: &mut Session, request: ImportRequest) -> (FileOutcome, Vec<FileRow>) {
        let mut rows = Collected::default();
        let outcome = super::import(session, request, &mut Yes, &mut rows, None, &Quiet).unwrap();
        (outcome, rows.0)
    }

    fn status(session: &Session, email: &str) -> Option<Status> {
        let reader = session.store().reader();
        crate::ops::find_user(reader, email, session.ctx.now)
            .ok()
            .map(|u| u.status)
    }

    fn shown(rows: &[FileRow]) -> Vec<(Option<i64>, &str)> {
        rows.iter().map(|r| (r.line, r.shown())).collect()
    }

    #[test]
    fn an_import_through_the_library_plans_refuses_writes_and_syncs() {
        let dir = tempfile::tempdir().unwrap();
        let mut session = session(dir.path());

        // A bad row: nothing is written, the failed row says why.
        let (outcome, failed) = import(
            &mut session,
            import_request(rows(&["ada@example.com", "not an email"])),
        );
        assert!(outcome.refused.is_some(), "{}", outcome.summary());
        assert_eq!(shown(&failed), [(Some(2), "failed")]);
        assert_eq!(failed[0].code, Some("invalid_input"));
        assert_eq!(failed[0].row.outcome, Outcome::Failed);
        assert_eq!(status(&session, "ada@example.com"), None);

        // A dry run plans, and writes nothing.
        let mut request = import_request(rows(&["ada@example.com", "grace@example.com"]));
        request.run.dry_run = true;
        let (outcome, planned) = import(&mut session, request);
        assert_eq!(
            shown(&planned),
            [(Some(1), "would_create"), (Some(2), "would_create")]
        );
        assert_eq!(planned[0].row.action, CREATE);
        assert_eq!(
            outcome.summary(),
            "dry run, nothing changed: 2 would create"
        );
        assert!(outcome.tally.codes.is_empty(), "no row failed");
        assert_eq!(status(&session, "ada@example.com"), None);

        // A plan confirmed elsewhere is applied only as it was shown.
        let mut request = import_request(rows(&["ada@example.com", "grace@example.com"]));
        request.run.expect_count = Some(3);
        let mut sink = Collected::default();
        let refused = super::import(&mut session, request, &mut Yes, &mut sink, None, &Quiet);
        assert_eq!(refused.unwrap_err().code(), "conflict");

        // The run writes them, a row each, with their ids.
        let mut request = import_request(rows(&["ada@example.com", "grace@example.com"]));
        request.run.expect_count = Some(2);
        let (outcome, written) = import(&mut session, request);
        assert_eq!(
            shown(&written),
            [(Some(1), "created"), (Some(2), "created")]
        );
        assert!(
            written
                .iter()
                .all(|r| r.row.id.is_some() && r.code.is_none())
        );
        assert_eq!(outcome.tally.outcomes.count(Outcome::Changed), 2);
        assert_eq!(outcome.summary(), "2 created");
        assert!(outcome.tally.codes.is_empty(), "no row failed");
        assert_eq!(status(&session, "grace@example.com"), Some(Status::Active));

        // A sync makes the store match: Grace, whom it does not list, is
        // blocked; Ada is left as she is.
        let request = SyncRequest {
            run: import_request(rows(&["ada@example.com"])).run,
            missing: Missing::Block,
            scope: None,
        };
        let mut synced = Collected::default();
        let outcome =
            super::sync(&mut session, request, &mut Yes, &mut synced, None, &Quiet).unwrap();
        assert_eq!(
            shown(&synced.0),
            [(Some(1), "unchanged"), (None, "blocked")]
        );
        assert_eq!(synced.0[1].row.action, "block");
        assert_eq!(outcome.summary(), "1 blocked, 1 unchanged");
        assert_eq!(status(&session, "grace@example.com"), Some(Status::Blocked));
        assert_eq!(status(&session, "ada@example.com"), Some(Status::Active));
    }

    #[test]
    fn a_sync_request_reads_back_as_it_was_written() {
        let scope = Selector {
            statuses: vec![Status::Active, Status::Blocked],
            group: Some(crate::domain::access::GroupRef::parse("team:North").unwrap()),
            attributes: vec![("source".into(), "hr".into())],
            ..Selector::default()
        };
        let request = SyncRequest {
            run: import_request(rows(&["ada@example.com"])).run,
            missing: Missing::Archive,
            scope: Some(scope),
        };
        let text = serde_json::to_string(&request).unwrap();
        let back: SyncRequest = serde_json::from_str(&text).unwrap();
        assert_eq!(serde_json::to_string(&back).unwrap(), text);
        let scope = back.scope.unwrap();
        assert_eq!(scope.statuses, [Status::Active, Status::Blocked]);
        assert_eq!(scope.group.unwrap().to_string(), "team:North");
        assert!(text.contains(r#""missing":"archive""#), "{text}");
    }
}
