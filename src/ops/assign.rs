//! Giving a role to many users, or taking it from them (`roster role assign`,
//! `roster role unassign`), as an action of the bulk engine: one INSERT or
//! DELETE of memberships per batch, one audit row per user, and the rules of
//! SPEC §8 decided for each user from their roles, groups and attributes as
//! they are inside the batch's transaction.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

use super::Ctx;
use super::bulk::{Action, Applied};
use super::grant::MANAGER;
use super::lifecycle::audit;
use crate::domain::access::{
    AttributeRule, FeatureName, Role, RoleName, check_assignment, check_attributes,
};
use crate::domain::actor::Grant;
use crate::domain::error::{Error, Result};
use crate::domain::transitions::Decision;
use crate::domain::types::{Status, UserId};
use crate::domain::user::{FieldChange, Subject, User};
use crate::store::{Reader, Tx};

/// Gives `role` to users, or takes it from them.
pub struct AssignRole {
    role: RoleName,
    remove: bool,
    reason: Option<String>,
    /// What the current page is decided on, read by `prepare`.
    page: RefCell<Page>,
}

/// The rules and the users of one page.
#[derive(Default)]
struct Page {
    roles: HashMap<RoleName, Role>,
    features: BTreeSet<FeatureName>,
    rules: Vec<AttributeRule>,
    users: HashMap<UserId, User>,
}

impl AssignRole {
    /// The action for `role`, which must exist (exit 4 otherwise, before
    /// anything is read or asked).
    pub fn new(
        reader: Reader<'_>,
        role: RoleName,
        remove: bool,
        reason: Option<String>,
    ) -> Result<AssignRole> {
        if reader.role(&role)?.is_none() {
            return Err(Error::not_found(
                "role",
                format!("{role} (`roster role list` shows the roles)"),
            ));
        }
        Ok(AssignRole {
            role,
            remove,
            reason,
            page: RefCell::new(Page::default()),
        })
    }

    /// The user's roles after the change; None when there is nothing to
    /// do; the rule it would break, when it would break one.
    fn plan(&self, user: &User) -> std::result::Result<Option<Vec<RoleName>>, String> {
        let holds = user.roles.contains(&self.role);
        if holds != self.remove {
            return Ok(None);
        }
        let page = self.page.borrow();
        let mut roles = user.roles.clone();
        if self.remove {
            roles.retain(|r| r != &self.role);
            // Taking a role can only break an attribute that needs it.
            check_attributes(&user.email, &user.attributes, &roles, &page.rules)
                .map_err(|e| e.to_string())?;
        } else {
            roles.push(self.role.clone());
            roles.sort();
            let defined: Vec<&Role> = roles.iter().filter_map(|r| page.roles.get(r)).collect();
            check_assignment(&user.email, &defined, &user.groups, &page.features)
                .map_err(|e| e.to_string())?;
        }
        Ok(Some(roles))
    }

    fn decision(&self, subject: &Subject) -> std::result::Result<Option<Vec<RoleName>>, String> {
        match self.page.borrow().users.get(&subject.id) {
            Some(user) => self.plan(user),
            None => Ok(None),
        }
    }
}

fn names(roles: &[RoleName]) -> Vec<String> {
    roles.iter().map(ToString::to_string).collect()
}

impl Action for AssignRole {
    /// The grant rules: giving or taking a role that carries admin
    /// permissions needs each of them, and never for the actor itself.
    fn denial(&self, ctx: &Ctx, subject: &Subject) -> Option<String> {
        let page = self.page.borrow();
        let user = page.users.get(&subject.id)?;
        let role = page.roles.get(&self.role)?;
        let held: Vec<&Role> = user
            .roles
            .iter()
            .filter_map(|r| page.roles.get(r))
            .collect();
        ctx.acting
            .check_grant(&Grant {
                target: Some(&user.id),
                email: &user.email,
                reach: &user.groups,
                roles: &[role],
                permissions: &[],
                groups: &[],
                groups_after: &user.groups,
                held: &held,
            })
            .err()
            .map(|e| e.to_string())
    }

