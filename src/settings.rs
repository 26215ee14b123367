//! Settings resolved once, before any command runs: flag > environment > config
//! file > default. Commands read these and never the environment.
//!
//! Every config-file key is a row of [`KEYS`]: its name (`section.key`), its
//! environment variable (`ROSTER_SECTION_KEY`, plus any older alias), its
//! default as it would be written in the file, and its kind. Parsing the file,
//! reading the environment, the defaults and `config show` all go through
//! that one table.

mod env;
mod file;
mod keys;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::SignedDuration;
use zeroize::Zeroizing;

pub use self::env::{Env, json_errors, json_errors_before_parse};
pub use self::keys::{KEYS, Key, Kind, Source, Value};
use crate::cli::GlobalArgs;
use crate::domain::error::{Error, Result, quoted};
use crate::domain::password::Policy;
use crate::domain::types::parse_duration;
use crate::mail::Transport;
use crate::ops::AuthSettings;
use crate::output::Format;
use crate::store::{PgDefaults, StoreLocation};

#[derive(Clone, Debug)]
pub struct Settings {
    /// The store, parsed once: a SQLite file or a PostgreSQL database.
    pub db: StoreLocation,
    /// What completes a PostgreSQL connection string (the PG* variables),
    /// for stores named other than by `db` (`db copy FROM TO`).
    pub pg_defaults: PgDefaults,
    pub config_path: Option<PathBuf>,
    pub format: Format,
    pub quiet: bool,
    pub actor: String,
    pub actor_source: Source,
    pub yes: bool,
    pub color: bool,
    pub verbose: bool,
    /// Both stdin and stderr are terminals: prompts are possible.
    pub interactive: bool,
    /// stderr is a terminal: long bulk work shows a progress bar there.
    pub progress: bool,
    /// How wide tables may be: the terminal's width when stdout is one (80
    /// when it reports none), None (no limit) when stdout is a file or pipe.
    pub width: Option<usize>,
    pub busy_timeout: Duration,
    pub allow_shared_store: bool,
    pub invite_ttl: SignedDuration,
    pub mail_transport: Transport,
    /// The overall time one command spends delivering mail.
    pub mail_deadline: Duration,
    pub templates_dir: Option<PathBuf>,
    pub auth: AuthSettings,
    /// `--require-delivery`: a message that cannot be delivered now is exit 8.
    pub require_delivery: bool,
    pub mail_from: String,
    pub base_url: String,
    /// `roster serve`'s keys.
    pub serve: ServeSettings,
    /// Where commands go instead of a store (`--server`, `client.server`).
    pub server: Option<String>,
    /// Roots to trust for the server's certificate (`client.ca_file`).
    pub ca_file: Option<PathBuf>,
    /// `ROSTER_TOKEN`: an API token of scope `admin` for the server, in
    /// place of a session from `roster login`.
    pub token: Option<HiddenToken>,
    /// Where `roster login` keeps its sessions.
    pub credentials: PathBuf,
    /// Every key of [`KEYS`] as resolved, for `config show`.
    pub values: BTreeMap<&'static str, Value>,
    /// What a person should know about the settings (a misspelled variable).
    pub warnings: Vec<String>,
}

/// Whether `db` is a libpq keyword/value connection string (`host=db
/// dbname=roster password=…`) rather than a path: one of its words is a
/// libpq keyword followed by `=`.
fn is_libpq_keywords(db: &Path) -> bool {
    const KEYWORDS: &[&str] = &[
        "host",
        "hostaddr",
        "port",
        "dbname",
        "user",
        "password",
        "passfile",
        "sslmode",
        "sslrootcert",
        "service",
        "connect_timeout",
        "application_name",
        "options",
        "target_session_attrs",
    ];
    let text = db.to_string_lossy();
    !text.starts_with("postgres://")
        && !text.starts_with("postgresql://")
        && text.split_whitespace().any(|word| {
            word.split_once('=')
                .is_some_and(|(key, _)| KEYWORDS.contains(&key.trim()))
        })
}

fn default_db(env: &Env) -> PathBuf {
    let data = env
        .get_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| env.home().join(".local/share"));
    data.join("roster").join("roster.db")
}

fn default_config(env: &Env) -> PathBuf {
    let config = env
        .get_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| env.home().join(".config"));
    config.join("roster").join("config.toml")
}

