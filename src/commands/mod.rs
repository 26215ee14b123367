//! One function per command: build a request, call the operations, render rows.

mod attribute;
mod audit;
mod auth;
mod config;
mod db;
mod feature;
mod group;
mod mail;
mod passwords;
mod remote;
mod role;
mod serve;
mod token;
mod user;

use anyhow::Result;
use jiff::Timestamp;

use crate::cli::{Cli, Command};
use crate::domain::error::Error;
use crate::exit::Exit;
use crate::mail::templates::Templates;
use crate::ops::Ctx;
use crate::ops::delivery::MailSettings;
use crate::ops::front::{Notices, Prompter, Question};
use crate::ops::session::{OpenOptions, Opening, Session};
use crate::output::{Printer, for_terminal_block};
use crate::settings::{Env, Settings};

/// The commands that only read the store (`auth verify` too: on a store it
/// cannot write it checks the password and records nothing, with a
/// warning). They never make a store, and they work on a store they cannot
/// write; on one they can write they migrate an older schema, as every
/// command does.
pub const READS_ONLY: &[&str] = &[
    "user list",
    "user show",
    "user history",
    "user export",
    "audit list",
    "audit verify",
    "auth verify",
    "auth check",
    "mail list",
    "mail show",
    "db stats",
    "db backup",
    "role list",
    "role show",
    "group list",
    "group show",
    "group members",
    "feature list",
    "attribute list",
    "token list",
    "token show",
];

pub use crate::exit::CliError;
/// The permission table lives with the operations; `commands::permissions`
/// stays a name for it.
pub use crate::ops::permissions;

/// A flag's value that does not parse (`--inactive-for 90`, `--sort bogus`)
/// is a usage error, exit 2, like every flag value clap itself refuses;
/// other errors pass as they are.
pub fn flag_value<T>(parsed: Result<T, Error>) -> anyhow::Result<T> {
    parsed.map_err(|e| match e {
        Error::Invalid { field, message } => {
            let (flag, detail) = match field.split_once(' ') {
                Some((flag, rest)) => (flag.to_string(), format!("{rest}: {message}")),
                None => (field, message),
            };
            CliError::Usage(format!("invalid value for --{flag}: {detail}")).into()
        }
        other => other.into(),
    })
}

/// What every command gets: resolved settings, the printer, and one clock reading.
pub struct App {
    pub settings: Settings,
    pub templates: Templates,
    pub out: Printer,
    pub now: Timestamp,
    /// The command as typed (`user block`), for its permission.
    pub command: String,
    /// Who acts, resolved once against the store.
    pub acting: std::cell::OnceCell<crate::domain::actor::Actor>,
    /// A dry run only reads: it makes no store (set before `session`).
    pub dry_run: std::cell::Cell<bool>,
}

impl App {
    /// Who runs a command that opens its stores itself (`db`), checked by
    /// the operation on each store as it opens it.
    pub fn admit<'a>(&'a self, ctx: &'a Ctx) -> crate::ops::db::Admit<'a> {
        crate::ops::db::Admit {
            ctx,
            actor_named: self.actor_named(),
            command: &self.command,
        }
    }

    /// Whether the actor was named (`--as`, `ROSTER_ACTOR`, the config
    /// file); else it is the OS account, trusted.
    pub fn actor_named(&self) -> bool {
        self.settings.actor_source != crate::settings::Source::Default
    }

    /// Whether the store is the default one (`$XDG_DATA_HOME/roster/roster.db`),
    /// whose directory roster makes; one named by `--db`, `ROSTER_DB` or the
    /// config file must be in a directory that exists.
    pub fn default_store(&self) -> bool {
        self.settings
            .values
            .get("store.path")
            .is_none_or(|v| v.source == crate::settings::Source::Default)
    }

