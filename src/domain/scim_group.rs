//! A roster group as a SCIM 2.0 Group (RFC 7643 §4.2, SPEC §13): its id is
//! the group's own (a rename keeps it), `displayName` the name as written,
//! `members` its users by id; roster's extension carries the kind and the
//! name as roster keys it. And a Group as a client sends it, read back.

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::access::{GroupKind, GroupRef};
use super::scim_filter::{AttrPath, Filter};
use super::scim_input::{Kind, Problem, field};
use super::types::UserId;

/// The core Group schema.
pub const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
/// roster's extension of a group: its kind.
pub const ROSTER_GROUP_SCHEMA: &str = "urn:roster:params:scim:schemas:extension:2.0:Group";
/// The kind of a group a client makes without naming one.
pub const DEFAULT_KIND: &str = "scim";

/// `group` (whose id is `id`) with `members` (id, email) as a SCIM resource.
pub fn resource(group: &GroupRef, id: &str, members: &[(UserId, String)], base: &str) -> Value {
    let base = base.trim_end_matches('/');
    let mut out = Map::new();
    out.insert("schemas".into(), json!([GROUP_SCHEMA, ROSTER_GROUP_SCHEMA]));
    out.insert("id".into(), json!(id));
    out.insert("displayName".into(), json!(group.display()));
    let members: Vec<Value> = members
        .iter()
        .map(|(user, email)| {
            json!({
                "value": user.to_string(),
                "display": email,
                "type": "User",
                "$ref": format!("{base}/scim/v2/Users/{user}"),
            })
        })
        .collect();
    out.insert("members".into(), Value::Array(members));
    out.insert(
        ROSTER_GROUP_SCHEMA.into(),
        json!({ "kind": group.kind().to_string(), "name": group.slug() }),
    );
    let digest = Sha256::digest(serde_json::to_vec(&out).unwrap_or_default());
    out.insert(
        "meta".into(),
        json!({
            "resourceType": "Group",
            "location": format!("{base}/scim/v2/Groups/{id}"),
            "version": format!("W/\"{}\"", hex::encode(&digest[..12])),
        }),
    );
    Value::Object(out)
}

/// The first attribute a filter names that a group does not have.
pub fn unknown_attribute(filter: &Filter) -> Option<String> {
    let known = |path: &AttrPath| -> bool {
        match path.uri.as_deref() {
            None => {
                let name = path.name.to_ascii_lowercase();
                match (
                    name.as_str(),
                    path.sub.as_deref().map(str::to_ascii_lowercase),
                ) {
                    ("id" | "displayname" | "externalid", None) => true,
                    ("members", None) => true,
                    ("members", Some(sub)) => {
                        ["value", "display", "type", "$ref"].contains(&sub.as_str())
                    }
                    ("meta", Some(sub)) => {
                        ["resourcetype", "location", "version"].contains(&sub.as_str())
                    }
                    _ => false,
                }
            }
            Some(uri) if uri.eq_ignore_ascii_case(ROSTER_GROUP_SCHEMA) => ["kind", "name"]
                .iter()
                .any(|n| n.eq_ignore_ascii_case(&path.name)),
            Some(_) => false,
        }
    };
    fn walk(
        filter: &Filter,
        known: &dyn Fn(&AttrPath) -> bool,
        under: Option<&AttrPath>,
    ) -> Option<String> {
        let full = |path: &AttrPath| match under {
            Some(top) => AttrPath {
                sub: Some(path.name.clone()),
                ..top.clone()
            },
            None => path.clone(),
        };
        match filter {
            Filter::And(a, b) | Filter::Or(a, b) => {
                walk(a, known, under).or_else(|| walk(b, known, under))
            }
            Filter::Not(a) => walk(a, known, under),
            Filter::Present(path) | Filter::Compare { path, .. } => {
                let path = full(path);
                (!known(&path)).then(|| path.to_string())
            }
            Filter::ValuePath { path, filter, sub } => {
                let top = AttrPath {
                    sub: None,
                    ..path.clone()
                };
                if !known(&top) {
                    return Some(top.to_string());
                }
                if let Some(sub) = sub {
                    let named = AttrPath {
                        sub: Some(sub.clone()),
                        ..top.clone()
                    };
                    if !known(&named) {
                        return Some(named.to_string());
                    }
                }
                walk(filter, known, Some(&top))
            }
        }
    }
    walk(filter, &known, None)
}

/// What a Group resource sent by a client says.
#[derive(Debug)]
pub struct Wanted {
    /// The group it names: its kind (roster's extension, else
    /// [`DEFAULT_KIND`], or the kind of the group replaced) and its
    /// display name.
    pub group: GroupRef,
    /// Its members by id, where it lists them.
    pub members: Option<Vec<UserId>>,
}

