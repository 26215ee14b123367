//! `roster role …`: roles, presets, and giving roles to users.

use anyhow::Result;
use serde::Serialize;

use super::{App, description, joined, members, print, yes};
use crate::cli::{AssignArgs, PresetCommand, RoleCommand};
use crate::domain::access::{FeatureName, GroupKind, Permission, RoleName};
use crate::domain::error::Error;
use crate::domain::presets::{self, PRESETS};
use crate::exit::Exit;
use crate::ops::call::{RoleList, RoleShow};
use crate::ops::change::Change;
use crate::ops::role::{
    PresetApply, PresetRow, RoleChanges, RoleCreate, RoleDelete, RoleRow, RoleUpdate,
};
use crate::output::{Fit, Record};

/// A role as `role list` and `role show` print it.
impl Record for RoleRow {
    fn id(&self) -> Option<&str> {
        Some(self.role.name.as_str())
    }
    fn table_headers() -> Vec<&'static str> {
        vec![
            "ROLE",
            "PERMISSIONS",
            "EXCLUSIVE",
            "FEATURE",
            "SCOPE",
            "USERS",
            "DESCRIPTION",
        ]
    }
    /// A role's permissions are names: lesser columns go before one is
    /// shortened (to `users.read, clocking +4`); the user count stays.
    fn table_fits() -> Vec<Fit> {
        vec![
            Fit::Keep,
            Fit::List { rank: 6 },
            Fit::Whole { rank: 4 },
            Fit::Whole { rank: 3 },
            Fit::Whole { rank: 5 },
            Fit::Whole { rank: 7 },
            Fit::Cut { min: 15, rank: 1 },
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        let r = &self.role;
        vec![
            r.name.to_string(),
            joined(&r.permissions, ", "),
            yes(r.exclusive),
            r.requires_feature
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            r.scope
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            self.users.to_string(),
            r.description.clone().unwrap_or_default(),
        ]
    }
    fn csv_headers() -> Vec<String> {
        [
            "name",
            "permissions",
            "exclusive",
            "requires_feature",
            "scope",
            "users",
            "description",
        ]
        .map(String::from)
        .to_vec()
    }
    fn csv_cells(&self) -> Vec<String> {
        let mut cells = self.table_cells();
        cells[1] = joined(&self.role.permissions, ";");
        cells[2] = self.role.exclusive.to_string();
        cells
    }
}

impl Record for PresetRow {
    fn id(&self) -> Option<&str> {
        Some(&self.role)
    }
    fn table_headers() -> Vec<&'static str> {
        vec![
            "ROLE",
            "OUTCOME",
            "PERMISSIONS",
            "EXCLUSIVE",
            "FEATURE",
            "SCOPE",
            "DESCRIPTION",
        ]
    }
    fn table_fits() -> Vec<Fit> {
        vec![
            Fit::Keep,
            Fit::Keep,
            Fit::Cut { min: 20, rank: 5 },
            Fit::Whole { rank: 4 },
            Fit::Whole { rank: 2 },
            Fit::Whole { rank: 3 },
            Fit::Cut { min: 15, rank: 1 },
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.role.clone(),
            self.outcome.to_string(),
            self.permissions.join(", "),
            yes(self.exclusive),
            self.requires_feature.clone().unwrap_or_default(),
            self.scope.clone().unwrap_or_default(),
            self.description.clone(),
        ]
    }
}

/// A catalogue, for `role preset list`.
#[derive(Serialize)]
struct PresetInfo {
    name: &'static str,
    roles: Vec<&'static str>,
    description: &'static str,
}

impl Record for PresetInfo {
    fn id(&self) -> Option<&str> {
        Some(self.name)
    }
    fn table_headers() -> Vec<&'static str> {
        vec!["PRESET", "ROLES", "DESCRIPTION"]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.name.to_string(),
            self.roles.join(", "),
            self.description.to_string(),
        ]
    }
}

/// `--scope ""` and `--requires-feature ""` remove the rule.
fn optional<T>(
    raw: Option<&str>,
    parse: impl Fn(&str) -> crate::Result<T>,
) -> crate::Result<Option<Option<T>>> {
    raw.map(|r| match r.trim() {
        "" => Ok(None),
        r => parse(r).map(Some),
    })
    .transpose()
}

fn permissions(raw: &[String]) -> crate::Result<Vec<Permission>> {
    raw.iter().map(|p| Permission::parse(p)).collect()
}

/// `role assign|unassign ROLE USERS…`: the bulk engine with the role as its
/// action; the role must exist before anything is surveyed.
fn assign(app: &mut App, args: AssignArgs, remove: bool) -> Result<Exit> {
    let role = RoleName::parse(&args.role)?;
    let change = if remove {
        Change::RoleUnassign { role }
    } else {
        Change::RoleAssign { role }
    };
    super::user::lifecycle::run(app, &args.bulk, change)
}

