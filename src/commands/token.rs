//! `roster token …`: API tokens.

use anyhow::Result;

use super::{App, print};
use crate::cli::{Expires, TokenCommand};
use crate::domain::api_token::{ApiToken, Scope};
use crate::exit::Exit;
use crate::ops::api_token::{self as ops, TokenCreate, TokenRevoke};
use crate::output::Record;

impl Record for ApiToken {
    fn id(&self) -> Option<&str> {
        Some(&self.name)
    }
    fn table_headers() -> Vec<&'static str> {
        vec![
            "NAME",
            "USER",
            "SCOPES",
            "STATE",
            "EXPIRES",
            "LAST USED",
            "CREATED",
            "CREATED BY",
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        let time = |t: Option<jiff::Timestamp>| t.map(|t| t.to_string()).unwrap_or_default();
        vec![
            self.name.clone(),
            self.user.clone(),
            Scope::join(&self.scopes),
            self.state.as_str().to_string(),
            self.expires_at
                .map_or_else(|| "never".to_string(), |t| t.to_string()),
            time(self.last_used_at),
            self.created_at.to_string(),
            self.created_by.clone(),
        ]
    }
}

pub fn run(app: &mut App, cmd: TokenCommand) -> Result<Exit> {
    match cmd {
        TokenCommand::Create {
            name,
            user,
            scopes,
            expires: Expires(expires),
        } => {
            let request = TokenCreate {
                name,
                user,
                scopes,
                expires,
            };
            let created = ops::create(&mut app.session()?, &request)?;
            let about = &created.about;
            app.say(&format!(
                "API token {} acts as {} for {}, {}; the secret below is shown once",
                about.name,
                about.user,
                Scope::join(&about.scopes),
                about
                    .expires_at
                    .map_or_else(|| "and never expires".to_string(), |t| format!("until {t}")),
            ));
            if app.out.format.is_json() {
                app.out.json(&created)?;
            } else {
                app.out.line(&created.token)?;
            }
        }
        TokenCommand::List => {
            let tokens = ops::list(&app.session()?)?;
            print(
                app,
                &tokens,
                "no API tokens: `roster token create` makes one",
            )?;
        }
        TokenCommand::Show { name } => {
            let token = ops::show(&app.session()?, &name)?;
            app.out.row(&token)?;
        }
        TokenCommand::Revoke { name } => {
            let request = TokenRevoke { name };
            let revoked = ops::revoke(&mut app.session()?, &request)?;
            app.say(&if revoked {
                format!("API token {} is revoked", request.name)
            } else {
                format!("API token {}: unchanged (already revoked)", request.name)
            });
        }
    }
    Ok(Exit::Ok)
}
