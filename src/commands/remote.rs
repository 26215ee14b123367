//! The command line through a roster server (SPEC §12): `roster login`,
//! `logout`, `whoami`, and the commands that run there with `--server`
//! (users, roles, groups, features, attributes, the outbox and the audit
//! log). The server decides who acts, from the
//! credential alone; the output, the summary and the exit code are those
//! of the same command run on a store.

use anyhow::Result;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{App, CliError};
use crate::cli::{Command, DbCommand, LoginArgs, LogoutArgs, MailCommand, UserCommand};
use crate::client::{Credentials, Saved, Server};
use crate::domain::error::Error;
use crate::domain::user::User;
use crate::exit::Exit;
use crate::ops::change::BulkRequest;
use crate::ops::front::{Prompter, Question, Sink};
use crate::ops::wire::{
    AuditRequest, ChangeRequest, Confirmable, GeneratedPassword, Line, ListRequest, WireReport,
};
use crate::output::{Fit, Record};

/// Whether `command` runs through a server with `--server`; every other
/// command is refused there rather than run on a local store by mistake.
pub fn runs_through_server(command: &Command) -> bool {
    match command {
        Command::Login(_) | Command::Logout(_) | Command::Whoami => true,
        Command::Config(_) | Command::Completions { .. } | Command::Serve(_) => true,
        Command::Audit(_) => true,
        Command::Db(DbCommand::Check | DbCommand::Stats) => true,
        // Roles, groups, features, attributes and the outbox: the
        // library's single requests (`ops::call`), or a bulk change.
        Command::Role(_) | Command::Group(_) | Command::Feature(_) | Command::Attribute(_) => true,
        // A delivered message's links are in a file where the server is.
        Command::Mail(cmd) => !matches!(cmd, MailCommand::Show { links: true, .. }),
        Command::User(cmd) => matches!(
            cmd,
            UserCommand::Create(_)
                | UserCommand::Update(_)
                | UserCommand::Show { .. }
                | UserCommand::History { .. }
                | UserCommand::Transitions
                | UserCommand::List(_)
                | UserCommand::Export(_)
                | UserCommand::Invite(_)
                | UserCommand::Revoke(_)
                | UserCommand::Block(_)
                | UserCommand::Unblock(_)
                | UserCommand::Archive(_)
                | UserCommand::Restore(_)
                | UserCommand::SignOut(_)
                | UserCommand::Unlock(_)
                | UserCommand::Email(_)
                | UserCommand::Delete(_)
                | UserCommand::ResetPassword(_)
                | UserCommand::Import(_)
                | UserCommand::Sync(_)
        ),
        _ => false,
    }
}

fn server(app: &App, url: &str) -> Result<Server> {
    Ok(Server::new(url, app.settings.ca_file.as_deref())?
        .acting(&app.settings.actor, app.actor_named())
        .requiring_delivery(app.settings.require_delivery))
}

/// The credential for `url`: `ROSTER_TOKEN`, or the session `roster
/// login` kept for it.
fn credential(app: &App, url: &str) -> Result<String> {
    if let Some(token) = &app.settings.token {
        return Ok(token.expose().to_string());
    }
    let saved = Credentials::load(&app.settings.credentials)?;
    match saved.get(url) {
        Some(session) => Ok(session.token.clone()),
        None => {
            // A mistyped address (another port) is the likeliest reason
            // when there are sessions for others: they are named.
            let others = saved.urls();
            let signed_in = if others.is_empty() {
                String::new()
            } else {
                format!(" (signed in to {})", others.join(", "))
            };
            Err(Error::Remote {
                code: Exit::Denied.name(),
                message: format!(
                    "not signed in to {url}{signed_in}: run `roster login {url}` (or set ROSTER_TOKEN to an API token of scope admin)"
                ),
            }
            .into())
        }
    }
}

/// The server a command without a URL means: `--server`, or the only one
/// signed in to.
fn default_url(app: &App) -> Result<String> {
    if let Some(url) = &app.settings.server {
        return Ok(crate::client::normalized(url));
    }
    let urls = Credentials::load(&app.settings.credentials)?.urls();
    match urls.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(CliError::Usage(
            "no server: give --server URL (or ROSTER_SERVER), or run `roster login URL` first"
                .into(),
        )
        .into()),
        several => Err(CliError::Usage(format!(
            "signed in to several servers ({}); say which with --server URL",
            several.join(", ")
        ))
        .into()),
    }
}

