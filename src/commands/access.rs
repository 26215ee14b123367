//! `roster role|group|feature|attribute …`

use anyhow::Result;
use serde::Serialize;

use super::{App, CliError};
use crate::cli::{
    AssignArgs, AttributeCommand, FeatureCommand, GroupCommand, PresetCommand, RoleCommand,
};
use crate::domain::access::{
    AttributeRule, FeatureName, GroupKind, GroupRef, Permission, Role, RoleName,
};
use crate::domain::error::Error;
use crate::domain::presets::{self, PRESETS};
use crate::domain::stored::{FeatureRow, GroupRow};
use crate::domain::types::{MAX_NAME, validate_text};
use crate::exit::Exit;
use crate::ops::access::{self as ops, PresetRow, RoleChanges};
use crate::ops::assign::AssignRole;
use crate::output::{Fit, Record};

fn joined(items: impl IntoIterator<Item = impl ToString>, separator: &str) -> String {
    items
        .into_iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(separator)
}

fn yes(flag: bool) -> String {
    if flag { "yes".into() } else { String::new() }
}

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

impl Record for FeatureRow {
    fn id(&self) -> Option<&str> {
        Some(&self.name)
    }
    fn table_headers() -> Vec<&'static str> {
        vec!["FEATURE", "ENABLED", "ROLES"]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.enabled.to_string(),
            self.roles.join(", "),
        ]
    }
}

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

/// A user in a group or holding a role.
#[derive(Serialize)]
struct Member {
    id: String,
    email: String,
}

impl Record for Member {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn table_headers() -> Vec<&'static str> {
        vec!["EMAIL", "USER ID"]
    }
    fn table_fits() -> Vec<Fit> {
        vec![Fit::Keep, Fit::Id { rank: 1 }]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![self.email.clone(), self.id.clone()]
    }
}

fn members(found: Vec<(crate::domain::UserId, String)>) -> Vec<Member> {
    found
        .into_iter()
        .map(|(id, email)| Member {
            id: id.to_string(),
            email,
        })
        .collect()
}

fn print<R: Record>(app: &mut App, rows: &[R], none: &str) -> Result<()> {
    let mut list = app.out.list::<R>()?;
    for row in rows {
        list.push(row)?;
    }
    if list.finish()? == 0 {
        app.say(none);
    }
    Ok(())
}

fn description(raw: Option<&str>) -> crate::Result<Option<Option<String>>> {
    raw.map(|d| {
        let d = d.trim();
        if d.is_empty() {
            Ok(None)
        } else {
            validate_text("description", d, 1000).map(Some)
        }
    })
    .transpose()
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
        let store = app.open_store()?;
        AssignRole::new(store.reader(), role, remove, reason)?
    };
    super::user::lifecycle::run(app, &args.bulk, &action)
}

pub fn run_role(app: &mut App, cmd: RoleCommand) -> Result<Exit> {
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

pub fn run_group(app: &mut App, cmd: GroupCommand) -> Result<Exit> {
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

pub fn run_feature(app: &mut App, cmd: FeatureCommand) -> Result<Exit> {
    let (name, enabled, force) = match cmd {
        FeatureCommand::List => {
            let store = app.open_store()?;
            let rows = store.reader().features()?;
            print(
                app,
                &rows,
                "no features: none is set, and no role needs one",
            )?;
            return Ok(Exit::Ok);
        }
        FeatureCommand::Enable { name } => (name, true, false),
        FeatureCommand::Disable { name, force } => (name, false, force),
    };
    let name = FeatureName::parse(&name)?;
    let mut store = app.open_store()?;
    let changed = ops::set_feature(&mut store, &app.ctx(), &name, enabled, force)?;
    let state = if enabled { "on" } else { "off" };
    app.say(&if changed {
        format!("feature {name} is {state}")
    } else {
        format!("feature {name}: unchanged (already {state})")
    });
    Ok(Exit::Ok)
}

pub fn run_attribute(app: &mut App, cmd: AttributeCommand) -> Result<Exit> {
    match cmd {
        AttributeCommand::List => {
            let store = app.open_store()?;
            let rows = store.reader().attribute_rules()?;
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
            let rule = AttributeRule {
                key,
                values: (!values.is_empty()).then_some(values),
                requires_role: requires_role.as_deref().map(RoleName::parse).transpose()?,
                description: description(text.as_deref())?.flatten(),
            };
            let mut store = app.open_store()?;
            let rule = ops::define_attribute(&mut store, &app.ctx(), rule)?;
            app.say(&format!("attribute {} defined", rule.key));
            app.out.row(&rule)?;
        }
    }
    Ok(Exit::Ok)
}
