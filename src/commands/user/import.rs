//! `roster user import` and `roster user sync`: the flags as a request to
//! `ops::sync`, its rows printed as they come (with a progress bar while
//! they are written), generated passwords to the credentials file, then
//! the summary and the exit code (`exit::of_file`).

use std::io;
use std::path::PathBuf;

use anyhow::Result;
use comfy_table::Color;
use serde::Serialize;

use crate::cli::{FileArgs, ImportArgs, Missing, SyncArgs};
use crate::commands::App;
use crate::commands::passwords::CredentialsFile;
use crate::domain::error::Error;
use crate::domain::password::Password;
use crate::exit::Exit;
use crate::ops::front::{Notices, Prompter};
use crate::ops::session::Session;
use crate::ops::sync::{
    self, FileOutcome, FileRow, FileRun, ImportRequest, Input, NoSteps, Passwords, RowSink, Steps,
    SyncRequest,
};
use crate::output::progress::Progress;
use crate::output::{Fit, ListWriter, Printer, Record, for_terminal};

pub fn run_import(app: &mut App, args: ImportArgs) -> Result<Exit> {
    let request = ImportRequest {
        run: file_run(&args.file)?,
        on_conflict: args.on_conflict,
    };
    request.run.check()?;
    if app.settings.server.is_some() {
        return through_server(app, &args.file, "/v1/admin/users/import", request);
    }
    let dry_run = request.run.dry_run;
    run(app, &args.file, dry_run, |session, front| {
        sync::import(
            session,
            request,
            front.prompter,
            front.sink,
            front.passwords,
            front.notices,
        )
    })
}

pub fn run_sync(app: &mut App, args: SyncArgs) -> Result<Exit> {
    let file = file_run(&args.file)?;
    let scope = super::lifecycle::selector(&args.select, false, app.now)?;
    let request = SyncRequest {
        run: file,
        missing: match args.missing {
            Missing::Ignore => sync::Missing::Ignore,
            Missing::Block => sync::Missing::Block,
            Missing::Archive => sync::Missing::Archive,
        },
        scope: scope.is_used().then_some(scope),
    };
    request.run.check()?;
    if app.settings.server.is_some() {
        return through_server(app, &args.file, "/v1/admin/users/sync", request);
    }
    let dry_run = request.run.dry_run;
    run(app, &args.file, dry_run, |session, front| {
        sync::sync(
            session,
            request,
            front.prompter,
            front.sink,
            front.passwords,
            front.notices,
        )
    })
}

/// The flags an import and a sync share, as the request has them.
fn file_run(args: &FileArgs) -> Result<FileRun> {
    Ok(FileRun {
        input: Input::File {
            path: args.file.clone(),
            format: args.input_format,
            name: None,
        },
        invite: args.invite && !args.no_invite,
        generate_password: args.generate_password,
        must_change: !args.no_must_change,
        reason: sync::reason(args.reason.as_deref())?,
        dry_run: args.dry_run,
        atomic: args.atomic,
        skip_invalid: args.skip_invalid,
        max_affected: args.max_affected,
        expect_count: None,
    })
}

/// What the command gives the operation to talk to.
struct Front<'f> {
    prompter: &'f mut dyn Prompter,
    sink: &'f mut dyn RowSink,
    passwords: Option<&'f mut dyn Passwords>,
    notices: &'f dyn Notices,
}

