//! A user as a row of an import or export file (SPEC §3): the field names of
//! §2, what each may hold, and what a row says about the user it describes.
//!
//! A row is a map from field name to JSON value, whichever file it came
//! from: a CSV cell is a string (lists `;`-separated, attributes in
//! `attr.KEY` columns folded into `attributes` by the reader), a JSON value
//! is itself. A field the row does not have is left alone when the row
//! updates a user; a field it has set to empty or null is cleared.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde_json::{Map, Value};

use super::access::{GroupRef, Permission, RoleName};
use super::error::{Error, Result, quoted};
use super::types::{Email, MAX_ATTR_VALUE, Status, UserId, Username, validate_text, validate_word};
use super::user::{PROFILE_FIELDS, User};

/// Fields a row may have besides the profile fields, in export order.
const HEAD: &[&str] = &["id", "email", "username"];
const TAIL: &[&str] = &[
    "roles",
    "groups",
    "permissions",
    "status",
    "created_at",
    "updated_at",
    "last_login_at",
    "password_changed_at",
    "must_change_password",
    "invited_at",
    "invite_expires_at",
    "blocked_reason",
    "blocked_until",
    "failed_logins",
    "locked_until",
    "onboarding_requested_at",
];

/// The attribute columns of a CSV file start with this.
pub const ATTR_PREFIX: &str = "attr.";

/// Every field of a row, in the order export writes them: id, email,
/// username, the profile, memberships, status and times. Attributes
/// (`attributes`, or `attr.KEY` in CSV) and `password_hash` come after.
pub fn fields() -> Vec<&'static str> {
    let mut all: Vec<&'static str> = HEAD.to_vec();
    all.extend(PROFILE_FIELDS.iter().map(|(name, _)| *name));
    all.extend_from_slice(TAIL);
    all
}

/// Whether a row may have this field (`attributes` and `password_hash`
/// included; a CSV's `attr.KEY` columns are folded before this is asked).
pub fn is_field(name: &str) -> bool {
    name == "attributes" || name == "password_hash" || fields().contains(&name)
}

/// Separates the items of a list in a CSV cell; `\;` is a `;` inside an item
/// and `\\` a backslash.
pub const LIST_SEPARATOR: char = ';';

/// A list as one CSV cell.
pub fn join_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items
        .into_iter()
        .map(|item| item.replace('\\', "\\\\").replace(';', "\\;"))
        .collect::<Vec<_>>()
        .join(";")
}

/// The items of a list written as one CSV cell.
pub fn split_list(cell: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut item = String::new();
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(next) => item.push(next),
                None => item.push('\\'),
            },
            LIST_SEPARATOR => items.push(std::mem::take(&mut item)),
            other => item.push(other),
        }
    }
    items.push(item);
    items
        .into_iter()
        .map(|i| i.trim().to_string())
        .filter(|i| !i.is_empty())
        .collect()
}

/// What a row says about one user: each field it has. `None` is "the row
/// does not have this field"; `Some(None)` is "empty: clear it".
#[derive(Clone, Debug, Default)]
pub struct Desired {
    pub id: Option<UserId>,
    pub email: Option<Email>,
    pub username: Option<Option<Username>>,
    pub profile: Vec<(&'static str, Option<String>)>,
    pub attributes: Option<BTreeMap<String, String>>,
    pub roles: Option<Vec<RoleName>>,
    pub groups: Option<Vec<GroupRef>>,
    pub permissions: Option<Vec<Permission>>,
    pub status: Option<Status>,
    pub created_at: Option<Timestamp>,
    /// Kept for a new user (an export read back keeps its times); a changed
    /// user is updated now.
    pub updated_at: Option<Timestamp>,
    pub last_login_at: Option<Option<Timestamp>>,
    pub password_changed_at: Option<Option<Timestamp>>,
    pub must_change_password: Option<bool>,
    pub invited_at: Option<Option<Timestamp>>,
    pub invite_expires_at: Option<Option<Timestamp>>,
    pub blocked_reason: Option<Option<String>>,
    pub blocked_until: Option<Option<Timestamp>>,
    pub failed_logins: Option<u32>,
    pub locked_until: Option<Option<Timestamp>>,
    pub onboarding_requested_at: Option<Option<Timestamp>>,
    /// A hash to set. An empty cell leaves the password as it is: an
    /// import never takes a password away.
    pub password_hash: Option<String>,
}

/// One thing wrong with a row: the field (None for the row as a whole) and
/// why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Option<String>,
    pub message: String,
}

