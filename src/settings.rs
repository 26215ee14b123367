//! Settings resolved once, before any command runs: flag > environment > config
//! file > default. Commands read these and never the environment.
//!
//! Every config-file key is a row of [`KEYS`]: its name (`section.key`), its
//! environment variable (`ROSTER_SECTION_KEY`, plus any older alias), its
//! default as it would be written in the file, and its kind. Parsing the file,
//! reading the environment, the defaults and `config show` all go through
//! that one table.

use std::collections::{BTreeMap, HashMap};
use std::ffi::{OsStr, OsString};
use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::SignedDuration;
use zeroize::Zeroizing;

use crate::cli::GlobalArgs;
use crate::domain::error::{Error, Result, quoted};
use crate::domain::password::Policy;
use crate::domain::types::parse_duration;
use crate::mail::Transport;
use crate::ops::AuthSettings;
use crate::output::Format;

/// What kind of value a key holds: how it is checked and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Path,
    /// `90s`, `15m`, `12h`, `7d`, `2w`: shown as written.
    Duration,
    Count,
    Bool,
    Text,
    Format,
}

/// One setting of the config file.
#[derive(Debug)]
pub struct Key {
    /// `section.key`, as in the config file.
    pub name: &'static str,
    /// Older environment variables that also set it, read before the
    /// `ROSTER_SECTION_KEY` form.
    pub aliases: &'static [&'static str],
    /// The default, written as in the file; empty means none (shown as `unset`).
    pub default: &'static str,
    pub kind: Kind,
    /// What an unset key means, for `config show` (`(built in)`).
    pub unset: &'static str,
    pub help: &'static str,
}

impl Key {
    /// `ROSTER_SECTION_KEY`.
    pub fn env_name(&self) -> String {
        format!(
            "ROSTER_{}",
            self.name.to_ascii_uppercase().replace('.', "_")
        )
    }

    /// Every environment variable that sets this key, in the order read.
    pub fn env_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.aliases.iter().map(|a| a.to_string()).collect();
        names.push(self.env_name());
        names
    }
}

const fn key(name: &'static str, default: &'static str, kind: Kind, help: &'static str) -> Key {
    Key {
        name,
        aliases: &[],
        default,
        kind,
        unset: "",
        help,
    }
}

/// Every config-file key. The store path's default depends on
/// `$XDG_DATA_HOME`, so it is computed (see [`default_db`]).
pub const KEYS: &[Key] = &[
    Key {
        aliases: &["ROSTER_DB"],
        ..key(
            "store.path",
            "",
            Kind::Path,
            "the store file or postgres:// connection string (also --db); default $XDG_DATA_HOME/roster/roster.db",
        )
    },
    key(
        "store.busy_timeout",
        "5s",
        Kind::Duration,
        "how long a write waits for another process's lock before exit 8",
    ),
    key(
        "store.allow_shared",
        "false",
        Kind::Bool,
        "use a store other accounts can read or that another account owns, with a warning (also --allow-shared-store)",
    ),
    Key {
        aliases: &["ROSTER_FORMAT"],
        ..key(
            "output.format",
            "table",
            Kind::Format,
            "table, json, jsonl or csv (also --format, --json)",
        )
    },
    key(
        "invite.ttl",
        "7d",
        Kind::Duration,
        "how long an invitation link works",
    ),
    key(
        "mail.transport",
        "file:outbox",
        Kind::Text,
        "file:DIR (relative to the store), smtp://HOST:PORT, smtps://HOST:PORT or sendmail",
    ),
    key(
        "mail.from",
        "roster <roster@localhost.localdomain>",
        Kind::Text,
        "the From address of every message",
    ),
    key(
        "mail.base_url",
        "http://localhost:8080",
        Kind::Text,
        "links in mail are this plus a path; no user:password@ part",
    ),
    Key {
        unset: "(built in)",
        ..key(
            "mail.templates",
            "",
            Kind::Path,
            "a directory whose NAME.subject, NAME.txt and NAME.html replace the built-in templates",
        )
    },
    Key {
        unset: "(public roots only)",
        ..key(
            "mail.tls_ca",
            "",
            Kind::Path,
            "a PEM file of CA certificates smtp:// and smtps:// also trust",
        )
    },
    key(
        "mail.deadline",
        "30s",
        Kind::Duration,
        "how long one command spends delivering mail; what is left stays queued",
    ),
    key(
        "password.min_length",
        "12",
        Kind::Count,
        "fewest characters a password may have",
    ),
    key(
        "password.max_length",
        "256",
        Kind::Count,
        "most characters a password may have",
    ),
    key(
        "password.min_score",
        "3",
        Kind::Count,
        "lowest zxcvbn strength (0-4) a password may have",
    ),
    key(
        "password.forbid_identity",
        "true",
        Kind::Bool,
        "refuse passwords that contain the email name or username",
    ),
    key(
        "session.idle",
        "12h",
        Kind::Duration,
        "a session ends after this long unused",
    ),
    key(
        "session.absolute",
        "30d",
        Kind::Duration,
        "a session ends this long after sign-in",
    ),
    key(
        "reset.ttl",
        "1h",
        Kind::Duration,
        "how long a reset link works",
    ),
    key(
        "lockout.attempts",
        "10",
        Kind::Count,
        "consecutive wrong passwords that lock an account",
    ),
    key(
        "lockout.duration",
        "15m",
        Kind::Duration,
        "how long a lockout lasts",
    ),
];