/// Every key resolved from the flags, the environment, the config file and
/// the defaults, in that order of precedence.
fn resolve_values(
    flags: &[(&'static str, OsString)],
    env: &Env,
    file: &BTreeMap<&'static str, String>,
) -> BTreeMap<&'static str, Value> {
    KEYS.iter()
        .map(|key| {
            let from_flag = flags
                .iter()
                .find(|(name, _)| *name == key.name)
                .map(|(_, raw)| Value {
                    raw: raw.clone(),
                    source: Source::Flag,
                    var: None,
                });
            let from_env = || {
                key.env_names().into_iter().find_map(|var| {
                    env.get_os(&var).map(|raw| Value {
                        raw: raw.to_os_string(),
                        source: Source::Env,
                        var: Some(var),
                    })
                })
            };
            let from_file = || {
                file.get(key.name).map(|raw| Value {
                    raw: raw.into(),
                    source: Source::Config,
                    var: None,
                })
            };
            let value = from_flag
                .or_else(from_env)
                .or_else(from_file)
                .unwrap_or_else(|| Value {
                    raw: match key.name {
                        "store.path" => default_db(env).into_os_string(),
                        _ => key.default.into(),
                    },
                    source: Source::Default,
                    var: None,
                });
            (key.name, value)
        })
        .collect()
}

/// Typed reads of resolved values; each error names the key and where the
/// bad value came from.
/// A token from the environment: shown by `Debug` as hidden, wiped when
/// dropped.
#[derive(Clone)]
pub struct HiddenToken(Zeroizing<String>);

impl HiddenToken {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for HiddenToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[hidden]")
    }
}

/// What `roster serve` runs with (SPEC §12), from the `serve.` keys.
#[derive(Clone, Debug)]
pub struct ServeSettings {
    /// Where it listens (`serve.listen`), as written.
    pub listen: Vec<String>,
    pub tell_reason: bool,
    /// Sign-in attempts per account each minute.
    pub sign_in_limit: u32,
    pub behind_proxy: bool,
    /// `serve.trusted_proxies`, as written.
    pub trusted_proxies: Vec<String>,
    /// Where mail's links point (`serve.public_url`; unset: `mail.base_url`).
    pub public_url: Option<String>,
    /// The product's name on the pages.
    pub product_name: String,
    /// An image shown on the pages, served as `/logo`.
    pub logo: Option<PathBuf>,
    /// A directory of page templates replacing the built-in ones.
    pub templates: Option<PathBuf>,
    /// At most one reset mail per account this often from `/forgot`.
    pub reset_mail_interval: SignedDuration,
    /// Form submissions per client address each minute.
    pub page_limit: u32,
    /// `scim.delete = delete`: a SCIM DELETE deletes the user (else it
    /// archives them).
    pub scim_deletes: bool,
}

impl ServeSettings {
    fn read(v: &Values<'_>) -> Result<ServeSettings> {
        let list = |name: &str| -> Result<Vec<String>> {
            Ok(v.text(name)?
                .split(',')
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect())
        };
        let public_url = v.text("serve.public_url")?;
        let public_url = (!public_url.trim().is_empty()).then(|| public_url.trim().to_string());
        if let Some(url) = &public_url {
            check_base_url(&v.get("serve.public_url").origin("serve.public_url"), url)?;
        }
        Ok(ServeSettings {
            listen: list("serve.listen")?,
            tell_reason: v.bool("serve.tell_reason")?,
            sign_in_limit: v.count("serve.sign_in_limit")?,
            behind_proxy: v.bool("serve.behind_proxy")?,
            trusted_proxies: list("serve.trusted_proxies")?,
            public_url,
            product_name: v.text("serve.product_name")?.trim().to_string(),
            logo: v.path("serve.logo"),
            templates: v.path("serve.templates"),
            reset_mail_interval: v.duration("serve.reset_mail_interval")?,
            page_limit: v.count("serve.page_limit")?,
            scim_deletes: match v.text("scim.delete")?.trim() {
                "archive" => false,
                "delete" => true,
                other => {
                    return Err(Error::invalid(
                        v.get("scim.delete").origin("scim.delete"),
                        format!("{} is not archive or delete", quoted(other)),
                    ));
                }
            },
        })
    }
}

struct Values<'a>(&'a BTreeMap<&'static str, Value>);

