//! The actor a command runs as (SPEC §8): its effective permissions, what
//! each reaches (a scoped role's groups), and the grant rules of
//! [`Actor::check_grant`] that bound what it may give or take. The names it
//! works with (roles, permissions, groups) are in `access.rs`.

use std::collections::{BTreeMap, BTreeSet};

use super::access::{GroupKind, GroupRef, Permission, Role, is_admin_permission};
use super::error::{Denied, Result};
use super::types::UserId;

/// Where an actor's permission reaches: every user, or only the users in
/// one of these groups (a scoped role's, SPEC §8).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reach {
    All,
    Groups(BTreeSet<GroupRef>),
}

/// The store user an actor is, with what each permission reaches.
#[derive(Clone, Debug)]
pub struct ActingUser {
    pub id: UserId,
    pub email: String,
    reach: BTreeMap<Permission, Reach>,
    /// The group kinds its roles are scoped to: its groups of these kinds
    /// are what its scoped permissions reach.
    scoped_kinds: BTreeSet<GroupKind>,
}

/// Who runs a command. An actor that names a user of the store carries that
/// user's effective permissions, and is checked against them: before the
/// command does anything, on each user it acts on (a scoped role reaches
/// only users of its holder's groups), and on what it gives or takes (the
/// grant rules). Any other actor is trusted (the file's permissions are
/// the boundary) and only recorded.
#[derive(Clone, Debug)]
pub struct Actor {
    name: String,
    user: Option<ActingUser>,
}

impl Actor {
    pub fn trusted(name: impl Into<String>) -> Actor {
        Actor {
            name: name.into(),
            user: None,
        }
    }

    /// A user of the store: its roles (as defined), its own permissions and
    /// its groups decide what it may do, and to whom.
    pub fn user(
        name: impl Into<String>,
        id: UserId,
        email: impl Into<String>,
        roles: &[&Role],
        own: &[Permission],
        groups: &[GroupRef],
    ) -> Actor {
        let mut reach: BTreeMap<Permission, Reach> = BTreeMap::new();
        let mut scoped_kinds = BTreeSet::new();
        let mut widen = |permission: &Permission, more: Reach| {
            let entry = reach
                .entry(permission.clone())
                .or_insert_with(|| Reach::Groups(BTreeSet::new()));
            match (entry, more) {
                (entry @ Reach::Groups(_), Reach::All) => *entry = Reach::All,
                (Reach::Groups(have), Reach::Groups(more)) => have.extend(more),
                (Reach::All, _) => {}
            }
        };
        for role in roles {
            let role_reach = match &role.scope {
                None => Reach::All,
                Some(kind) => {
                    scoped_kinds.insert(kind.clone());
                    Reach::Groups(
                        groups
                            .iter()
                            .filter(|g| g.kind() == kind)
                            .cloned()
                            .collect(),
                    )
                }
            };
            for permission in &role.permissions {
                widen(permission, role_reach.clone());
            }
        }
        for permission in own {
            widen(permission, Reach::All);
        }
        Actor {
            name: name.into(),
            user: Some(ActingUser {
                id,
                email: email.into(),
                reach,
                scoped_kinds,
            }),
        }
    }

    /// The name recorded in the audit log.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether the actor is a user of the store (and so limited).
    pub fn is_user(&self) -> bool {
        self.user.is_some()
    }

    /// The store user the actor is, if it is one.
    pub fn acting_user(&self) -> Option<&ActingUser> {
        self.user.as_ref()
    }

    /// Whether the actor is this user of the store.
    pub fn is(&self, id: &UserId) -> bool {
        self.user.as_ref().is_some_and(|u| &u.id == id)
    }

    /// Whether the actor holds `permission` at all (a trusted actor holds
    /// every one).
    pub fn holds(&self, permission: &str) -> bool {
        match &self.user {
            None => true,
            Some(user) => user.reach.keys().any(|p| p.as_str() == permission),
        }
    }

    /// Whether the actor's `permission` reaches a user in `groups`.
    pub fn reaches(&self, permission: &str, groups: &[GroupRef]) -> bool {
        let Some(user) = &self.user else { return true };
        match user.reach.iter().find(|(p, _)| p.as_str() == permission) {
            None => false,
            Some((_, Reach::All)) => true,
            Some((_, Reach::Groups(reach))) => groups.iter().any(|g| reach.contains(g)),
        }
    }

