//! Who may do what (SPEC §8): roles and their permissions, groups, features
//! that gate roles, attribute rules, and the actor a command runs as. The
//! rules an assignment must keep are checked here, in one place, by every
//! command that gives a user a role or a group.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Serialize, Serializer};

use super::error::{Conflict, Denied, Error, Result};
use super::types::{MAX_NAME, UserId, validate_text, validate_word};

macro_rules! word {
    ($(#[$doc:meta])* $name:ident, $field:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            pub fn parse(raw: &str) -> Result<$name> {
                validate_word($field, raw).map($name)
            }

            /// A value read back from the store, which holds only valid ones.
            pub fn from_stored(raw: String) -> $name {
                $name(raw)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(
                d: D,
            ) -> std::result::Result<$name, D::Error> {
                super::types::deserialize_parsed(d, $name::parse)
            }
        }
    };
}

word!(
    /// A role's name: `administrator`, `team-work-manager`.
    RoleName,
    "role"
);
word!(
    /// A permission: `users.read`, `clocking`.
    Permission,
    "permission"
);
word!(
    /// A feature of the product that a role may need: `TechnicianUsers`.
    FeatureName,
    "feature"
);

/// The permissions roster itself enforces on an actor (SPEC §8). Roles may
/// hold any other permission too; the product decides what those mean.
pub const ROSTER_PERMISSIONS: &[(&str, &str)] = &[
    (
        "users.read",
        "list, show and export users; mail and store statistics",
    ),
    (
        "users.manage",
        "create, update, invite, revoke, archive, restore, import, sync and email users",
    ),
    (
        "users.reset-password",
        "set a new password or send a reset link",
    ),
    ("users.sign-out", "end every session of a user"),
    ("users.block", "block users"),
    ("users.unblock", "unblock users and lift a lockout"),
    ("users.delete", "delete users"),
    (
        "roles.manage",
        "change roles, groups, features and attribute rules",
    ),
    (
        "audit.read",
        "read and verify the audit log, and a user's history",
    ),
    (
        "store.admin",
        "migrate, check and back up the store; export password hashes",
    ),
];

/// A group's kind: `client`, `team`, `area`, `store`, `crew`, or any word.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GroupKind(String);

impl GroupKind {
    pub fn parse(raw: &str) -> Result<GroupKind> {
        let kind = validate_word("group kind", raw)?.to_ascii_lowercase();
        Ok(GroupKind(kind))
    }

    pub fn from_stored(raw: String) -> GroupKind {
        GroupKind(raw)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for GroupKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for GroupKind {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// A group a user belongs to: a kind, a name as written (`Acme Fleet Ltd`,
/// `leeds@shop.example`) and the slug that identifies it (`acme-fleet-ltd`),
/// so that `client:"Acme Fleet Ltd"` and `client:acme-fleet-ltd` are one
/// group. Shown as `kind:name as written`.
#[derive(Clone, Debug)]
pub struct GroupRef {
    kind: GroupKind,
    slug: String,
    display: String,
}

impl GroupRef {
    /// Parses `KIND:NAME`; NAME is any text of up to 200 characters with at
    /// least one letter or digit.
    pub fn parse(raw: &str) -> Result<GroupRef> {
        let Some((kind, name)) = raw.split_once(':') else {
            return Err(Error::invalid(
                "group",
                format!(
                    "{} must be KIND:NAME, for example team:north or client:\"Acme Fleet Ltd\"",
                    super::error::quoted(raw)
                ),
            ));
        };
        let display = validate_text("group name", name.trim(), MAX_NAME)?;
        let slug = slug(&display);
        if slug.is_empty() {
            return Err(Error::invalid(
                "group name",
                format!("{name:?} needs at least one letter or digit"),
            ));
        }
        Ok(GroupRef {
            kind: GroupKind::parse(kind)?,
            slug,
            display,
        })
    }

    /// A group read back from the store.
    pub fn from_stored(kind: String, slug: String, display: String) -> GroupRef {
        GroupRef {
            kind: GroupKind(kind),
            slug,
            display,
        }
    }

    pub fn kind(&self) -> &GroupKind {
        &self.kind
    }

    /// What identifies the group within its kind.
    pub fn slug(&self) -> &str {
        &self.slug
    }

    /// The name as it was written when the group was made.
    pub fn display(&self) -> &str {
        &self.display
    }

    /// `kind:slug`: the group's identity.
    pub fn key(&self) -> String {
        format!("{}:{}", self.kind, self.slug)
    }
}

impl PartialEq for GroupRef {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind && self.slug == other.slug
    }
}

impl Eq for GroupRef {}

impl PartialOrd for GroupRef {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for GroupRef {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (&self.kind, &self.slug).cmp(&(&other.kind, &other.slug))
    }
}

impl fmt::Display for GroupRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.kind, self.display)
    }
}

