//! The one query language shared by `user list`, `user export` and the bulk
//! verbs: which users (a [`Selector`]), in which order, how many.

use jiff::{SignedDuration, Timestamp};

use super::access::{GroupRef, Permission, RoleName};
use super::error::{Error, Result};
use super::types::{Status, parse_attr, validate_text};

/// Which users a command acts on. Filters combine with AND; several statuses with OR.
#[derive(Clone, Debug, Default)]
pub struct Selector {
    pub statuses: Vec<Status>,
    pub role: Option<RoleName>,
    pub group: Option<GroupRef>,
    /// Users who have this permission, through a role or their own.
    pub permission: Option<Permission>,
    /// Users whose onboarding form was requested (true) or not (false).
    pub onboarding: Option<bool>,
    /// Case-insensitive substring of names, email, username, company, address,
    /// city, postal code or phone.
    pub text: Option<String>,
    /// No sign-in for at least this long (never signed in counts from creation).
    pub inactive_for: Option<SignedDuration>,
    pub created_before: Option<Timestamp>,
    pub created_after: Option<Timestamp>,
    pub attributes: Vec<(String, String)>,
    /// Only users locked out by failed sign-ins now (`--locked`).
    pub locked: bool,
    /// Every user: needed when no filter is given to a bulk verb.
    pub all: bool,
    /// Only users in one of these groups: what a scoped actor's permission
    /// reaches (none: nobody). Not a filter of the user's choosing, so it
    /// counts for neither `has_filters` nor `is_used`.
    pub reach: Option<Vec<GroupRef>>,
}

impl Selector {
    /// True when no filter narrows the selection.
    pub fn has_filters(&self) -> bool {
        !self.statuses.is_empty()
            || self.role.is_some()
            || self.group.is_some()
            || self.permission.is_some()
            || self.onboarding.is_some()
            || self.text.is_some()
            || self.inactive_for.is_some()
            || self.created_before.is_some()
            || self.created_after.is_some()
            || !self.attributes.is_empty()
            || self.locked
    }

    /// `--all` means every user: with a filter beside it, it is a mistake the
    /// command line refuses.
    pub fn all_with_filters(&self) -> bool {
        self.all && self.has_filters()
    }

    /// True when the selector was used at all (a filter or `--all`).
    pub fn is_used(&self) -> bool {
        self.all || self.has_filters()
    }
}

/// Raw selector text as typed, turned into a [`Selector`] by [`SelectorInput::parse`].
#[derive(Clone, Debug, Default)]
pub struct SelectorInput {
    pub statuses: Vec<String>,
    pub role: Option<String>,
    pub group: Option<String>,
    pub permission: Option<String>,
    /// `requested` or `none`.
    pub onboarding: Option<String>,
    pub text: Option<String>,
    pub inactive_for: Option<String>,
    pub created_before: Option<String>,
    pub created_after: Option<String>,
    pub attributes: Vec<String>,
    pub locked: bool,
    pub all: bool,
}

impl SelectorInput {
    pub fn parse(&self, now: Timestamp) -> Result<Selector> {
        let mut statuses = Vec::new();
        for raw in &self.statuses {
            for part in raw.split(',').filter(|p| !p.trim().is_empty()) {
                let status: Status = part.parse()?;
                if !statuses.contains(&status) {
                    statuses.push(status);
                }
            }
        }
        let text = match &self.text {
            Some(t) if t.trim().is_empty() => {
                return Err(Error::invalid("match", "must not be empty"));
            }
            Some(t) => Some(validate_text("match", t.trim(), 200)?),
            None => None,
        };
        Ok(Selector {
            statuses,
            role: self.role.as_deref().map(RoleName::parse).transpose()?,
            group: self.group.as_deref().map(GroupRef::parse).transpose()?,
            permission: self
                .permission
                .as_deref()
                .map(Permission::parse)
                .transpose()?,
            onboarding: match self.onboarding.as_deref().map(str::trim) {
                None => None,
                Some("requested") => Some(true),
                Some("none") => Some(false),
                Some(other) => {
                    return Err(Error::invalid(
                        "onboarding",
                        format!("{other:?} is not one of requested, none"),
                    ));
                }
            },
            text,
            inactive_for: self
                .inactive_for
                .as_deref()
                .map(|d| super::types::parse_duration("inactive-for", d))
                .transpose()?,
            created_before: self
                .created_before
                .as_deref()
                .map(|t| super::types::parse_time("created-before", t, now))
                .transpose()?,
            created_after: self
                .created_after
                .as_deref()
                .map(|t| super::types::parse_time("created-after", t, now))
                .transpose()?,
            attributes: self
                .attributes
                .iter()
                .map(|a| parse_attr(a))
                .collect::<Result<_>>()?,
            locked: self.locked,
            all: self.all,
            reach: None,
        })
    }
}

