//! The process environment, read in one place ([`Env`]), and what settings
//! take from it besides the keys: whether errors are JSON before anything
//! resolves, this account's name, the terminal's width.

use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use super::{KEYS, Key};
use crate::cli::GlobalArgs;
use crate::domain::error::{Error, Result};
use crate::output::Format;
use crate::store::{PgDefaults, PgLocation, StoreLocation};

/// The process environment, read in one place. Variables whose names or
/// values are not UTF-8 are kept as they are: an unrelated one is never
/// looked at, and one roster reads is an error only when it is not a path.
pub struct Env {
    vars: HashMap<OsString, OsString>,
}

impl Env {
    /// `ROSTER_…` variables roster does not read: most likely misspelled.
    pub(super) fn unknown_roster_vars(&self) -> Vec<String> {
        let mut known: Vec<String> = KEYS.iter().flat_map(Key::env_names).collect();
        known.extend(
            [
                "ROSTER_CONFIG",
                "ROSTER_ACTOR",
                "ROSTER_YES",
                "ROSTER_LOG",
                "ROSTER_SMTP_USER",
                "ROSTER_SMTP_PASSWORD",
                "ROSTER_TOKEN",
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
    pub(super) fn truthy(&self, name: &str) -> bool {
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

impl Env {
    /// `$HOME`, else the working directory.
    pub(super) fn home(&self) -> PathBuf {
        PathBuf::from(self.get_os("HOME").unwrap_or(OsStr::new(".")))
    }

    /// The name of the account this process runs as: `$USER`, `$LOGNAME`,
    /// else the OS's name for the user id.
    pub(super) fn account_name(&self) -> String {
        ["USER", "LOGNAME"]
            .iter()
            .find_map(|v| self.get(v).ok().flatten().map(str::to_string))
            .or_else(os_account_name)
            .unwrap_or_else(|| format!("uid{}", crate::private::effective_uid()))
    }

    /// What libpq would take from the environment for the parts of a
    /// PostgreSQL connection string it leaves out: `PGUSER` (else `USER`),
    /// `PGHOST`, `PGPORT`, `PGDATABASE`, `PGPASSWORD`, and the pgpass file
    /// (`PGPASSFILE`, else `~/.pgpass`). A value that is not UTF-8 is
    /// ignored, as it was never a valid one.
    pub fn pg_defaults(&self) -> PgDefaults {
        let text = |name: &str| self.get(name).ok().flatten().map(str::to_string);
        PgDefaults {
            user: text("PGUSER").or_else(|| text("USER")),
            host: text("PGHOST"),
            port: text("PGPORT"),
            dbname: text("PGDATABASE"),
            password: text("PGPASSWORD").map(Zeroizing::new),
            passfile: self.get_os("PGPASSFILE").map(PathBuf::from).or_else(|| {
                self.get_os("HOME")
                    .map(|h| PathBuf::from(h).join(".pgpass"))
            }),
        }
    }

    /// `ACCOUNT@HOST`: who runs roster when no `--as` or `ROSTER_ACTOR` says.
    pub(super) fn default_actor(&self) -> String {
        let host = gethostname::gethostname();
        format!("{}@{}", self.account_name(), host.to_string_lossy())
    }

    /// How wide tables may be on this stdout: None when it is not a terminal
    /// (a file or a pipe gets whole lines); else `COLUMNS`, the terminal's
    /// own width, or 80 when the terminal reports none.
    pub(super) fn table_width(&self) -> Option<usize> {
        if !std::io::stdout().is_terminal() {
            return None;
        }
        let from_env = self
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

/// For library users: a path is a SQLite file, a `postgres://` connection
/// string a database completed as libpq would, from this process's
/// environment (read here, where roster reads its environment).
impl From<&Path> for StoreLocation {
    fn from(db: &Path) -> StoreLocation {
        match StoreLocation::parse(db, PgDefaults::default()) {
            StoreLocation::Postgres(pg) => StoreLocation::Postgres(PgLocation {
                defaults: Env::from_process().pg_defaults(),
                ..pg
            }),
            file => file,
        }
    }
}

impl From<&PathBuf> for StoreLocation {
    fn from(db: &PathBuf) -> StoreLocation {
        StoreLocation::from(db.as_path())
    }
}

impl From<PathBuf> for StoreLocation {
    fn from(db: PathBuf) -> StoreLocation {
        StoreLocation::from(db.as_path())
    }
}

impl From<&str> for StoreLocation {
    fn from(db: &str) -> StoreLocation {
        StoreLocation::from(Path::new(db))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn postgres_defaults_are_what_libpq_would_read() {
        let env = Env::from_pairs([
            ("USER", "ada"),
            ("HOME", "/home/ada"),
            ("PGPORT", "6543"),
            ("PGPASSWORD", "pw"),
        ]);
        let defaults = env.pg_defaults();
        assert_eq!(defaults.user.as_deref(), Some("ada"));
        assert_eq!(defaults.port.as_deref(), Some("6543"));
        assert_eq!(defaults.password.as_deref().map(String::as_str), Some("pw"));
        assert_eq!(defaults.passfile, Some(PathBuf::from("/home/ada/.pgpass")));
        assert_eq!(defaults.host, None);
        let env = Env::from_pairs([
            ("USER", "ada"),
            ("PGUSER", "ops"),
            ("PGPASSFILE", "/etc/roster/pgpass"),
        ]);
        let defaults = env.pg_defaults();
        assert_eq!(defaults.user.as_deref(), Some("ops"));
        assert_eq!(defaults.passfile, Some(PathBuf::from("/etc/roster/pgpass")));
    }
}
