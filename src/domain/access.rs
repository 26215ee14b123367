//! The names of who may do what (SPEC §8): roles and their permissions,
//! groups, features that gate roles, attribute rules. The rules an
//! assignment must keep are checked here, in one place, by every command
//! that gives a user a role or a group; the actor and the grant rules are in
//! `actor.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Serialize, Serializer};

use super::error::{Conflict, Error, Result};
use super::types::{MAX_NAME, validate_text, validate_word};

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
#[derive(Clone, Debug, Serialize, serde::Deserialize)]
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
#[derive(Clone, Debug, Serialize, serde::Deserialize)]
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
}
