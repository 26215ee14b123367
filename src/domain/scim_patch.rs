//! A SCIM PATCH (RFC 7644 §3.5.2) applied to a resource as JSON: `add`,
//! `replace` and `remove` in any case, with a path (`title`,
//! `name.givenName`, `emails[type eq "work"].value`, `members[value eq
//! "…"]`, an extension's URN or one of its attributes) or without one (a
//! value whose keys are paths: Okta's `{"active": false}`). The result is
//! read as a PUT would be (`scim_input`), so a patch can do nothing a
//! whole resource could not.

use serde_json::{Map, Value};

use super::scim_filter::{AttrPath, CompValue, CompareOp, Filter};
use super::scim_group::ROSTER_GROUP_SCHEMA;
use super::scim_input::{Kind, Problem};
use super::scim_user::{ENTERPRISE_SCHEMA, PATCH_SCHEMA, ROSTER_SCHEMA};

/// What an operation does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Add,
    Replace,
    Remove,
}

/// Where an operation acts.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// An extension's object, by its URN.
    Extension(String),
    /// An attribute, or a sub-attribute of it (of each value, for a
    /// multi-valued one).
    Attr(AttrPath),
    /// The values of a multi-valued attribute a filter picks, or a
    /// sub-attribute of each.
    Filtered {
        attr: AttrPath,
        filter: Filter,
        sub: Option<String>,
    },
}

/// One operation of a PATCH.
#[derive(Clone, Debug, PartialEq)]
pub struct Operation {
    pub op: Op,
    pub path: Option<Target>,
    pub value: Option<Value>,
}

fn syntax(detail: impl Into<String>) -> Problem {
    Problem::new(Kind::InvalidSyntax, detail)
}

fn bad_path(detail: impl Into<String>) -> Problem {
    Problem::new(Kind::InvalidPath, detail)
}

/// The extensions a resource may carry, by URN.
pub const EXTENSIONS: [&str; 3] = [ENTERPRISE_SCHEMA, ROSTER_SCHEMA, ROSTER_GROUP_SCHEMA];

/// Reads a PATCH body: its schema and its operations. `known` says
/// whether a resource has an attribute (`name.givenName`); what it does
/// not have is `invalidPath`.
pub fn operations(
    body: &Value,
    known: &dyn Fn(&Filter) -> Option<String>,
) -> Result<Vec<Operation>, Problem> {
    let Value::Object(body) = body else {
        return Err(syntax("a PATCH body must be a JSON object"));
    };
    let field = |name: &str| super::scim_input::field(body, name);
    let schema_ok = matches!(field("schemas"), Some(Value::Array(s))
        if s.iter().any(|v| v.as_str().is_some_and(|v| v.eq_ignore_ascii_case(PATCH_SCHEMA))));
    if !schema_ok {
        return Err(Problem::new(
            Kind::InvalidValue,
            format!("a PATCH body's schemas must list {PATCH_SCHEMA}"),
        ));
    }
    let Some(Value::Array(list)) = field("Operations") else {
        return Err(syntax("a PATCH body needs Operations, a list"));
    };
    if list.is_empty() {
        return Err(syntax("Operations is empty"));
    }
    list.iter().map(|raw| operation(raw, known)).collect()
}

fn operation(raw: &Value, known: &dyn Fn(&Filter) -> Option<String>) -> Result<Operation, Problem> {
    let Value::Object(raw) = raw else {
        return Err(syntax("each operation must be an object"));
    };
    let field = |name: &str| super::scim_input::field(raw, name);
    let op = match field("op")
        .and_then(Value::as_str)
        .map(str::to_ascii_lowercase)
    {
        Some(op) if op == "add" => Op::Add,
        Some(op) if op == "replace" => Op::Replace,
        Some(op) if op == "remove" => Op::Remove,
        other => {
            return Err(syntax(format!(
                "op must be add, replace or remove, not {}",
                other.unwrap_or_else(|| "nothing".into())
            )));
        }
    };
    let path = match field("path") {
        None => None,
        Some(Value::String(p)) if p.trim().is_empty() => None,
        Some(Value::String(p)) => Some(target(p, known)?),
        Some(other) => return Err(bad_path(format!("path must be a string, not {other}"))),
    };
    let value = field("value").cloned();
    match (op, &path, &value) {
        (Op::Remove, None, _) => Err(Problem::new(
            Kind::NoTarget,
            "remove needs a path: what to remove",
        )),
        (Op::Add | Op::Replace, _, None) => Err(syntax(format!(
            "{} needs a value",
            if op == Op::Add { "add" } else { "replace" }
        ))),
        (Op::Add | Op::Replace, None, Some(v)) if !v.is_object() => Err(syntax(
            "without a path, the value must be an object of attributes",
        )),
        _ => Ok(Operation { op, path, value }),
    }
}

