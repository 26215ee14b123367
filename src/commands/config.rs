//! `roster config show`

use anyhow::Result;
use serde::Serialize;

use super::App;
use crate::cli::ConfigCommand;
use crate::exit::Exit;
use crate::output::Record;
use crate::settings::Source;

#[derive(Serialize)]
struct SettingRow {
    key: &'static str,
    value: String,
    source: Option<Source>,
}

impl Record for SettingRow {
    fn id(&self) -> Option<&str> {
        Some(self.key)
    }
    fn table_headers() -> Vec<&'static str> {
        vec!["KEY", "VALUE", "SOURCE"]
    }
    fn table_cells(&self) -> Vec<String> {
        let source = match self.source {
            Some(Source::Flag) => "flag",
            Some(Source::Env) => "env",
            Some(Source::Config) => "config",
            Some(Source::Default) => "default",
            None => "-",
        };
        vec![self.key.to_string(), self.value.clone(), source.to_string()]
    }
}

pub fn run(app: &mut App, cmd: ConfigCommand) -> Result<Exit> {
    let ConfigCommand::Show = cmd;
    let s = &app.settings;
    let rows = vec![
        SettingRow {
            key: "config",
            value: s
                .config_path
                .as_ref()
                .map_or("(none)".into(), |p| p.display().to_string()),
            source: None,
        },
        SettingRow {
            key: "store.path",
            value: s.db.display().to_string(),
            source: Some(s.db_source),
        },
        SettingRow {
            key: "store.busy_timeout",
            value: format!("{}s", s.busy_timeout.as_secs()),
            source: None,
        },
        SettingRow {
            key: "invite.ttl",
            value: format!("{}s", s.invite_ttl.as_secs()),
            source: None,
        },
        SettingRow {
            key: "mail.transport",
            value: s.mail_transport.to_string(),
            source: None,
        },
        SettingRow {
            key: "mail.from",
            value: s.mail_from.clone(),
            source: None,
        },
        SettingRow {
            key: "mail.base_url",
            value: s.base_url.clone(),
            source: None,
        },
        SettingRow {
            key: "actor",
            value: s.actor.clone(),
            source: None,
        },
    ];
    let mut list = app.out.list::<SettingRow>()?;
    for row in &rows {
        list.push(row)?;
    }
    list.finish()?;
    Ok(Exit::Ok)
}