impl FieldError {
    fn of(field: &str, error: Error) -> FieldError {
        let message = match error {
            Error::Invalid { message, .. } => message,
            other => other.to_string(),
        };
        FieldError {
            field: Some(field.to_string()),
            message,
        }
    }
}

/// The text of a value: a string as it is, a number or boolean written out;
/// null and empty text are None.
fn text(field: &str, value: &Value) -> std::result::Result<Option<String>, FieldError> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        Value::Number(n) => Ok(Some(n.to_string())),
        Value::Bool(b) => Ok(Some(b.to_string())),
        _ => Err(FieldError::of(
            field,
            Error::invalid(field, "must be text, not a list or an object"),
        )),
    }
}

fn list(field: &str, value: &Value) -> std::result::Result<Vec<String>, FieldError> {
    match value {
        Value::Null => Ok(Vec::new()),
        Value::String(s) => Ok(split_list(s)),
        Value::Array(items) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => Ok(s.trim().to_string()),
                _ => Err(FieldError::of(
                    field,
                    Error::invalid(field, "must be a list of text"),
                )),
            })
            .filter(|item| !matches!(item, Ok(s) if s.is_empty()))
            .collect(),
        _ => Err(FieldError::of(
            field,
            Error::invalid(field, "must be a list (`;`-separated in CSV)"),
        )),
    }
}

/// The earliest time RFC 3339 can write: its years have four digits. jiff
/// reads earlier ones (`-000001-01-01T00:00:00Z`), which the store would
/// then hold in a form that is not RFC 3339.
const EARLIEST: Timestamp = Timestamp::constant(-62_167_219_200, 0);

fn time(field: &str, value: &Value) -> std::result::Result<Option<Timestamp>, FieldError> {
    text(field, value)?
        .map(|t| {
            t.trim()
                .parse::<Timestamp>()
                .ok()
                .filter(|time| *time >= EARLIEST)
                .ok_or_else(|| {
                    FieldError::of(
                        field,
                        Error::invalid(
                            field,
                            format!(
                                "{t} is not an RFC 3339 time such as 2026-01-31T09:00:00Z",
                                t = quoted(&t)
                            ),
                        ),
                    )
                })
        })
        .transpose()
}

fn boolean(field: &str, value: &Value) -> std::result::Result<Option<bool>, FieldError> {
    if let Value::Bool(b) = value {
        return Ok(Some(*b));
    }
    text(field, value)?
        .map(|t| match t.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" => Ok(true),
            "false" | "no" | "0" => Ok(false),
            _ => Err(FieldError::of(
                field,
                Error::invalid(field, format!("{t} must be true or false", t = quoted(&t))),
            )),
        })
        .transpose()
}

fn number(field: &str, value: &Value) -> std::result::Result<Option<u32>, FieldError> {
    text(field, value)?
        .map(|t| {
            t.trim().parse::<u32>().map_err(|_| {
                FieldError::of(
                    field,
                    Error::invalid(field, format!("{t} must be a whole number", t = quoted(&t))),
                )
            })
        })
        .transpose()
}

fn each<T>(
    field: &str,
    items: Vec<String>,
    parse: impl Fn(&str) -> Result<T>,
) -> std::result::Result<Vec<T>, FieldError> {
    items
        .iter()
        .map(|item| parse(item).map_err(|e| FieldError::of(field, e)))
        .collect()
}