    /// Taking a role that carries `roles.manage` from a user who holds it
    /// no other way takes it from them.
    fn takes_manager(&self, subject: &Subject, _to: Option<Status>) -> bool {
        if !self.remove {
            return false;
        }
        let page = self.page.borrow();
        let carries = |role: &RoleName| {
            page.roles
                .get(role)
                .is_some_and(|r| r.permissions.iter().any(|p| p.as_str() == MANAGER))
        };
        if !carries(&self.role) {
            return false;
        }
        page.users.get(&subject.id).is_some_and(|user| {
            !user.permissions.iter().any(|p| p.as_str() == MANAGER)
                && !user.roles.iter().any(|r| r != &self.role && carries(r))
        })
    }

    fn name(&self) -> &'static str {
        if self.remove {
            "role-unassign"
        } else {
            "role-assign"
        }
    }

    fn prepare(&self, reader: Reader<'_>, ctx: &Ctx, users: &[&Subject]) -> Result<()> {
        let ids: Vec<&UserId> = users.iter().map(|s| &s.id).collect();
        let mut page = self.page.borrow_mut();
        page.roles = reader
            .roles()?
            .into_iter()
            .map(|r| (r.name.clone(), r))
            .collect();
        if !page.roles.contains_key(&self.role) {
            return Err(Error::not_found(
                "role",
                format!("{} (deleted while this command ran)", self.role),
            ));
        }
        page.features = reader.features_on()?;
        page.rules = reader.attribute_rules()?;
        page.users = reader
            .users_by_ids(&ids, ctx.now)?
            .into_iter()
            .map(|u| (u.id.clone(), u))
            .collect();
        Ok(())
    }

    /// A user who already holds the role (or, to take it, does not) is
    /// unchanged; one the rules refuse is refused. The status stays.
    fn decide(&self, subject: &Subject) -> Decision {
        match self.decision(subject) {
            Ok(Some(_)) => Decision::Change(Some(subject.status)),
            Ok(None) => Decision::Unchanged,
            Err(_) => Decision::Invalid,
        }
    }

    fn refusal(&self, subject: &Subject) -> String {
        self.decision(subject).err().unwrap_or_default()
    }

    fn purpose(&self) -> String {
        if self.remove {
            format!("take role {} from", self.role)
        } else {
            format!("give role {} to", self.role)
        }
    }

    fn question(&self, count: u64) -> String {
        let noun = if count == 1 { "user" } else { "users" };
        if self.remove {
            format!("Take role {} from {count} {noun}?", self.role)
        } else {
            format!("Give role {} to {count} {noun}?", self.role)
        }
    }

    fn apply(
        &self,
        tx: &Tx<'_>,
        ctx: &Ctx,
        batch: &[(&Subject, Option<Status>)],
    ) -> Result<Applied> {
        let page = self.page.borrow();
        let mut changes = Vec::with_capacity(batch.len());
        for (subject, _) in batch {
            let user = page.users.get(&subject.id).ok_or_else(|| {
                Error::Internal(format!("{} vanished inside its batch", subject.email))
            })?;
            let after = match self.plan(user) {
                Ok(Some(after)) => after,
                _ => {
                    return Err(Error::Internal(format!(
                        "{} was decided on twice with different answers",
                        subject.email
                    )));
                }
            };
            changes.push((
                &subject.id,
                vec![FieldChange::new("roles", names(&user.roles), names(&after))],
            ));
        }
        let ids: Vec<&UserId> = changes.iter().map(|(id, _)| *id).collect();
        tx.set_role_of(&ids, &self.role, !self.remove, ctx.now)?;
        audit(tx, ctx, self.name(), self.reason.as_deref(), changes)?;
        Ok(Applied::default())
    }
}
