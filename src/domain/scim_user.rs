//! A user as a SCIM 2.0 resource (RFC 7643 §4.1, SPEC §13): the mapping
//! of roster's fields to the core User schema, the enterprise extension and
//! roster's own extension, its version (an ETag that changes with every
//! change), and the selection of attributes a client asks for.

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::scim_filter::{AttrPath, Filter};
use super::types::Status;
use super::user::User;

/// The core User schema.
pub const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
/// The enterprise extension: `employeeNumber`, `organization`.
pub const ENTERPRISE_SCHEMA: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
/// roster's extension: roles, groups, attributes and the status by name.
pub const ROSTER_SCHEMA: &str = "urn:roster:params:scim:schemas:extension:2.0:User";
/// A list's answer.
pub const LIST_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
/// An error's answer.
pub const ERROR_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:Error";
/// A PATCH request's body.
pub const PATCH_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
/// The user attribute that keeps a client's `externalId` (shown as
/// `externalId`, not among the extension's attributes).
pub const EXTERNAL_ID: &str = "external_id";
/// The user attribute that keeps a `userName` that is neither an email
/// address nor a username roster takes (a provider's GUID, a name with
/// spaces): shown as `userName`, not among the extension's attributes.
pub const USER_NAME: &str = "scim_user_name";

/// Whether an attribute is one SCIM shows as its own (`externalId`,
/// `userName`) rather than among roster's attributes.
pub fn is_scim_own(key: &str) -> bool {
    key == EXTERNAL_ID || key == USER_NAME
}

/// Whether a user is `active` as an identity provider means it: one that
/// is neither blocked nor archived, nor invited with the invitation
/// revoked (an invited user is active, waiting to accept).
pub fn is_active(status: Status) -> bool {
    !matches!(
        status,
        Status::Blocked | Status::Archived | Status::InvitationRevoked
    )
}

/// `user` as a SCIM resource; `base` is the server's public URL (for
/// `meta.location`).
pub fn resource(user: &User, base: &str) -> Value {
    let p = &user.profile;
    let mut out = Map::new();
    out.insert(
        "schemas".into(),
        json!([USER_SCHEMA, ENTERPRISE_SCHEMA, ROSTER_SCHEMA]),
    );
    out.insert("id".into(), json!(user.id.to_string()));
    if let Some(external) = user.attributes.get(EXTERNAL_ID) {
        out.insert("externalId".into(), json!(external));
    }
    let user_name = user
        .username
        .as_ref()
        .or(user.attributes.get(USER_NAME))
        .unwrap_or(&user.email);
    out.insert("userName".into(), json!(user_name));
    let mut name = Map::new();
    for (key, value) in [
        ("givenName", &p.first_name),
        ("middleName", &p.middle_name),
        ("familyName", &p.last_name),
    ] {
        if let Some(value) = value {
            name.insert(key.into(), json!(value));
        }
    }
    let formatted: Vec<&str> = [&p.first_name, &p.middle_name, &p.last_name]
        .into_iter()
        .filter_map(|v| v.as_deref())
        .collect();
    if !formatted.is_empty() {
        name.insert("formatted".into(), json!(formatted.join(" ")));
        out.insert("name".into(), Value::Object(name));
    }
    out.insert(
        "displayName".into(),
        json!(if formatted.is_empty() {
            user.email.clone()
        } else {
            formatted.join(" ")
        }),
    );
    out.insert(
        "emails".into(),
        json!([{ "value": user.email, "type": "work", "primary": true }]),
    );
    if let Some(phone) = &p.phone {
        out.insert(
            "phoneNumbers".into(),
            json!([{ "value": phone, "type": "work", "primary": true }]),
        );
    }
    let mut address = Map::new();
    for (key, value) in [
        ("streetAddress", &p.address),
        ("locality", &p.city),
        ("region", &p.region),
        ("postalCode", &p.postal_code),
        ("country", &p.country),
    ] {
        if let Some(value) = value {
            address.insert(key.into(), json!(value));
        }
    }
    if !address.is_empty() {
        address.insert("type".into(), json!("work"));
        address.insert("primary".into(), json!(true));
        out.insert("addresses".into(), json!([address]));
    }
    if let Some(title) = &p.title {
        out.insert("title".into(), json!(title));
    }
    out.insert("active".into(), json!(is_active(user.status)));
    let mut enterprise = Map::new();
    if let Some(number) = &p.employee_id {
        enterprise.insert("employeeNumber".into(), json!(number));
    }
    if let Some(company) = &p.company {
        enterprise.insert("organization".into(), json!(company));
    }
    if !enterprise.is_empty() {
        out.insert(ENTERPRISE_SCHEMA.into(), Value::Object(enterprise));
    }
    out.insert(
        ROSTER_SCHEMA.into(),
        json!({
            "status": user.status.as_str(),
            "roles": user.roles.iter().map(ToString::to_string).collect::<Vec<_>>(),
            "groups": user.groups.iter().map(ToString::to_string).collect::<Vec<_>>(),
            "attributes": user.attributes.iter()
                .filter(|(k, _)| !is_scim_own(k))
                .map(|(k, v)| json!({ "name": k, "value": v }))
                .collect::<Vec<_>>(),
        }),
    );
    let id = user.id.to_string();
    let version = version_of(&out);
    out.insert(
        "meta".into(),
        json!({
            "resourceType": "User",
            "created": user.created_at.to_string(),
            "lastModified": user.updated_at.to_string(),
            "location": format!("{}/scim/v2/Users/{id}", base.trim_end_matches('/')),
            "version": version,
        }),
    );
    Value::Object(out)
}