    /// What the command opens its session on. A command of [`READS_ONLY`]
    /// never makes a store (none there: exit 4) and works on one it cannot
    /// write (opened read-only); a `--dry-run` makes none either, and plans
    /// against an empty scratch store when there is none; every other
    /// command makes the store on first use.
    fn opening(&self) -> Opening<'_> {
        let reads_only = READS_ONLY.contains(&self.command.as_str()) || self.dry_run.get();
        Opening {
            location: &self.settings.db,
            options: OpenOptions {
                busy_timeout: self.settings.busy_timeout,
                migrate: true,
                allow_shared: self.settings.allow_shared_store,
                read_only: false,
                create: !reads_only,
                create_dir: self.default_store(),
            },
            dry_run: self.dry_run.get(),
            command: &self.command,
            actor_named: self.actor_named(),
        }
    }

    /// The context of the operations: the actor as resolved by
    /// [`App::authorize`] (trusted until a store was opened).
    pub fn ctx(&self) -> Ctx {
        Ctx {
            actor: self.settings.actor.clone(),
            acting: self.acting.get().cloned().unwrap_or_else(|| {
                crate::domain::actor::Actor::trusted(self.settings.actor.clone())
            }),
            now: self.now,
            invite_ttl: self.settings.invite_ttl,
            base_url: self.settings.base_url.clone(),
            templates: self.templates.clone(),
            auth: self.settings.auth.clone(),
        }
    }

    /// A message for people, on stderr.
    /// Messages may quote stored or typed text: it is made terminal-safe.
    pub fn say(&self, text: &str) {
        self.voice().say(text)
    }

    pub fn warn(&self, text: &str) {
        self.voice().warn(text)
    }

    /// A diagnostic, shown with --verbose / ROSTER_LOG.
    pub fn debug(&self, text: &str) {
        self.voice().debug(text)
    }

    /// Where this run's notices go: stderr, as `--quiet` and `--verbose` say.
    pub fn voice(&self) -> Voice {
        Voice {
            quiet: self.settings.quiet,
            verbose: self.settings.verbose,
        }
    }

    /// Asks before a change (see [`Terminal`]).
    pub fn confirm(&self, question: &str) -> Result<(), Error> {
        self.prompter().confirm(&crate::ops::front::Question {
            text: question.to_string(),
            count: 0,
            first: Vec::new(),
            found: 0,
        })
    }

    /// Who answers the questions of this run.
    pub fn prompter(&self) -> Terminal {
        Terminal {
            yes: self.settings.yes,
            interactive: self.settings.interactive,
        }
    }

    /// How queued mail leaves, from the settings.
    pub fn mail_settings(&self) -> MailSettings {
        MailSettings {
            transport: self.settings.mail_transport.clone(),
            from: self.settings.mail_from.clone(),
            deadline: self.settings.mail_deadline,
            require_delivery: self.settings.require_delivery,
        }
    }

    /// Opens the session the command's operations run in: the store (see
    /// [`App::opening`]), who acts, resolved and checked against the
    /// command's permission before anything is read, the mail settings.
    pub fn session(&self) -> Result<Session, Error> {
        let session = Session::open(&self.opening(), self.ctx(), self.mail_settings(), self)?;
        let _ = self.acting.set(session.ctx.acting.clone());
        Ok(session)
    }
}

impl App {
    /// Runs one of the library's single requests: on the store, or through
    /// the server `--server` names, which runs the same request as the
    /// credential's user. Either way the answer is the same.
    pub fn call<C: crate::ops::call::Call>(&self, request: C) -> Result<C::Answer> {
        match &self.settings.server {
            Some(url) => remote::call(self, url, &request),
            None => Ok(request.run(&mut self.session()?)?),
        }
    }
}

/// Answers a change's question: `--yes` answers for the user; without a
/// terminal nothing is asked and the change is refused (exit 9).
pub struct Terminal {
    yes: bool,
    interactive: bool,
}

impl Prompter for Terminal {
    fn confirm(&mut self, question: &Question) -> Result<(), Error> {
        if self.yes {
            return Ok(());
        }
        if !self.interactive {
            return crate::ops::front::NoOneToAsk.confirm(question);
        }
        let asked = crate::output::for_terminal(&question.naming());
        let yes = dialoguer::Confirm::new()
            .with_prompt(asked)
            .default(false)
            .interact()
            .map_err(|e| Error::NotConfirmed(format!("no answer: {e}")))?;
        if yes {
            Ok(())
        } else {
            Err(Error::NotConfirmed("declined; nothing was changed".into()))
        }
    }

