//! A user resource as a SCIM client sends it (POST, PUT, or what a PATCH
//! leaves), read into what roster keeps (SPEC §13): a row of an import
//! (`file_row`'s fields), the password sent, and `active`. What roster
//! does not keep of the core schema and the enterprise extension is taken
//! and ignored (a provider sends `locale`, `preferredLanguage`, a manager
//! as a matter of course); a name that belongs to no schema is refused.

use serde_json::{Map, Value, json};

use super::scim_user::{
    ENTERPRISE_SCHEMA, EXTERNAL_ID, ROSTER_SCHEMA, USER_NAME, USER_SCHEMA, is_scim_own,
};
use super::user::User;

/// What kind of SCIM error a problem is (RFC 7644 §3.12's `scimType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    InvalidSyntax,
    InvalidValue,
    InvalidPath,
    NoTarget,
    Mutability,
}

impl Kind {
    pub fn scim_type(self) -> &'static str {
        match self {
            Kind::InvalidSyntax => "invalidSyntax",
            Kind::InvalidValue => "invalidValue",
            Kind::InvalidPath => "invalidPath",
            Kind::NoTarget => "noTarget",
            Kind::Mutability => "mutability",
        }
    }
}

/// Why a request's resource or patch cannot be taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub kind: Kind,
    pub detail: String,
}

impl Problem {
    pub fn new(kind: Kind, detail: impl Into<String>) -> Problem {
        Problem {
            kind,
            detail: detail.into(),
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.detail)
    }
}

/// What a user resource says.
#[derive(Debug, Default)]
pub struct Incoming {
    /// The user as a row of an import: every field the resource maps to
    /// (null where it has none, which clears it), the roster extension's
    /// roles and groups only where it names them.
    pub row: Map<String, Value>,
    /// `password`, to be checked against the policy and hashed.
    pub password: Option<String>,
    /// `active`, where the resource says.
    pub active: Option<bool>,
    /// A `userName` that is neither an address nor a username, kept as
    /// the attribute `scim_user_name` (which must be unique), in lower
    /// case: a userName compares ignoring case.
    pub kept_name: Option<String>,
}

/// The attributes of the core User schema roster does not keep: taken
/// and ignored.
const CORE_IGNORED: &[&str] = &[
    "displayName",
    "nickName",
    "profileUrl",
    "userType",
    "preferredLanguage",
    "locale",
    "timezone",
    "ims",
    "photos",
    "groups",
    "entitlements",
    "roles",
    "x509Certificates",
];
/// Read only (RFC 7643 §3.1, §4.1): ignored when sent.
const READ_ONLY: &[&str] = &["id", "meta", "schemas"];
/// The enterprise extension's attributes roster does not keep.
const ENTERPRISE_IGNORED: &[&str] = &["costCenter", "division", "department", "manager"];

/// What a PATCH path names that a user does not have: as
/// [`super::scim_user::unknown_attribute`], except that what a resource
/// may carry without roster keeping it (`password`, `locale`, the
/// enterprise `department`, …) is a path too.
pub fn unknown_for_patch(filter: &super::scim_filter::Filter) -> Option<String> {
    let unknown = super::scim_user::unknown_attribute(filter)?;
    let taken = |name: &str, list: &[&str]| list.iter().any(|k| k.eq_ignore_ascii_case(name));
    let (top, _) = unknown.split_once('.').unwrap_or((&unknown, ""));
    if let Some(name) = unknown
        .strip_prefix(ENTERPRISE_SCHEMA)
        .and_then(|rest| rest.strip_prefix(':'))
    {
        if taken(name, ENTERPRISE_IGNORED) {
            return None;
        }
    } else if !top.contains(':')
        && (taken(top, CORE_IGNORED) || top.eq_ignore_ascii_case("password"))
    {
        return None;
    }
    Some(unknown)
}

/// A key of `object` in any case (attribute names are case-insensitive,
/// RFC 7643 §2.1).
pub fn field<'v>(object: &'v Map<String, Value>, name: &str) -> Option<&'v Value> {
    object
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
        .filter(|v| !v.is_null())
}

fn invalid(detail: impl Into<String>) -> Problem {
    Problem::new(Kind::InvalidValue, detail)
}

/// A string attribute, or None; anything else is refused.
fn string(object: &Map<String, Value>, name: &str, shown: &str) -> Result<Option<String>, Problem> {
    match field(object, name) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        // Numbers are taken as their text (an employee number sent as one).
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(other) => Err(invalid(format!("{shown} must be a string, not {other}"))),
    }
}

/// A boolean as providers send it: `true`, or (Entra) `"True"`.
pub fn boolean(value: &Value, shown: &str) -> Result<bool, Problem> {
    match value {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(false),
        other => Err(invalid(format!(
            "{shown} must be true or false, not {other}"
        ))),
    }
}