/// A weak ETag of everything the resource shows: any change to it, even
/// two in the same second, gives another.
fn version_of(resource: &Map<String, Value>) -> String {
    let text = serde_json::to_vec(resource).unwrap_or_default();
    let digest = Sha256::digest(&text);
    format!("W/\"{}\"", hex::encode(&digest[..12]))
}

/// The first attribute a filter names that a user resource does not have
/// (`foo eq "x"`, `name.nickname pr`), for a client to be told
/// (`invalidFilter`) rather than shown no users.
pub fn unknown_attribute(filter: &Filter) -> Option<String> {
    match filter {
        Filter::And(a, b) | Filter::Or(a, b) => {
            unknown_attribute(a).or_else(|| unknown_attribute(b))
        }
        Filter::Not(a) => unknown_attribute(a),
        Filter::Present(path) | Filter::Compare { path, .. } => {
            (!known(path)).then(|| path.to_string())
        }
        Filter::ValuePath { path, filter, sub } => {
            let top = AttrPath {
                sub: None,
                ..path.clone()
            };
            if !known(&top) {
                return Some(top.to_string());
            }
            let under = |name: &str| AttrPath {
                sub: Some(name.to_string()),
                ..top.clone()
            };
            inner_unknown(filter, &under).or_else(|| {
                sub.as_deref()
                    .map(under)
                    .filter(|p| !known(p))
                    .map(|p| p.to_string())
            })
        }
    }
}

/// [`unknown_attribute`] inside a value path, whose names are the
/// sub-attributes of its attribute.
fn inner_unknown(filter: &Filter, under: &dyn Fn(&str) -> AttrPath) -> Option<String> {
    match filter {
        Filter::And(a, b) | Filter::Or(a, b) => {
            inner_unknown(a, under).or_else(|| inner_unknown(b, under))
        }
        Filter::Not(a) => inner_unknown(a, under),
        Filter::Present(path) | Filter::Compare { path, .. } => {
            let full = under(&path.name);
            (!known(&full)).then(|| full.to_string())
        }
        Filter::ValuePath { path, .. } => Some(path.to_string()),
    }
}