impl Values<'_> {
    fn get(&self, name: &str) -> &Value {
        self.0
            .get(name)
            .unwrap_or_else(|| panic!("{name} is not a row of settings::KEYS"))
    }

    fn text(&self, name: &str) -> Result<String> {
        let value = self.get(name);
        value
            .raw
            .to_str()
            .map(str::to_string)
            .ok_or_else(|| Error::invalid(value.origin(name), "is not valid UTF-8"))
    }

    fn path(&self, name: &str) -> Option<PathBuf> {
        let raw = &self.get(name).raw;
        (!raw.is_empty()).then(|| PathBuf::from(raw))
    }

    fn duration(&self, name: &str) -> Result<SignedDuration> {
        let text = self.text(name)?;
        parse_duration(&self.get(name).origin(name), &text)
    }

    fn count<T: std::str::FromStr>(&self, name: &str) -> Result<T> {
        let text = self.text(name)?;
        text.trim().parse().map_err(|_| {
            Error::invalid(
                self.get(name).origin(name),
                format!("{text} is not a whole number", text = quoted(&text)),
            )
        })
    }

    fn bool(&self, name: &str) -> Result<bool> {
        let text = self.text(name)?;
        match text.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" | "1" => Ok(true),
            "false" | "no" | "off" | "0" => Ok(false),
            _ => Err(Error::invalid(
                self.get(name).origin(name),
                format!("{text} is not true or false", text = quoted(&text)),
            )),
        }
    }

    fn format(&self, name: &str) -> Result<Format> {
        let text = self.text(name)?;
        <Format as clap::ValueEnum>::from_str(text.trim(), true).map_err(|_| {
            Error::invalid(
                self.get(name).origin(name),
                format!(
                    "{text} is not one of table, json, jsonl, csv",
                    text = quoted(&text)
                ),
            )
        })
    }
}

/// `mail.base_url` goes into every link roster mails: an http(s) URL with no
/// `user:password@` part (it would put the password in every message).
fn check_base_url(origin: &str, url: &str) -> Result<()> {
    let Some((scheme, rest)) = url.split_once("://") else {
        return Err(Error::invalid(
            origin,
            format!(
                "{url} is not a URL like https://accounts.example.com",
                url = quoted(url)
            ),
        ));
    };
    if !matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https") {
        return Err(Error::invalid(
            origin,
            format!("{url}: links need http:// or https://", url = quoted(url)),
        ));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return Err(Error::invalid(
            origin,
            "a user name or password in the URL would be in every email sent; remove the part before @",
        ));
    }
    if authority.is_empty() {
        return Err(Error::invalid(
            origin,
            format!("{url} has no host", url = quoted(url)),
        ));
    }
    Ok(())
}

/// `store.busy_timeout`, at most a day (SQLite counts it in milliseconds in
/// 32 bits).
fn busy_timeout(v: &Values<'_>) -> Result<SignedDuration> {
    let timeout = v.duration("store.busy_timeout")?;
    if timeout > SignedDuration::from_hours(24) {
        return Err(Error::invalid(
            v.get("store.busy_timeout").origin("store.busy_timeout"),
            "must be at most 24h",
        ));
    }
    Ok(timeout)
}

impl Settings {
    /// The store `db` names, completed from the environment as the
    /// settings' own store is: for a store named on the command line.
    pub fn store_location(&self, db: &Path) -> StoreLocation {
        StoreLocation::parse(db, self.pg_defaults.clone())
    }