pub fn run(app: &mut App, cmd: RoleCommand) -> Result<Exit> {
    match cmd {
        RoleCommand::List => print(
            app,
            &app.call(RoleList {})?,
            "no roles yet: `roster role preset list` shows catalogues to start from",
        )?,
        RoleCommand::Show { role } => show(app, &RoleName::parse(&role)?)?,
        RoleCommand::Create(args) => create(app, args)?,
        RoleCommand::Update(args) => update(app, args)?,
        RoleCommand::Delete { role, force } => delete(app, RoleName::parse(&role)?, force)?,
        RoleCommand::Assign(args) => return assign(app, args, false),
        RoleCommand::Unassign(args) => return assign(app, args, true),
        RoleCommand::Preset(PresetCommand::List) => {
            let rows: Vec<PresetInfo> = PRESETS
                .iter()
                .map(|p| PresetInfo {
                    name: p.name,
                    roles: p.roles.iter().map(|r| r.name).collect(),
                    description: p.description,
                })
                .collect();
            print(app, &rows, "")?;
        }
        RoleCommand::Preset(PresetCommand::Apply { name, dry_run }) => {
            apply_preset(app, name, dry_run)?
        }
    }
    Ok(Exit::Ok)
}

fn show(app: &mut App, name: &RoleName) -> Result<()> {
    let found = app.call(RoleShow { role: name.clone() })?;
    if app.out.format.is_json() {
        app.out.json(&serde_json::json!({
            "role": found.role,
            "users": members(found.users),
        }))?;
    } else {
        let users = found.users.len();
        app.out.one(&RoleRow {
            role: found.role,
            users,
        })?;
    }
    Ok(())
}

fn create(app: &mut App, args: crate::cli::RoleArgs) -> Result<()> {
    let request = RoleCreate {
        permissions: permissions(&args.permissions)?,
        exclusive: args.exclusive,
        requires_feature: args
            .requires_feature
            .as_deref()
            .map(FeatureName::parse)
            .transpose()?,
        scope: args.scope.as_deref().map(GroupKind::parse).transpose()?,
        description: description(args.description.as_deref())?.flatten(),
        role: RoleName::parse(&args.role)?,
    };
    let row = app.call(request)?;
    app.say(&format!("created role {}", row.role.name));
    app.out.row(&row)?;
    Ok(())
}

fn update(app: &mut App, args: crate::cli::RoleUpdateArgs) -> Result<()> {
    let request = RoleUpdate {
        role: RoleName::parse(&args.role)?,
        changes: RoleChanges {
            description: description(args.description.as_deref())?,
            add_permissions: permissions(&args.permissions)?,
            remove_permissions: permissions(&args.remove_permissions)?,
            exclusive: match (args.exclusive, args.not_exclusive) {
                (true, _) => Some(true),
                (_, true) => Some(false),
                _ => None,
            },
            requires_feature: optional(args.requires_feature.as_deref(), FeatureName::parse)?,
            scope: optional(args.scope.as_deref(), GroupKind::parse)?,
        },
    };
    let name = request.role.clone();
    let updated = app.call(request)?;
    app.say(&if updated.changed {
        format!("updated role {name}")
    } else {
        format!("role {name}: unchanged (every value was already as asked)")
    });
    app.out.row(&updated.row)?;
    Ok(())
}

fn delete(app: &mut App, role: RoleName, force: bool) -> Result<()> {
    let name = role.clone();
    let taken = app.call(RoleDelete { role, force })?;
    app.say(&if taken > 0 {
        format!(
            "deleted role {name}, after taking it from {}",
            crate::domain::error::counted(taken, "user", "users")
        )
    } else {
        format!("deleted role {name}")
    });
    Ok(())
}

fn apply_preset(app: &mut App, name: String, dry_run: bool) -> Result<()> {
    // An unknown preset is named before the store is opened.
    presets::find(&name).ok_or_else(|| Error::not_found("preset", name.clone()))?;
    app.dry_run.set(dry_run);
    let request = PresetApply {
        preset: name,
        dry_run,
    };
    let rows = app.call(request)?;
    print(app, &rows, "")?;
    let count = |outcome: &str| rows.iter().filter(|r| r.outcome == outcome).count();
    app.say(&if dry_run {
        format!(
            "dry run, nothing changed: {} would be created, {} exist already",
            count("would_create"),
            count("unchanged")
        )
    } else {
        format!(
            "{} created, {} unchanged (a role of that name exists; presets never change one)",
            count("created"),
            count("unchanged")
        )
    });
    Ok(())
}