/// Reads a Group resource; `kind` is the kind of the group it replaces.
pub fn incoming(resource: &Value, kind: Option<&GroupKind>) -> Result<Wanted, Problem> {
    let invalid = |detail: String| Problem::new(Kind::InvalidValue, detail);
    let Value::Object(object) = resource else {
        return Err(Problem::new(
            Kind::InvalidSyntax,
            "a group must be a JSON object",
        ));
    };
    let schemas_ok = matches!(field(object, "schemas"), Some(Value::Array(s))
        if s.iter().any(|v| v.as_str().is_some_and(|v| v.eq_ignore_ascii_case(GROUP_SCHEMA))));
    if !schemas_ok {
        return Err(invalid(format!("schemas must list {GROUP_SCHEMA}")));
    }
    for key in object.keys() {
        let known = [
            "schemas",
            "id",
            "meta",
            "externalId",
            "displayName",
            "members",
        ]
        .iter()
        .chain(&[ROSTER_GROUP_SCHEMA])
        .any(|k| k.eq_ignore_ascii_case(key));
        if !known {
            return Err(invalid(format!(
                "{key} is not an attribute of a group (GET /Schemas lists them)"
            )));
        }
    }
    let display = match field(object, "displayName") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        _ => return Err(invalid("displayName is required: the group's name".into())),
    };
    let asked = match field(object, ROSTER_GROUP_SCHEMA) {
        Some(Value::Object(ext)) => match field(ext, "kind") {
            Some(Value::String(k)) => Some(k.clone()),
            None => None,
            Some(other) => return Err(invalid(format!("kind must be a string, not {other}"))),
        },
        None => None,
        Some(other) => {
            return Err(invalid(format!(
                "{ROSTER_GROUP_SCHEMA} must be an object, not {other}"
            )));
        }
    };
    let kind = match (asked, kind) {
        (Some(asked), Some(kind)) if !asked.eq_ignore_ascii_case(kind.as_str()) => {
            return Err(Problem::new(
                Kind::Mutability,
                format!("a group's kind does not change ({kind}, not {asked})"),
            ));
        }
        (_, Some(kind)) => kind.to_string(),
        (Some(asked), None) => asked,
        (None, None) => DEFAULT_KIND.to_string(),
    };
    let group =
        GroupRef::parse(&format!("{kind}:{display}")).map_err(|e| invalid(e.to_string()))?;
    let members = match field(object, "members") {
        None => None,
        Some(Value::Array(list)) => {
            let mut ids = Vec::new();
            for member in list {
                let value = member
                    .as_object()
                    .and_then(|m| field(m, "value"))
                    .and_then(Value::as_str)
                    .ok_or_else(|| {
                        invalid(format!(
                            "each member needs a value (a user id), not {member}"
                        ))
                    })?;
                let id = UserId::parse(value)
                    .ok_or_else(|| invalid(format!("member {value:?} is not a user id")))?;
                ids.push(id);
            }
            ids.sort();
            ids.dedup();
            Some(ids)
        }
        Some(other) => return Err(invalid(format!("members must be a list, not {other}"))),
    };
    Ok(Wanted { group, members })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_reads_and_is_read_back() {
        let group = GroupRef::parse("team:North Sea").unwrap();
        let ada = UserId::parse("01a2ffff-0000-7000-8000-000000000001").unwrap();
        let id = "0b5e2f5a-0000-4000-8000-000000000001";
        let members = [(ada.clone(), "ada@example.com".to_string())];
        let r = resource(&group, id, &members, "https://a.example/");
        assert_eq!(r["id"], id);
        assert_eq!(r["displayName"], "North Sea");
        assert_eq!(r["members"][0]["value"], ada.to_string());
        assert_eq!(
            r["meta"]["location"],
            format!("https://a.example/scim/v2/Groups/{id}")
        );
        assert_eq!(
            r[ROSTER_GROUP_SCHEMA],
            json!({"kind": "team", "name": "north-sea"})
        );
        let back = incoming(&r, Some(group.kind())).unwrap();
        assert_eq!(back.group, group);
        assert_eq!(back.members, Some(vec![ada]));
        let made = incoming(
            &json!({"schemas": [GROUP_SCHEMA], "displayName": "Ops"}),
            None,
        )
        .unwrap();
        assert_eq!(made.group.key(), "scim:ops");
        assert_eq!(made.members, None);
    }

    #[test]
    fn bad_groups_and_filters_are_named() {
        for body in [
            json!({"displayName": "x"}),
            json!({"schemas": [GROUP_SCHEMA]}),
            json!({"schemas": [GROUP_SCHEMA], "displayName": "x", "owner": "y"}),
            json!({"schemas": [GROUP_SCHEMA], "displayName": "x", "members": [{"value": "bob"}]}),
        ] {
            assert_eq!(
                incoming(&body, None).unwrap_err().kind,
                Kind::InvalidValue,
                "{body}"
            );
        }
        let kind = GroupKind::parse("team").unwrap();
        let moved = json!({"schemas": [GROUP_SCHEMA], "displayName": "x", ROSTER_GROUP_SCHEMA: {"kind": "client"}});
        assert_eq!(
            incoming(&moved, Some(&kind)).unwrap_err().kind,
            Kind::Mutability
        );
        for (filter, unknown) in [
            ("displayName eq \"Ops\"", None),
            ("members[value eq \"x\"]", None),
            ("members.display co \"@\"", None),
            ("owner eq \"x\"", Some("owner")),
            ("members[name eq \"x\"]", Some("members.name")),
        ] {
            let parsed = Filter::parse(filter).unwrap();
            assert_eq!(unknown_attribute(&parsed).as_deref(), unknown, "{filter}");
        }
    }
}