/// Reads a row. Every field is checked; the errors name each field that is
/// wrong. A row must say who it is: an email, or an id (for a user that
/// exists).
pub fn parse(row: &Map<String, Value>) -> std::result::Result<Desired, Vec<FieldError>> {
    let mut desired = Desired::default();
    let mut errors = Vec::new();
    for (field, value) in row {
        if let Err(e) = parse_field(&mut desired, field, value) {
            errors.push(e);
        }
    }
    if desired.email.is_none() && desired.id.is_none() && errors.is_empty() {
        errors.push(FieldError {
            field: Some("email".into()),
            message: "is missing: every row needs an email (or the id of a user that exists)"
                .into(),
        });
    }
    if errors.is_empty() {
        Ok(desired)
    } else {
        Err(errors)
    }
}

fn parse_field(d: &mut Desired, field: &str, value: &Value) -> std::result::Result<(), FieldError> {
    let wrap = |e: Error| FieldError::of(field, e);
    match field {
        "id" => {
            d.id = text(field, value)?
                .map(|raw| {
                    UserId::parse(&raw).ok_or_else(|| {
                        wrap(Error::invalid(
                            field,
                            format!("{raw} is not a UUID", raw = quoted(&raw)),
                        ))
                    })
                })
                .transpose()?;
        }
        "email" => {
            d.email = text(field, value)?
                .map(|raw| Email::parse(&raw).map_err(wrap))
                .transpose()?;
        }
        "username" => {
            d.username = Some(
                text(field, value)?
                    .map(|raw| Username::parse(&raw).map_err(wrap))
                    .transpose()?,
            );
        }
        "attributes" => {
            let map = match value {
                Value::Null => BTreeMap::new(),
                Value::Object(map) => {
                    let mut attrs = BTreeMap::new();
                    for (key, v) in map {
                        let key = validate_word("attr key", key).map_err(wrap)?;
                        let name = format!("{ATTR_PREFIX}{key}");
                        if let Some(v) = text(&name, v)? {
                            let v = validate_text(&name, &v, MAX_ATTR_VALUE)
                                .map_err(|e| FieldError::of(&name, e))?;
                            attrs.insert(key, v);
                        }
                    }
                    attrs
                }
                _ => return Err(wrap(Error::invalid(field, "must be an object of text"))),
            };
            d.attributes = Some(map);
        }
        "roles" => {
            d.roles = Some(each(field, list(field, value)?, RoleName::parse)?);
        }
        "groups" => {
            d.groups = Some(each(field, list(field, value)?, GroupRef::parse)?);
        }
        "permissions" => {
            d.permissions = Some(each(field, list(field, value)?, Permission::parse)?);
        }
        "status" => {
            d.status = text(field, value)?
                .map(|raw| raw.parse::<Status>().map_err(wrap))
                .transpose()?;
        }
        "created_at" => d.created_at = time(field, value)?,
        "updated_at" => d.updated_at = time(field, value)?,
        "last_login_at" => d.last_login_at = Some(time(field, value)?),
        "password_changed_at" => d.password_changed_at = Some(time(field, value)?),
        "must_change_password" => d.must_change_password = boolean(field, value)?,
        "invited_at" => d.invited_at = Some(time(field, value)?),
        "invite_expires_at" => d.invite_expires_at = Some(time(field, value)?),
        "blocked_reason" => {
            d.blocked_reason = Some(
                text(field, value)?
                    .map(|r| validate_text(field, r.trim(), 1000).map_err(wrap))
                    .transpose()?,
            );
        }
        "blocked_until" => d.blocked_until = Some(time(field, value)?),
        "failed_logins" => d.failed_logins = number(field, value)?,
        "locked_until" => d.locked_until = Some(time(field, value)?),
        "onboarding_requested_at" => d.onboarding_requested_at = Some(time(field, value)?),
        "password_hash" => {
            let hash = text(field, value)?;
            if let Some(problem) = hash
                .as_deref()
                .and_then(|h| super::password::hash_problem(h.trim()))
            {
                return Err(wrap(Error::invalid(field, problem)));
            }
            d.password_hash = hash.map(|h| h.trim().to_string());
        }
        "password" => {
            return Err(wrap(Error::invalid(
                field,
                "plain passwords are not imported: give password_hash, or pass --generate-password",
            )));
        }
        other => match PROFILE_FIELDS.iter().find(|(name, _)| *name == other) {
            Some((name, max)) => {
                let value = text(name, value)?
                    .map(|v| validate_text(name, v.trim(), *max).map_err(wrap))
                    .transpose()?;
                d.profile.push((name, value));
            }
            None => {
                return Err(FieldError {
                    field: Some(other.to_string()),
                    message: format!("is not a field roster knows ({})", known_fields()),
                });
            }
        },
    }
    Ok(())
}

