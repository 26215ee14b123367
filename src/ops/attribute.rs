//! Attribute rules as operations: defining one, in one transaction with its
//! audit row, refused while a user's value would break it.

use serde::{Deserialize, Serialize};

use super::Ctx;
use super::role::{roles_named, some_of};
use super::session::Session;
use crate::domain::access::{AttributeRule, RoleName, check_attributes};
use crate::domain::error::{Conflict, Result, counted};
use crate::domain::types::UserId;
use crate::domain::user::FieldChange;
use crate::store::{Store, Tx};

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
        let breaking = breaking(tx, ctx, &rule)?;
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

/// The users whose value of the rule's key the rule would refuse.
fn breaking(tx: &Tx<'_>, ctx: &Ctx, rule: &AttributeRule) -> Result<Vec<(UserId, String)>> {
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
                    std::slice::from_ref(rule),
                )
                .is_err()
            {
                breaking.push((user.id.clone(), user.email.clone()));
            }
            Ok(())
        })?;
    Ok(breaking)
}

/// `attribute define KEY`: the values it may take (any, when `None`), the
/// role a user needs to have it, and what it is for.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AttributeDefine {
    pub key: String,
    pub values: Option<Vec<String>>,
    pub requires_role: Option<RoleName>,
    pub description: Option<String>,
}

/// Every attribute rule.
pub fn list(session: &Session) -> Result<Vec<AttributeRule>> {
    session.store().reader().attribute_rules()
}

/// Defines an attribute's rule (see [`define_attribute`]).
pub fn define(session: &mut Session, req: &AttributeDefine) -> Result<AttributeRule> {
    use crate::domain::types::{description, validate_text, validate_word};
    let key = validate_word("attribute key", &req.key)?;
    let values = req
        .values
        .as_ref()
        .map(|values| {
            values
                .iter()
                .map(
                    |v| match validate_text(&format!("attr {key}"), v.trim(), 1000)? {
                        v if v.is_empty() => Err(crate::domain::error::Error::invalid(
                            format!("attr {key}"),
                            "an allowed value is empty",
                        )),
                        v => Ok(v),
                    },
                )
                .collect::<Result<Vec<_>>>()
        })
        .transpose()?;
    let rule = AttributeRule {
        key,
        values,
        requires_role: req.requires_role.clone(),
        description: description(req.description.as_deref())?.flatten(),
    };
    let (store, ctx) = session.parts();
    define_attribute(store, ctx, rule)
}
