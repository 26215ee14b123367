//! `roster user reset-password`: flags to a reset request, the bulk driver
//! (`ops::reset`), the rows printed, a generated password shown once (or
//! written to a credentials file).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use anyhow::Result;

use super::lifecycle::{RowPrinter, finish, named, named_users, options, reason, targets};
use crate::cli::ResetPasswordArgs;
use crate::commands::passwords::{self, CredentialsFile};
use crate::commands::remote;
use crate::commands::{App, CliError};
use crate::domain::UserId;
use crate::domain::error::{Error, counted};
use crate::domain::password::Password;
use crate::exit::Exit;
use crate::ops::bulk::{Outcome, OutcomeRow};
use crate::ops::front::Sink;
use crate::ops::reset::{self, NewPassword, Passwords, ResetRequest};
use crate::output::WithPassword;
use crate::output::progress::Progress;

/// Where the reset runs: on the store, or through a server that answers
/// with its rows.
enum Way {
    Local(Box<(crate::ops::session::Session, crate::ops::bulk::Targets)>),
    Server(crate::client::Answer),
}

/// How the reset ended, on the store or through a server.
enum Ended {
    Local(Box<crate::ops::driver::Report>),
    Server(crate::ops::wire::WireReport),
}

/// The store and the users it resets, or nothing through a server; either
/// way the actor's permission is checked before a password is asked for.
fn opened(
    app: &App,
    args: &ResetPasswordArgs,
    selector: &crate::domain::query::Selector,
) -> Result<Option<Box<(crate::ops::session::Session, crate::ops::bulk::Targets)>>> {
    if let Some(url) = &app.settings.server {
        remote::authorize(app, url)?;
        return Ok(None);
    }
    let session = app.session()?;
    let permission = "users.reset-password";
    let targets = targets(&session, &args.bulk, selector.clone(), permission)?;
    Ok(Some(Box::new((session, targets))))
}

pub fn run(app: &mut App, args: ResetPasswordArgs) -> Result<Exit> {
    let request = request(app, &args)?;
    let selector = named(app, &args.bulk, reset::verb())?;
    app.dry_run.set(args.bulk.dry_run);
    let local = opened(app, &args, &selector)?;
    let credentials = RefCell::new(
        args.credentials_file
            .as_deref()
            .map(CredentialsFile::open)
            .transpose()?,
    );
    let shown = Rc::new(RefCell::new(HashMap::new()));
    let mut passwords = Chosen {
        interactive: app.settings.interactive,
        from_stdin: args.password.password_stdin,
        prompt: args.password.prompt_password,
        progress: app.settings.progress,
        credentials: &credentials,
        show: args.password.generate_password && credentials.borrow().is_none(),
        shown: shown.clone(),
        written: 0,
    };
    let way = match local {
        Some(opened) => Way::Local(opened),
        None => Way::Server(send(app, &args, request.clone(), selector, &mut passwords)?),
    };
    let (voice, mut prompter) = (app.voice(), app.prompter());
    let mut rows = ResetRows {
        out: Some(&mut app.out),
        progress: app.settings.progress,
        quiet: app.settings.quiet,
        shown,
        credentials: &credentials,
        plain: None,
        with_password: None,
        changed: 0,
    };
    let ended = match way {
        Way::Local(mut opened) => Ended::Local(Box::new(reset::run(
            &mut opened.0,
            &request,
            &opened.1,
            &options(&args.bulk),
            &mut prompter,
            &mut passwords,
            &mut rows,
            &voice,
        )?)),
        Way::Server(answer) => {
            let shape = (reset::verb(), args.bulk.dry_run);
            let chosen = &mut |sent: crate::ops::wire::GeneratedPassword| {
                let id = UserId::parse(&sent.id).ok_or_else(|| {
                    Error::Internal("the server sent a password for no user".into())
                })?;
                Ok(passwords.chosen(&id, &sent.email, Password::new(&sent.password))?)
            };
            let report = remote::read_rows(answer, shape, &mut rows, chosen, &voice);
            if report.is_err() && passwords.written > 0 {
                keep_unsure(&credentials, &voice);
            }
            Ended::Server(report?)
        }
    };
    let set = rows.changed;
    rows.finish()?;
    tell_credentials(app, credentials.borrow().as_ref(), set, passwords.written);
    match ended {
        Ended::Local(report) => finish(app, *report),
        Ended::Server(report) => remote::finish(app, report),
    }
}

