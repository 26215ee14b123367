//! The command line as plain data: clap derive types only. Doc comments are the help.

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::output::Format;

mod attribute;
mod audit;
mod auth;
mod config;
mod db;
mod feature;
mod group;
mod mail;
mod role;
mod serve;
mod token;
mod user;
mod values;

pub use attribute::AttributeCommand;
pub use audit::AuditCommand;
pub use auth::{AuthCommand, SessionCommand};
pub use config::ConfigCommand;
pub use db::DbCommand;
pub use feature::FeatureCommand;
pub use group::GroupCommand;
pub use mail::MailCommand;
pub use role::{AssignArgs, PresetCommand, RoleArgs, RoleCommand, RoleUpdateArgs};
pub use serve::{LoginArgs, LogoutArgs, ServeArgs};
pub use token::{Expires, TokenCommand};
pub use user::{
    BlockArgs, BulkArgs, CreateArgs, EmailArgs, ExportArgs, FileArgs, ImportArgs, InviteArgs,
    ListArgs, Missing, PasswordSource, ProfileArgs, ResetPasswordArgs, SelectorArgs, SyncArgs,
    UpdateArgs, UserCommand,
};
use values::not_blank;

const ABOUT: &str = "Administer the user accounts of a back-office product on a local SQLite store or a PostgreSQL database";

const EXAMPLES: &str = "\
Examples:
  roster user create ada@example.com --first Ada --last Lovelace
  roster user list --status invited,invitation_expired
  roster user block grace@example.com --reason \"left the company\"
  roster user archive --inactive-for 180d --dry-run
  roster --json user show ada@example.com
  roster audit list --user ada@example.com";

#[derive(Debug, Parser)]
#[command(name = "roster", version, about = ABOUT, after_help = EXAMPLES)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,

    /// The command as typed, without its arguments: `user block`.
    #[arg(skip)]
    pub path: String,
}

/// Options every command takes. Each can also come from the environment; a flag
/// wins over the environment, which wins over the config file.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Store file, or postgres:// connection string (no password: use PGPASSWORD or
    /// ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]
    #[arg(long, global = true, value_name = "PATH|URL")]
    pub db: Option<PathBuf>,

    /// TOML config file [env: ROSTER_CONFIG] [default:
    /// $XDG_CONFIG_HOME/roster/config.toml, if it exists]
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Output format [env: ROSTER_FORMAT] [default: table]
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Short for --format json
    #[arg(long, global = true)]
    pub json: bool,

    /// Print only the ids of the affected or listed users, one a line
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]
    #[arg(long = "as", global = true, value_name = "ACTOR", value_parser = not_blank)]
    pub actor: Option<String>,

    /// Answer yes to confirmations [env: ROSTER_YES=1]
    #[arg(long, global = true)]
    pub yes: bool,

    /// No colour [env: NO_COLOR]
    #[arg(long, global = true)]
    pub no_color: bool,

    /// Exit 8 if a message this command sends cannot be delivered now (the
    /// change itself stands, and the message stays queued)
    #[arg(long, global = true)]
    pub require_delivery: bool,

    /// Use a store file other accounts can read, or another account owns
    /// (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]
    #[arg(long, global = true)]
    pub allow_shared_store: bool,

    /// Diagnostics on stderr [env: ROSTER_LOG]
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Run the command through this roster server, as the user signed in
    /// with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server's admin
    /// socket (as this OS account), instead of opening a store
    /// [env: ROSTER_SERVER]
    #[arg(long, global = true, value_name = "URL")]
    pub server: Option<String>,
}

