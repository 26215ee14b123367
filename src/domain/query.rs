//! The one query language shared by `user list`, `user export` and the bulk
//! verbs: which users (a [`Selector`]), in which order, how many.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use super::access::{GroupRef, Permission, RoleName};
use super::error::{Error, Result};
use super::types::{Status, parse_duration, validate_text};

/// Which users a command acts on. Filters combine with AND; several statuses with OR.
///
/// It serialises (so a request can carry it) with each filter in the form
/// its flag takes: statuses, names and groups as text, `inactive_for` a
/// duration (`90d`), times in RFC 3339, `onboarding` `requested` or `none`,
/// attributes `KEY=VALUE`. What deserialises is checked as the flags are.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Selector {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub statuses: Vec<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<GroupRef>,
    /// Users who have this permission, through a role or their own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permission: Option<Permission>,
    /// Users whose onboarding form was requested (true) or not (false).
    #[serde(with = "wire::onboarding", skip_serializing_if = "Option::is_none")]
    pub onboarding: Option<bool>,
    /// Case-insensitive substring of names, email, username, company, address,
    /// city, postal code or phone.
    #[serde(with = "wire::text", skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// No sign-in for at least this long (never signed in counts from creation).
    #[serde(with = "wire::duration", skip_serializing_if = "Option::is_none")]
    pub inactive_for: Option<SignedDuration>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_before: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_after: Option<Timestamp>,
    #[serde(with = "wire::attributes", skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<(String, String)>,
    /// Only users locked out by failed sign-ins now (`--locked`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub locked: bool,
    /// Every user: needed when no filter is given to a bulk verb.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub all: bool,
    /// Only users in one of these groups: what a scoped actor's permission
    /// reaches (none: nobody). Not a filter of the user's choosing, so it
    /// counts for neither `has_filters` nor `is_used`, and never travels in
    /// a request: the operation sets it from the actor.
    #[serde(skip)]
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

/// `--status`: comma-separated statuses in any case and spelling; an empty
/// part names none.
pub fn parse_statuses(raw: &str) -> Result<Vec<Status>> {
    raw.split(',')
        .filter(|p| !p.trim().is_empty())
        .map(str::parse)
        .collect()
}

/// Adds `more` to `statuses`, each status once, in the order first given.
pub fn add_statuses(statuses: &mut Vec<Status>, more: impl IntoIterator<Item = Status>) {
    for status in more {
        if !statuses.contains(&status) {
            statuses.push(status);
        }
    }
}

/// `--match`: text to look for, trimmed; not empty.
pub fn parse_match(raw: &str) -> Result<String> {
    if raw.trim().is_empty() {
        return Err(Error::invalid("match", "must not be empty"));
    }
    validate_text("match", raw.trim(), 200)
}

/// `--onboarding`: `requested` (true) or `none` (false).
pub fn parse_onboarding(raw: &str) -> Result<bool> {
    match raw.trim() {
        "requested" => Ok(true),
        "none" => Ok(false),
        other => Err(Error::invalid(
            "onboarding",
            format!("{other:?} is not one of requested, none"),
        )),
    }
}

/// `--inactive-for`: a duration such as `90d`.
pub fn parse_inactive_for(raw: &str) -> Result<SignedDuration> {
    parse_duration("inactive-for", raw)
}

/// The wire forms of [`Selector`]'s filters that are not their types' own.
mod wire {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::domain::types::deserialize_parsed as checked;

    pub mod onboarding {
        use super::*;

        pub fn serialize<S: Serializer>(v: &Option<bool>, s: S) -> Result<S::Ok, S::Error> {
            match v {
                Some(true) => s.serialize_str("requested"),
                Some(false) => s.serialize_str("none"),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
            checked(d, super::super::parse_onboarding).map(Some)
        }
    }

    pub mod text {
        use super::*;

        pub fn serialize<S: Serializer>(v: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
            match v {
                Some(text) => s.serialize_str(text),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
            checked(d, super::super::parse_match).map(Some)
        }
    }

    pub mod duration {
        use super::*;
        use jiff::SignedDuration;

