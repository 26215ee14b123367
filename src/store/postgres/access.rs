//! Roles, their permissions, groups, features and attribute rules, on
//! PostgreSQL: the same rows, in the same order, as the SQLite store. Text is
//! ordered `COLLATE "C"` (byte order, as SQLite compares text) whatever the
//! database's own collation.

use std::collections::BTreeSet;

use jiff::Timestamp;
use postgres::Row;

use super::{Reader, Tx, ts};
use crate::domain::access::{
    AttributeRule, FeatureName, GroupKind, GroupRef, Permission, Role, RoleName,
};
use crate::domain::error::Result;
use crate::domain::stored::{FeatureRow, GroupRow};
use crate::domain::types::UserId;
use crate::store::api::{AccessReads, AccessWrites};
use crate::store::sql;

const SELECT_ROLE: &str = "SELECT r.name, r.description, r.exclusive, r.requires_feature, r.scope, \
    r.preset, r.unreviewed, \
    ARRAY(SELECT p.permission FROM role_permissions p WHERE p.role = r.name) \
    FROM roles r";

fn role_from_row(r: &Row) -> Role {
    let permissions: Vec<String> = r.get(7);
    Role {
        name: RoleName::from_stored(r.get(0)),
        description: r.get(1),
        exclusive: r.get(2),
        requires_feature: r.get::<_, Option<String>>(3).map(FeatureName::from_stored),
        scope: r.get::<_, Option<String>>(4).map(GroupKind::from_stored),
        preset: r.get(5),
        unreviewed: r.get(6),
        permissions: permissions
            .into_iter()
            .filter(|p| !p.is_empty())
            .map(Permission::from_stored)
            .collect(),
    }
}

fn member_from_row(r: &Row) -> (UserId, String) {
    (UserId::from_stored(r.get(0)), r.get(1))
}

impl AccessReads for Reader<'_> {
    fn roles(&self) -> Result<Vec<Role>> {
        Ok(self
            .store()
            .rows(&format!("{SELECT_ROLE} ORDER BY r.name COLLATE \"C\""), &[])?
            .iter()
            .map(role_from_row)
            .collect())
    }

    fn role(&self, name: &RoleName) -> Result<Option<Role>> {
        Ok(self
            .store()
            .opt(
                &format!("{SELECT_ROLE} WHERE r.name = $1"),
                &[&name.as_str()],
            )?
            .as_ref()
            .map(role_from_row))
    }

    fn role_holders(&self, name: &RoleName) -> Result<Vec<(UserId, String)>> {
        Ok(self
            .store()
            .rows(
                "SELECT u.id, u.email FROM user_roles r JOIN users u ON u.id = r.user_id \
                 WHERE r.role = $1 ORDER BY u.email_key COLLATE \"C\"",
                &[&name.as_str()],
            )?
            .iter()
            .map(member_from_row)
            .collect())
    }

    fn permission_holders(&self, permission: &str) -> Result<Vec<UserId>> {
        Ok(self
            .store()
            .rows(sql::access::PERMISSION_HOLDERS, &[&permission])?
            .iter()
            .map(|r| UserId::from_stored(r.get(0)))
            .collect())
    }

    fn group(&self, group: &GroupRef) -> Result<Option<GroupRef>> {
        Ok(self
            .store()
            .opt(sql::access::GROUP, &[&group.kind().as_str(), &group.slug()])?
            .map(|r| GroupRef::from_stored(r.get(0), r.get(1), r.get(2))))
    }

    fn group_id(&self, group: &GroupRef) -> Result<Option<String>> {
        Ok(self
            .store()
            .opt(
                sql::access::GROUP_ID,
                &[&group.kind().as_str(), &group.slug()],
            )?
            .map(|r| r.get(0)))
    }

    fn group_by_id(&self, id: &str) -> Result<Option<GroupRef>> {
        Ok(self
            .store()
            .opt(sql::access::GROUP_BY_ID, &[&id])?
            .map(|r| GroupRef::from_stored(r.get(0), r.get(1), r.get(2))))
    }

    fn groups(&self, kind: Option<&GroupKind>) -> Result<Vec<GroupRow>> {
        let sql = "SELECT g.kind, g.name, g.display_name, \
            (SELECT count(*) FROM user_groups m WHERE m.kind = g.kind AND m.name = g.name) \
            FROM groups g WHERE $1::text IS NULL OR g.kind = $1 \
            ORDER BY g.kind COLLATE \"C\", g.name COLLATE \"C\"";
        Ok(self
            .store()
            .rows(sql, &[&kind.map(GroupKind::as_str)])?
            .iter()
            .map(|r| GroupRow {
                kind: r.get(0),
                name: r.get(1),
                display_name: r.get(2),
                members: r.get::<_, i64>(3) as u64,
            })
            .collect())
    }

    fn group_members(&self, group: &GroupRef) -> Result<Vec<(UserId, String)>> {
        Ok(self
            .store()
            .rows(
                "SELECT u.id, u.email FROM user_groups m JOIN users u ON u.id = m.user_id \
                 WHERE m.kind = $1 AND m.name = $2 ORDER BY u.email_key COLLATE \"C\"",
                &[&group.kind().as_str(), &group.slug()],
            )?
            .iter()
            .map(member_from_row)
            .collect())
    }

    fn features_on(&self) -> Result<BTreeSet<FeatureName>> {
        Ok(self
            .store()
            .rows("SELECT name FROM features WHERE enabled", &[])?
            .iter()
            .map(|r| FeatureName::from_stored(r.get(0)))
            .collect())
    }

    fn features(&self) -> Result<Vec<FeatureRow>> {
        let sql = "SELECT f.name, \
            coalesce((SELECT enabled FROM features WHERE name = f.name), false), \
            ARRAY(SELECT r.name FROM roles r WHERE r.requires_feature = f.name \
                  ORDER BY r.name COLLATE \"C\") \
            FROM (SELECT name FROM features UNION \
                  SELECT requires_feature FROM roles WHERE requires_feature IS NOT NULL) f \
            ORDER BY f.name COLLATE \"C\"";
        Ok(self
            .store()
            .rows(sql, &[])?
            .iter()
            .map(|r| FeatureRow {
                name: r.get(0),
                enabled: r.get(1),
                roles: r
                    .get::<_, Vec<String>>(2)
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect(),
            })
            .collect())
    }

    fn attribute_rules(&self) -> Result<Vec<AttributeRule>> {
        Ok(self
            .store()
            .rows(
                "SELECT key, allowed, requires_role, description FROM attribute_rules \
                 ORDER BY key COLLATE \"C\"",
                &[],
            )?
            .iter()
            .map(|r| {
                let allowed: Option<String> = r.get(1);
                AttributeRule {
                    key: r.get(0),
                    values: allowed.and_then(|a| serde_json::from_str(&a).ok()),
                    requires_role: r.get::<_, Option<String>>(2).map(RoleName::from_stored),
                    description: r.get(3),
                }
            })
            .collect())
    }
}