#[derive(Deserialize)]
struct LoggedIn {
    token: String,
    name: String,
    expires_at: Option<String>,
    user: LoggedInUser,
}

#[derive(Deserialize)]
struct LoggedInUser {
    email: String,
}

/// `roster login URL`: email and password (a terminal, or
/// `--password-stdin`), a personal admin session kept 0600.
pub fn login(app: &mut App, args: LoginArgs) -> Result<Exit> {
    let url = match (&args.url, &app.settings.server) {
        (Some(url), _) | (None, Some(url)) => url.clone(),
        (None, None) => {
            return Err(CliError::Usage(
                "name the server: roster login URL (or set ROSTER_SERVER)".into(),
            )
            .into());
        }
    };
    if crate::client::is_admin_socket_url(&url) {
        return Err(CliError::Usage(format!(
            "{url} is an admin socket: it needs no sign-in (it takes the server's own account \
             as it is); run commands with --server {url}"
        ))
        .into());
    }
    let server = server(app, &url)?;
    let user = match args.user {
        Some(user) => user,
        None if app.settings.interactive && !args.password_stdin => {
            dialoguer::Input::<String>::new()
                .with_prompt("Email")
                .interact_text()
                .map_err(|e| CliError::NotConfirmed(format!("no email entered: {e}")))?
        }
        None => {
            return Err(CliError::Usage("give your email with --user EMAIL".into()).into());
        }
    };
    let password = super::passwords::current_password(app, args.password_stdin, &user)?;
    let answer = server.post(
        "/v1/admin/login",
        None,
        &json!({ "user": user, "password": password.expose() }),
    )?;
    let done: LoggedIn = answer.json(&server)?;
    let mut saved = Credentials::load(&app.settings.credentials)?;
    // Signed in again: the session it replaces ends on the server too.
    if let Some(old) = saved.remove(&server.url) {
        let _ = server.post("/v1/admin/logout", Some(&old.token), &json!({}));
    }
    saved.insert(
        &server.url,
        Saved {
            token: done.token,
            user: done.user.email.clone(),
            name: done.name,
            expires_at: done.expires_at.clone(),
        },
    );
    saved.save(&app.settings.credentials)?;
    app.say(&format!(
        "signed in to {} as {}{}",
        server.url,
        done.user.email,
        done.expires_at
            .map(|t| format!(" (until {t} at the latest)"))
            .unwrap_or_default()
    ));
    Ok(Exit::Ok)
}

/// `roster logout [URL]`: the session ends on the server and is forgotten
/// here (forgotten even when the server cannot be reached, with a warning).
pub fn logout(app: &mut App, args: LogoutArgs) -> Result<Exit> {
    let url = match args.url {
        Some(url) => crate::client::normalized(&url),
        None if app.settings.server.is_none()
            && Credentials::load(&app.settings.credentials)?
                .urls()
                .is_empty() =>
        {
            app.say("not signed in to any server");
            return Ok(Exit::Ok);
        }
        None => default_url(app)?,
    };
    let mut saved = Credentials::load(&app.settings.credentials)?;
    let Some(session) = saved.remove(&url) else {
        app.say(&format!("not signed in to {url}"));
        return Ok(Exit::Ok);
    };
    let server = server(app, &url)?;
    match server
        .post("/v1/admin/logout", Some(&session.token), &json!({}))
        .and_then(|answer| answer.json::<serde_json::Value>(&server))
    {
        Ok(_) => {}
        Err(e) if e.code() == "denied" => {}
        Err(e) => app.warn(&format!(
            "the session could not be ended on the server ({e}); it ends on its own, or `roster token revoke {}` there",
            session.name
        )),
    }
    saved.save(&app.settings.credentials)?;
    app.say(&format!("signed out of {url}"));
    Ok(Exit::Ok)
}

