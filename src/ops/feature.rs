//! Features as operations: turning one on or off, in one transaction with
//! its audit row; turning off one that users' roles need takes those roles.

use serde::{Deserialize, Serialize};

use super::role::{check_taking_role, rewrite_memberships, some_of};
use super::session::Session;
use super::{Ctx, find_user};
use crate::domain::access::{FeatureName, Role};
use crate::domain::error::{Conflict, Result, counted};
use crate::domain::stored::FeatureRow;
use crate::domain::user::FieldChange;
use crate::store::{Store, Tx};

/// Turns a feature on or off. Turning off one that users' roles need is
/// refused (exit 5, naming them) unless `force`, which takes those roles
/// from them first (audited).
pub fn set_feature(
    store: &mut Store,
    ctx: &Ctx,
    name: &FeatureName,
    enabled: bool,
    force: bool,
) -> Result<bool> {
    store.write(|tx| {
        ctx.acting
            .require_all("roles.manage", "turn a feature on or off")?;
        let was = tx.reader().features_on()?.contains(name);
        if was == enabled {
            return Ok(false);
        }
        if !enabled {
            take_gated_roles(tx, ctx, name, force)?;
        }
        tx.set_feature(name, enabled, ctx.now)?;
        tx.append_audit(
            ctx.now,
            &ctx.actor,
            if enabled {
                "feature-enable"
            } else {
                "feature-disable"
            },
            None,
            &[FieldChange::new(format!("features.{name}"), was, enabled)],
            None,
        )?;
        Ok(true)
    })
}

/// Turning off feature `name` takes the roles that need it from their
/// holders (with `force`; refused otherwise), keeping the grant rules and
/// a manager.
fn take_gated_roles(tx: &Tx<'_>, ctx: &Ctx, name: &FeatureName, force: bool) -> Result<()> {
    let gated: Vec<Role> = tx
        .reader()
        .roles()?
        .into_iter()
        .filter(|r| r.requires_feature.as_ref() == Some(name))
        .collect();
    let mut holders = Vec::new();
    for role in &gated {
        holders.extend(tx.reader().role_holders(&role.name)?);
    }
    if !holders.is_empty() && !force {
        return Err(Conflict::InUse {
            what: "feature",
            name: name.to_string(),
            use_: format!(
                "needed by the roles of {} ({})",
                counted(holders.len(), "user", "users"),
                some_of(&holders)
            ),
            hint: "--force takes those roles from them first",
        }
        .into());
    }
    for role in &gated {
        let holding = tx.reader().role_holders(&role.name)?;
        check_taking_role(ctx, role, &holding, "turn off the feature of")?;
    }
    let managers = super::grant::managers(tx.reader(), ctx.now)?;
    let reason = format!("feature {name} turned off");
    for (id, _) in &holders {
        let before = find_user(tx.reader(), id.as_str(), ctx.now)?;
        let mut after = before.clone();
        after.roles.retain(|r| !gated.iter().any(|g| &g.name == r));
        rewrite_memberships(tx, ctx, &before, &after, Some(&reason))?;
    }
    super::grant::keep_a_manager(
        tx.reader(),
        ctx.now,
        &managers,
        &format!("turning off feature {name}"),
    )?;
    Ok(())
}

/// `feature enable|disable`: with `force`, turning one off takes the roles
/// that need it from their holders first.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FeatureToggle {
    pub feature: FeatureName,
    pub enabled: bool,
    #[serde(default)]
    pub force: bool,
}

/// Every feature that is set or that a role needs, with those roles.
pub fn list(session: &Session) -> Result<Vec<FeatureRow>> {
    session.store().reader().features()
}

/// Turns a feature on or off (see [`set_feature`]); false when it already
/// was.
pub fn toggle(session: &mut Session, req: &FeatureToggle) -> Result<bool> {
    let (store, ctx) = session.parts();
    set_feature(store, ctx, &req.feature, req.enabled, req.force)
}
