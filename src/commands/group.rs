//! `roster group …`: groups and their members.

use anyhow::Result;

use super::{App, members, print};
use crate::cli::GroupCommand;
use crate::domain::access::{GroupKind, GroupRef};
use crate::domain::error::Error;
use crate::domain::stored::GroupRow;
use crate::domain::types::{MAX_NAME, validate_text};
use crate::exit::Exit;
use crate::ops::group as ops;
use crate::output::{Fit, Record};

impl Record for GroupRow {
    fn id(&self) -> Option<&str> {
        Some(&self.name)
    }
    fn table_headers() -> Vec<&'static str> {
        vec!["KIND", "NAME", "SLUG", "USERS"]
    }
    fn table_fits() -> Vec<Fit> {
        vec![
            Fit::Keep,
            Fit::Keep,
            Fit::Cut { min: 10, rank: 1 },
            Fit::Whole { rank: 2 },
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.kind.clone(),
            self.display_name.clone(),
            self.name.clone(),
            self.members.to_string(),
        ]
    }
    fn csv_headers() -> Vec<String> {
        ["kind", "display_name", "name", "members"]
            .map(String::from)
            .to_vec()
    }
}

pub fn run(app: &mut App, cmd: GroupCommand) -> Result<Exit> {
    match cmd {
        GroupCommand::List { kind } => {
            let kind = kind.as_deref().map(GroupKind::parse).transpose()?;
            let store = app.open_store()?;
            let rows = store.reader().groups(kind.as_ref())?;
            print(app, &rows, "no groups")?;
        }
        GroupCommand::Show { group } | GroupCommand::Members { group } => {
            let group = GroupRef::parse(&group)?;
            let store = app.open_store()?;
            let stored = store
                .reader()
                .group(&group)?
                .ok_or_else(|| Error::not_found("group", group.to_string()))?;
            let users = members(store.reader().group_members(&stored)?);
            if app.out.format.is_json() && !app.settings.quiet {
                app.out.json(&serde_json::json!({
                    "kind": stored.kind(),
                    "name": stored.slug(),
                    "display_name": stored.display(),
                    "users": users,
                }))?;
            } else {
                app.say(&format!(
                    "{stored}: {}",
                    crate::domain::error::counted(users.len(), "user", "users")
                ));
                print(app, &users, "")?;
            }
        }
        GroupCommand::Create { group } => {
            let group = GroupRef::parse(&group)?;
            let mut store = app.open_store()?;
            ops::create_group(&mut store, &app.ctx(), &group)?;
            app.say(&format!("created group {group} (slug {})", group.slug()));
        }
        GroupCommand::Rename { group, name } => {
            let group = GroupRef::parse(&group)?;
            validate_text("group name", &name, MAX_NAME)?;
            let mut store = app.open_store()?;
            let renamed = ops::rename_group(&mut store, &app.ctx(), &group, &name)?;
            app.say(&format!("renamed group {group} to {renamed}"));
        }
        GroupCommand::Delete { group, force } => {
            let group = GroupRef::parse(&group)?;
            let mut store = app.open_store()?;
            let taken = ops::delete_group(&mut store, &app.ctx(), &group, force)?;
            app.say(&format!(
                "deleted group {group}{}",
                if taken > 0 {
                    format!(
                        ", after taking {} out of it",
                        crate::domain::error::counted(taken, "user", "users")
                    )
                } else {
                    String::new()
                }
            ));
        }
    }
    Ok(Exit::Ok)
}