/// Where a setting's value came from, for `config show`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Flag,
    Env,
    Config,
    Default,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Flag => "flag",
            Source::Env => "env",
            Source::Config => "config",
            Source::Default => "default",
        }
    }
}

/// One key's value as written, and where it came from.
#[derive(Clone, Debug)]
pub struct Value {
    pub raw: OsString,
    pub source: Source,
    /// The environment variable it came from, when it did.
    pub var: Option<String>,
}

impl Value {
    /// What to call this value in an error: the key, and where it was set.
    fn origin(&self, key: &str) -> String {
        match (&self.var, self.source) {
            (Some(var), _) => format!("{key} (from {var})"),
            (None, Source::Config) => format!("{key} (from the config file)"),
            (None, Source::Flag) => format!("{key} (from its flag)"),
            _ => key.to_string(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Settings {
    pub db: PathBuf,
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
    /// Every key of [`KEYS`] as resolved, for `config show`.
    pub values: BTreeMap<&'static str, Value>,
    /// What a person should know about the settings (a misspelled variable).
    pub warnings: Vec<String>,
}

/// The process environment, read in one place. Variables whose names or
/// values are not UTF-8 are kept as they are: an unrelated one is never
/// looked at, and one roster reads is an error only when it is not a path.
pub struct Env {
    vars: HashMap<OsString, OsString>,
}

impl Env {
    /// `ROSTER_…` variables roster does not read: most likely misspelled.
    fn unknown_roster_vars(&self) -> Vec<String> {
        let mut known: Vec<String> = KEYS.iter().flat_map(Key::env_names).collect();
        known.extend(
            [
                "ROSTER_CONFIG",
                "ROSTER_ACTOR",
                "ROSTER_YES",
                "ROSTER_LOG",
                "ROSTER_SMTP_USER",
                "ROSTER_SMTP_PASSWORD",
            ]
            .map(String::from),
        );
        let mut warnings: Vec<String> = self
            .vars
            .keys()
            .filter_map(|name| name.to_str())
            .filter(|name| name.starts_with("ROSTER_") && !known.iter().any(|k| k == name))
            // The test suite's own variables.
            .filter(|name| {
                !name.starts_with("ROSTER_TEST")
                    && !name.starts_with("ROSTER_UNDER_TEST")
                    && *name != "ROSTER_BLESS"
            })
            .map(|name| {
                let nearest = known.iter().min_by_key(|k| edit_distance(k, name));
                match nearest.filter(|k| edit_distance(k, name) <= 3) {
                    Some(k) => format!("{name} is not a variable roster reads; did you mean {k}?"),
                    None => {
                        format!("{name} is not a variable roster reads (see `roster config show`)")
                    }
                }
            })
            .collect();
        warnings.sort();
        warnings
    }

    pub fn from_process() -> Env {
        Env {
            vars: std::env::vars_os().collect(),
        }
    }

    /// An environment of these variables only (for tests and library users).
    pub fn from_pairs<K: Into<OsString>, V: Into<OsString>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Env {
        Env {
            vars: pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        }
    }

    /// A variable's value, unless it is unset or empty.
    pub fn get_os(&self, name: &str) -> Option<&OsStr> {
        self.vars
            .get(OsStr::new(name))
            .map(OsString::as_os_str)
            .filter(|v| !v.is_empty())
    }

    /// A variable's value as text: None when unset or empty, an error naming
    /// it when it is not UTF-8.
    pub fn get(&self, name: &str) -> Result<Option<&str>> {
        self.get_os(name)
            .map(|v| {
                v.to_str()
                    .ok_or_else(|| Error::invalid(name, "is not valid UTF-8"))
            })
            .transpose()
    }

    /// A yes/no variable (`ROSTER_YES=1`): set and not `0`, `false`, `no`, `off`.
    fn truthy(&self, name: &str) -> bool {
        self.get_os(name).is_some_and(|v| {
            !matches!(
                v.to_string_lossy().to_ascii_lowercase().as_str(),
                "0" | "false" | "no" | "off"
            )
        })
    }
}

/// Whether errors should be the JSON object of SPEC §4 when the settings could not
/// be resolved (a bad config file, say): the flags, else the environment.
pub fn json_errors(args: &GlobalArgs, env: &Env) -> bool {
    args.json
        || args
            .format
            .map_or_else(|| format_env_is_json(env), Format::is_json)
}

/// The same, before the arguments parse: whether the raw arguments or the
/// environment ask for JSON.
pub fn json_errors_before_parse(args: &[String], env: &Env) -> bool {
    args.iter()
        .any(|a| a == "--json" || a.strip_prefix("--format=").is_some_and(is_json_name))
        || args
            .windows(2)
            .any(|w| w[0] == "--format" && is_json_name(&w[1]))
        || format_env_is_json(env)
}

fn format_env_is_json(env: &Env) -> bool {
    ["ROSTER_FORMAT", "ROSTER_OUTPUT_FORMAT"]
        .iter()
        .any(|v| env.get(v).ok().flatten().is_some_and(is_json_name))
}

/// Levenshtein distance, for "did you mean".
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

fn is_json_name(name: &str) -> bool {
    name.eq_ignore_ascii_case("json") || name.eq_ignore_ascii_case("jsonl")
}

fn home(env: &Env) -> PathBuf {
    PathBuf::from(env.get_os("HOME").unwrap_or(OsStr::new(".")))
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
    !crate::store::Store::is_url(db)
        && text.split_whitespace().any(|word| {
            word.split_once('=')
                .is_some_and(|(key, _)| KEYWORDS.contains(&key.trim()))
        })
}

fn default_db(env: &Env) -> PathBuf {
    let data = env
        .get_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| home(env).join(".local/share"));
    data.join("roster").join("roster.db")
}

fn default_config(env: &Env) -> PathBuf {
    let config = env
        .get_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| home(env).join(".config"));
    config.join("roster").join("config.toml")
}

/// Reads the config file into `section.key` → value as written. An unknown
/// section or key is an error that names it and the keys there are.
fn load_config(path: &Path) -> Result<BTreeMap<&'static str, String>> {
    check_config_owner(path)?;
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::invalid("config", format!("cannot read {}: {e}", path.display())))?;
    let table: toml::Table = toml::from_str(&text)
        .map_err(|e| Error::invalid("config", format!("{}: {e}", path.display())))?;
    let bad = |message: String| Error::invalid("config", format!("{}: {message}", path.display()));
    let mut values = BTreeMap::new();
    for (section, entries) in &table {
        let toml::Value::Table(entries) = entries else {
            return Err(bad(format!(
                "{section} must be a [section]; known sections: {}",
                sections().join(", "),
                section = quoted(section)
            )));
        };
        if !sections().contains(&section.as_str()) {
            return Err(bad(format!(
                "unknown section [{section}]; known sections: {}",
                sections().join(", ")
            )));
        }
        for (name, value) in entries {
            let full = format!("{section}.{name}");
            let Some(key) = KEYS.iter().find(|k| k.name == full) else {
                let known: Vec<&str> = KEYS
                    .iter()
                    .filter(|k| k.name.starts_with(&format!("{section}.")))
                    .map(|k| k.name)
                    .collect();
                return Err(bad(format!(
                    "unknown key {full}; known keys in [{section}]: {}",
                    known.join(", ")
                )));
            };
            let written = match value {
                toml::Value::String(s) => s.clone(),
                toml::Value::Integer(n) => n.to_string(),
                toml::Value::Boolean(b) => b.to_string(),
                other => {
                    return Err(bad(format!(
                        "{full} must be a string, a number or true/false, not {}",
                        other.type_str()
                    )));
                }
            };
            values.insert(key.name, written);
        }
    }
    Ok(values)
}