impl Serialize for GroupRef {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for GroupRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<GroupRef, D::Error> {
        super::types::deserialize_parsed(d, GroupRef::parse)
    }
}

/// The slug of a group name: NFKC, lowercased; letters, digits, `@`, `.`
/// and `_` kept, every other run of characters one `-`.
pub fn slug(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    let mut out = String::new();
    let mut dash = false;
    for c in name.nfkc().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || matches!(c, '@' | '.' | '_') {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

/// A role as stored: what it allows and the rules for giving it.
#[derive(Clone, Debug, Serialize)]
pub struct Role {
    pub name: RoleName,
    pub description: Option<String>,
    pub permissions: BTreeSet<Permission>,
    /// Cannot be combined with any other role.
    pub exclusive: bool,
    /// Can be given only while this feature is on.
    pub requires_feature: Option<FeatureName>,
    /// Can be given only with a group of this kind (a team work manager
    /// needs a team).
    pub scope: Option<GroupKind>,
    /// The preset that installed it, if one did.
    pub preset: Option<String>,
    /// Made by the migration from a free-text role found on users, and not
    /// looked at since (no permissions, no description).
    #[serde(skip)]
    pub unreviewed: bool,
}

impl Role {
    /// A role with no rules and no permissions.
    pub fn new(name: RoleName) -> Role {
        Role {
            name,
            description: None,
            permissions: BTreeSet::new(),
            exclusive: false,
            requires_feature: None,
            scope: None,
            preset: None,
            unreviewed: false,
        }
    }
}

/// A rule for one attribute key: the values it may take, and the role a user
/// needs to have it at all (seed 003: the dispatch-email preference only for
/// technicians).
#[derive(Clone, Debug, Serialize)]
pub struct AttributeRule {
    pub key: String,
    /// None: any value.
    pub values: Option<Vec<String>>,
    pub requires_role: Option<RoleName>,
    pub description: Option<String>,
}

/// Checks that a user with these roles and groups keeps every rule of SPEC
/// §8, given the roles' definitions and the features that are on. Each error
/// names its rule: an exclusive role with another role and a role whose
/// feature is off are conflicts (exit 5); a scoped role without a group of
/// its kind is invalid input (exit 6).
pub fn check_assignment(
    who: &str,
    roles: &[&Role],
    groups: &[GroupRef],
    features_on: &BTreeSet<FeatureName>,
) -> Result<()> {
    if let Some(exclusive) = roles.iter().find(|r| r.exclusive) {
        if roles.len() > 1 {
            let others: Vec<&str> = roles
                .iter()
                .filter(|r| r.name != exclusive.name)
                .map(|r| r.name.as_str())
                .collect();
            return Err(Conflict::Rule {
                who: who.to_string(),
                rule: format!(
                    "role {} is exclusive and cannot be combined with {}",
                    exclusive.name,
                    others.join(", ")
                ),
            }
            .into());
        }
    }
    for role in roles {
        if let Some(feature) = &role.requires_feature {
            if !features_on.contains(feature) {
                return Err(Conflict::Rule {
                    who: who.to_string(),
                    rule: format!(
                        "role {} needs feature {feature}, which is off (`roster feature enable {feature}`)",
                        role.name
                    ),
                }
                .into());
            }
        }
        if let Some(kind) = &role.scope {
            if !groups.iter().any(|g| &g.kind == kind) {
                return Err(Error::invalid(
                    "group",
                    format!(
                        "{who}: role {} is scoped to {} {kind}: the user needs a group of that kind too, such as {kind}:NAME",
                        role.name,
                        article(kind.as_str())
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// `a` or `an`, for a word of the kind `team`, `area`.
fn article(word: &str) -> &'static str {
    match word.chars().next() {
        Some(c) if "aeiouAEIOU".contains(c) => "an",
        _ => "a",
    }
}

/// Checks a user's attributes against the defined rules: a defined key's
/// value must be one of its values, and a key that needs a role needs the
/// user to hold it. Keys without a rule are free-form.
pub fn check_attributes(
    who: &str,
    attributes: &BTreeMap<String, String>,
    roles: &[RoleName],
    rules: &[AttributeRule],
) -> Result<()> {
    for (key, value) in attributes {
        let Some(rule) = rules.iter().find(|r| &r.key == key) else {
            continue;
        };
        if let Some(values) = &rule.values {
            if !values.contains(value) {
                return Err(Error::invalid(
                    format!("attr {key}"),
                    format!("{value:?} is not one of {}", values.join(", ")),
                ));
            }
        }
        if let Some(role) = &rule.requires_role {
            if !roles.contains(role) {
                return Err(Error::invalid(
                    format!("attr {key}"),
                    format!("{who}: only users with role {role} may have it"),
                ));
            }
        }
    }
    Ok(())
}

/// Whether roster itself enforces `permission` on an actor (SPEC §8): the
/// permissions of [`ROSTER_PERMISSIONS`] and any other of their families
/// (`users.*`, `roles.*`, `audit.*`, `store.*`). Giving or taking one is
/// bound by the grant rules; every other permission is the product's.
pub fn is_admin_permission(permission: &str) -> bool {
    ROSTER_PERMISSIONS.iter().any(|(p, _)| *p == permission)
        || ["users.", "roles.", "audit.", "store."]
            .iter()
            .any(|family| permission.starts_with(family))
}

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

    #[test]
    fn group_names_keep_their_writing_and_match_by_slug() {
        let acme = GroupRef::parse("client:Acme Fleet Ltd").unwrap();
        assert_eq!(acme.to_string(), "client:Acme Fleet Ltd");
        assert_eq!(acme.slug(), "acme-fleet-ltd");
        assert_eq!(acme, GroupRef::parse("Client:acme-fleet-ltd").unwrap());
        let store = GroupRef::parse("store:leeds@shop.example").unwrap();
        assert_eq!(store.slug(), "leeds@shop.example");
        assert!(GroupRef::parse("team:---").is_err());
        assert!(GroupRef::parse("north").is_err());
        assert!(GroupRef::parse("team:a\u{1b}b").is_err());
    }

    fn role(name: &str) -> Role {
        Role::new(RoleName::parse(name).unwrap())
    }

    #[test]
    fn assignment_rules_name_their_rule() {
        let mut tech = role("technician");
        tech.exclusive = true;
        tech.requires_feature = Some(FeatureName::parse("TechnicianUsers").unwrap());
        let admin = role("administrator");
        let mut twm = role("team-work-manager");
        twm.scope = Some(GroupKind::parse("team").unwrap());
        let none = BTreeSet::new();
        let on: BTreeSet<FeatureName> = [FeatureName::parse("TechnicianUsers").unwrap()].into();
        let team = GroupRef::parse("team:north").unwrap();

        let err = check_assignment("ada", &[&tech, &admin], &[], &on).unwrap_err();
        assert!(err.to_string().contains("exclusive"), "{err}");
        let err = check_assignment("ada", &[&tech], &[], &none).unwrap_err();
        assert!(err.to_string().contains("feature TechnicianUsers"), "{err}");
        assert!(check_assignment("ada", &[&tech], &[], &on).is_ok());
        let err = check_assignment("ada", &[&twm], &[], &none).unwrap_err();
        assert!(matches!(err, Error::Invalid { .. }), "{err}");
        assert!(check_assignment("ada", &[&twm], &[team], &none).is_ok());
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