/// The value of a multi-valued attribute roster keeps one of: the primary
/// one, else the one of type `work`, else the first.
fn chosen<'v>(
    object: &'v Map<String, Value>,
    name: &str,
) -> Result<Option<&'v Map<String, Value>>, Problem> {
    let values = match field(object, name) {
        None => return Ok(None),
        Some(Value::Array(values)) => values,
        Some(other) => {
            return Err(invalid(format!(
                "{name} must be a list of objects, not {other}"
            )));
        }
    };
    let mut objects = Vec::new();
    for value in values {
        match value {
            Value::Object(o) => objects.push(o),
            other => {
                return Err(invalid(format!(
                    "each of {name} must be an object, not {other}"
                )));
            }
        }
    }
    let primary = |o: &&&Map<String, Value>| {
        field(o, "primary").is_some_and(|p| boolean(p, "primary").unwrap_or(false))
    };
    let work = |o: &&&Map<String, Value>| {
        field(o, "type")
            .and_then(Value::as_str)
            .is_some_and(|t| t.eq_ignore_ascii_case("work"))
    };
    Ok(objects
        .iter()
        .find(primary)
        .or_else(|| objects.iter().find(work))
        .or_else(|| objects.first())
        .copied())
}

/// Reads a user resource. `current` is the user a PUT or PATCH replaces:
/// what the resource leaves out of roster's own extension stays theirs.
pub fn incoming(resource: &Value, current: Option<&User>) -> Result<Incoming, Problem> {
    let Value::Object(object) = resource else {
        return Err(Problem::new(
            Kind::InvalidSyntax,
            "a user must be a JSON object",
        ));
    };
    check_schemas(object)?;
    check_names(object)?;
    let mut row = Map::new();
    let user_name = string(object, "userName", "userName")?
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            invalid("userName is required: the user's email address, or their username")
        })?;
    let email = match chosen(object, "emails")? {
        Some(e) => string(e, "value", "emails.value")?,
        None => None,
    };
    // The name kept apart, when it is neither an address nor a username.
    let mut kept_name = None;
    let other_email = email
        .as_deref()
        .filter(|e| !e.trim().eq_ignore_ascii_case(&user_name));
    if user_name.contains('@') && other_email.is_none() {
        // An address as the name is the user's address (a username never
        // has an @).
        row.insert("email".into(), json!(user_name));
        row.insert("username".into(), Value::Null);
    } else if let (true, Some(email)) = (user_name.contains('@'), other_email) {
        // A name shaped like an address that is not the user's mailbox
        // (Entra's userPrincipalName beside `mail`): the mailbox is the
        // email, the name is kept apart.
        row.insert("email".into(), json!(email));
        row.insert("username".into(), Value::Null);
        kept_name = Some(user_name.to_lowercase());
    } else {
        let email = email.ok_or_else(|| {
            invalid(format!(
                "{user_name:?} is not an email address, so the user's address must be in emails"
            ))
        })?;
        row.insert("email".into(), json!(email));
        if super::types::Username::parse(&user_name).is_ok() {
            row.insert("username".into(), json!(user_name));
        } else {
            row.insert("username".into(), Value::Null);
            kept_name = Some(user_name.to_lowercase());
        }
    }
    let name = match field(object, "name") {
        None => None,
        Some(Value::Object(name)) => Some(name),
        Some(other) => return Err(invalid(format!("name must be an object, not {other}"))),
    };
    for (scim, ours) in [
        ("givenName", "first_name"),
        ("middleName", "middle_name"),
        ("familyName", "last_name"),
    ] {
        let value = match name {
            Some(name) => string(name, scim, &format!("name.{scim}"))?,
            None => None,
        };
        row.insert(ours.into(), json!(value));
    }
    let phone = match chosen(object, "phoneNumbers")? {
        Some(p) => string(p, "value", "phoneNumbers.value")?,
        None => None,
    };
    row.insert("phone".into(), json!(phone));
    let address = chosen(object, "addresses")?;
    for (scim, ours) in [
        ("streetAddress", "address"),
        ("locality", "city"),
        ("region", "region"),
        ("postalCode", "postal_code"),
        ("country", "country"),
    ] {
        let value = match address {
            Some(a) => string(a, scim, &format!("addresses.{scim}"))?,
            None => None,
        };
        row.insert(ours.into(), json!(value));
    }
    row.insert("title".into(), json!(string(object, "title", "title")?));
    let enterprise = extension(object, ENTERPRISE_SCHEMA)?;
    for (scim, ours) in [
        ("employeeNumber", "employee_id"),
        ("organization", "company"),
    ] {
        let value = match enterprise {
            Some(e) => string(e, scim, scim)?,
            None => None,
        };
        row.insert(ours.into(), json!(value));
    }
    let roster = extension(object, ROSTER_SCHEMA)?;
    let external_id = string(object, "externalId", "externalId")?;
    row.insert(
        "attributes".into(),
        attributes(roster, current, external_id, kept_name.clone())?,
    );
    if let Some(roster) = roster {
        for list in ["roles", "groups"] {
            if let Some(value) = field(roster, list) {
                row.insert(list.into(), value.clone());
            }
        }
    }
    let active = field(object, "active")
        .map(|v| boolean(v, "active"))
        .transpose()?;
    let password = match field(object, "password") {
        None => None,
        Some(Value::String(p)) => Some(p.clone()),
        Some(_) => return Err(invalid("password must be a string")),
    };
    Ok(Incoming {
        row,
        password,
        active,
        kept_name,
    })
}