/// An answer that broke off may have left passwords set whose rows never
/// came: the credentials file keeps every password the server sent.
fn keep_unsure(credentials: &RefCell<Option<CredentialsFile>>, voice: &crate::commands::Voice) {
    if let Some(file) = credentials.borrow().as_ref() {
        file.keep();
        crate::ops::front::Notices::warn(
            voice,
            &format!(
                "the server's answer broke off: {} keeps every password it sent; the users whose rows are not shown may or may not have theirs",
                file.path().display()
            ),
        );
    }
}

/// Where the credentials file is, and whether it lists users whose
/// password was not set after all.
fn tell_credentials(app: &App, file: Option<&CredentialsFile>, set: u64, written: u64) {
    if let Some(file) = file {
        if set > 0 {
            app.say(&format!("passwords written to {}", file.path().display()));
        }
        if set < written {
            app.warn(&format!(
                "{} lists {}, but only {set} had their password set (see the rows)",
                file.path().display(),
                counted(written, "user", "users")
            ));
        }
    }
}

/// Sends the reset to the server (`--server`): the users named, the typed
/// password read here first; the question, if the server asks one, asked
/// here.
fn send(
    app: &App,
    args: &ResetPasswordArgs,
    reset: ResetRequest,
    selector: crate::domain::query::Selector,
    passwords: &mut Chosen<'_>,
) -> Result<crate::client::Answer> {
    let users = named_users(&args.bulk)?;
    let typed = match reset.password {
        // A dry run sets nothing: no password is asked for.
        NewPassword::Typed if !args.bulk.dry_run => {
            let who = users.first().map_or("the user", String::as_str);
            Some(passwords.typed(who)?.expose().to_string())
        }
        _ => None,
    };
    let body = crate::ops::wire::ResetWire {
        reset,
        users,
        selector,
        options: options(&args.bulk),
        confirmed: app.settings.yes,
        require_delivery: app.settings.require_delivery,
        typed,
    };
    let url = app.settings.server.clone().unwrap_or_default();
    remote::send_confirmed(app, &url, "/v1/admin/users/reset-password", body)
}

/// The request the flags describe; a usage error (exit 2) when they do not
/// say where the new password comes from, or would hide generated ones.
fn request(app: &App, args: &ResetPasswordArgs) -> Result<ResetRequest> {
    let source = &args.password;
    let password = if args.link {
        NewPassword::Link
    } else if source.generate_password {
        NewPassword::Generated
    } else {
        NewPassword::Typed
    };
    if password == NewPassword::Typed
        && !source.password_stdin
        && !source.prompt_password
        && !app.settings.interactive
    {
        return Err(CliError::Usage(
            "say how: --password-stdin, --generate-password or --link (a password is never taken as an argument)".into(),
        )
        .into());
    }
    passwords::check_generated_output(
        app,
        source.generate_password,
        args.credentials_file.as_deref(),
    )?;
    Ok(ResetRequest {
        password,
        must_change: !args.no_must_change,
        reason: reason(&args.bulk)?,
    })
}

/// The new passwords: typed on stdin or a terminal; each written to the
/// credentials file before the write, or kept to be shown in its row.
struct Chosen<'c> {
    interactive: bool,
    from_stdin: bool,
    prompt: bool,
    progress: bool,
    credentials: &'c RefCell<Option<CredentialsFile>>,
    /// Generated passwords are shown in the rows (no credentials file).
    show: bool,
    shown: Rc<RefCell<HashMap<String, String>>>,
    /// How many the credentials file lists.
    written: u64,
}

impl Passwords for Chosen<'_> {
    fn typed(&mut self, email: &str) -> crate::Result<Password> {
        passwords::typed_password(self.interactive, self.from_stdin, self.prompt, email)
            .map_err(to_domain)
    }

    fn chosen(&mut self, id: &UserId, email: &str, password: Password) -> crate::Result<()> {
        if let Some(file) = self.credentials.borrow_mut().as_mut() {
            file.write_line(email, password.expose())?;
            self.written += 1;
        } else if self.show {
            self.shown
                .borrow_mut()
                .insert(id.to_string(), password.expose().to_string());
        }
        Ok(())
    }

    fn hashing(&mut self, count: usize) -> Box<dyn Fn() + Sync> {
        let progress = Progress::new(self.progress, count, "hashing passwords");
        Box::new(move || progress.advance())
    }
}

