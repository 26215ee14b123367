//! Attribute rules as operations: defining one, in one transaction with its
//! audit row, refused while a user's value would break it.

use super::Ctx;
use super::role::{roles_named, some_of};
use crate::domain::access::{AttributeRule, check_attributes};
use crate::domain::error::{Conflict, Result, counted};
use crate::domain::user::FieldChange;
use crate::store::Store;

/// Defines (or redefines) the rule of an attribute key. Users whose value
/// would break it are named, and nothing changes.
pub fn define_attribute(
    store: &mut Store,
    ctx: &Ctx,
    rule: AttributeRule,
) -> Result<AttributeRule> {
    store.write(|tx| {
        ctx.acting
            .require_all("roles.manage", "define an attribute")?;
        if let Some(role) = &rule.requires_role {
            roles_named(tx.reader(), std::slice::from_ref(role))?;
        }
        let query = crate::domain::query::ListQuery {
            selector: crate::domain::query::Selector {
                all: true,
                ..Default::default()
            },
            ..Default::default()
        };
        let mut breaking = Vec::new();
        tx.reader()
            .list_users(&query, ctx.now, |user| -> Result<()> {
                if user.attributes.contains_key(&rule.key)
                    && check_attributes(
                        &user.email,
                        &user.attributes,
                        &user.roles,
                        std::slice::from_ref(&rule),
                    )
                    .is_err()
                {
                    breaking.push((user.id.clone(), user.email.clone()));
                }
                Ok(())
            })?;
        if !breaking.is_empty() {
            return Err(Conflict::InUse {
                what: "attribute",
                name: rule.key.clone(),
                use_: format!(
                    "set by {} in a way the rule refuses ({})",
                    counted(breaking.len(), "user", "users"),
                    some_of(&breaking)
                ),
                hint: "change their values first (`roster user update USER --attr KEY=VALUE`)",
            }
            .into());
        }
        tx.put_attribute_rule(&rule)?;
        tx.append_audit(
            ctx.now,
            &ctx.actor,
            "attribute-define",
            None,
            &[FieldChange::new(
                format!("attribute_rules.{}", rule.key),
                None::<String>,
                serde_json::to_value(&rule).unwrap_or_default(),
            )],
            None,
        )?;
        Ok(rule)
    })
}