    fn always_yes(&self) -> bool {
        self.yes
    }
}

/// Notices go to stderr, made terminal-safe: a message for people unless
/// `--quiet`, a warning always, a diagnostic with `--verbose`.
#[derive(Clone, Copy)]
pub struct Voice {
    quiet: bool,
    verbose: bool,
}

impl Notices for Voice {
    fn warn(&self, text: &str) {
        eprintln!("warning: {}", for_terminal_block(text));
    }
    fn say(&self, text: &str) {
        if !self.quiet {
            eprintln!("{}", for_terminal_block(text));
        }
    }
    fn debug(&self, text: &str) {
        if self.verbose {
            eprintln!("roster: {}", for_terminal_block(text));
        }
    }
}

/// Notices from the operations go where [`App::voice`] says.
impl Notices for App {
    fn warn(&self, text: &str) {
        self.voice().warn(text)
    }
    fn say(&self, text: &str) {
        self.voice().say(text)
    }
    fn debug(&self, text: &str) {
        self.voice().debug(text)
    }
}

/// A command that failed, and whether its error is to be written as JSON.
pub struct Failure {
    pub error: anyhow::Error,
    pub json: bool,
}

/// Resolves the settings once, then runs the command the arguments name. Errors
/// carry their exit code (see `exit::of_error`).
pub fn run(cli: Cli) -> Result<Exit, Failure> {
    let env = Env::from_process();
    let settings = Settings::resolve(&cli.global, &env).map_err(|error| Failure {
        json: crate::settings::json_errors(&cli.global, &env),
        error,
    })?;
    let json = settings.format.is_json();
    dispatch(cli, settings).map_err(|error| Failure { error, json })
}

fn dispatch(cli: Cli, settings: Settings) -> Result<Exit> {
    let out = Printer::new(
        settings.format,
        settings.quiet,
        settings.color,
        settings.width,
    );
    let templates = Templates::load(settings.templates_dir.as_deref())?;
    let mut app = App {
        settings,
        templates,
        out,
        now: now(),
        command: cli.path.clone(),
        acting: std::cell::OnceCell::new(),
        dry_run: std::cell::Cell::new(false),
    };
    for warning in &app.settings.warnings {
        app.warn(warning);
    }
    through_test_server(&mut app, &cli);
    where_it_runs(&app, &cli)?;
    app.debug(&format!(
        "store {}",
        crate::ops::db::shown(&app.settings.db)
    ));
    match cli.command {
        Command::User(cmd) => user::run(&mut app, cmd),
        Command::Audit(cmd) => audit::run(&mut app, cmd),
        Command::Auth(cmd) => auth::run(&mut app, cmd),
        Command::Mail(cmd) => mail::run(&mut app, cmd),
        Command::Db(cmd) => db::run(&mut app, cmd),
        Command::Config(cmd) => config::run(&mut app, cmd),
        Command::Role(cmd) => role::run(&mut app, cmd),
        Command::Group(cmd) => group::run(&mut app, cmd),
        Command::Feature(cmd) => feature::run(&mut app, cmd),
        Command::Attribute(cmd) => attribute::run(&mut app, cmd),
        Command::Token(cmd) => token::run(&mut app, cmd),
        Command::Serve(args) => serve::run(&mut app, args),
        Command::Login(args) => remote::login(&mut app, args),
        Command::Logout(args) => remote::logout(&mut app, args),
        Command::Whoami => remote::whoami(&mut app),
        Command::Completions { shell } => {
            // Generated into memory first: clap_complete panics on a write error,
            // and a closed pipe (`| head`) must end quietly like every command.
            app.out.bytes(&crate::cli::completion_script(shell))?;
            Ok(Exit::Ok)
        }
    }
}