/// A sort column for `user list`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Id,
    Created,
    Updated,
    Email,
    Username,
    First,
    Last,
    Status,
    LastLogin,
}

impl SortKey {
    pub const NAMES: &[(&str, SortKey)] = &[
        ("id", SortKey::Id),
        ("created", SortKey::Created),
        ("updated", SortKey::Updated),
        ("email", SortKey::Email),
        ("username", SortKey::Username),
        ("first", SortKey::First),
        ("last", SortKey::Last),
        ("status", SortKey::Status),
        ("last-login", SortKey::LastLogin),
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SortSpec {
    pub key: SortKey,
    pub descending: bool,
}

impl SortSpec {
    /// Parses `--sort` fields: `created`, `-updated` (descending), `+email`.
    pub fn parse_all(raw: &[String]) -> Result<Vec<SortSpec>> {
        raw.iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| {
                let s = s.trim();
                let (descending, name) = match s.strip_prefix('-') {
                    Some(rest) => (true, rest),
                    None => (false, s.strip_prefix('+').unwrap_or(s)),
                };
                SortKey::NAMES
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, key)| SortSpec {
                        key: *key,
                        descending,
                    })
                    .ok_or_else(|| {
                        let names: Vec<&str> = SortKey::NAMES.iter().map(|(n, _)| *n).collect();
                        Error::invalid(
                            "sort",
                            format!("{name:?} is not one of {}", names.join(", ")),
                        )
                    })
            })
            .collect()
    }
}

/// Which users to read, in which order, and how many.
#[derive(Clone, Debug, Default)]
pub struct ListQuery {
    pub selector: Selector,
    pub sort: Vec<SortSpec>,
    pub limit: Option<u64>,
    pub offset: u64,
    /// Read password hashes too (`export --include-hashes`).
    pub with_hashes: bool,
}

#[cfg(test)]
mod properties {
    use super::*;

    fn now() -> Timestamp {
        "2026-06-01T00:00:00Z".parse().unwrap()
    }

    proptest::proptest! {
        /// Status lists read in any case, spelling and order, each once.
        #[test]
        fn status_lists_read_each_status_once(
            picks in proptest::collection::vec((0usize..6, proptest::bool::ANY), 1..8),
        ) {
            let raw: Vec<String> = picks
                .iter()
                .map(|(i, upper)| {
                    let name = Status::ALL[*i].as_str();
                    if *upper { name.to_uppercase().replace('_', " ") } else { name.to_string() }
                })
                .collect();
            let input = SelectorInput { statuses: vec![raw.join(",")], ..SelectorInput::default() };
            let selector = input.parse(now()).unwrap();
            let mut want: Vec<Status> = Vec::new();
            for (i, _) in &picks {
                if !want.contains(&Status::ALL[*i]) {
                    want.push(Status::ALL[*i]);
                }
            }
            proptest::prop_assert_eq!(&selector.statuses, &want);
            proptest::prop_assert!(selector.has_filters());
        }

        /// Whatever the flags hold, the selector parses or says which flag
        /// is wrong; it never panics.
        #[test]
        fn any_selector_input_parses_or_names_its_flag(
            status in "\\PC{0,12}",
            role in proptest::option::of("\\PC{0,12}"),
            group in proptest::option::of("\\PC{0,16}"),
            text in proptest::option::of("\\PC{0,8}"),
            inactive in proptest::option::of("[0-9smhdwx]{0,6}"),
            before in proptest::option::of("\\PC{0,12}"),
            attr in proptest::option::of("\\PC{0,12}"),
        ) {
            let input = SelectorInput {
                statuses: vec![status],
                role,
                group,
                text,
                inactive_for: inactive,
                created_before: before,
                attributes: attr.into_iter().collect(),
                ..SelectorInput::default()
            };
            if let Err(e) = input.parse(now()) {
                proptest::prop_assert!(matches!(e, Error::Invalid { .. }), "{e}");
            }
        }
    }
}