// Parsed once per process; boxing the big variant would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create, list, change and move users through their lifecycle
    #[command(
        subcommand,
        after_help = "Examples:\n  roster user create ada@example.com --first Ada --last Lovelace\n  roster user list --status blocked\n  roster user block grace@example.com --reason \"left\"\n  roster user show ada@example.com"
    )]
    User(UserCommand),
    /// Read and verify the audit log
    #[command(
        subcommand,
        after_help = "Examples:\n  roster audit list --user ada@example.com\n  roster audit verify"
    )]
    Audit(AuditCommand),
    /// Sign users in and check credentials, sessions, invitations and resets
    #[command(
        subcommand,
        after_help = "Examples:\n  roster auth check ada@example.com users.read\n  printf '%s\\n' \"$PASSWORD\" | roster auth verify ada --password-stdin"
    )]
    Auth(AuthCommand),
    /// The outbox: mail queued by roster, delivered or waiting
    #[command(
        subcommand,
        after_help = "Examples:\n  roster mail list --queued\n  roster mail flush"
    )]
    Mail(MailCommand),
    /// The store: where it is, migrations, checks, statistics, backup, copy
    #[command(
        subcommand,
        after_help = "Examples:\n  roster db path\n  roster db check\n  roster db backup /var/backups/roster.db"
    )]
    Db(DbCommand),
    /// The settings roster runs with
    #[command(subcommand, after_help = "Examples:\n  roster config show")]
    Config(ConfigCommand),
    /// Roles: what users may do, and the rules for giving them
    #[command(
        subcommand,
        after_help = "Examples:\n  roster role preset apply back-office\n  roster role list\n  roster role create support --permission users.read"
    )]
    Role(RoleCommand),
    /// Groups users belong to: clients, teams, areas, stores, crews
    #[command(
        subcommand,
        after_help = "Examples:\n  roster group create 'client:Acme Fleet Ltd'\n  roster group members team:north"
    )]
    Group(GroupCommand),
    /// Features of the product that roles may need
    #[command(
        subcommand,
        after_help = "Examples:\n  roster feature enable TechnicianUsers\n  roster feature list"
    )]
    Feature(FeatureCommand),
    /// Rules for attribute values
    #[command(
        subcommand,
        after_help = "Examples:\n  roster attribute define operator_type --values PAYE,SubContractor\n  roster attribute list"
    )]
    Attribute(AttributeCommand),
    /// Sign in to a roster server, to run commands through it (SPEC §12)
    #[command(
        after_help = "Examples:\n  roster login https://accounts.example.com\n  printf '%s\\n' \"$PASSWORD\" | roster login https://accounts.example.com \\\n      --user ada@example.com --password-stdin\n  roster --server https://accounts.example.com user block bob@example.com\n\nThe session is kept, one per server, readable by you only, in\n$XDG_CONFIG_HOME/roster/credentials.json; it ends after session.absolute\n(30d), or session.idle (12h) unused. Other commands use it only with\n--server URL or ROSTER_SERVER. A CI job sets ROSTER_TOKEN (an API token of\nscope admin) instead."
    )]
    Login(LoginArgs),
    /// Sign out of a roster server: the session ends there and is forgotten here
    #[command(
        after_help = "Examples:\n  roster logout\n  roster logout https://accounts.example.com"
    )]
    Logout(LogoutArgs),
    /// Who you act as on the roster server, with what credential and permissions
    #[command(
        after_help = "Examples:\n  roster whoami\n  roster --server https://accounts.example.com whoami --json"
    )]
    Whoami,
    /// Run the account service: the pages behind the links in mail, and the API for the product's servers (SPEC §12)
    #[command(
        after_help = "Examples:\n  roster serve\n  roster serve --listen 127.0.0.1:9090 --listen unix:/run/roster/roster.sock\n  roster serve --public-url https://accounts.example.com \\\n      --listen 0.0.0.0:8443 --tls-cert cert.pem --tls-key key.pem\n  curl -s http://127.0.0.1:8080/healthz\n\nPages: /accept-invite and /reset (the links in mail), /forgot and\n/change-password. Their templates (serve.templates): base.html,\nset_password.html, forgot.html, change_password.html, message.html,\ncontinue.html.\n\nIt runs until SIGTERM or SIGINT, then finishes the requests in flight. Each\nrequest is one JSON line on stderr. The API's callers use an API token\n(`roster token`)."
    )]
    Serve(ServeArgs),
    /// API tokens: credentials a product's servers and CI jobs use instead of a password
    #[command(
        subcommand,
        after_help = "Examples:\n  roster token create shop-backend --user svc-shop@example.com --scope auth\n  roster token list\n  roster token revoke shop-backend"
    )]
    Token(TokenCommand),
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  roster completions bash > ~/.local/share/bash-completion/completions/roster\n  roster completions zsh > ~/.zfunc/_roster\n  roster completions fish > ~/.config/fish/completions/roster.fish"
    )]
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// How a subcommand's help reads: what it does, how to call it, examples,
/// and only then the options (the global ones last).
const SUBCOMMAND_HELP: &str = "\
{about-with-newline}
{usage-heading} {usage}{after-help}