/// Reads a path, refusing what a user does not have or may not change.
pub fn target(raw: &str, known: &dyn Fn(&Filter) -> Option<String>) -> Result<Target, Problem> {
    let raw = raw.trim();
    if let Some(urn) = EXTENSIONS.iter().find(|u| u.eq_ignore_ascii_case(raw)) {
        return Ok(Target::Extension(urn.to_string()));
    }
    let not_a_path = || bad_path(format!("{raw:?} is not a path"));
    let target = if raw.contains('[') {
        match Filter::parse(raw).map_err(|_| not_a_path())? {
            Filter::ValuePath { path, filter, sub } => Target::Filtered {
                attr: AttrPath { sub: None, ..path },
                filter: *filter,
                sub,
            },
            _ => return Err(not_a_path()),
        }
    } else {
        Target::Attr(AttrPath::parse(raw).map_err(|_| not_a_path())?)
    };
    let as_filter = match &target {
        Target::Attr(path) => Filter::Present(path.clone()),
        Target::Filtered { attr, filter, sub } => Filter::ValuePath {
            path: attr.clone(),
            filter: Box::new(filter.clone()),
            sub: sub.clone(),
        },
        Target::Extension(_) => unreachable!("returned above"),
    };
    if let Some(name) = known(&as_filter) {
        return Err(bad_path(if name == raw {
            format!("{raw} is not an attribute of the resource (GET /Schemas lists them)")
        } else {
            format!(
                "{raw:?} names {name}, which the resource does not have (GET /Schemas lists them)"
            )
        }));
    }
    let attr = match &target {
        Target::Attr(a) | Target::Filtered { attr: a, .. } => a,
        Target::Extension(_) => unreachable!("returned above"),
    };
    let read_only = (attr.uri.is_none()
        && ["id", "meta", "schemas"]
            .iter()
            .any(|n| attr.name.eq_ignore_ascii_case(n)))
        || (attr
            .uri
            .as_deref()
            .is_some_and(|u| u.eq_ignore_ascii_case(ROSTER_SCHEMA))
            && attr.name.eq_ignore_ascii_case("status"));
    if read_only {
        return Err(Problem::new(
            Kind::Mutability,
            format!("{raw} is read only"),
        ));
    }
    Ok(target)
}

/// Applies the operations to `resource`, in order.
pub fn apply(resource: &mut Value, operations: &[Operation]) -> Result<(), Problem> {
    let Value::Object(object) = resource else {
        return Err(syntax("the resource is not an object"));
    };
    for operation in operations {
        match &operation.path {
            Some(target) => act(object, operation.op, target, operation.value.as_ref())?,
            None => {
                // Each key of the value is a path of its own.
                let Some(Value::Object(values)) = &operation.value else {
                    return Err(syntax("without a path, the value must be an object"));
                };
                for (key, value) in values {
                    let target = target(key, &|_| None)?;
                    act(object, operation.op, &target, Some(value))?;
                }
            }
        }
    }
    Ok(())
}

/// The value under `name` in any case, made (null) when missing.
fn slot<'o>(object: &'o mut Map<String, Value>, name: &str) -> &'o mut Value {
    let key = object
        .keys()
        .find(|k| k.eq_ignore_ascii_case(name))
        .cloned()
        .unwrap_or_else(|| name.to_string());
    object.entry(key).or_insert(Value::Null)
}

