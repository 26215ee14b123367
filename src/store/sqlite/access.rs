//! Roles, their permissions, groups, features and attribute rules (schema 5).

use crate::store::api::{AccessReads, AccessWrites};
use crate::store::sql;
use std::collections::BTreeSet;

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::{Reader, Tx, ts};
use crate::domain::access::{
    AttributeRule, FeatureName, GroupKind, GroupRef, Permission, Role, RoleName,
};
use crate::domain::error::Result;
use crate::domain::stored::{FeatureRow, GroupRow};
use crate::domain::types::UserId;

const SELECT_ROLE: &str = "SELECT r.name, r.description, r.exclusive, r.requires_feature, r.scope, \
    r.preset, r.unreviewed, \
    (SELECT group_concat(p.permission, char(10)) FROM role_permissions p WHERE p.role = r.name) \
    FROM roles r";

fn role_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Role> {
    let permissions: Option<String> = r.get(7)?;
    Ok(Role {
        name: RoleName::from_stored(r.get(0)?),
        description: r.get(1)?,
        exclusive: r.get(2)?,
        requires_feature: r.get::<_, Option<String>>(3)?.map(FeatureName::from_stored),
        scope: r.get::<_, Option<String>>(4)?.map(GroupKind::from_stored),
        preset: r.get(5)?,
        unreviewed: r.get(6)?,
        permissions: permissions
            .unwrap_or_default()
            .split('\n')
            .filter(|p| !p.is_empty())
            .map(|p| Permission::from_stored(p.to_string()))
            .collect(),
    })
}