/// The config file can name a program roster runs (`mail.transport =
/// "sendmail:/path"`), so one another account could have written is
/// refused: it must be this account's or root's, and writable by no one else.
fn check_config_owner(path: &Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt as _;
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(()); // reading it says what is wrong
    };
    let owner = meta.uid();
    let mode = meta.mode() & 0o777;
    if (owner != crate::private::effective_uid() && owner != 0) || mode & 0o022 != 0 {
        return Err(Error::invalid(
            "config",
            format!(
                "{} may have been written by another account (owner uid {owner}, mode {mode:04o}); \
                 it can name a program roster runs, so it must be yours (or root's) and writable \
                 by no one else: chmod go-w it",
                path.display()
            ),
        ));
    }
    Ok(())
}

/// The sections of the config file, in the order of [`KEYS`].
fn sections() -> Vec<&'static str> {
    let mut sections: Vec<&'static str> = Vec::new();
    for key in KEYS {
        let section = key.name.split_once('.').map_or(key.name, |(s, _)| s);
        if !sections.contains(&section) {
            sections.push(section);
        }
    }
    sections
}

/// The name of the account this process runs as: `$USER`, `$LOGNAME`, else
/// the OS's name for the user id.
fn account_name(env: &Env) -> String {
    ["USER", "LOGNAME"]
        .iter()
        .find_map(|v| env.get(v).ok().flatten().map(str::to_string))
        .or_else(os_account_name)
        .unwrap_or_else(|| format!("uid{}", crate::private::effective_uid()))
}