/// Whether a user resource has the attribute `path` names (`*`: any
/// sub-attribute).
fn known(path: &AttrPath) -> bool {
    type Table = &'static [(&'static str, &'static [&'static str])];
    const CORE: Table = &[
        ("id", &[]),
        ("externalId", &[]),
        ("userName", &[]),
        (
            "name",
            &["givenName", "middleName", "familyName", "formatted"],
        ),
        ("displayName", &[]),
        ("emails", &["value", "type", "primary"]),
        ("phoneNumbers", &["value", "type", "primary"]),
        (
            "addresses",
            &[
                "streetAddress",
                "locality",
                "region",
                "postalCode",
                "country",
                "type",
                "primary",
            ],
        ),
        ("title", &[]),
        ("active", &[]),
        (
            "meta",
            &[
                "resourceType",
                "created",
                "lastModified",
                "location",
                "version",
            ],
        ),
    ];
    const ENTERPRISE: Table = &[("employeeNumber", &[]), ("organization", &[])];
    const ROSTER: Table = &[
        ("status", &[]),
        ("roles", &[]),
        ("groups", &[]),
        ("attributes", &["name", "value"]),
    ];
    let table = match path.uri.as_deref() {
        None => CORE,
        Some(uri) if uri.eq_ignore_ascii_case(ENTERPRISE_SCHEMA) => ENTERPRISE,
        Some(uri) if uri.eq_ignore_ascii_case(ROSTER_SCHEMA) => ROSTER,
        Some(_) => return false,
    };
    table.iter().any(|(name, subs)| {
        name.eq_ignore_ascii_case(&path.name)
            && path
                .sub
                .as_ref()
                .is_none_or(|sub| subs.iter().any(|known| known.eq_ignore_ascii_case(sub)))
    })
}

/// Attributes compared as written (RFC 7643: `id` and `externalId` are
/// case-exact); every other string is compared ignoring case.
pub fn case_exact(path: &AttrPath) -> bool {
    path.is("id", None) || path.is("externalId", None)
}

/// The attributes a client asked for (`attributes`) or asked to leave out
/// (`excludedAttributes`), as the RFC's §3.9 says: `id`, `schemas` and
/// `meta` are always returned; names are read in any case, with or
/// without their schema's URN; `name.givenName` names a sub-attribute (of
/// each value, for a multi-valued one: `emails.value`); an extension is
/// named by its URN, whole or with `:attribute`.
pub fn select(resource: Value, attributes: &[String], excluded: &[String]) -> Value {
    let Value::Object(fields) = resource else {
        return resource;
    };
    let attributes: Vec<(String, Option<String>)> = attributes.iter().map(|a| named(a)).collect();
    let excluded: Vec<(String, Option<String>)> = excluded.iter().map(|a| named(a)).collect();
    let names = |list: &[(String, Option<String>)], key: &str, sub: Option<&str>| {
        list.iter().any(|(top, rest)| {
            top.eq_ignore_ascii_case(key)
                && match (rest, sub) {
                    (None, _) => true,
                    (Some(rest), Some(sub)) => rest.eq_ignore_ascii_case(sub),
                    (Some(_), None) => false,
                }
        })
    };
    let mut out = Map::new();
    for (key, value) in fields {
        if matches!(key.as_str(), "id" | "schemas" | "meta") {
            out.insert(key, value);
            continue;
        }
        if !attributes.is_empty() {
            if names(&attributes, &key, None) {
                out.insert(key, value);
            } else if let Some(kept) =
                sub_attributes(value, &|sub| names(&attributes, &key, Some(sub)))
            {
                out.insert(key, kept);
            }
        } else if !names(&excluded, &key, None) {
            let kept = sub_attributes(value.clone(), &|sub| !names(&excluded, &key, Some(sub)));
            out.insert(key, kept.unwrap_or(value));
        }
    }
    Value::Object(out)
}

/// The sub-attributes `keep` keeps of a complex value, or of each value of
/// a multi-valued one; None when none is kept (or it has none).
fn sub_attributes(value: Value, keep: &dyn Fn(&str) -> bool) -> Option<Value> {
    let kept = |object: Map<String, Value>| -> Map<String, Value> {
        object.into_iter().filter(|(sub, _)| keep(sub)).collect()
    };
    match value {
        Value::Object(object) => Some(kept(object))
            .filter(|o| !o.is_empty())
            .map(Value::Object),
        Value::Array(values) if values.iter().all(Value::is_object) && !values.is_empty() => {
            let values: Vec<Value> = values
                .into_iter()
                .filter_map(|v| match v {
                    Value::Object(o) => Some(kept(o)).filter(|o| !o.is_empty()),
                    _ => None,
                })
                .map(Value::Object)
                .collect();
            (!values.is_empty()).then_some(Value::Array(values))
        }
        _ => None,
    }
}