/// The user's attributes: the roster extension's, where it names them
/// (`[{"name","value"}]`), else the current user's; `external_id` from
/// `externalId`, and the `userName` kept apart.
fn attributes(
    roster: Option<&Map<String, Value>>,
    current: Option<&User>,
    external_id: Option<String>,
    kept_name: Option<String>,
) -> Result<Value, Problem> {
    let mut attributes = Map::new();
    match roster.and_then(|r| field(r, "attributes")) {
        Some(Value::Array(given)) => {
            for item in given {
                let pair = item.as_object().and_then(|o| {
                    let name = field(o, "name")?.as_str()?;
                    Some((
                        name.to_string(),
                        field(o, "value").cloned().unwrap_or(Value::Null),
                    ))
                });
                let Some((name, value)) = pair else {
                    return Err(invalid(format!(
                        "each of {ROSTER_SCHEMA}:attributes must be {{\"name\": …, \"value\": …}}, not {item}"
                    )));
                };
                attributes.insert(name, value);
            }
        }
        Some(other) => {
            return Err(invalid(format!(
                "{ROSTER_SCHEMA}:attributes must be a list of {{\"name\", \"value\"}}, not {other}"
            )));
        }
        None => {
            if let Some(user) = current {
                for (k, v) in &user.attributes {
                    attributes.insert(k.clone(), json!(v));
                }
            }
        }
    }
    attributes.retain(|k, _| !is_scim_own(k));
    if let Some(id) = external_id {
        attributes.insert(EXTERNAL_ID.into(), json!(id));
    }
    if let Some(name) = kept_name {
        attributes.insert(USER_NAME.into(), json!(name));
    }
    Ok(Value::Object(attributes))
}

/// An extension's object, by its URN in any case.
fn extension<'v>(
    object: &'v Map<String, Value>,
    urn: &str,
) -> Result<Option<&'v Map<String, Value>>, Problem> {
    match field(object, urn) {
        None => Ok(None),
        Some(Value::Object(o)) => Ok(Some(o)),
        Some(other) => Err(invalid(format!("{urn} must be an object, not {other}"))),
    }
}

/// `schemas` must name the core User schema, and nothing roster does not
/// know.
fn check_schemas(object: &Map<String, Value>) -> Result<(), Problem> {
    let Some(Value::Array(schemas)) = field(object, "schemas") else {
        return Err(invalid(format!("schemas must list {USER_SCHEMA}")));
    };
    let mut core = false;
    for schema in schemas {
        let Some(schema) = schema.as_str() else {
            return Err(invalid(format!("schemas must be strings, not {schema}")));
        };
        if schema.eq_ignore_ascii_case(USER_SCHEMA) {
            core = true;
        } else if ![ENTERPRISE_SCHEMA, ROSTER_SCHEMA]
            .iter()
            .any(|known| known.eq_ignore_ascii_case(schema))
        {
            return Err(invalid(format!(
                "schema {schema} is not one of a user's (the core User schema, the enterprise extension and roster's; GET /ResourceTypes lists them)"
            )));
        }
    }
    if !core {
        return Err(invalid(format!("schemas must list {USER_SCHEMA}")));
    }
    Ok(())
}