    /// Whether some permission of the actor reaches only some users.
    pub fn is_scoped(&self, permission: &str) -> bool {
        self.user.as_ref().is_some_and(|u| {
            u.reach
                .iter()
                .any(|(p, r)| p.as_str() == permission && matches!(r, Reach::Groups(_)))
        })
    }

    /// The groups `permission` reaches when it reaches only some users
    /// (None: every user, or the actor is trusted).
    pub fn reach_of(&self, permission: &str) -> Option<Vec<GroupRef>> {
        let user = self.user.as_ref()?;
        match user.reach.iter().find(|(p, _)| p.as_str() == permission) {
            Some((_, Reach::Groups(groups))) => Some(groups.iter().cloned().collect()),
            Some((_, Reach::All)) => None,
            None => Some(Vec::new()),
        }
    }

    /// Refuses (exit 7) unless the actor holds `permission`, naming it.
    pub fn require(&self, permission: &str, what: &str) -> Result<()> {
        if self.holds(permission) {
            return Ok(());
        }
        Err(Denied::Permission {
            actor: self.name.clone(),
            permission: permission.to_string(),
            what: what.to_string(),
        }
        .into())
    }

    /// Whether the actor's roles scope some permission to groups of `kind`.
    pub fn scoped_to(&self, kind: &GroupKind) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.scoped_kinds.contains(kind))
    }

    /// Refuses (exit 7) unless the actor holds `permission` for every user:
    /// what acts on the whole store (roles, groups, the audit log, mail)
    /// needs more than a scoped role gives.
    pub fn require_all(&self, permission: &str, what: &str) -> Result<()> {
        self.require(permission, what)?;
        if self.reaches(permission, &[]) {
            return Ok(());
        }
        Err(Denied::Grant {
            actor: self.name.clone(),
            what: what.to_string(),
            rule: format!(
                "its {permission} comes from a scoped role, which reaches only its own groups' users; this needs {permission} for every user"
            ),
        }
        .into())
    }

    /// Refuses (exit 7) unless the actor's `permission` reaches the user
    /// `email`, who is in `groups`: `what` is the verb ("block").
    pub fn require_on(
        &self,
        permission: &str,
        what: &str,
        email: &str,
        groups: &[GroupRef],
    ) -> Result<()> {
        self.require(permission, &format!("{what} {email}"))?;
        if self.reaches(permission, groups) {
            return Ok(());
        }
        let reach = match self
            .user
            .as_ref()
            .and_then(|u| u.reach.iter().find(|(p, _)| p.as_str() == permission))
        {
            Some((_, Reach::Groups(groups))) if !groups.is_empty() => groups
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            _ => "its own groups of the role's scope, and it has none".into(),
        };
        Err(Denied::OutOfScope {
            actor: self.name.clone(),
            permission: permission.to_string(),
            what: what.to_string(),
            user: email.to_string(),
            reach,
        }
        .into())
    }

    /// The grant rules of SPEC §8, for one user's change: `roles` the roles
    /// given or taken (as defined; a role not defined yet carries nothing),
    /// `permissions` the per-user permissions given or taken, `groups` the
    /// groups joined or left. `target` is the user changed (None for a user
    /// not made yet), `reach` the groups the actor must reach them in.
    ///
    /// - giving or taking an admin permission, or a role carrying one,
    ///   needs the actor to hold each of those permissions (reaching the
    ///   user); anything else needs `users.manage`;
    /// - no actor changes its own roles or admin permissions, nor its own
    ///   groups of a kind its roles are scoped to.
    pub fn check_grant(&self, change: &Grant<'_>) -> Result<()> {
        let Some(me) = &self.user else {
            return Ok(());
        };
        let what = |thing: String| format!("{thing} {}", change.email);
        if change.target.is_some_and(|t| t == &me.id) {
            let mine = if let Some(role) = change.roles.first() {
                Some(format!("role {}", role.name))
            } else if let Some(p) = change
                .permissions
                .iter()
                .find(|p| is_admin_permission(p.as_str()))
            {
                Some(format!("permission {p}"))
            } else {
                change
                    .groups
                    .iter()
                    .find(|g| me.scoped_kinds.contains(g.kind()))
                    .map(|g| format!("group {g}"))
            };
            if let Some(mine) = mine {
                return Err(Denied::Grant {
                    actor: self.name.clone(),
                    what: format!("change its own {mine}"),
                    rule: "no actor changes its own roles, admin permissions or scoped groups; another administrator must".into(),
                }
                .into());
            }
        }
        // Every permission the change needs, with what it gives or takes,
        // and where the actor must hold it: for every user (None), or in
        // these groups (what a scoped role gives its holder).
        let mut needs: Vec<(&str, String, Option<Vec<GroupRef>>)> = Vec::new();
        let of_kind = |kind: &GroupKind| -> Vec<GroupRef> {
            change
                .reach
                .iter()
                .chain(change.groups_after)
                .filter(|g| g.kind() == kind)
                .cloned()
                .collect()
        };
        for role in change.roles {
            let admin: Vec<&Permission> = role
                .permissions
                .iter()
                .filter(|p| is_admin_permission(p.as_str()))
                .collect();
            if admin.is_empty() {
                needs.push((
                    "users.manage",
                    format!("role {}", role.name),
                    Some(Vec::new()),
                ));
            }
            let within = role.scope.as_ref().map(of_kind);
            for permission in admin {
                needs.push((
                    permission.as_str(),
                    format!("role {}", role.name),
                    within.clone(),
                ));
            }
        }
        for permission in change.permissions {
            if is_admin_permission(permission.as_str()) {
                needs.push((
                    permission.as_str(),
                    format!("permission {permission}"),
                    None,
                ));
            } else {
                needs.push((
                    "users.manage",
                    format!("permission {permission}"),
                    Some(Vec::new()),
                ));
            }
        }
        // Joining or leaving a group moves what the user's scoped roles reach.
        for group in change.groups {
            for role in change.held {
                if role.scope.as_ref() != Some(group.kind()) {
                    continue;
                }
                for permission in role
                    .permissions
                    .iter()
                    .filter(|p| is_admin_permission(p.as_str()))
                {
                    needs.push((
                        permission.as_str(),
                        format!("group {group} (its role {} is scoped to it)", role.name),
                        Some(vec![(*group).clone()]),
                    ));
                }
            }
        }
        let missing: Vec<&(&str, String, _)> =
            needs.iter().filter(|(p, _, _)| !self.holds(p)).collect();
        if let Some((_, thing, _)) = missing.first() {
            let mut lacks: Vec<&str> = missing
                .iter()
                .filter(|(_, t, _)| t == thing)
                .map(|(p, _, _)| *p)
                .collect();
            lacks.dedup();
            return Err(Denied::Grant {
                actor: self.name.clone(),
                what: what(format!("give or take {thing} for")),
                rule: format!(
                    "giving or taking it needs {}, which it does not hold",
                    lacks.join(", ")
                ),
            }
            .into());
        }
        for (permission, thing, within) in &needs {
            let short = match within {
                None if !self.reaches(permission, &[]) => Some("every user".to_string()),
                Some(groups) => groups
                    .iter()
                    .find(|g| !self.reaches(permission, std::slice::from_ref(*g)))
                    .map(|g| format!("the users of {g}")),
                None => None,
            };
            if let Some(needed) = short {
                return Err(Denied::Grant {
                    actor: self.name.clone(),
                    what: what(format!("give or take {thing} for")),
                    rule: format!(
                        "its {permission} comes from a scoped role and does not reach {needed}; \
                         what it gives may not reach further than what it holds"
                    ),
                }
                .into());
            }
        }
        self.require_on("users.manage", "change", change.email, change.reach)?;
        Ok(())
    }
}