/// An error of the password input as the operations carry it.
fn to_domain(e: anyhow::Error) -> Error {
    match e.downcast::<Error>() {
        Ok(e) => e,
        Err(e) => match e.downcast::<CliError>() {
            Ok(CliError::NotConfirmed(m)) => Error::NotConfirmed(m),
            Ok(CliError::Usage(m)) => Error::Unsupported(m),
            Err(e) => Error::Internal(e.to_string()),
        },
    }
}

type Plain<'a> = RowPrinter<'a, OutcomeRow, fn(&OutcomeRow) -> OutcomeRow>;
/// A row with its generated password.
type WithOne<'a> = Box<dyn FnMut(&OutcomeRow) -> WithPassword<OutcomeRow> + 'a>;
type Shown<'a> = RowPrinter<'a, WithPassword<OutcomeRow>, WithOne<'a>>;

/// The rows: with a password column when generated passwords are shown,
/// which is known once they are made (before the write begins); a dry run
/// has none.
struct ResetRows<'a> {
    /// Where the rows go, until the list is open.
    out: Option<&'a mut crate::output::Printer>,
    progress: bool,
    quiet: bool,
    shown: Rc<RefCell<HashMap<String, String>>>,
    credentials: &'a RefCell<Option<CredentialsFile>>,
    plain: Option<Plain<'a>>,
    with_password: Option<Shown<'a>>,
    /// How many had their password set.
    changed: u64,
}

impl<'a> ResetRows<'a> {
    /// Opens the list the rows go to, the first time.
    fn open(&mut self) -> crate::Result<&mut dyn Sink> {
        if let Some(out) = self.out.take() {
            let (progress, quiet) = (self.progress, self.quiet);
            let credentials = self.credentials;
            // Once a batch that set passwords commits, they are in the
            // store: the file stays.
            let keep = move |rows: &[OutcomeRow]| {
                if let Some(file) = credentials.borrow().as_ref() {
                    if rows.iter().any(|r| r.outcome == Outcome::Changed) {
                        file.keep();
                    }
                }
            };
            if self.shown.borrow().is_empty() {
                let printer: Plain<'a> = RowPrinter::new(
                    out,
                    progress,
                    quiet,
                    OutcomeRow::clone as fn(&OutcomeRow) -> OutcomeRow,
                )
                .map_err(|e| Error::Internal(e.to_string()))?;
                self.plain = Some(printer.on_commit(keep));
            } else {
                let shown = self.shown.clone();
                let with: WithOne<'a> = Box::new(move |row: &OutcomeRow| WithPassword {
                    record: row.clone(),
                    password: row
                        .id
                        .as_ref()
                        .filter(|_| row.outcome == Outcome::Changed)
                        .and_then(|id| shown.borrow_mut().remove(id)),
                });
                let printer = RowPrinter::new(out, progress, quiet, with)
                    .map_err(|e| Error::Internal(e.to_string()))?;
                self.with_password = Some(printer.on_commit(keep));
            }
        }
        match (&mut self.plain, &mut self.with_password) {
            (Some(p), _) => Ok(p),
            (_, Some(p)) => Ok(p),
            _ => Err(Error::Internal("the rows' list is not open".into())),
        }
    }

    /// Ends the list (an empty one when no row came).
    fn finish(mut self) -> Result<()> {
        if self.plain.is_none() && self.with_password.is_none() {
            self.open()?;
        }
        match (self.plain, self.with_password) {
            (Some(p), _) => p.finish(),
            (_, Some(p)) => p.finish(),
            _ => Ok(()),
        }
    }
}

impl Sink for ResetRows<'_> {
    fn begin(&mut self, verb: &str, total: u64) -> crate::Result<()> {
        self.open()?.begin(verb, total)
    }
    fn rows(&mut self, rows: &[OutcomeRow]) -> crate::Result<()> {
        self.changed += rows
            .iter()
            .filter(|r| r.outcome == Outcome::Changed)
            .count() as u64;
        self.open()?.rows(rows)
    }
}