/// The suite's pass through a server (`ROSTER_TEST_SERVER=1 cargo test`,
/// tests/cli/common): its harness starts `roster serve --admin-socket` on
/// the test's store and names the socket in `ROSTER_TEST_SERVER`; each
/// command that runs through a server goes to it, as with `--server`, and
/// the others (and any given its own store or config file) stay local.
/// Not for use outside the tests: set `--server` instead.
fn through_test_server(app: &mut App, cli: &Cli) {
    // Only in the debug builds the tests run; a release build ignores it.
    if !cfg!(debug_assertions) {
        return;
    }
    let Some(url) = std::env::var("ROSTER_TEST_SERVER")
        .ok()
        .filter(|url| crate::client::is_admin_socket_url(url))
    else {
        return;
    };
    let own_store = cli.global.db.is_some()
        || cli.global.config.is_some()
        || std::env::var_os("ROSTER_CONFIG").is_some()
        || !app.default_store();
    if app.settings.server.is_none() && !own_store && remote::runs_through_server(&cli.command) {
        app.settings.server = Some(url);
    }
}

/// Where the command runs, said before it does: `--as` is not sent to a
/// server; a command that does not run through one is refused with
/// `--server`; a token with no server is not used.
fn where_it_runs(app: &App, cli: &Cli) -> Result<()> {
    let admin_socket = app
        .settings
        .server
        .as_deref()
        .is_some_and(crate::client::is_admin_socket_url);
    if app.settings.server.is_some()
        && !admin_socket
        && app.settings.actor_source != crate::settings::Source::Default
    {
        app.warn(
            "--as (ROSTER_ACTOR) is not sent to a server: it acts as the user of the credential",
        );
    }
    if app.settings.server.is_some() && !remote::runs_through_server(&cli.command) {
        let links = matches!(
            cli.command,
            Command::Mail(crate::cli::MailCommand::Show { links: true, .. })
        );
        return Err(CliError::Usage(format!(
            "`roster {}{}` does not run through a server; run it where the store is, \
             without --server (or ROSTER_SERVER)",
            cli.path,
            if links { " --links" } else { "" }
        ))
        .into());
    }
    if app.settings.token.is_some()
        && app.settings.server.is_none()
        && !matches!(
            cli.command,
            Command::Completions { .. }
                | Command::Config(_)
                | Command::Login(_)
                | Command::Logout(_)
                | Command::Whoami
        )
    {
        app.warn(
            "ROSTER_TOKEN is set but no server is (--server, ROSTER_SERVER): the token is not used, \
             and this runs on the local store",
        );
    }
    Ok(())
}

/// The current time, to the second (times in the store have second precision).
pub fn now() -> Timestamp {
    crate::domain::types::to_second(Timestamp::now())
}

// Helpers the role, group, feature and attribute commands share.

pub(crate) fn joined(items: impl IntoIterator<Item = impl ToString>, separator: &str) -> String {
    items
        .into_iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(separator)
}

pub(crate) fn yes(flag: bool) -> String {
    if flag { "yes".into() } else { String::new() }
}

pub(crate) fn print<R: crate::output::Record>(app: &mut App, rows: &[R], none: &str) -> Result<()> {
    let mut list = app.out.list::<R>()?;
    for row in rows {
        list.push(row)?;
    }
    if list.finish()? == 0 {
        app.say(none);
    }
    Ok(())
}

pub(crate) use crate::domain::types::description;

/// A user in a group or holding a role.
#[derive(serde::Serialize)]
pub(crate) struct Member {
    id: String,
    email: String,
}

impl crate::output::Record for Member {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn table_headers() -> Vec<&'static str> {
        vec!["EMAIL", "USER ID"]
    }
    fn table_fits() -> Vec<crate::output::Fit> {
        use crate::output::Fit;
        vec![Fit::Keep, Fit::Id { rank: 1 }]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![self.email.clone(), self.id.clone()]
    }
}

pub(crate) fn members(found: Vec<(crate::domain::UserId, String)>) -> Vec<Member> {
    found
        .into_iter()
        .map(|(id, email)| Member {
            id: id.to_string(),
            email,
        })
        .collect()
}
