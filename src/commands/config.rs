//! `roster config show`

use anyhow::Result;
use serde::Serialize;

use super::App;
use crate::cli::ConfigCommand;
use crate::exit::Exit;
use crate::output::{Fit, Record};
use crate::settings::{KEYS, Source};

#[derive(Serialize)]
struct SettingRow {
    key: &'static str,
    value: String,
    source: Option<Source>,
    /// The environment variable that sets it.
    env: Option<String>,
}

impl Record for SettingRow {
    fn id(&self) -> Option<&str> {
        Some(self.key)
    }
    fn table_headers() -> Vec<&'static str> {
        vec!["KEY", "VALUE", "SOURCE", "ENV"]
    }
    fn table_fits() -> Vec<Fit> {
        vec![
            Fit::Keep,
            Fit::Cut { min: 20, rank: 3 },
            Fit::Whole { rank: 2 },
            Fit::Whole { rank: 1 },
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.key.to_string(),
            self.value.clone(),
            self.source
                .map(Source::as_str)
                .unwrap_or_default()
                .to_string(),
            self.env.clone().unwrap_or_default(),
        ]
    }
}

/// A URL with any `user:password@` part masked.
fn masked_url(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => match rest.split_once('@') {
            Some((_, host)) if !host.contains('/') || rest.find('@') < rest.find('/') => {
                format!("{scheme}://********@{host}")
            }
            _ => url.to_string(),
        },
        None => url.to_string(),
    }
}

pub fn run(app: &mut App, cmd: ConfigCommand) -> Result<Exit> {
    let ConfigCommand::Show = cmd;
    let s = &app.settings;
    let mut rows = vec![SettingRow {
        key: "config",
        value: s
            .config_path
            .as_ref()
            .map_or("(none)".into(), |p| p.display().to_string()),
        source: None,
        env: Some("ROSTER_CONFIG".into()),
    }];
    for key in KEYS {
        let value = &s.values[key.name];
        let written = value.raw.to_string_lossy();
        let shown = match key.name {
            _ if written.is_empty() => key.unset.to_string(),
            // The transport as roster reads it: a file: directory made
            // absolute, the port filled in, and who it signs in as.
            "mail.transport" => masked_url(&s.mail_transport.to_string()),
            "mail.base_url" => masked_url(&written),
            "store.path" => s.db.shown(),
            _ => written.into_owned(),
        };
        rows.push(SettingRow {
            key: key.name,
            value: shown,
            source: Some(value.source),
            env: Some(value.var.clone().unwrap_or_else(|| key.env_name())),
        });
    }
    rows.push(SettingRow {
        key: "actor",
        value: s.actor.clone(),
        source: Some(s.actor_source),
        env: Some("ROSTER_ACTOR".into()),
    });
    let mut list = app.out.list::<SettingRow>()?;
    for row in &rows {
        list.push(row)?;
    }
    list.finish()?;
    Ok(Exit::Ok)
}
