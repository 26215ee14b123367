//! Settings resolved once, before any command runs: flag > environment > config
//! file > default. Commands read these and never the environment.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::SignedDuration;
use serde::Deserialize;
use zeroize::Zeroizing;

use crate::cli::GlobalArgs;
use crate::domain::error::{Error, Result};
use crate::domain::password::Policy;
use crate::domain::types::parse_duration;
use crate::mail::Transport;
use crate::ops::AuthSettings;
use crate::output::Format;

/// The config file (TOML). Every key is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(default)]
    pub store: StoreConfig,
    #[serde(default)]
    pub invite: InviteConfig,
    #[serde(default)]
    pub mail: MailConfig,
    #[serde(default)]
    pub output: OutputConfig,
    #[serde(default)]
    pub password: PasswordConfig,
    #[serde(default)]
    pub session: SessionConfig,
    #[serde(default)]
    pub reset: ResetConfig,
    #[serde(default)]
    pub lockout: LockoutConfig,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordConfig {
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub min_score: Option<u8>,
    pub forbid_identity: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionConfig {
    pub idle: Option<String>,
    pub absolute: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResetConfig {
    pub ttl: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockoutConfig {
    pub attempts: Option<u32>,
    pub duration: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoreConfig {
    pub path: Option<PathBuf>,
    pub busy_timeout: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InviteConfig {
    pub ttl: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailConfig {
    pub transport: Option<String>,
    pub from: Option<String>,
    pub base_url: Option<String>,
    /// A directory whose NAME.subject / NAME.txt / NAME.html files replace the built-in ones.
    pub templates: Option<PathBuf>,
    /// A PEM file of CA certificates that smtp:// and smtps:// trust besides
    /// the built-in roots: the CA of a mail server with a private certificate.
    pub tls_ca: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutputConfig {
    pub format: Option<Format>,
}

/// Where a setting's value came from, for `config show`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Flag,
    Env,
    Config,
    Default,
}

#[derive(Clone, Debug)]
pub struct Settings {
    pub db: PathBuf,
    pub db_source: Source,
    pub config_path: Option<PathBuf>,
    pub format: Format,
    pub quiet: bool,
    pub actor: String,
    pub yes: bool,
    pub color: bool,
    pub verbose: bool,
    /// Both stdin and stderr are terminals: prompts are possible.
    pub interactive: bool,
    /// stderr is a terminal: long bulk work shows a progress bar there.
    pub progress: bool,
    pub busy_timeout: Duration,
    pub invite_ttl: SignedDuration,
    pub mail_transport: Transport,
    /// `mail.tls_ca`, as configured (it matters only to smtp:// and smtps://).
    pub mail_tls_ca: Option<PathBuf>,
    pub templates_dir: Option<PathBuf>,
    pub auth: AuthSettings,
    /// `--require-delivery`: a message that cannot be delivered now is exit 8.
    pub require_delivery: bool,
    pub mail_from: String,
    pub base_url: String,
    /// Where each setting `config show` lists came from.
    pub sources: std::collections::BTreeMap<&'static str, Source>,
}

/// The process environment, read in one place.
pub struct Env {
    vars: std::collections::HashMap<String, String>,
}

impl Env {
    pub fn from_process() -> Env {
        Env {
            vars: std::env::vars().collect(),
        }
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    fn truthy(&self, name: &str) -> bool {
        self.get(name).is_some_and(|v| {
            !matches!(
                v.to_ascii_lowercase().as_str(),
                "0" | "false" | "no" | "off"
            )
        })
    }
}

/// Whether errors should be the JSON object of SPEC §4 when the settings could not
/// be resolved (a bad config file, say): the flags, else `ROSTER_FORMAT`.
pub fn json_errors(args: &GlobalArgs, env: &Env) -> bool {
    args.json
        || args.format.map_or_else(
            || env.get("ROSTER_FORMAT").is_some_and(is_json_name),
            Format::is_json,
        )
}

/// The same, before the arguments parse: whether the raw arguments or
/// `ROSTER_FORMAT` ask for JSON.
pub fn json_errors_before_parse(args: &[String], env: &Env) -> bool {
    args.iter()
        .any(|a| a == "--json" || a.strip_prefix("--format=").is_some_and(is_json_name))
        || args
            .windows(2)
            .any(|w| w[0] == "--format" && is_json_name(&w[1]))
        || env.get("ROSTER_FORMAT").is_some_and(is_json_name)
}

fn is_json_name(name: &str) -> bool {
    name.eq_ignore_ascii_case("json") || name.eq_ignore_ascii_case("jsonl")
}

fn home(env: &Env) -> PathBuf {
    PathBuf::from(env.get("HOME").unwrap_or("."))
}

fn default_db(env: &Env) -> PathBuf {
    let data = env
        .get("XDG_DATA_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| home(env).join(".local/share"));
    data.join("roster").join("roster.db")
}

fn default_config(env: &Env) -> PathBuf {
    let config = env
        .get("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| home(env).join(".config"));
    config.join("roster").join("config.toml")
}

fn load_config(path: &Path) -> Result<ConfigFile> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::invalid("config", format!("cannot read {}: {e}", path.display())))?;
    toml::from_str(&text).map_err(|e| Error::invalid("config", format!("{}: {e}", path.display())))
}

fn default_actor(env: &Env) -> String {
    let user = env
        .get("USER")
        .or_else(|| env.get("LOGNAME"))
        .unwrap_or("unknown");
    let host = gethostname::gethostname();
    format!("{user}@{}", host.to_string_lossy())
}

impl Settings {
    pub fn resolve(args: &GlobalArgs, env: &Env) -> Result<Settings> {
        // clap reads ROSTER_DB and ROSTER_CONFIG itself (flag > env), so a path
        // here is either; which one is told apart for `config show`.
        let config_path = args.config.clone().or_else(|| {
            let default = default_config(env);
            default.exists().then_some(default)
        });
        let config = match &config_path {
            Some(path) => load_config(path)?,
            None => ConfigFile::default(),
        };
        let (db, db_source) = match (&args.db, &config.store.path) {
            (Some(db), _) if env.get("ROSTER_DB") == Some(&*db.to_string_lossy()) => {
                (db.clone(), Source::Env)
            }
            (Some(db), _) => (db.clone(), Source::Flag),
            (None, Some(path)) => (path.clone(), Source::Config),
            (None, None) => (default_db(env), Source::Default),
        };
        let format = if args.json {
            Format::Json
        } else if let Some(f) = args.format {
            f
        } else if let Some(raw) = env.get("ROSTER_FORMAT") {
            <Format as clap::ValueEnum>::from_str(raw, true).map_err(|_| {
                Error::invalid(
                    "ROSTER_FORMAT",
                    format!("{raw:?} is not one of table, json, jsonl, csv"),
                )
            })?
        } else {
            config.output.format.unwrap_or(Format::Table)
        };
        let actor = args
            .actor
            .clone()
            .or_else(|| env.get("ROSTER_ACTOR").map(str::to_string))
            .unwrap_or_else(|| default_actor(env));
        crate::domain::types::validate_text("actor", &actor, 200)?;
        let busy_timeout = config
            .store
            .busy_timeout
            .as_deref()
            .map(|d| parse_duration("store.busy_timeout", d))
            .transpose()?
            .map_or(Duration::from_secs(5), |d| {
                Duration::from_secs(d.as_secs().max(0) as u64)
            });
        let invite_ttl = config
            .invite
            .ttl
            .as_deref()
            .map(|d| parse_duration("invite.ttl", d))
            .transpose()?
            .unwrap_or(SignedDuration::from_hours(24 * 7));
        // Checked now, so a bad transport fails before any change is made.
        let smtp_credentials = match (env.get("ROSTER_SMTP_USER"), env.get("ROSTER_SMTP_PASSWORD"))
        {
            (Some(user), Some(password)) => {
                Some((user.to_string(), Zeroizing::new(password.to_string())))
            }
            (None, None) => None,
            _ => {
                return Err(Error::invalid(
                    "ROSTER_SMTP_USER",
                    "set both ROSTER_SMTP_USER and ROSTER_SMTP_PASSWORD, or neither",
                ));
            }
        };
        let mail_tls_ca = env
            .get("ROSTER_MAIL_TLS_CA")
            .map(PathBuf::from)
            .or_else(|| config.mail.tls_ca.clone());
        let mail_transport = Transport::parse(
            env.get("ROSTER_MAIL_TRANSPORT")
                .or(config.mail.transport.as_deref())
                .unwrap_or("file:outbox"),
            db.parent().unwrap_or(Path::new(".")),
            smtp_credentials,
            mail_tls_ca.as_deref(),
        )?;
        let duration = |field: &str, raw: &Option<String>, default: SignedDuration| {
            raw.as_deref()
                .map(|d| parse_duration(field, d))
                .transpose()
                .map(|d| d.unwrap_or(default))
        };
        let defaults = AuthSettings::default();
        let p = &config.password;
        let policy = Policy {
            min_length: p.min_length.unwrap_or(defaults.policy.min_length),
            max_length: p.max_length.unwrap_or(defaults.policy.max_length),
            min_score: p.min_score.unwrap_or(defaults.policy.min_score),
            forbid_identity: p.forbid_identity.unwrap_or(defaults.policy.forbid_identity),
        };
        if policy.min_score > 4
            || policy.min_length == 0
            || policy.min_length > policy.max_length
            || policy.max_length < crate::domain::password::MIN_GENERATED_LENGTH
        {
            return Err(Error::invalid(
                "password",
                format!(
                    "min_score is 0 to 4, and 1 <= min_length <= max_length, with max_length at least {} (generated passwords)",
                    crate::domain::password::MIN_GENERATED_LENGTH
                ),
            ));
        }
        let auth = AuthSettings {
            policy,
            reset_ttl: duration("reset.ttl", &config.reset.ttl, defaults.reset_ttl)?,
            session_idle: duration("session.idle", &config.session.idle, defaults.session_idle)?,
            session_absolute: duration(
                "session.absolute",
                &config.session.absolute,
                defaults.session_absolute,
            )?,
            lockout_attempts: config
                .lockout
                .attempts
                .unwrap_or(defaults.lockout_attempts)
                .max(1),
            lockout_duration: duration(
                "lockout.duration",
                &config.lockout.duration,
                defaults.lockout_duration,
            )?,
        };
        let from_config = |set: bool| if set { Source::Config } else { Source::Default };
        let from_env_or_config = |var: &str, set: bool| {
            if env.get(var).is_some() {
                Source::Env
            } else {
                from_config(set)
            }
        };
        let c = &config;
        let mut sources = std::collections::BTreeMap::new();
        sources.insert("store.path", db_source);
        sources.insert(
            "store.busy_timeout",
            from_config(c.store.busy_timeout.is_some()),
        );
        sources.insert(
            "output.format",
            if args.json || args.format.is_some() {
                Source::Flag
            } else {
                from_env_or_config("ROSTER_FORMAT", c.output.format.is_some())
            },
        );
        sources.insert("invite.ttl", from_config(c.invite.ttl.is_some()));
        sources.insert(
            "mail.transport",
            from_env_or_config("ROSTER_MAIL_TRANSPORT", c.mail.transport.is_some()),
        );
        sources.insert("mail.from", from_config(c.mail.from.is_some()));
        sources.insert("mail.base_url", from_config(c.mail.base_url.is_some()));
        sources.insert("mail.templates", from_config(c.mail.templates.is_some()));
        sources.insert(
            "mail.tls_ca",
            from_env_or_config("ROSTER_MAIL_TLS_CA", c.mail.tls_ca.is_some()),
        );
        sources.insert(
            "password.min_length",
            from_config(c.password.min_length.is_some()),
        );
        sources.insert(
            "password.max_length",
            from_config(c.password.max_length.is_some()),
        );
        sources.insert(
            "password.min_score",
            from_config(c.password.min_score.is_some()),
        );
        sources.insert(
            "password.forbid_identity",
            from_config(c.password.forbid_identity.is_some()),
        );
        sources.insert("session.idle", from_config(c.session.idle.is_some()));
        sources.insert(
            "session.absolute",
            from_config(c.session.absolute.is_some()),
        );
        sources.insert("reset.ttl", from_config(c.reset.ttl.is_some()));
        sources.insert(
            "lockout.attempts",
            from_config(c.lockout.attempts.is_some()),
        );
        sources.insert(
            "lockout.duration",
            from_config(c.lockout.duration.is_some()),
        );
        sources.insert(
            "actor",
            if args.actor.is_some() {
                Source::Flag
            } else if env.get("ROSTER_ACTOR").is_some() {
                Source::Env
            } else {
                Source::Default
            },
        );
        Ok(Settings {
            sources,
            db,
            db_source,
            config_path,
            format,
            quiet: args.quiet,
            actor,
            yes: args.yes || env.truthy("ROSTER_YES"),
            color: !args.no_color
                && env.get("NO_COLOR").is_none()
                && std::io::stdout().is_terminal(),
            verbose: args.verbose || env.truthy("ROSTER_LOG"),
            interactive: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
            progress: std::io::stderr().is_terminal(),
            busy_timeout,
            invite_ttl,
            mail_transport,
            mail_tls_ca,
            templates_dir: config.mail.templates,
            auth,
            require_delivery: args.require_delivery,
            mail_from: config
                .mail
                .from
                .unwrap_or_else(|| "roster <roster@localhost.localdomain>".to_string()),
            base_url: config
                .mail
                .base_url
                .unwrap_or_else(|| "http://localhost:8080".to_string()),
        })
    }
}