/// Opens the session (the actor's permission before anything of the
/// input: a reader may not learn which files exist), runs the operation
/// with the terminal, stdout and the credentials file, and tells how it
/// went.
fn run(
    app: &mut App,
    args: &FileArgs,
    dry_run: bool,
    operation: impl FnOnce(&mut Session, Front<'_>) -> crate::Result<FileOutcome>,
) -> Result<Exit> {
    // A dry run makes no store (it plans against an empty one).
    app.dry_run.set(dry_run);
    let mut session = app.session()?;
    let mut credentials = args.credentials_file.clone().map(Credentials::new);
    let mut prompter = app.prompter();
    let talk = app.voice();
    let mut sink = Printed::new(&mut app.out, app.settings.progress);
    let done = operation(
        &mut session,
        Front {
            prompter: &mut prompter,
            sink: &mut sink,
            passwords: credentials.as_mut().map(|c| -> &mut dyn Passwords { c }),
            notices: &talk,
        },
    );
    let outcome = match done {
        Ok(outcome) => outcome,
        // A closed or full stdout stays what it was (a closed pipe ends
        // quietly).
        Err(e) => return Err(sink.broken.take().map_or_else(|| e.into(), Into::into)),
    };
    drop(sink);
    tell(app, outcome)
}

/// An import or sync through the server (`--server`): the file streamed
/// there after the request (stdin spooled to a private file first, so that
/// it can be sent again once a question is answered), its rows printed and
/// its generated passwords written down here as they come, then the same
/// summary and exit code as on a store.
fn through_server<R: Serialize + sync::RunOf>(
    app: &mut App,
    args: &FileArgs,
    path: &str,
    mut request: R,
) -> Result<Exit> {
    // The permission before the file is read, as on the store.
    let url = app.settings.server.clone().unwrap_or_default();
    crate::commands::remote::authorize(app, &url)?;
    let spooled = if args.file.as_os_str() == "-" {
        let mut file = tempfile::NamedTempFile::new()?;
        io::copy(&mut io::stdin().lock(), &mut file)?;
        Some(file)
    } else {
        None
    };
    let file = spooled.as_ref().map_or(args.file.as_path(), |f| f.path());
    let name = match &args.file {
        p if p.as_os_str() == "-" => "stdin".to_string(),
        p => p.display().to_string(),
    };
    request.run_mut().input = Input::File {
        path: PathBuf::from("-"),
        format: args
            .input_format
            .or_else(|| crate::transfer::FileFormat::of_path(&args.file)),
        name: Some(name),
    };
    let mut credentials = args.credentials_file.clone().map(Credentials::new);
    if let Some(c) = credentials.as_mut() {
        c.open()?;
    }
    let body = crate::ops::wire::FileWire {
        request,
        confirmed: app.settings.yes,
        require_delivery: app.settings.require_delivery,
        credentials: credentials.as_ref().map(|c| c.place()),
    };
    let answer = crate::commands::remote::send_file(app, path, body, file)?;
    let voice = app.voice();
    let mut front = Received {
        sink: Printed::new(&mut app.out, app.settings.progress),
        credentials,
    };
    let report = crate::commands::remote::read_file_rows(answer, &mut front, &voice);
    if let (Err(_), Some(credentials)) = (&report, front.credentials.as_mut()) {
        // The batch whose passwords came last may have committed: they
        // stay in the file.
        credentials.committed();
        voice.warn(&format!(
            "the server's answer broke off: {} keeps every password it sent; the users whose rows are not shown may or may not have theirs",
            credentials.place()
        ));
    }
    let broken = front.sink.broken.take();
    drop(front);
    let report = match report {
        Ok(report) => report,
        Err(e) => return Err(broken.map_or(e, Into::into)),
    };
    tell_remote(app, report)
}

/// What an import through the server hands its rows and passwords to.
struct Received<'p> {
    sink: Printed<'p>,
    credentials: Option<Credentials>,
}

impl crate::commands::remote::FileFront for Received<'_> {
    fn sink(&mut self) -> &mut dyn RowSink {
        &mut self.sink
    }
    fn passwords(&mut self) -> Option<&mut dyn Passwords> {
        self.credentials.as_mut().map(|c| c as &mut dyn Passwords)
    }
}

/// [`tell`] for a run the server reported.
fn tell_remote(app: &App, report: crate::ops::wire::FileReport) -> Result<Exit> {
    let exit = Exit::ALL
        .into_iter()
        .find(|e| e.code() == report.exit)
        .unwrap_or(Exit::Failure);
    let undelivered = report.undelivered.map(|(code, message)| Error::Remote {
        code: Exit::of_code(&code).name(),
        message,
    });
    say_how_it_went(
        app,
        exit,
        &report.summary,
        report.refused,
        report.stopped,
        undelivered,
    )
}

/// The summary on stderr (as JSON with `--format json` when it failed),
/// and the exit code.
fn tell(app: &App, outcome: FileOutcome) -> Result<Exit> {
    let exit = crate::exit::of_file(&outcome);
    let summary = outcome.summary();
    say_how_it_went(
        app,
        exit,
        &summary,
        outcome.refused.is_some(),
        outcome.stopped.is_some(),
        outcome.undelivered,
    )
}

fn say_how_it_went(
    app: &App,
    exit: Exit,
    summary: &str,
    refused: bool,
    stopped: bool,
    undelivered: Option<Error>,
) -> Result<Exit> {
    let json = app.out.format.is_json();
    if refused {
        if json {
            crate::exit::report_json(exit, summary);
        } else {
            eprintln!("error: {summary}");
        }
        return Ok(exit);
    }
    if json && exit != Exit::Ok {
        crate::exit::report_json(exit, summary);
    } else if stopped {
        eprintln!("error: {}", for_terminal(summary));
    } else {
        app.say(summary);
    }
    match undelivered {
        Some(e) => Err(e.into()),
        None => Ok(exit),
    }
}

/// The operation's rows on stdout: one list a run, and while the run
/// writes, a progress bar.
struct Printed<'p> {
    /// The printer, until the list begins.
    out: Option<&'p mut Printer>,
    list: Option<ListWriter<'p, ImportRow>>,
    bar: Option<Bar>,
    /// Whether bars are on (stderr is a terminal).
    bars: bool,
    /// The output error that stopped the rows, kept as it was.
    broken: Option<io::Error>,
}

