//! `roster role …`: roles, presets, and giving roles to users.

use anyhow::Result;
use serde::Serialize;

use super::{App, description, joined, members, print, yes};
use crate::cli::{AssignArgs, PresetCommand, RoleCommand};
use crate::domain::access::{FeatureName, GroupKind, Permission, Role, RoleName};
use crate::domain::error::Error;
use crate::domain::presets::{self, PRESETS};
use crate::exit::Exit;
use crate::ops::assign::AssignRole;
use crate::ops::role::{self as ops, PresetRow, RoleChanges};
use crate::output::{Fit, Record};

/// A role as `role list` and `role show` print it.
#[derive(Serialize)]
struct RoleView {
    #[serde(flatten)]
    role: Role,
    /// How many users hold it.
    users: usize,
}

impl Record for RoleView {
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
    let reason = super::user::lifecycle::reason(&args.bulk)?;
    let action = {
        app.dry_run.set(args.bulk.dry_run);
        let store = app.open_store()?;
        AssignRole::new(store.reader(), role, remove, reason)?
    };
    super::user::lifecycle::run(app, &args.bulk, &action)
}

pub fn run(app: &mut App, cmd: RoleCommand) -> Result<Exit> {
    match cmd {
        RoleCommand::List => {
            let store = app.open_store()?;
            let mut rows = Vec::new();
            for role in store.reader().roles()? {
                let users = store.reader().role_holders(&role.name)?.len();
                rows.push(RoleView { role, users });
            }
            print(
                app,
                &rows,
                "no roles yet: `roster role preset list` shows catalogues to start from",
            )?;
        }
        RoleCommand::Show { role } => {
            let name = RoleName::parse(&role)?;
            let store = app.open_store()?;
            let role = store
                .reader()
                .role(&name)?
                .ok_or_else(|| Error::not_found("role", name.to_string()))?;
            let holders = store.reader().role_holders(&name)?;
            if app.out.format.is_json() {
                app.out.json(&serde_json::json!({
                    "role": role,
                    "users": members(holders),
                }))?;
            } else {
                let users = holders.len();
                app.out.one(&RoleView { role, users })?;
            }
        }
        RoleCommand::Create(args) => {
            let role = Role {
                permissions: permissions(&args.permissions)?.into_iter().collect(),
                exclusive: args.exclusive,
                requires_feature: args
                    .requires_feature
                    .as_deref()
                    .map(FeatureName::parse)
                    .transpose()?,
                scope: args.scope.as_deref().map(GroupKind::parse).transpose()?,
                description: description(args.description.as_deref())?.flatten(),
                ..Role::new(RoleName::parse(&args.role)?)
            };
            let mut store = app.open_store()?;
            let role = ops::create_role(&mut store, &app.ctx(), role)?;
            app.say(&format!("created role {}", role.name));
            app.out.row(&RoleView { role, users: 0 })?;
        }
        RoleCommand::Update(args) => {
            let name = RoleName::parse(&args.role)?;
            let changes = RoleChanges {
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
            };
            let mut store = app.open_store()?;
            let (role, changed) = ops::update_role(&mut store, &app.ctx(), &name, changes)?;
            app.say(&if changed {
                format!("updated role {name}")
            } else {
                format!("role {name}: unchanged (every value was already as asked)")
            });
            let users = store.reader().role_holders(&name)?.len();
            app.out.row(&RoleView { role, users })?;
        }
        RoleCommand::Delete { role, force } => {
            let name = RoleName::parse(&role)?;
            let mut store = app.open_store()?;
            let taken = ops::delete_role(&mut store, &app.ctx(), &name, force)?;
            app.say(&if taken > 0 {
                format!(
                    "deleted role {name}, after taking it from {}",
                    crate::domain::error::counted(taken, "user", "users")
                )
            } else {
                format!("deleted role {name}")
            });
        }
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
            let preset =
                presets::find(&name).ok_or_else(|| Error::not_found("preset", name.clone()))?;
            app.dry_run.set(dry_run);
            let mut store = app.open_store()?;
            let rows = ops::apply_preset(&mut store, &app.ctx(), preset, dry_run)?;
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
        }
    }
    Ok(Exit::Ok)
}