/// Every name must belong to a schema of a user: the core schema's
/// (kept or ignored), or an extension roster knows.
fn check_names(object: &Map<String, Value>) -> Result<(), Problem> {
    const KEPT: &[&str] = &[
        "userName",
        "externalId",
        "name",
        "emails",
        "phoneNumbers",
        "addresses",
        "title",
        "active",
        "password",
    ];
    let known = |key: &str, list: &[&str]| list.iter().any(|k| k.eq_ignore_ascii_case(key));
    for (key, value) in object {
        if known(key, KEPT) || known(key, CORE_IGNORED) || known(key, READ_ONLY) {
            continue;
        }
        if key.eq_ignore_ascii_case(ENTERPRISE_SCHEMA) {
            if let Value::Object(e) = value {
                for name in e.keys() {
                    if !known(name, &["employeeNumber", "organization", "schemas"])
                        && !known(name, ENTERPRISE_IGNORED)
                    {
                        return Err(invalid(format!(
                            "{ENTERPRISE_SCHEMA}:{name} is not an attribute of the enterprise extension"
                        )));
                    }
                }
            }
            continue;
        }
        if key.eq_ignore_ascii_case(ROSTER_SCHEMA) {
            if let Value::Object(r) = value {
                for name in r.keys() {
                    if !known(
                        name,
                        &["status", "roles", "groups", "attributes", "schemas"],
                    ) {
                        return Err(invalid(format!(
                            "{ROSTER_SCHEMA}:{name} is not an attribute of roster's extension"
                        )));
                    }
                }
            }
            continue;
        }
        return Err(invalid(format!(
            "{key} is not an attribute of a user (GET /Schemas lists them)"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(body: Value) -> Result<Incoming, Problem> {
        incoming(&body, None)
    }

    #[test]
    fn an_okta_create_reads_as_a_row() {
        let got = user(json!({
            "schemas": [USER_SCHEMA],
            "userName": "ada@example.com",
            "name": {"givenName": "Ada", "familyName": "Lovelace"},
            "emails": [{"primary": true, "value": "ada@example.com", "type": "work"}],
            "displayName": "Ada Lovelace",
            "locale": "en-US",
            "externalId": "00u1abcd",
            "groups": [],
            "password": "a long phrase of several words",
            "active": true
        }))
        .unwrap();
        assert_eq!(got.row["email"], "ada@example.com");
        assert_eq!(got.row["username"], Value::Null);
        assert_eq!(got.row["first_name"], "Ada");
        assert_eq!(got.row["last_name"], "Lovelace");
        assert_eq!(got.row["middle_name"], Value::Null);
        assert_eq!(got.row["attributes"], json!({EXTERNAL_ID: "00u1abcd"}));
        assert_eq!(got.active, Some(true));
        assert_eq!(
            got.password.as_deref(),
            Some("a long phrase of several words")
        );
        assert!(got.row.get("roles").is_none());
    }

    #[test]
    fn an_entra_create_reads_as_a_row() {
        let got = user(json!({
            "schemas": [USER_SCHEMA, ENTERPRISE_SCHEMA],
            "externalId": "8a3b",
            "userName": "grace",
            "active": "False",
            "emails": [{"primary": "True", "type": "work", "value": "grace@example.com"}],
            "meta": {"resourceType": "User"},
            "name": {"formatted": "Grace Hopper", "familyName": "Hopper", "givenName": "Grace"},
            "phoneNumbers": [{"type": "mobile", "value": "+1 555 0100"}],
            "addresses": [{"type": "work", "locality": "Arlington", "country": "US"}],
            "title": "Rear Admiral",
            ENTERPRISE_SCHEMA: {"employeeNumber": 1906, "department": "Navy"}
        }))
        .unwrap();
        assert_eq!(got.row["email"], "grace@example.com");
        assert_eq!(got.row["username"], "grace");
        assert_eq!(got.row["phone"], "+1 555 0100");
        assert_eq!(got.row["city"], "Arlington");
        assert_eq!(got.row["title"], "Rear Admiral");
        assert_eq!(got.row["employee_id"], "1906");
        assert_eq!(got.active, Some(false));
    }

    #[test]
    fn bad_resources_say_what_is_wrong() {
        for (body, kind, says) in [
            (json!([]), Kind::InvalidSyntax, "JSON object"),
            (
                json!({"userName": "a@example.com"}),
                Kind::InvalidValue,
                "schemas",
            ),
            (
                json!({"schemas": ["urn:example:other"], "userName": "a@example.com"}),
                Kind::InvalidValue,
                "urn:example:other",
            ),
            (
                json!({"schemas": [USER_SCHEMA]}),
                Kind::InvalidValue,
                "userName is required",
            ),
            (
                json!({"schemas": [USER_SCHEMA], "userName": "ada"}),
                Kind::InvalidValue,
                "emails",
            ),
            (
                json!({"schemas": [USER_SCHEMA], "userName": "a@example.com", "shoeSize": 9}),
                Kind::InvalidValue,
                "shoeSize",
            ),
            (
                json!({"schemas": [USER_SCHEMA], "userName": "a@example.com", "active": "maybe"}),
                Kind::InvalidValue,
                "active",
            ),
            (
                json!({"schemas": [USER_SCHEMA], "userName": "a@example.com", "emails": "a@example.com"}),
                Kind::InvalidValue,
                "emails",
            ),
        ] {
            let e = user(body.clone()).unwrap_err();
            assert_eq!(e.kind, kind, "{body}");
            assert!(e.detail.contains(says), "{body}: {}", e.detail);
        }
    }
}