/// What `whoami` shows.
#[derive(Serialize, Deserialize)]
struct WhoAmI {
    server: Option<String>,
    user: WhoUser,
    credential: String,
    expires_at: Option<String>,
    effective_permissions: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct WhoUser {
    /// None on an admin socket, for an actor that is no user of the store.
    id: Option<String>,
    email: Option<String>,
    /// On an admin socket: the actor's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
}

impl Record for WhoAmI {
    fn id(&self) -> Option<&str> {
        self.user.id.as_deref()
    }
    fn table_headers() -> Vec<&'static str> {
        vec!["USER", "CREDENTIAL", "EXPIRES", "SERVER", "PERMISSIONS"]
    }
    /// The names of the JSON answer's fields.
    fn csv_headers() -> Vec<String> {
        [
            "user",
            "credential",
            "expires_at",
            "server",
            "effective_permissions",
        ]
        .map(String::from)
        .to_vec()
    }
    fn table_fits() -> Vec<Fit> {
        vec![
            Fit::Keep,
            Fit::Keep,
            Fit::Whole { rank: 2 },
            Fit::Whole { rank: 1 },
            Fit::Whole { rank: 3 },
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.user
                .email
                .clone()
                .or_else(|| self.user.name.clone())
                .unwrap_or_default(),
            self.credential.clone(),
            self.expires_at.clone().unwrap_or_else(|| "never".into()),
            self.server.clone().unwrap_or_default(),
            self.effective_permissions.join(","),
        ]
    }
}

/// `roster whoami`: who the server says the credential acts as.
pub fn whoami(app: &mut App) -> Result<Exit> {
    let url = default_url(app)?;
    let (server, token) = connect(app, &url)?;
    let mut shown: WhoAmI = server
        .get("/v1/admin/whoami", Some(&token))?
        .json(&server)?;
    shown.server = Some(server.url);
    app.out.row(&shown)?;
    Ok(Exit::Ok)
}

/// Sends a bulk change to the server: the same request the command line
/// builds for a store (the users named, `--from-file` read here). A change
/// that needs confirming is asked here (the plan's question, from the
/// server) and sent again with `expect_count`, so that nothing changes
/// between the question and the answer. The answer's rows are read by
/// [`read_rows`].
pub fn send_change(app: &App, url: &str, request: &BulkRequest) -> Result<crate::client::Answer> {
    let body = ChangeRequest {
        change: request.change.clone(),
        users: request.users.clone(),
        selector: request.selector.clone(),
        reason: request.reason.clone(),
        options: request.options.clone(),
        confirmed: app.settings.yes,
        require_delivery: app.settings.require_delivery,
    };
    send_confirmed(app, url, "/v1/admin/users/change", body)
}

/// Sends a change that may need confirming: the server's question is asked
/// here, and the change sent again confirmed, with `expect_count` the count
/// found when it was asked.
pub fn send_confirmed(
    app: &App,
    url: &str,
    path: &str,
    body: impl Confirmable,
) -> Result<crate::client::Answer> {
    let (server, token) = connect(app, url)?;
    until_answered(app, &server, body, |body| {
        server.post(path, Some(&token), body)
    })
}

/// Sends `body` with `post` until the server answers it: a question it
/// asks is asked here, and the body sent again confirmed.
fn until_answered<B: Confirmable>(
    app: &App,
    server: &Server,
    mut body: B,
    post: impl Fn(&B) -> crate::Result<crate::client::Answer>,
) -> Result<crate::client::Answer> {
    loop {
        match post(&body)?.failure(server)? {
            Ok(answer) => return Ok(answer),
            Err((e, more)) if e.code() == "not_confirmed" && !body.confirmed() => {
                let question: Question = more
                    .get("question")
                    .and_then(|q| serde_json::from_value(q.clone()).ok())
                    .ok_or(e)?;
                app.prompter().confirm(&question)?;
                // What was found when the question was asked must still be
                // what is found (a count the caller gave was checked first).
                body.confirm(question.found);
            }
            Err((e, _)) => return Err(e.into()),
        }
    }
}

/// Streams an import's or sync's file to the server after its request; the
/// server's question, if it asks one, is asked here, and the file sent
/// again with the request confirmed.
pub fn send_file(
    app: &App,
    path: &str,
    body: impl Confirmable,
    file: &std::path::Path,
) -> Result<crate::client::Answer> {
    let url = default_url(app)?;
    let (server, token) = connect(app, &url)?;
    std::fs::File::open(file)
        .map_err(|e| Error::invalid("file", format!("cannot read {}: {e}", file.display())))?;
    until_answered(app, &server, body, |body| {
        server.upload(path, &token, body, file)
    })
}

/// The lines of a JSON Lines answer, read as they come.
fn lines(answer: crate::client::Answer) -> impl Iterator<Item = Result<Line>> {
    answer
        .lines()
        .filter(|line| !matches!(line, Ok(l) if l.trim().is_empty()))
        .map(|line| {
            let line = line?;
            serde_json::from_str(&line).map_err(|e| {
                Error::Remote {
                    code: Exit::Failure.name(),
                    message: format!("the server sent a line this roster cannot read ({e})"),
                }
                .into()
            })
        })
}