{all-args}";

/// The full command: examples before the options at every level, and the
/// exit-code table at the end of the top-level help.
pub fn command() -> clap::Command {
    fn examples_first(cmd: clap::Command) -> clap::Command {
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        let mut cmd = cmd;
        for name in names {
            cmd = cmd.mut_subcommand(name, |sub| {
                let sub = if sub.get_after_help().is_some() {
                    sub.help_template(SUBCOMMAND_HELP)
                } else {
                    sub
                };
                examples_first(sub)
            });
        }
        cmd
    }
    let top = format!(
        "{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\n{EXAMPLES}\n\n{{all-args}}{{after-help}}"
    );
    examples_first(
        Cli::command()
            .help_template(top)
            .after_help(crate::exit::help_table()),
    )
}

/// The completion script for `shell`. clap's fish script leaves out the
/// values of positional arguments (`roster completions <TAB>`); they are
/// added here, one `complete` line per command that has such an argument.
pub fn completion_script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut cmd = command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "roster", &mut script);
    if shell == clap_complete::Shell::Fish {
        cmd.build();
        let mut lines = String::new();
        fish_positionals(&cmd, &mut Vec::new(), &mut lines);
        script.extend_from_slice(lines.as_bytes());
    }
    script
}

fn fish_positionals(cmd: &clap::Command, path: &mut Vec<String>, out: &mut String) {
    use std::fmt::Write as _;
    for arg in cmd.get_positionals() {
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !values.is_empty() && !path.is_empty() {
            let _ = writeln!(
                out,
                "complete -c roster -n \"__fish_roster_using_subcommand {}\" -f -a \"{}\"",
                path.join(" "),
                values.join(" ")
            );
        }
    }
    for sub in cmd.get_subcommands() {
        path.push(sub.get_name().to_string());
        fish_positionals(sub, path, out);
        path.pop();
    }
}

/// The man pages: `roster.1`, `roster-user.1`, `roster-user-create.1`, …,
/// as (file stem, roff text). The `help` subcommand has no page, and a
/// command that takes many USERs says so in its synopsis (`[USER]...`).
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    fn walk(cmd: clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) {
        let cmd = cmd.disable_help_subcommand(true);
        let mut roff = Vec::new();
        clap_mangen::Man::new(cmd.clone())
            .render(&mut roff)
            .expect("rendering into memory cannot fail");
        let mut text = String::from_utf8(roff).expect("clap_mangen writes UTF-8");
        for arg in cmd.get_positionals() {
            let many = matches!(arg.get_action(), clap::ArgAction::Append);
            if let (true, Some(names)) = (many, arg.get_value_names()) {
                let shown = format!("[\\fI{}\\fR]", names.join(" "));
                text = text.replacen(&shown, &format!("{shown}..."), 1);
            }
        }
        pages.push((name.to_string(), text.into_bytes()));
        for sub in cmd.get_subcommands() {
            let sub_name = format!("{name}-{}", sub.get_name());
            walk(sub.clone().name(sub_name.clone()), &sub_name, pages);
        }
    }
    let cmd = command();
    let mut pages = Vec::new();
    walk(cmd, "roster", &mut pages);
    pages
}

/// Parses the process arguments.
pub fn parse() -> Result<Cli, clap::Error> {
    let matches = command().try_get_matches()?;
    let mut cli = Cli::from_arg_matches(&matches)?;
    let mut names = Vec::new();
    let mut at = &matches;
    while let Some((name, sub)) = at.subcommand() {
        names.push(name);
        at = sub;
    }
    cli.path = names.join(" ");
    Ok(cli)
}