impl<'p> Printed<'p> {
    fn new(out: &'p mut Printer, bars: bool) -> Printed<'p> {
        Printed {
            out: Some(out),
            list: None,
            bar: None,
            bars,
            broken: None,
        }
    }

    /// An output error, kept, as the operation's error.
    fn broke(&mut self, e: io::Error) -> Error {
        let error = Error::Internal(e.to_string());
        self.broken = Some(e);
        error
    }
}

impl RowSink for Printed<'_> {
    fn begin(&mut self, writing: Option<u64>) -> crate::Result<()> {
        let out = self
            .out
            .take()
            .ok_or_else(|| Error::Internal("one list of rows a run".into()))?;
        if let Some(total) = writing {
            // Rows that could not be shown never stop a write half way.
            out.keep_going_if_closed();
            self.bar = Some(Bar(Progress::new(self.bars, total as usize, "importing")));
        }
        match out.results() {
            Ok(list) => self.list = Some(list),
            Err(e) => return Err(self.broke(e)),
        }
        Ok(())
    }

    fn rows(&mut self, rows: &[FileRow]) -> crate::Result<()> {
        let Some(list) = self.list.as_mut() else {
            return Err(Error::Internal("rows before their list".into()));
        };
        match rows
            .iter()
            .try_for_each(|row| list.push(&ImportRow::of(row)))
        {
            Ok(()) => Ok(()),
            Err(e) => Err(self.broke(e)),
        }
    }

    fn end(&mut self) -> crate::Result<()> {
        // The bar leaves no trace before the table.
        self.bar = None;
        match self.list.take().map(ListWriter::finish_results) {
            Some(Err(e)) => Err(self.broke(e)),
            Some(Ok((_, Some(left_out)))) => {
                eprintln!("{}", left_out.note());
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn steps(&self) -> &dyn Steps {
        match &self.bar {
            Some(bar) => bar,
            None => &NoSteps,
        }
    }
}

/// The progress bar of a write.
struct Bar(Progress);

impl Steps for Bar {
    fn advance(&self, n: usize) {
        self.0.advance_by(n);
    }
}

/// Generated passwords to the credentials file (SPEC §6), opened once the
/// input is; each batch's lines kept once it commits, taken back if its
/// commit fails.
struct Credentials {
    path: PathBuf,
    file: Option<CredentialsFile>,
    /// Where the file ended before the batch being written.
    mark: Option<u64>,
}

impl Credentials {
    fn new(path: PathBuf) -> Credentials {
        Credentials {
            path,
            file: None,
            mark: None,
        }
    }
}

impl Passwords for Credentials {
    fn open(&mut self) -> crate::Result<()> {
        self.file = Some(CredentialsFile::open(&self.path)?);
        Ok(())
    }

    fn write(&mut self, lines: &[(String, Password)]) -> crate::Result<()> {
        let Some(file) = self.file.as_mut() else {
            return Err(Error::Internal("the credentials file is not open".into()));
        };
        self.mark.get_or_insert_with(|| file.mark());
        file.write_lines(lines.iter().map(|(e, p)| (e.as_str(), p.expose())))
    }

    fn committed(&mut self) {
        if let (Some(_), Some(file)) = (self.mark.take(), &self.file) {
            file.keep();
        }
    }

    fn rolled_back(&mut self) {
        if let (Some(mark), Some(file)) = (self.mark.take(), self.file.as_mut()) {
            file.take_back(mark);
        }
    }

    fn place(&self) -> String {
        self.path.display().to_string()
    }
}

/// One row of output: the row's line, the user, what became of it.
#[derive(Clone, Debug, Serialize)]
pub struct ImportRow {
    /// The row's line in the file; none for a user the file does not list.
    pub line: Option<i64>,
    pub id: Option<String>,
    pub email: Option<String>,
    pub outcome: &'static str,
    pub error: Option<String>,
    #[serde(skip)]
    changes: bool,
}

impl ImportRow {
    fn of(row: &FileRow) -> ImportRow {
        ImportRow {
            line: row.line,
            id: row.row.id.clone(),
            email: row.row.email.clone(),
            outcome: row.shown(),
            error: row.row.error.clone(),
            changes: row.changes(),
        }
    }
}

impl Record for ImportRow {
    fn id(&self) -> Option<&str> {
        self.id.as_deref().filter(|_| self.changes)
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
            self.outcome.to_string(),
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
            self.outcome.to_string(),
            self.error.clone().unwrap_or_default(),
        ]
    }

    /// Created, updated, blocked, unchanged… (or would be): not failed.
    fn plain_success(&self) -> bool {
        self.outcome != "failed"
    }

    fn table_color(&self, column: usize) -> Option<Color> {
        (column == 2).then_some(match self.outcome {
            "failed" => Color::Red,
            _ if self.changes => Color::Green,
            _ => Color::Cyan,
        })
    }
}