/// A change's line: an answer that broke off says what may be done.
fn of_a_change(line: Result<Line>) -> Result<Line> {
    line.map_err(|e| match e.downcast::<Error>() {
        Ok(Error::Remote { code, message }) if code == Exit::Unavailable.name() => Error::Remote {
            code,
            message: format!("{message}; {}", crate::client::AFTER_A_BREAK),
        }
        .into(),
        Ok(other) => other.into(),
        Err(e) => e,
    })
}

/// The rows of a change's answer into `rows` as the server's batches
/// commit (`action` the rows' action; a dry run's rows are its plan), the
/// passwords a reset generated to `passwords`, then its report.
pub fn read_rows(
    answer: crate::client::Answer,
    (action, dry_run): (&'static str, bool),
    rows: &mut dyn Sink,
    passwords: &mut dyn FnMut(GeneratedPassword) -> Result<()>,
    notices: &dyn crate::ops::front::Notices,
) -> Result<WireReport> {
    let mut begun = false;
    for line in lines(answer).map(of_a_change) {
        match line? {
            Line::Notice(notice) => notice.tell(notices),
            Line::Password(generated) => passwords(generated)?,
            Line::Row(mut row) => {
                row.action = action;
                if !begun && !dry_run {
                    rows.begin(action, 0)?;
                    begun = true;
                }
                rows.rows(&[row])?;
            }
            Line::Report(done) => return Ok(done),
            Line::Error { code, message } => return Err(failed(&code, message)),
            _ => return Err(unreadable("a line of another answer").into()),
        }
    }
    Err(broke_off())
}

/// The error a server's answer ended with, after lines it had sent.
fn failed(code: &str, message: String) -> anyhow::Error {
    Error::Remote {
        code: Exit::of_code(code).name(),
        message,
    }
    .into()
}

/// An answer that ended before its last line.
fn broke_off() -> anyhow::Error {
    Error::Remote {
        code: Exit::Unavailable.name(),
        message: format!(
            "the server's answer broke off before its end; {}",
            crate::client::AFTER_A_BREAK
        ),
    }
    .into()
}

/// What an import or sync through the server hands the command line, as
/// the operation hands it on a store.
pub trait FileFront {
    fn sink(&mut self) -> &mut dyn crate::ops::sync::RowSink;
    /// Where generated passwords go (`--credentials-file`).
    fn passwords(&mut self) -> Option<&mut dyn crate::ops::sync::Passwords>;
}

/// The lines of an import's or sync's answer to `front`, then its report.
pub fn read_file_rows(
    answer: crate::client::Answer,
    front: &mut dyn FileFront,
    notices: &dyn crate::ops::front::Notices,
) -> Result<crate::ops::wire::FileReport> {
    let no_file = || Error::Internal("the server sent passwords no file was opened for".into());
    // Rows that cannot be shown (stdout gone) are not a reason to leave the
    // server's work half heard: the rest of the answer is read, so that
    // the credentials file learns which passwords were kept.
    let mut unshown: Option<Error> = None;
    let mut shown = |row: &mut dyn FnMut() -> std::result::Result<(), Error>| {
        if unshown.is_none() {
            if let Err(e) = row() {
                unshown = Some(e);
            }
        }
    };
    for line in lines(answer).map(of_a_change) {
        match line? {
            Line::Notice(notice) => notice.tell(notices),
            Line::FileBegin { writing } => shown(&mut || front.sink().begin(writing)),
            Line::FileRow(row) => {
                let row = row.into_row();
                shown(&mut || front.sink().rows(std::slice::from_ref(&row)));
            }
            Line::FileEnd => shown(&mut || front.sink().end()),
            Line::Passwords(sent) => {
                let lines: Vec<(String, crate::domain::password::Password)> = sent
                    .into_iter()
                    .map(|p| (p.email, crate::domain::password::Password::new(&p.password)))
                    .collect();
                front.passwords().ok_or_else(no_file)?.write(&lines)?;
            }
            Line::PasswordsKept => front.passwords().ok_or_else(no_file)?.committed(),
            Line::PasswordsTakenBack => front.passwords().ok_or_else(no_file)?.rolled_back(),
            Line::FileReport(mut done) => {
                if let Some(e) = unshown {
                    // As a run whose output failed stops early on the
                    // store: what was done is partial, said so.
                    done.summary = format!(
                        "{}; the server did the rest, but its rows could not be shown: {e}",
                        done.summary
                    );
                    done.stopped = true;
                    if done.exit == Exit::Ok.code() {
                        done.exit = Exit::Partial.code();
                    }
                }
                return Ok(done);
            }
            Line::Error { code, message } => return Err(failed(&code, message)),
            _ => return Err(unreadable("a line of another answer").into()),
        }
    }
    Err(broke_off())
}

/// The summary and exit code, as `user::lifecycle::finish` gives them for
/// a local run.
pub fn finish(app: &App, report: WireReport) -> Result<Exit> {
    let exit = Exit::ALL
        .into_iter()
        .find(|e| e.code() == report.exit)
        .unwrap_or(Exit::Failure);
    let exit = if report.dry_run { Exit::Ok } else { exit };
    if app.out.format.is_json() && exit != Exit::Ok {
        crate::exit::report_json(exit, &report.summary);
    } else if report.stopped {
        eprintln!("error: {}", crate::output::for_terminal(&report.summary));
    } else {
        app.say(&report.summary);
    }
    match report.delivery_error {
        Some((code, message)) => Err(Error::Remote {
            code: Exit::of_code(&code).name(),
            message,
        }
        .into()),
        None => Ok(exit),
    }
}

/// A line the server should not have sent there.
fn unreadable(what: &str) -> Error {
    Error::Remote {
        code: Exit::Failure.name(),
        message: format!(
            "the server sent {what} where this roster did not expect one; are both the same version?"
        ),
    }
}

/// A user as `user show` gets it from the server, with its permissions.
#[derive(Deserialize)]
pub struct ShownUser {
    #[serde(flatten)]
    pub user: User,
    pub effective_permissions: Vec<String>,
}

/// The server at `url` and the credential for it.
pub fn connect(app: &App, url: &str) -> Result<(Server, String)> {
    let server = server(app, url)?;
    // An admin socket needs none: its peer is the server's own OS account.
    let token = if server.is_admin_socket() {
        String::new()
    } else {
        credential(app, &server.url)?
    };
    Ok((server, token))
}

/// `user show KEY` through the server.
pub fn show_user(app: &App, url: &str, key: &str) -> Result<ShownUser> {
    let (server, token) = connect(app, url)?;
    Ok(server
        .post(
            "/v1/admin/users/show",
            Some(&token),
            &json!({ "user": key }),
        )?
        .json(&server)?)
}

/// Whether the server lets this command's user run it, asked before the
/// command reads its input (a file, a password), as a local command checks
/// the permission first: a refusal is exit 7, and nothing was read.
pub fn authorize(app: &App, url: &str) -> Result<()> {
    authorize_change(app, url, None)
}

/// [`authorize`], and a bulk change checked as its command checks it
/// before it asks for users (a role it assigns must exist).
pub fn authorize_change(
    app: &App,
    url: &str,
    change: Option<&crate::ops::change::Change>,
) -> Result<()> {
    let (server, token) = connect(app, url)?;
    let mut ask = json!({ "command": app.command });
    if let Some(change) = change {
        ask["change"] = serde_json::to_value(change).map_err(|e| Error::Internal(e.to_string()))?;
    }
    let _: serde_json::Value = server
        .post("/v1/admin/authorize", Some(&token), &ask)?
        .json(&server)?;
    Ok(())
}

/// One of the library's single requests through the server.
pub fn call<C: crate::ops::call::Call>(app: &App, url: &str, request: &C) -> Result<C::Answer> {
    let (server, token) = connect(app, url)?;
    Ok(server.post(C::PATH, Some(&token), request)?.json(&server)?)
}

/// `user create` through the server.
pub fn create_user(
    (server, token): &(Server, String),
    request: &crate::ops::wire::CreateRequest,
) -> Result<crate::ops::wire::CreateAnswer> {
    Ok(server
        .post("/v1/admin/users/create", Some(token), request)?
        .json(server)?)
}

/// A single change's end through the server: exit 0, or the delivery the
/// server reported failed, as the same command ends on the store.
pub fn delivered(delivery_error: Option<(String, String)>) -> Result<Exit> {
    match delivery_error {
        Some((code, message)) => Err(Error::Remote {
            code: Exit::of_code(&code).name(),
            message,
        }
        .into()),
        None => Ok(Exit::Ok),
    }
}

/// `db stats` through the server.
pub fn db_stats(app: &App, url: &str) -> Result<Vec<crate::domain::stored::StatusCount>> {
    let (server, token) = connect(app, url)?;
    Ok(server
        .post("/v1/admin/db/stats", Some(&token), &json!({}))?
        .json(&server)?)
}

/// `db check` through the server: the problems found in its store.
pub fn db_check(app: &App, url: &str) -> Result<Vec<String>> {
    #[derive(serde::Deserialize)]
    struct Checked {
        problems: Vec<String>,
    }
    let (server, token) = connect(app, url)?;
    let checked: Checked = server
        .post("/v1/admin/db/check", Some(&token), &json!({}))?
        .json(&server)?;
    Ok(checked.problems)
}

/// `user update` through the server.
pub fn update_user(
    app: &App,
    url: &str,
    request: &crate::ops::users::UpdateUser,
) -> Result<crate::ops::wire::UpdateAnswer> {
    let (server, token) = connect(app, url)?;
    Ok(server
        .post("/v1/admin/users/update", Some(&token), request)?
        .json(&server)?)
}

/// `user list` through the server: each user to `each` as it comes;
/// how many there were.
pub fn list_users(
    connected: &(Server, String),
    request: &ListRequest,
    mut each: impl FnMut(User) -> Result<()>,
) -> Result<u64> {
    let answer = post_list(connected, "/v1/admin/users/list", request)?;
    read_list(answer, |line| match line {
        Line::User(user) => each(*user).map(|()| true),
        _ => Ok(false),
    })
}

/// `user export` through the server: the file as the server wrote it, to
/// `each` a piece at a time; returns the count of users.
pub fn export_users(
    connected: &(Server, String),
    request: &crate::ops::wire::ExportRequest,
    mut each: impl FnMut(&str) -> Result<()>,
) -> Result<u64> {
    let answer = post_list(connected, "/v1/admin/users/export", request)?;
    read_list(answer, |line| match line {
        Line::Chunk(text) => each(&text).map(|()| true),
        _ => Ok(false),
    })
}

/// A list request; its answer, or the server's refusal.
fn post_list(
    (server, token): &(Server, String),
    path: &str,
    request: &impl Serialize,
) -> Result<crate::client::Answer> {
    match server.post(path, Some(token), request)?.failure(server)? {
        Ok(answer) => Ok(answer),
        Err((e, _)) => Err(e.into()),
    }
}

/// A list's JSON Lines: each item to `item` (false: not an item of this
/// list), then the count at its end.
fn read_list(
    answer: crate::client::Answer,
    mut item: impl FnMut(Line) -> Result<bool>,
) -> Result<u64> {
    for line in lines(answer) {
        match line? {
            Line::End { count } => return Ok(count),
            Line::Error { code, message } => return Err(failed(&code, message)),
            other => {
                if !item(other)? {
                    return Err(unreadable("a line of another answer").into());
                }
            }
        }
    }
    Err(Error::Remote {
        code: Exit::Unavailable.name(),
        message: "the server's answer broke off before its end; the list above is not whole".into(),
    }
    .into())
}

/// `audit list` through the server: each entry to `each` as it comes;
/// how many there were.
pub fn audit_entries(
    connected: &(Server, String),
    request: &AuditRequest,
    mut each: impl FnMut(crate::domain::stored::AuditEntry) -> Result<()>,
) -> Result<u64> {
    let answer = post_list(connected, "/v1/admin/audit/list", request)?;
    read_list(answer, |line| match line {
        Line::Audit(entry) => each(*entry).map(|()| true),
        _ => Ok(false),
    })
}

/// `user history KEY` through the server: each entry to `each` as it
/// comes; how many there were.
pub fn user_history(
    connected: &(Server, String),
    key: &str,
    mut each: impl FnMut(crate::domain::stored::AuditEntry) -> Result<()>,
) -> Result<u64> {
    let answer = post_list(
        connected,
        "/v1/admin/users/history",
        &json!({ "user": key }),
    )?;
    read_list(answer, |line| match line {
        Line::Audit(entry) => each(*entry).map(|()| true),
        _ => Ok(false),
    })
}

/// `audit verify` through the server: how many entries the chain holds.
pub fn audit_verify(app: &App, url: &str) -> Result<u64> {
    #[derive(Deserialize)]
    struct Verified {
        entries: u64,
    }
    let (server, token) = connect(app, url)?;
    let done: Verified = server
        .post("/v1/admin/audit/verify", Some(&token), &json!({}))?
        .json(&server)?;
    Ok(done.entries)
}