    pub fn resolve(args: &GlobalArgs, env: &Env) -> anyhow::Result<Settings> {
        if args.json && args.format.is_some_and(|f| f != Format::Json) {
            return Err(crate::exit::CliError::Usage(
                "--json is short for --format json; give one or the other".into(),
            )
            .into());
        }
        let config_path = match &args.config {
            Some(path) => Some(path.clone()),
            None => env.get_os("ROSTER_CONFIG").map(PathBuf::from).or_else(|| {
                let default = default_config(env);
                default.exists().then_some(default)
            }),
        };
        let file = match &config_path {
            Some(path) => file::load_config(path)?,
            None => BTreeMap::new(),
        };
        let mut flags: Vec<(&'static str, OsString)> = Vec::new();
        if let Some(db) = &args.db {
            flags.push(("store.path", db.clone().into_os_string()));
        }
        if args.json {
            flags.push(("output.format", "json".into()));
        } else if let Some(format) = args.format {
            flags.push(("output.format", format.name().into()));
        }
        if args.allow_shared_store {
            flags.push(("store.allow_shared", "true".into()));
        }
        if let Some(server) = &args.server {
            flags.push(("client.server", server.into()));
        }
        let values = resolve_values(&flags, env, &file);
        let v = Values(&values);

        let db = v
            .path("store.path")
            .ok_or_else(|| Error::invalid("store.path", "must not be empty"))?;
        if is_libpq_keywords(&db) {
            // Never a file name: it would be a SQLite file named with the
            // password. The value is not repeated, as it may hold one.
            return Err(Error::invalid(
                "store.path",
                "it is a libpq keyword string (host=… dbname=…); roster takes the URL form \
                 postgresql://USER@HOST:PORT/DBNAME, with the password in PGPASSWORD or \
                 ~/.pgpass",
            )
            .into());
        }
        let pg_defaults = env.pg_defaults();
        let db = StoreLocation::parse(&db, pg_defaults.clone());
        if args.db.is_some() && db.has_password() {
            return Err(Error::invalid(
                "db",
                "a password in --db shows in `ps` and in shell history: give it in PGPASSWORD \
                 or ~/.pgpass, or the whole connection string in ROSTER_DB",
            )
            .into());
        }
        let (actor, actor_source) = match (&args.actor, env.get("ROSTER_ACTOR")?) {
            (Some(actor), _) => (actor.clone(), Source::Flag),
            (None, Some(actor)) => (actor.to_string(), Source::Env),
            (None, None) => (env.default_actor(), Source::Default),
        };
        if actor.trim().is_empty() {
            return Err(Error::invalid("actor", "must not be blank").into());
        }
        crate::domain::types::validate_text("actor", &actor, 200)?;
        // Checked now, so a bad transport fails before any change is made.
        let smtp_credentials = match (
            env.get("ROSTER_SMTP_USER")?,
            env.get("ROSTER_SMTP_PASSWORD")?,
        ) {
            (Some(user), Some(password)) => {
                Some((user.to_string(), Zeroizing::new(password.to_string())))
            }
            (None, None) => None,
            _ => {
                return Err(Error::invalid(
                    "ROSTER_SMTP_USER",
                    "set both ROSTER_SMTP_USER and ROSTER_SMTP_PASSWORD, or neither",
                )
                .into());
            }
        };
        // A relative outbox is next to the store file; for a store on a
        // server, next to where the default store file would be.
        let beside = match &db {
            StoreLocation::Sqlite(path) => path.clone(),
            StoreLocation::Postgres(_) => default_db(env),
        };
        let mail_transport = Transport::parse(
            &v.text("mail.transport")?,
            beside.parent().unwrap_or(Path::new(".")),
            smtp_credentials,
            v.path("mail.tls_ca").as_deref(),
        )?;
        let base_url = v.text("mail.base_url")?;
        check_base_url(&v.get("mail.base_url").origin("mail.base_url"), &base_url)?;
        let policy = Policy {
            min_length: v.count("password.min_length")?,
            max_length: v.count("password.max_length")?,
            min_score: v.count("password.min_score")?,
            forbid_identity: v.bool("password.forbid_identity")?,
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
            )
            .into());
        }
        let auth = AuthSettings {
            policy,
            reset_ttl: v.duration("reset.ttl")?,
            session_idle: v.duration("session.idle")?,
            session_absolute: v.duration("session.absolute")?,
            lockout_attempts: v.count::<u32>("lockout.attempts")?.max(1),
            lockout_duration: v.duration("lockout.duration")?,
        };
        let seconds = |d: SignedDuration| Duration::from_secs(d.as_secs().max(0) as u64);
        Ok(Settings {
            config_path,
            format: v.format("output.format")?,
            quiet: args.quiet,
            actor,
            actor_source,
            yes: args.yes || env.truthy("ROSTER_YES"),
            color: !args.no_color
                && env.get_os("NO_COLOR").is_none()
                && std::io::stdout().is_terminal(),
            verbose: args.verbose || env.truthy("ROSTER_LOG"),
            interactive: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
            progress: std::io::stderr().is_terminal(),
            width: env.table_width(),
            busy_timeout: seconds(busy_timeout(&v)?),
            allow_shared_store: v.bool("store.allow_shared")?,
            invite_ttl: v.duration("invite.ttl")?,
            mail_transport,
            mail_deadline: seconds(v.duration("mail.deadline")?),
            templates_dir: v.path("mail.templates"),
            auth,
            require_delivery: args.require_delivery,
            mail_from: v.text("mail.from")?,
            base_url,
            serve: ServeSettings::read(&v)?,
            server: Some(v.text("client.server")?.trim().to_string()).filter(|s| !s.is_empty()),
            ca_file: v.path("client.ca_file"),
            token: env
                .get("ROSTER_TOKEN")?
                .map(|t| HiddenToken(Zeroizing::new(t.trim().to_string())))
                .filter(|t| !t.0.is_empty()),
            credentials: default_config(env).with_file_name("credentials.json"),
            db,
            pg_defaults,
            values,
            warnings: env.unknown_roster_vars(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn base_urls_with_userinfo_are_refused() {
        assert!(check_base_url("u", "https://accounts.example.com/x").is_ok());
        assert!(check_base_url("u", "http://localhost:8080").is_ok());
        for bad in [
            "https://me:secret@accounts.example.com",
            "https://me@accounts.example.com/",
            "ftp://x.example.com",
            "accounts.example.com",
            "https:///path",
        ] {
            assert!(check_base_url("u", bad).is_err(), "{bad}");
        }
    }
}
