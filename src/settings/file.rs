//! Reading the config file: TOML whose sections and keys are rows of
//! [`KEYS`], from a file only this account (or root) can have written.

use std::collections::BTreeMap;
use std::path::Path;

use super::KEYS;
use crate::domain::error::{Error, Result, quoted};

/// Reads the config file into `section.key` → value as written. An unknown
/// section or key is an error that names it and the keys there are.
pub(super) fn load_config(path: &Path) -> Result<BTreeMap<&'static str, String>> {
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