fn remove_key(object: &mut Map<String, Value>, name: &str) {
    object.retain(|k, _| !k.eq_ignore_ascii_case(name));
}

/// The object an attribute lives in: the resource, or its extension's.
fn home<'o>(
    object: &'o mut Map<String, Value>,
    attr: &AttrPath,
) -> Result<&'o mut Map<String, Value>, Problem> {
    let Some(uri) = &attr.uri else {
        return Ok(object);
    };
    let Some(urn) = EXTENSIONS.iter().find(|u| u.eq_ignore_ascii_case(uri)) else {
        return Err(bad_path(format!("{uri} is not an extension roster knows")));
    };
    let extension = slot(object, urn);
    if !extension.is_object() {
        *extension = Value::Object(Map::new());
    }
    Ok(extension.as_object_mut().expect("made an object above"))
}

/// Sets `value` at `place`: a complex value given to a complex one is
/// merged into it (RFC 7644 §3.5.2.1/3: the sub-attributes not given stay);
/// values added to a multi-valued one are appended.
fn put(place: &mut Value, op: Op, value: &Value) {
    match (place, value) {
        (Value::Object(existing), Value::Object(given)) => {
            for (k, v) in given {
                *slot(existing, k) = v.clone();
            }
        }
        (Value::Array(existing), Value::Array(given)) if op == Op::Add => {
            let mut seen: std::collections::HashSet<String> =
                existing.iter().map(Value::to_string).collect();
            for v in given {
                if seen.insert(v.to_string()) {
                    existing.push(v.clone());
                }
            }
        }
        (place, value) => *place = value.clone(),
    }
}