/// The passwd name of this process's effective user id.
fn os_account_name() -> Option<String> {
    let uid = crate::private::effective_uid();
    let mut buf = vec![0 as libc::c_char; 4096];
    // SAFETY: an all-zero passwd is a valid value of the C struct.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: every pointer names memory that lives for the call, and
    // `buf.len()` is its true size; getpwuid_r writes only within it.
    let rc = unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut found) };
    if rc != 0 || found.is_null() || pwd.pw_name.is_null() {
        return None;
    }
    // SAFETY: on success pw_name points at a NUL-terminated string in `buf`.
    let name = unsafe { std::ffi::CStr::from_ptr(pwd.pw_name) };
    name.to_str().ok().map(str::to_string)
}

fn default_actor(env: &Env) -> String {
    let host = gethostname::gethostname();
    format!("{}@{}", account_name(env), host.to_string_lossy())
}

/// How wide tables may be on this stdout: None when it is not a terminal (a
/// file or a pipe gets whole lines); else `COLUMNS`, the terminal's own
/// width, or 80 when the terminal reports none.
fn table_width(env: &Env) -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let from_env = env
        .get("COLUMNS")
        .ok()
        .flatten()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0);
    Some(
        from_env
            .or_else(crate::output::terminal_width)
            .unwrap_or(80),
    )
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
            Some(path) => load_config(path)?,
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
        if args.db.is_some() && crate::store::Store::url_has_password(&db) {
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
            (None, None) => (default_actor(env), Source::Default),
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
        let beside = if crate::store::Store::is_url(&db) {
            default_db(env)
        } else {
            db.clone()
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
            width: table_width(env),
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
            db,
            values,
            warnings: env.unknown_roster_vars(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_section_an_env_name_and_a_valid_default() {
        for key in KEYS {
            assert!(key.name.contains('.'), "{}", key.name);
            assert!(key.env_name().starts_with("ROSTER_"));
            assert!(!key.help.is_empty(), "{} has no help", key.name);
            if key.kind == Kind::Duration {
                parse_duration(key.name, key.default).unwrap();
            }
        }
        assert_eq!(KEYS[0].env_names(), ["ROSTER_DB", "ROSTER_STORE_PATH"]);
    }

    #[test]
    fn a_misspelled_variable_is_named_with_its_likely_meaning() {
        let env = Env::from_pairs([
            ("ROSTER_INVITE_TTLL", "7d"),
            ("ROSTER_DB", "x.db"),
            ("HOME", "/"),
        ]);
        assert_eq!(
            env.unknown_roster_vars(),
            ["ROSTER_INVITE_TTLL is not a variable roster reads; did you mean ROSTER_INVITE_TTL?"]
        );
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

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