impl AccessWrites for Tx<'_> {
    fn put_role(&self, role: &Role, now: Timestamp) -> Result<()> {
        let store = self.store();
        store.execute(
            sql::access::PUT_ROLE,
            &[
                &role.name.as_str(),
                &role.description,
                &role.exclusive,
                &role.requires_feature.as_ref().map(FeatureName::as_str),
                &role.scope.as_ref().map(GroupKind::as_str),
                &role.preset,
                &role.unreviewed,
                &ts(now),
            ],
        )?;
        store.execute(sql::access::DELETE_ROLE_PERMISSIONS, &[&role.name.as_str()])?;
        let permissions: Vec<&str> = role.permissions.iter().map(Permission::as_str).collect();
        if !permissions.is_empty() {
            store.execute(
                "INSERT INTO role_permissions (role, permission) SELECT $1, p FROM unnest($2::text[]) p",
                &[&role.name.as_str(), &permissions],
            )?;
        }
        Ok(())
    }

    fn delete_role(&self, name: &RoleName) -> Result<()> {
        self.store()
            .execute(sql::access::DELETE_ROLE, &[&name.as_str()])?;
        Ok(())
    }

    fn insert_group(&self, group: &GroupRef, now: Timestamp) -> Result<()> {
        self.store().execute(
            sql::access::INSERT_GROUP,
            &[
                &group.kind().as_str(),
                &group.slug(),
                &group.display(),
                &ts(now),
                &uuid::Uuid::new_v4().to_string(),
            ],
        )?;
        Ok(())
    }

    fn rename_group(&self, from: &GroupRef, to: &GroupRef) -> Result<()> {
        self.store().execute(
            sql::access::RENAME_GROUP,
            &[
                &from.kind().as_str(),
                &from.slug(),
                &to.slug(),
                &to.display(),
            ],
        )?;
        Ok(())
    }

    fn delete_group(&self, group: &GroupRef) -> Result<()> {
        self.store().execute(
            sql::access::DELETE_GROUP,
            &[&group.kind().as_str(), &group.slug()],
        )?;
        Ok(())
    }

    fn set_feature(&self, name: &FeatureName, enabled: bool, now: Timestamp) -> Result<()> {
        self.store().execute(
            sql::access::SET_FEATURE,
            &[&name.as_str(), &enabled, &ts(now)],
        )?;
        Ok(())
    }

    fn put_attribute_rule(&self, rule: &AttributeRule) -> Result<()> {
        let allowed = rule
            .values
            .as_ref()
            .map(|v| serde_json::to_string(v).expect("strings serialise"));
        self.store().execute(
            sql::access::PUT_ATTRIBUTE_RULE,
            &[
                &rule.key,
                &allowed,
                &rule.requires_role.as_ref().map(RoleName::as_str),
                &rule.description,
            ],
        )?;
        Ok(())
    }
}

/// roster's rules about roles, checked by `db check`: a user breaking one
/// was written by another program, or before the rules existed.
pub(super) fn rule_violations(store: &super::Store) -> Result<Vec<String>> {
    let checks: &[(&str, &str)] = &[
        (
            "SELECT u.id, r.role FROM user_roles r JOIN roles d ON d.name = r.role \
             JOIN users u ON u.id = r.user_id WHERE d.exclusive AND \
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
             (SELECT 1 FROM features f WHERE f.name = d.requires_feature AND f.enabled)",
            "holds the role {}, whose feature is off",
        ),
    ];
    let mut problems = Vec::new();
    for (sql, what) in checks {
        for row in store.rows(sql, &[])? {
            let (id, role): (String, String) = (row.get(0), row.get(1));
            problems.push(format!("user {id}: {}", what.replace("{}", &role)));
        }
    }
    for row in store.rows(
        "SELECT name FROM roles WHERE unreviewed ORDER BY name COLLATE \"C\"",
        &[],
    )? {
        let name: String = row.get(0);
        problems.push(format!(
            "role {name}: came from a free-text role on users and has no permissions yet; \
             give it some or a description (`roster role update {name} --permission P` or \
             `--description TEXT`)"
        ));
    }
    Ok(problems)
}