fn act(
    object: &mut Map<String, Value>,
    op: Op,
    target: &Target,
    value: Option<&Value>,
) -> Result<(), Problem> {
    match target {
        Target::Extension(urn) => match (op, value) {
            (Op::Remove, _) => remove_key(object, urn),
            (_, Some(value @ Value::Object(_))) => put(slot(object, urn), op, value),
            (_, _) => {
                return Err(Problem::new(
                    Kind::InvalidValue,
                    format!("{urn} takes an object"),
                ));
            }
        },
        Target::Attr(attr) => {
            let home = home(object, attr)?;
            match (&attr.sub, op, value) {
                // Entra takes members out with their values, not a filter.
                (None, Op::Remove, Some(Value::Array(gone))) => {
                    if let Some(Value::Array(items)) = home
                        .iter_mut()
                        .find(|(k, _)| k.eq_ignore_ascii_case(&attr.name))
                        .map(|(_, v)| v)
                    {
                        let values: std::collections::HashSet<&Value> =
                            gone.iter().filter_map(|g| g.get("value")).collect();
                        let wholes: Vec<&Value> =
                            gone.iter().filter(|g| g.get("value").is_none()).collect();
                        items.retain(|item| {
                            !item.get("value").is_some_and(|v| values.contains(v))
                                && !wholes.iter().any(|g| same_value(item, g))
                        });
                    }
                }
                (None, Op::Remove, _) => remove_key(home, &attr.name),
                (None, _, Some(value)) => put(slot(home, &attr.name), op, value),
                (Some(sub), _, value) => {
                    let place = slot(home, &attr.name);
                    match place {
                        // A sub-attribute of each value of a multi-valued one.
                        Value::Array(items) if !items.is_empty() => {
                            for item in items.iter_mut() {
                                set_sub(item, sub, op, value);
                            }
                        }
                        place => {
                            if op == Op::Remove && place.is_null() {
                                return Ok(());
                            }
                            if place.is_array() || place.is_null() && is_multi(&attr.name) {
                                *place = Value::Array(vec![Value::Object(Map::new())]);
                                for item in place.as_array_mut().expect("made above") {
                                    set_sub(item, sub, op, value);
                                }
                            } else {
                                set_sub(place, sub, op, value);
                            }
                        }
                    }
                }
                (None, _, None) => {}
            }
        }
        Target::Filtered { attr, filter, sub } => {
            if !is_multi(&attr.name) {
                return Err(bad_path(format!(
                    "{attr} is not multi-valued: a filter in a path picks values of a list"
                )));
            }
            let home = home(object, attr)?;
            let place = slot(home, &attr.name);
            if !place.is_array() {
                *place = Value::Array(Vec::new());
            }
            let items = place.as_array_mut().expect("made an array above");
            let case_exact = |p: &AttrPath| p.is("value", None);
            let picked: Vec<bool> = items
                .iter()
                .map(|item| filter.matches(item, &case_exact))
                .collect();
            let matching: Vec<usize> = (0..items.len()).filter(|i| picked[*i]).collect();
            match (op, sub) {
                (Op::Remove, None) => {
                    let mut i = 0;
                    items.retain(|_| {
                        i += 1;
                        !picked[i - 1]
                    });
                }
                (Op::Remove, Some(sub)) => {
                    for i in matching {
                        set_sub(&mut items[i], sub, op, None);
                    }
                }
                (_, _) if matching.is_empty() => {
                    // `emails[type eq "work"].value` on a user with no work
                    // email adds one (what Entra means by it).
                    let Some(mut made) = seed(filter) else {
                        return Err(Problem::new(
                            Kind::NoTarget,
                            format!("no value of {attr} matches {filter}"),
                        ));
                    };
                    match sub {
                        Some(sub) => set_sub(&mut made, sub, op, value),
                        None => {
                            if let Some(value) = value {
                                put(&mut made, op, value);
                            }
                        }
                    }
                    items.push(made);
                }
                (_, Some(sub)) => {
                    for i in matching {
                        set_sub(&mut items[i], sub, op, value);
                    }
                }
                (_, None) => {
                    for i in matching {
                        if let Some(value) = value {
                            put(&mut items[i], op, value);
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

/// Whether two values of a multi-valued attribute are one: by their
/// `value` where both have one, else as a whole.
fn same_value(a: &Value, b: &Value) -> bool {
    match (a.get("value"), b.get("value")) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

/// The multi-valued attributes of a user (roster's `attributes` too) and
/// a group.
fn is_multi(name: &str) -> bool {
    [
        "emails",
        "phoneNumbers",
        "addresses",
        "members",
        "attributes",
    ]
    .iter()
    .any(|n| n.eq_ignore_ascii_case(name))
}

fn set_sub(item: &mut Value, sub: &str, op: Op, value: Option<&Value>) {
    if !item.is_object() {
        *item = Value::Object(Map::new());
    }
    let object = item.as_object_mut().expect("made an object above");
    match (op, value) {
        (Op::Remove, _) | (_, None) => remove_key(object, sub),
        (_, Some(value)) => *slot(object, sub) = value.clone(),
    }
}

/// A new value a filter of equalities describes (`type eq "work"`), for
/// an add or replace that found none.
fn seed(filter: &Filter) -> Option<Value> {
    let mut made = Map::new();
    fn fill(filter: &Filter, made: &mut Map<String, Value>) -> bool {
        match filter {
            Filter::Compare {
                path,
                op: CompareOp::Eq,
                value,
            } if path.uri.is_none() && path.sub.is_none() => {
                let value = match value {
                    CompValue::String(s) => Value::String(s.clone()),
                    CompValue::Bool(b) => Value::Bool(*b),
                    CompValue::Number(n) => Value::Number(n.clone()),
                    CompValue::Null => return false,
                };
                made.insert(path.name.clone(), value);
                true
            }
            Filter::And(a, b) => fill(a, made) && fill(b, made),
            _ => false,
        }
    }
    fill(filter, &mut made).then_some(Value::Object(made))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn patch(resource: Value, ops: Value) -> Result<Value, Problem> {
        patch_with(resource, ops, &crate::domain::scim_user::unknown_attribute)
    }

    fn patch_with(
        resource: Value,
        ops: Value,
        known: &dyn Fn(&Filter) -> Option<String>,
    ) -> Result<Value, Problem> {
        let body = json!({"schemas": [PATCH_SCHEMA], "Operations": ops});
        let ops = operations(&body, known)?;
        let mut resource = resource;
        apply(&mut resource, &ops)?;
        Ok(resource)
    }

    fn ada() -> Value {
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "id": "x",
            "userName": "ada@example.com",
            "name": {"givenName": "Ada", "familyName": "Lovelace"},
            "emails": [{"value": "ada@example.com", "type": "work", "primary": true}],
            "active": true
        })
    }

    #[test]
    fn okta_deactivates_without_a_path() {
        let out = patch(
            ada(),
            json!([{"op": "replace", "value": {"active": false}}]),
        )
        .unwrap();
        assert_eq!(out["active"], false);
        assert_eq!(out["userName"], "ada@example.com");
    }

    #[test]
    fn entra_replaces_with_capitals_paths_and_strings() {
        let out = patch(
            ada(),
            json!([
                {"op": "Replace", "path": "active", "value": "False"},
                {"op": "Replace", "path": "name.familyName", "value": "King"},
                {"op": "Add", "path": "phoneNumbers[type eq \"work\"].value", "value": "+44 1"},
                {"op": "Replace", "path": "emails[type eq \"work\"].value", "value": "ada@king.example"},
                {"op": "Add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "value": "E1"},
                {"op": "Add", "path": "title", "value": "Countess"}
            ]),
        )
        .unwrap();
        assert_eq!(out["active"], "False");
        assert_eq!(
            out["name"],
            json!({"givenName": "Ada", "familyName": "King"})
        );
        assert_eq!(
            out["phoneNumbers"],
            json!([{"type": "work", "value": "+44 1"}])
        );
        assert_eq!(out["emails"][0]["value"], "ada@king.example");
        assert_eq!(out[ENTERPRISE_SCHEMA]["employeeNumber"], "E1");
        assert_eq!(out["title"], "Countess");
    }

    #[test]
    fn members_are_added_and_removed_by_value() {
        let group = json!({"displayName": "Ops", "members": [{"value": "a"}, {"value": "b"}]});
        let out = patch_with(
            group,
            json!([
                {"op": "add", "path": "members", "value": [{"value": "c"}, {"value": "a"}]},
                {"op": "remove", "path": "members[value eq \"b\"]"},
                {"op": "remove", "path": "members[value eq \"nobody\"]"}
            ]),
            &|_| None,
        )
        .unwrap();
        assert_eq!(out["members"], json!([{"value": "a"}, {"value": "c"}]));
        // Entra's removal: the values, no filter.
        let out = patch_with(
            out,
            json!([{"op": "Remove", "path": "members", "value": [{"value": "a"}]}]),
            &|_| None,
        )
        .unwrap();
        assert_eq!(out["members"], json!([{"value": "c"}]));
    }

    #[test]
    fn bad_patches_are_named() {
        for (ops, kind) in [
            (
                json!([{"op": "jump", "path": "title", "value": "x"}]),
                Kind::InvalidSyntax,
            ),
            (
                json!([{"op": "replace", "path": "shoeSize", "value": 9}]),
                Kind::InvalidPath,
            ),
            (
                json!([{"op": "replace", "path": "name.nickname", "value": "x"}]),
                Kind::InvalidPath,
            ),
            (
                json!([{"op": "replace", "path": "id", "value": "y"}]),
                Kind::Mutability,
            ),
            (json!([{"op": "remove"}]), Kind::NoTarget),
            (json!([{"op": "add", "path": "title"}]), Kind::InvalidSyntax),
            (
                json!([{"op": "replace", "value": "x"}]),
                Kind::InvalidSyntax,
            ),
            (
                json!([{"op": "replace", "path": "emails[", "value": "x"}]),
                Kind::InvalidPath,
            ),
            (json!([]), Kind::InvalidSyntax),
        ] {
            let e = patch(ada(), ops.clone()).unwrap_err();
            assert_eq!(e.kind, kind, "{ops}: {}", e.detail);
        }
        let e = operations(&json!({"Operations": []}), &|_| None).unwrap_err();
        assert_eq!(e.kind, Kind::InvalidValue);
    }
}