/// An attribute's name as a client writes it, as (the resource's key,
/// the sub-attribute): `urn:…:core:2.0:User:name.givenName` is `name` and
/// `givenName`; `urn:…:enterprise:2.0:User:employeeNumber` is the
/// extension's URN and `employeeNumber`.
fn named(raw: &str) -> (String, Option<String>) {
    let raw = raw.trim();
    let lower = raw.to_ascii_lowercase();
    for extension in [ENTERPRISE_SCHEMA, ROSTER_SCHEMA] {
        let ext = extension.to_ascii_lowercase();
        if lower == ext {
            return (extension.to_string(), None);
        }
        if let Some(rest) = lower.strip_prefix(&format!("{ext}:")) {
            return (
                extension.to_string(),
                Some(raw[raw.len() - rest.len()..].to_string()),
            );
        }
    }
    let core = format!("{}:", USER_SCHEMA.to_ascii_lowercase());
    let raw = match lower.strip_prefix(&core) {
        Some(rest) => &raw[raw.len() - rest.len()..],
        None => raw,
    };
    match raw.split_once('.') {
        Some((top, sub)) => (top.to_string(), Some(sub.to_string())),
        None => (raw.to_string(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ada() -> User {
        let mut user: User = serde_json::from_value(json!({
            "id": "01a2ffff-0000-7000-8000-000000000001",
            "email": "ada@example.com",
            "username": null,
            "first_name": "Ada",
            "last_name": "Lovelace",
            "phone": "+44 20 7946 0000",
            "company": "Analytical Engines",
            "employee_id": "E-1815",
            "city": "London",
            "attributes": {"desk": "3F"},
            "roles": [],
            "groups": [],
            "permissions": [],
            "status": "active",
            "created_at": "2026-11-01T00:00:00Z",
            "updated_at": "2026-11-02T00:00:00Z",
            "last_login_at": null,
            "password_changed_at": null,
            "must_change_password": false,
            "invited_at": null,
            "invite_expires_at": null,
            "blocked_reason": null,
            "blocked_until": null,
            "failed_logins": 0,
            "locked_until": null,
            "onboarding_requested_at": null
        }))
        .unwrap();
        user.previous_status = None;
        user
    }

    #[test]
    fn a_user_reads_as_the_core_schema_and_its_extensions() {
        let r = resource(&ada(), "https://accounts.example.com/");
        assert_eq!(r["userName"], "ada@example.com");
        assert_eq!(r["name"]["givenName"], "Ada");
        assert_eq!(r["name"]["familyName"], "Lovelace");
        assert_eq!(r["displayName"], "Ada Lovelace");
        assert_eq!(r["emails"][0]["value"], "ada@example.com");
        assert_eq!(r["emails"][0]["primary"], true);
        assert_eq!(r["phoneNumbers"][0]["value"], "+44 20 7946 0000");
        assert_eq!(r["addresses"][0]["locality"], "London");
        assert_eq!(r["active"], true);
        assert_eq!(r[ENTERPRISE_SCHEMA]["employeeNumber"], "E-1815");
        assert_eq!(r[ENTERPRISE_SCHEMA]["organization"], "Analytical Engines");
        assert_eq!(
            r[ROSTER_SCHEMA]["attributes"],
            json!([{"name": "desk", "value": "3F"}])
        );
        assert_eq!(
            r["meta"]["location"],
            "https://accounts.example.com/scim/v2/Users/01a2ffff-0000-7000-8000-000000000001"
        );
        let version = r["meta"]["version"].as_str().unwrap();
        assert!(version.starts_with("W/\""), "{version}");
    }

    #[test]
    fn the_version_changes_with_any_change_even_within_a_second() {
        let before = resource(&ada(), "https://a.example");
        let mut changed = ada();
        changed.profile.phone = Some("+44 20 7946 0001".into());
        let after = resource(&changed, "https://a.example");
        assert_ne!(before["meta"]["version"], after["meta"]["version"]);
        assert_eq!(
            before["meta"]["version"],
            resource(&ada(), "https://a.example")["meta"]["version"]
        );
    }

    #[test]
    fn blocked_and_archived_users_are_not_active() {
        for (status, active) in [
            (Status::Invited, true),
            (Status::Active, true),
            (Status::Blocked, false),
            (Status::Archived, false),
            (Status::InvitationRevoked, false),
        ] {
            let mut user = ada();
            user.status = status;
            assert_eq!(resource(&user, "x")["active"], active, "{status:?}");
        }
    }

    #[test]
    fn filters_read_the_resource_as_providers_send_them() {
        let r = resource(&ada(), "x");
        for (filter, expected) in [
            ("userName eq \"ADA@example.com\"", true),
            (
                "emails[type eq \"work\" and value co \"@example.com\"]",
                true,
            ),
            ("emails.value eq \"ada@example.com\"", true),
            ("name.familyName sw \"love\"", true),
            ("active eq true", true),
            ("active eq false", false),
            (
                "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"ada@example.com\"",
                true,
            ),
            ("id eq \"01A2FFFF-0000-7000-8000-000000000001\"", false),
            ("title pr", false),
            ("name pr", true),
            ("addresses pr", true),
            ("emails pr", true),
        ] {
            let parsed = Filter::parse(filter).unwrap();
            assert_eq!(parsed.matches(&r, &case_exact), expected, "{filter}");
        }
    }

    #[test]
    fn a_filter_naming_what_a_user_has_not_is_named() {
        for (filter, unknown) in [
            ("userName eq \"a\"", None),
            ("emails[type eq \"work\" and value co \"@\"].value", None),
            ("name.givenName sw \"A\" and not (active eq false)", None),
            (
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber pr",
                None,
            ),
            (
                "urn:roster:params:scim:schemas:extension:2.0:User:attributes[name eq \"desk\" and value eq \"3F\"]",
                None,
            ),
            ("nickName eq \"a\"", Some("nickName")),
            ("name.nickname pr", Some("name.nickname")),
            ("userName eq \"a\" or foo pr", Some("foo")),
            ("emails[kind eq \"work\"]", Some("emails.kind")),
            (
                "urn:example:ext:2.0:User:x pr",
                Some("urn:example:ext:2.0:User:x"),
            ),
        ] {
            let parsed = Filter::parse(filter).unwrap();
            assert_eq!(unknown_attribute(&parsed).as_deref(), unknown, "{filter}");
        }
    }

    #[test]
    fn attributes_asked_for_or_left_out() {
        let r = resource(&ada(), "x");
        let only = select(
            r.clone(),
            &["userName".into(), "name.givenName".into()],
            &[],
        );
        let keys: Vec<&String> = only.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 5, "{only}");
        assert_eq!(only["userName"], "ada@example.com");
        assert_eq!(only["name"], json!({"givenName": "Ada"}));
        assert!(only.get("meta").is_some() && only.get("id").is_some());
        let without = select(
            r,
            &[],
            &[
                "emails".into(),
                "urn:ietf:params:scim:schemas:core:2.0:User:name.familyName".into(),
            ],
        );
        assert!(without.get("emails").is_none());
        let values = select(resource(&ada(), "x"), &["emails.value".into()], &[]);
        assert_eq!(values["emails"], json!([{"value": "ada@example.com"}]));
        let enterprise = select(
            resource(&ada(), "x"),
            &["URN:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber".into()],
            &[],
        );
        assert_eq!(
            enterprise[ENTERPRISE_SCHEMA],
            json!({"employeeNumber": "E-1815"})
        );
        let no_roster = select(resource(&ada(), "x"), &[], &[ROSTER_SCHEMA.into()]);
        assert!(no_roster.get(ROSTER_SCHEMA).is_none());
        assert!(no_roster.get(ENTERPRISE_SCHEMA).is_some());
        assert_eq!(without["name"].get("familyName"), None);
        assert_eq!(without["name"]["givenName"], "Ada");
    }
}