        /// The largest unit that writes it whole: `2w`, `90d`, `36h`, `90s`.
        pub fn serialize<S: Serializer>(
            v: &Option<SignedDuration>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            let Some(duration) = v else {
                return s.serialize_none();
            };
            let secs = duration.as_secs();
            let (n, unit) = [(604_800, "w"), (86_400, "d"), (3600, "h"), (60, "m")]
                .into_iter()
                .find(|(size, _)| secs != 0 && secs % size == 0)
                .map_or((secs, "s"), |(size, unit)| (secs / size, unit));
            s.collect_str(&format_args!("{n}{unit}"))
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<SignedDuration>, D::Error> {
            checked(d, super::super::parse_inactive_for).map(Some)
        }
    }

    pub mod attributes {
        use super::*;
        use serde::ser::SerializeSeq as _;

        pub fn serialize<S: Serializer>(v: &[(String, String)], s: S) -> Result<S::Ok, S::Error> {
            let mut seq = s.serialize_seq(Some(v.len()))?;
            for (key, value) in v {
                seq.serialize_element(&format!("{key}={value}"))?;
            }
            seq.end()
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Vec<(String, String)>, D::Error> {
            Vec::<String>::deserialize(d)?
                .iter()
                .map(|raw| crate::domain::types::parse_attr(raw).map_err(D::Error::custom))
                .collect()
        }
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
            let mut statuses = Vec::new();
            add_statuses(&mut statuses, parse_statuses(&raw.join(",")).unwrap());
            let mut want: Vec<Status> = Vec::new();
            for (i, _) in &picks {
                if !want.contains(&Status::ALL[*i]) {
                    want.push(Status::ALL[*i]);
                }
            }
            proptest::prop_assert_eq!(&statuses, &want);
        }

        /// Whatever the flags hold, each filter parses or says which flag
        /// is wrong; it never panics.
        #[test]
        fn any_filter_parses_or_names_its_flag(
            status in "\\PC{0,12}",
            role in "\\PC{0,12}",
            group in "\\PC{0,16}",
            text in "\\PC{0,8}",
            inactive in "[0-9smhdwx]{0,6}",
            before in "\\PC{0,12}",
            attr in "\\PC{0,12}",
        ) {
            let results = [
                parse_statuses(&status).err(),
                RoleName::parse(&role).err(),
                GroupRef::parse(&group).err(),
                parse_match(&text).err(),
                parse_inactive_for(&inactive).err(),
                crate::domain::types::TimeSpec::parse("created-before", &before).err(),
                crate::domain::types::parse_attr(&attr).err(),
            ];
            for e in results.into_iter().flatten() {
                proptest::prop_assert!(matches!(e, Error::Invalid { .. }), "{e}");
            }
        }
    }

    #[test]
    fn a_selector_travels_in_the_forms_its_flags_take() {
        let selector = Selector {
            statuses: vec![Status::Active, Status::Blocked],
            role: Some(RoleName::parse("team-lead").unwrap()),
            group: Some(GroupRef::parse("client:Acme Fleet Ltd").unwrap()),
            permission: Some(Permission::parse("users.read").unwrap()),
            onboarding: Some(false),
            text: Some("ada".into()),
            inactive_for: Some(SignedDuration::from_hours(24 * 90)),
            created_before: Some("2026-01-31T00:00:00Z".parse().unwrap()),
            created_after: None,
            attributes: vec![("operator_type".into(), "PAYE".into())],
            locked: true,
            all: false,
            reach: Some(vec![]),
        };
        let json = serde_json::to_value(&selector).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "statuses": ["active", "blocked"],
                "role": "team-lead",
                "group": "client:Acme Fleet Ltd",
                "permission": "users.read",
                "onboarding": "none",
                "text": "ada",
                "inactive_for": "90d",
                "created_before": "2026-01-31T00:00:00Z",
                "attributes": ["operator_type=PAYE"],
                "locked": true,
            })
        );
        let back: Selector = serde_json::from_value(json).unwrap();
        assert_eq!(
            back,
            Selector {
                reach: None,
                ..selector
            }
        );
        for bad in [
            serde_json::json!({ "statuses": ["sleeping"] }),
            serde_json::json!({ "group": "nocolon" }),
            serde_json::json!({ "inactive_for": "90" }),
            serde_json::json!({ "text": "  " }),
            serde_json::json!({ "reach": [] }),
        ] {
            assert!(
                serde_json::from_value::<Selector>(bad.clone()).is_err(),
                "{bad}"
            );
        }
    }
}
