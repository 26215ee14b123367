//! `roster group …`: groups and their members.

use anyhow::Result;

use super::{App, members, print};
use crate::cli::GroupCommand;
use crate::domain::access::{GroupKind, GroupRef};
use crate::domain::stored::GroupRow;
use crate::domain::types::{MAX_NAME, validate_text};
use crate::exit::Exit;
use crate::ops::group::{self as ops, GroupCreate, GroupDelete, GroupRename};
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
            let rows = ops::list(&app.session()?, kind.as_ref())?;
            print(app, &rows, "no groups")?;
        }
        GroupCommand::Show { group } | GroupCommand::Members { group } => {
            show(app, &GroupRef::parse(&group)?)?
        }
        GroupCommand::Create { group } => {
            let request = GroupCreate {
                group: GroupRef::parse(&group)?,
            };
            ops::create(&mut app.session()?, &request)?;
            let group = &request.group;
            app.say(&format!("created group {group} (slug {})", group.slug()));
        }
        GroupCommand::Rename { group, name } => {
            let group = GroupRef::parse(&group)?;
            validate_text("group name", &name, MAX_NAME)?;
            let request = GroupRename { group, name };
            let renamed = ops::rename(&mut app.session()?, &request)?;
            app.say(&format!("renamed group {} to {renamed}", request.group));
        }
        GroupCommand::Delete { group, force } => {
            let request = GroupDelete {
                group: GroupRef::parse(&group)?,
                force,
            };
            let taken = ops::delete(&mut app.session()?, &request)?;
            app.say(&format!(
                "deleted group {}{}",
                request.group,
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
    let found = ops::members(&app.session()?, group)?;
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
