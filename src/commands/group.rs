//! `roster group …`: groups and their members.

use anyhow::Result;

use super::{App, members, print};
use crate::cli::GroupCommand;
use crate::domain::access::{GroupKind, GroupRef};
use crate::domain::stored::GroupRow;
use crate::domain::types::{MAX_NAME, validate_text};
use crate::exit::Exit;
use crate::ops::call::{GroupList, GroupShow};
use crate::ops::group::{GroupCreate, GroupDelete, GroupRename};
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
            let rows = app.call(GroupList { kind })?;
            print(app, &rows, "no groups")?;
        }
        GroupCommand::Show { group } | GroupCommand::Members { group } => {
            show(app, &GroupRef::parse(&group)?)?
        }
        GroupCommand::Create { group } => {
            let group = GroupRef::parse(&group)?;
            app.call(GroupCreate {
                group: group.clone(),
            })?;
            app.say(&format!("created group {group} (slug {})", group.slug()));
        }
        GroupCommand::Rename { group, name } => {
            let group = GroupRef::parse(&group)?;
            validate_text("group name", &name, MAX_NAME)?;
            let renamed = app.call(GroupRename {
                group: group.clone(),
                name,
            })?;
            app.say(&format!("renamed group {group} to {renamed}"));
        }
        GroupCommand::Delete { group, force } => {
            let group = GroupRef::parse(&group)?;
            let taken = app.call(GroupDelete {
                group: group.clone(),
                force,
            })?;
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

fn show(app: &mut App, group: &GroupRef) -> Result<()> {
    let found = app.call(GroupShow {
        group: group.clone(),
    })?;
    let (group, users) = (found.group, members(found.users));
    if app.out.format.is_json() && !app.settings.quiet {
        app.out.json(&serde_json::json!({
            "kind": group.kind(),
            "name": group.slug(),
            "display_name": group.display(),
            "users": users,
        }))?;
    } else {
        app.say(&format!(
            "{group}: {}",
            crate::domain::error::counted(users.len(), "user", "users")
        ));
        print(app, &users, "")?;
    }
    Ok(())
}