fn known_fields() -> String {
    let mut names = fields();
    names.extend(["attr.KEY", "password_hash"]);
    format!("known: {}", names.join(", "))
}

/// One field of a user as export writes it.
#[derive(Debug, PartialEq)]
pub enum Cell<'u> {
    Null,
    Text(&'u str),
    Time(Timestamp),
    /// A list's items (roles, groups, permissions).
    List(Vec<String>),
    Flag(bool),
    Count(u32),
}

/// The scalar fields of a user as export writes them: each field of
/// [`fields`] in order, given to `cell` one at a time (nothing is built
/// for the whole row).
pub fn each_value<E>(
    user: &User,
    mut cell: impl FnMut(Cell<'_>) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    fn text(t: Option<&str>) -> Cell<'_> {
        t.map_or(Cell::Null, Cell::Text)
    }
    fn time(t: Option<Timestamp>) -> Cell<'static> {
        t.map_or(Cell::Null, Cell::Time)
    }
    cell(Cell::Text(user.id.as_str()))?;
    cell(Cell::Text(&user.email))?;
    cell(text(user.username.as_deref()))?;
    for (field, _) in PROFILE_FIELDS {
        cell(text(user.profile.get(field)))?;
    }
    let list = |items: &mut dyn Iterator<Item = String>| Cell::List(items.collect());
    cell(list(&mut user.roles.iter().map(ToString::to_string)))?;
    cell(list(&mut user.groups.iter().map(ToString::to_string)))?;
    cell(list(&mut user.permissions.iter().map(ToString::to_string)))?;
    cell(Cell::Text(user.status.as_str()))?;
    cell(time(Some(user.created_at)))?;
    cell(time(Some(user.updated_at)))?;
    cell(time(user.last_login_at))?;
    cell(time(user.password_changed_at))?;
    cell(Cell::Flag(user.must_change_password))?;
    cell(time(user.invited_at))?;
    cell(time(user.invite_expires_at))?;
    cell(text(user.blocked_reason.as_deref()))?;
    cell(time(user.blocked_until))?;
    cell(Cell::Count(user.failed_logins))?;
    cell(time(user.locked_until))?;
    cell(time(user.onboarding_requested_at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_round_trip_through_one_cell() {
        let items = ["team:north", "client:Smith; Jones", "a\\b", "x"];
        let cell = join_list(items.iter().copied());
        assert_eq!(split_list(&cell), items);
    }

    #[test]
    fn values_follow_fields() {
        assert_eq!(
            fields().len(),
            HEAD.len() + PROFILE_FIELDS.len() + TAIL.len()
        );
    }

    #[test]
    fn the_earliest_time_is_the_first_of_year_0000() {
        assert_eq!(EARLIEST.to_string(), "0000-01-01T00:00:00Z");
        let row = |t: &str| serde_json::json!({ "email": "a@example.com", "created_at": t });
        let parsed = |t: &str| parse(row(t).as_object().unwrap()).map(|d| d.created_at);
        assert!(parsed("0000-01-01T00:00:00Z").is_ok());
        assert!(parsed("-000001-12-31T23:59:59Z").is_err());
    }

    #[test]
    fn every_wrong_field_is_named() {
        let row: Map<String, Value> = serde_json::from_str(
            r#"{"email":"not an email","status":"sleeping","created_at":"yesterday","colour":"blue"}"#,
        )
        .unwrap();
        let errors = parse(&row).unwrap_err();
        let named: Vec<_> = errors.iter().filter_map(|e| e.field.clone()).collect();
        assert_eq!(named, ["email", "status", "created_at", "colour"]);
    }
}
