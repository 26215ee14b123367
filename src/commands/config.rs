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

fn secs(d: jiff::SignedDuration) -> String {
    format!("{}s", d.as_secs())
}

pub fn run(app: &mut App, cmd: ConfigCommand) -> Result<Exit> {
    let ConfigCommand::Show = cmd;
    let s = &app.settings;
    let a = &s.auth;
    let p = &a.policy;
    let format = format!("{:?}", s.format).to_lowercase();
    let values: Vec<(&'static str, String)> = vec![
        ("store.path", s.db.display().to_string()),
        (
            "store.busy_timeout",
            format!("{}s", s.busy_timeout.as_secs()),
        ),
        ("output.format", format),
        ("invite.ttl", secs(s.invite_ttl)),
        ("mail.transport", s.mail_transport.to_string()),
        (
            "mail.tls_ca",
            s.mail_tls_ca
                .as_ref()
                .map_or("(public roots only)".into(), |p| p.display().to_string()),
        ),
        ("mail.from", s.mail_from.clone()),
        ("mail.base_url", masked_url(&s.base_url)),
        (
            "mail.templates",
            s.templates_dir
                .as_ref()
                .map_or("(built in)".into(), |d| d.display().to_string()),
        ),
        ("password.min_length", p.min_length.to_string()),
        ("password.max_length", p.max_length.to_string()),
        ("password.min_score", p.min_score.to_string()),
        ("password.forbid_identity", p.forbid_identity.to_string()),
        ("session.idle", secs(a.session_idle)),
        ("session.absolute", secs(a.session_absolute)),
        ("reset.ttl", secs(a.reset_ttl)),
        ("lockout.attempts", a.lockout_attempts.to_string()),
        ("lockout.duration", secs(a.lockout_duration)),
        ("actor", s.actor.clone()),
    ];
    let mut rows = vec![SettingRow {
        key: "config",
        value: s
            .config_path
            .as_ref()
            .map_or("(none)".into(), |p| p.display().to_string()),
        source: None,
    }];
    rows.extend(values.into_iter().map(|(key, value)| SettingRow {
        key,
        value,
        source: s.sources.get(key).copied(),
    }));
    let mut list = app.out.list::<SettingRow>()?;
    for row in &rows {
        list.push(row)?;
    }
    list.finish()?;
    Ok(Exit::Ok)
}