impl AccessReads for Reader<'_> {
    fn roles(&self) -> Result<Vec<Role>> {
        Ok(self
            .conn
            .prepare_cached(&format!("{SELECT_ROLE} ORDER BY r.name"))?
            .query_map([], role_from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn role(&self, name: &RoleName) -> Result<Option<Role>> {
        Ok(self
            .conn
            .prepare_cached(&format!("{SELECT_ROLE} WHERE r.name = ?"))?
            .query_row([name.as_str()], role_from_row)
            .optional()?)
    }

    fn role_holders(&self, name: &RoleName) -> Result<Vec<(UserId, String)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT u.id, u.email FROM user_roles r JOIN users u ON u.id = r.user_id \
                 WHERE r.role = ? ORDER BY u.email_key",
            )?
            .query_map([name.as_str()], |r| {
                Ok((UserId::from_stored(r.get(0)?), r.get(1)?))
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn permission_holders(&self, permission: &str) -> Result<Vec<UserId>> {
        Ok(self
            .conn
            .prepare_cached(sql::access::PERMISSION_HOLDERS)?
            .query_map([permission], |r| Ok(UserId::from_stored(r.get(0)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn group(&self, group: &GroupRef) -> Result<Option<GroupRef>> {
        Ok(self
            .conn
            .prepare_cached(sql::access::GROUP)?
            .query_row([group.kind().as_str(), group.slug()], |r| {
                Ok(GroupRef::from_stored(r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?)
    }

    fn group_id(&self, group: &GroupRef) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(sql::access::GROUP_ID)?
            .query_row([group.kind().as_str(), group.slug()], |r| r.get(0))
            .optional()?)
    }

    fn group_by_id(&self, id: &str) -> Result<Option<GroupRef>> {
        Ok(self
            .conn
            .prepare_cached(sql::access::GROUP_BY_ID)?
            .query_row([id], |r| {
                Ok(GroupRef::from_stored(r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?)
    }

    fn groups(&self, kind: Option<&GroupKind>) -> Result<Vec<GroupRow>> {
        let sql = "SELECT g.kind, g.name, g.display_name, \
            (SELECT count(*) FROM user_groups m WHERE m.kind = g.kind AND m.name = g.name) \
            FROM groups g WHERE ?1 IS NULL OR g.kind = ?1 ORDER BY g.kind, g.name";
        Ok(self
            .conn
            .prepare_cached(sql)?
            .query_map([kind.map(GroupKind::as_str)], |r| {
                Ok(GroupRow {
                    kind: r.get(0)?,
                    name: r.get(1)?,
                    display_name: r.get(2)?,
                    members: r.get::<_, i64>(3)? as u64,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn group_members(&self, group: &GroupRef) -> Result<Vec<(UserId, String)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT u.id, u.email FROM user_groups m JOIN users u ON u.id = m.user_id \
                 WHERE m.kind = ? AND m.name = ? ORDER BY u.email_key",
            )?
            .query_map([group.kind().as_str(), group.slug()], |r| {
                Ok((UserId::from_stored(r.get(0)?), r.get(1)?))
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn features_on(&self) -> Result<BTreeSet<FeatureName>> {
        Ok(self
            .conn
            .prepare_cached("SELECT name FROM features WHERE enabled = 1")?
            .query_map([], |r| Ok(FeatureName::from_stored(r.get(0)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn features(&self) -> Result<Vec<FeatureRow>> {
        let sql = "SELECT f.name, coalesce((SELECT enabled FROM features WHERE name = f.name), 0), \
            (SELECT group_concat(r.name, char(10)) FROM roles r WHERE r.requires_feature = f.name) \
            FROM (SELECT name FROM features UNION \
                  SELECT requires_feature FROM roles WHERE requires_feature IS NOT NULL) f \
            ORDER BY f.name";
        Ok(self
            .conn
            .prepare_cached(sql)?
            .query_map([], |r| {
                let roles: Option<String> = r.get(2)?;
                Ok(FeatureRow {
                    name: r.get(0)?,
                    enabled: r.get(1)?,
                    roles: roles
                        .unwrap_or_default()
                        .split('\n')
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn attribute_rules(&self) -> Result<Vec<AttributeRule>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT key, allowed, requires_role, description FROM attribute_rules ORDER BY key",
            )?
            .query_map([], |r| {
                let allowed: Option<String> = r.get(1)?;
                Ok(AttributeRule {
                    key: r.get(0)?,
                    values: allowed.and_then(|a| serde_json::from_str(&a).ok()),
                    requires_role: r.get::<_, Option<String>>(2)?.map(RoleName::from_stored),
                    description: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }
}

impl AccessWrites for Tx<'_> {
    fn put_role(&self, role: &Role, now: Timestamp) -> Result<()> {
        self.tx
            .prepare_cached(sql::access::PUT_ROLE)?
            .execute(params![
                role.name.as_str(),
                role.description,
                role.exclusive,
                role.requires_feature.as_ref().map(FeatureName::as_str),
                role.scope.as_ref().map(GroupKind::as_str),
                role.preset,
                role.unreviewed,
                ts(now),
            ])?;
        self.tx
            .prepare_cached(sql::access::DELETE_ROLE_PERMISSIONS)?
            .execute([role.name.as_str()])?;
        let mut insert = self
            .tx
            .prepare_cached("INSERT INTO role_permissions (role, permission) VALUES (?, ?)")?;
        for permission in &role.permissions {
            insert.execute([role.name.as_str(), permission.as_str()])?;
        }
        Ok(())
    }

    fn delete_role(&self, name: &RoleName) -> Result<()> {
        self.tx
            .prepare_cached(sql::access::DELETE_ROLE)?
            .execute([name.as_str()])?;
        Ok(())
    }

    fn insert_group(&self, group: &GroupRef, now: Timestamp) -> Result<()> {
        self.tx
            .prepare_cached(sql::access::INSERT_GROUP)?
            .execute(params![
                group.kind().as_str(),
                group.slug(),
                group.display(),
                ts(now),
                uuid::Uuid::new_v4().to_string()
            ])?;
        Ok(())
    }

    fn rename_group(&self, from: &GroupRef, to: &GroupRef) -> Result<()> {
        self.tx
            .prepare_cached(sql::access::RENAME_GROUP)?
            .execute(params![
                from.kind().as_str(),
                from.slug(),
                to.slug(),
                to.display()
            ])?;
        Ok(())
    }

    fn delete_group(&self, group: &GroupRef) -> Result<()> {
        self.tx
            .prepare_cached(sql::access::DELETE_GROUP)?
            .execute([group.kind().as_str(), group.slug()])?;
        Ok(())
    }

    fn set_feature(&self, name: &FeatureName, enabled: bool, now: Timestamp) -> Result<()> {
        self.tx
            .prepare_cached(sql::access::SET_FEATURE)?
            .execute(params![name.as_str(), enabled, ts(now)])?;
        Ok(())
    }

    fn put_attribute_rule(&self, rule: &AttributeRule) -> Result<()> {
        let allowed = rule
            .values
            .as_ref()
            .map(|v| serde_json::to_string(v).expect("strings serialise"));
        self.tx
            .prepare_cached(sql::access::PUT_ATTRIBUTE_RULE)?
            .execute(params![
                rule.key,
                allowed,
                rule.requires_role.as_ref().map(RoleName::as_str),
                rule.description
            ])?;
        Ok(())
    }
}

/// roster's rules about roles, checked by `db check`: a user breaking one
/// was written by another program, or before the rules existed.
pub(super) fn rule_violations(conn: &rusqlite::Connection) -> Result<Vec<String>> {
    let checks: &[(&str, &str)] = &[
        (
            "SELECT u.id, r.role FROM user_roles r JOIN roles d ON d.name = r.role \
             JOIN users u ON u.id = r.user_id WHERE d.exclusive = 1 AND \
             (SELECT count(*) FROM user_roles o WHERE o.user_id = r.user_id) > 1",
            "holds the exclusive role {} with other roles",
        ),
        (
            "SELECT u.id, r.role FROM user_roles r JOIN roles d ON d.name = r.role \
             JOIN users u ON u.id = r.user_id WHERE d.scope IS NOT NULL AND NOT EXISTS \
             (SELECT 1 FROM user_groups g WHERE g.user_id = r.user_id AND g.kind = d.scope)",
            "holds the role {}, scoped to a group kind it has no group of",
        ),
        (
            "SELECT u.id, r.role FROM user_roles r JOIN roles d ON d.name = r.role \
             JOIN users u ON u.id = r.user_id WHERE d.requires_feature IS NOT NULL AND NOT EXISTS \
             (SELECT 1 FROM features f WHERE f.name = d.requires_feature AND f.enabled = 1)",
            "holds the role {}, whose feature is off",
        ),
    ];
    let mut problems = Vec::new();
    for (sql, what) in checks {
        let mut stmt = conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (id, role) = row?;
            problems.push(format!("user {id}: {}", what.replace("{}", &role)));
        }
    }
    let mut stmt = conn.prepare("SELECT name FROM roles WHERE unreviewed = 1 ORDER BY name")?;
    for name in stmt.query_map([], |r| r.get::<_, String>(0))? {
        let name = name?;
        problems.push(format!(
            "role {name}: came from a free-text role on users and has no permissions yet; \
             give it some or a description (`roster role update {name} --permission P` or \
             `--description TEXT`)"
        ));
    }
    Ok(problems)
}
