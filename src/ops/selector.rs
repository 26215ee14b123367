//! What a selector names must exist: a mistyped or renamed role, group,
//! permission or attribute key would otherwise select nobody, and a script
//! would take "no users match" for success.

use std::collections::HashSet;

use crate::domain::error::{Error, Result};
use crate::domain::query::Selector;
use crate::store::Reader;

/// Refuses (exit 4) a selector that names a role, group, permission or
/// attribute key the store does not have: a mistyped or renamed name would
/// otherwise select nobody, and a script would take "no users match" for
/// success.
pub fn check_selector(reader: Reader<'_>, selector: &Selector, now: jiff::Timestamp) -> Result<()> {
    if let Some(role) = &selector.role {
        if reader.role(role)?.is_none() {
            return Err(Error::not_found(
                "role",
                format!("{role} (`roster role list` shows the roles)"),
            ));
        }
    }
    if let Some(group) = &selector.group {
        if reader.group(group)?.is_none() {
            return Err(Error::not_found(
                "group",
                format!("{group} (`roster group list` shows the groups)"),
            ));
        }
    }
    if let Some(permission) = &selector.permission {
        let known = crate::domain::access::is_admin_permission(permission.as_str())
            || reader
                .roles()?
                .iter()
                .any(|r| r.permissions.contains(permission))
            || {
                let query = crate::domain::query::ListQuery {
                    selector: Selector {
                        permission: Some(permission.clone()),
                        ..Selector::default()
                    },
                    limit: Some(1),
                    ..Default::default()
                };
                let mut any = false;
                reader.list_users(&query, now, |_| -> Result<()> {
                    any = true;
                    Ok(())
                })?;
                any
            };
        if !known {
            return Err(Error::not_found(
                "permission",
                format!(
                    "{permission} (no role and no user has it; `roster role list` shows the permissions roles carry)"
                ),
            ));
        }
    }
    if !selector.attributes.is_empty() {
        let mut keys: HashSet<String> = reader.attribute_keys()?.into_iter().collect();
        keys.extend(reader.attribute_rules()?.into_iter().map(|r| r.key));
        if let Some((key, _)) = selector.attributes.iter().find(|(k, _)| !keys.contains(k)) {
            return Err(Error::not_found(
                "attribute",
                format!(
                    "{key} (no user has it and no rule defines it; `roster attribute list` shows the rules)"
                ),
            ));
        }
    }
    Ok(())
}
