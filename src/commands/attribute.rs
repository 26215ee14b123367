//! `roster attribute …`: the rules of attribute keys.

use anyhow::Result;

use super::{App, CliError, description, print};
use crate::cli::AttributeCommand;
use crate::domain::access::{AttributeRule, RoleName};
use crate::domain::types::validate_text;
use crate::exit::Exit;
use crate::ops::attribute::AttributeDefine;
use crate::ops::call::AttributeList;
use crate::output::Record;

impl Record for AttributeRule {
    fn id(&self) -> Option<&str> {
        Some(&self.key)
    }
    fn table_headers() -> Vec<&'static str> {
        vec!["KEY", "VALUES", "REQUIRES ROLE", "DESCRIPTION"]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.key.clone(),
            self.values
                .as_ref()
                .map(|v| v.join(", "))
                .unwrap_or_default(),
            self.requires_role
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            self.description.clone().unwrap_or_default(),
        ]
    }
    fn csv_cells(&self) -> Vec<String> {
        let mut cells = self.table_cells();
        cells[1] = self
            .values
            .as_ref()
            .map(|v| v.join(";"))
            .unwrap_or_default();
        cells
    }
}

pub fn run(app: &mut App, cmd: AttributeCommand) -> Result<Exit> {
    match cmd {
        AttributeCommand::List => {
            let rows = app.call(AttributeList {})?;
            print(
                app,
                &rows,
                "no attribute rules: every attribute is free-form",
            )?;
        }
        AttributeCommand::Define {
            key,
            values,
            requires_role,
            description: text,
        } => {
            let key = crate::domain::types::validate_word("attribute key", &key)?;
            let values: Vec<String> = values
                .iter()
                .map(|v| validate_text(&format!("attr {key}"), v.trim(), 1000))
                .collect::<crate::Result<_>>()?;
            if values.iter().any(String::is_empty) {
                return Err(CliError::Usage("--values has an empty value".into()).into());
            }
            let request = AttributeDefine {
                key,
                values: (!values.is_empty()).then_some(values),
                requires_role: requires_role.as_deref().map(RoleName::parse).transpose()?,
                description: description(text.as_deref())?.flatten(),
            };
            let rule = app.call(request)?;
            app.say(&format!("attribute {} defined", rule.key));
            app.out.row(&rule)?;
        }
    }
    Ok(Exit::Ok)
}