/// One user's change as the grant rules see it (see [`Actor::check_grant`]).
#[derive(Clone, Copy, Debug)]
pub struct Grant<'a> {
    /// The user changed; None for a user being made.
    pub target: Option<&'a UserId>,
    pub email: &'a str,
    /// The groups the actor must reach the user in.
    pub reach: &'a [GroupRef],
    /// The roles given or taken.
    pub roles: &'a [&'a Role],
    /// The per-user permissions given or taken.
    pub permissions: &'a [&'a Permission],
    /// The groups joined or left.
    pub groups: &'a [&'a GroupRef],
    /// The user's groups after the change.
    pub groups_after: &'a [GroupRef],
    /// The user's roles after the change (as defined): joining or leaving a
    /// group moves what their scoped roles reach.
    pub held: &'a [&'a Role],
}

/// A user's effective permissions: those of their roles, and their own.
pub fn effective_permissions<'a>(
    roles: impl IntoIterator<Item = &'a Role>,
    own: &[Permission],
) -> BTreeSet<Permission> {
    roles
        .into_iter()
        .flat_map(|r| r.permissions.iter().cloned())
        .chain(own.iter().cloned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access::RoleName;

    fn role(name: &str) -> Role {
        Role::new(RoleName::parse(name).unwrap())
    }

    fn perm(name: &str) -> Permission {
        Permission::parse(name).unwrap()
    }

    fn role_with(name: &str, permissions: &[&str], scope: Option<&str>) -> Role {
        let mut role = role(name);
        role.permissions = permissions.iter().map(|p| perm(p)).collect();
        role.scope = scope.map(|k| GroupKind::parse(k).unwrap());
        role
    }

    fn acting(roles: &[&Role], own: &[&str], groups: &[&str]) -> Actor {
        let own: Vec<Permission> = own.iter().map(|p| perm(p)).collect();
        let groups: Vec<GroupRef> = groups.iter().map(|g| GroupRef::parse(g).unwrap()).collect();
        Actor::user(
            "me@example.com",
            UserId::new(),
            "me@example.com",
            roles,
            &own,
            &groups,
        )
    }

    #[test]
    fn an_actor_that_is_a_user_is_limited_to_its_permissions() {
        let reader = acting(&[], &["users.read"], &[]);
        assert!(reader.require("users.read", "user list").is_ok());
        let err = reader.require("users.block", "user block").unwrap_err();
        assert!(err.to_string().contains("users.block"), "{err}");
        assert!(
            Actor::trusted("ops")
                .require("users.delete", "user delete")
                .is_ok()
        );
    }

    #[test]
    fn a_scoped_role_reaches_only_its_holders_groups() {
        let lead = role_with("team-lead", &["users.block"], Some("team"));
        let actor = acting(&[&lead], &[], &["team:north", "client:acme"]);
        let north = [GroupRef::parse("team:north").unwrap()];
        let south = [GroupRef::parse("team:south").unwrap()];
        assert!(actor.reaches("users.block", &north));
        assert!(!actor.reaches("users.block", &south));
        assert!(!actor.reaches("users.block", &[]), "a user of no team");
        assert!(
            !actor.reaches("users.block", &[GroupRef::parse("client:acme").unwrap()]),
            "a group of another kind"
        );
        let err = actor
            .require_on("users.block", "block", "bob@example.com", &[])
            .unwrap_err();
        assert!(err.to_string().contains("team:north"), "{err}");
        // The same permission held unscoped reaches everyone.
        let widened = acting(&[&lead], &["users.block"], &["team:north"]);
        assert!(widened.reaches("users.block", &[]));
    }

    #[test]
    fn grants_need_what_they_give() {
        let operator_admin = role_with("operator-admin", &["users.manage", "users.read"], None);
        let admin = role_with("administrator", &["roles.manage", "users.delete"], None);
        let clocking = role_with("clocker", &["clocking"], None);
        let actor = acting(&[&operator_admin], &[], &[]);
        let other = UserId::new();
        let grant = |roles: &[&Role], permissions: &[&Permission], target: &UserId| {
            actor.check_grant(&Grant {
                target: Some(target),
                email: "x@example.com",
                reach: &[],
                roles,
                permissions,
                groups: &[],
                groups_after: &[],
                held: &[],
            })
        };
        assert!(grant(&[&clocking], &[], &other).is_ok());
        assert!(grant(&[], &[&perm("reports.read")], &other).is_ok());
        assert!(grant(&[&operator_admin], &[], &other).is_ok(), "holds both");
        let err = grant(&[&admin], &[], &other).unwrap_err();
        assert!(err.to_string().contains("roles.manage"), "{err}");
        let err = grant(&[], &[&perm("users.delete")], &other).unwrap_err();
        assert!(err.to_string().contains("users.delete"), "{err}");
        // Never its own roles or admin permissions.
        let me = actor.acting_user().unwrap().id.clone();
        let err = grant(&[&clocking], &[], &me).unwrap_err();
        assert!(err.to_string().contains("its own role"), "{err}");
        let err = grant(&[], &[&perm("users.read")], &me).unwrap_err();
        assert!(err.to_string().contains("its own permission"), "{err}");
        assert!(grant(&[], &[&perm("clocking")], &me).is_ok());
        // A trusted actor is bound by none of these.
        assert!(
            Actor::trusted("ops")
                .check_grant(&Grant {
                    target: None,
                    email: "x@example.com",
                    reach: &[],
                    roles: &[&admin],
                    permissions: &[],
                    groups: &[],
                    groups_after: &[],
                    held: &[],
                })
                .is_ok()
        );
    }
}
