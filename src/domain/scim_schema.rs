//! What roster's SCIM resources hold, as `/Schemas` and `/ResourceTypes`
//! tell a client (RFC 7643 §6–7): every attribute roster keeps, with its
//! type, whether it is required, and whether a client may write it.

use serde_json::{Value, json};

use super::scim_group::{GROUP_SCHEMA, ROSTER_GROUP_SCHEMA};
use super::scim_user::{ENTERPRISE_SCHEMA, ROSTER_SCHEMA, USER_SCHEMA};

/// How an attribute is described.
struct Attr {
    name: &'static str,
    kind: &'static str,
    multi: bool,
    required: bool,
    mutability: &'static str,
    returned: &'static str,
    case_exact: bool,
    description: &'static str,
    subs: Vec<Attr>,
    canonical: &'static [&'static str],
}

fn attr(name: &'static str, description: &'static str) -> Attr {
    Attr {
        name,
        kind: "string",
        multi: false,
        required: false,
        mutability: "readWrite",
        returned: "default",
        case_exact: false,
        description,
        subs: Vec::new(),
        canonical: &[],
    }
}

impl Attr {
    fn kind(mut self, kind: &'static str) -> Attr {
        self.kind = kind;
        self
    }
    fn multi(mut self) -> Attr {
        self.multi = true;
        self
    }
    fn required(mut self) -> Attr {
        self.required = true;
        self
    }
    fn read_only(mut self) -> Attr {
        self.mutability = "readOnly";
        self
    }
    fn mutability(mut self, m: &'static str) -> Attr {
        self.mutability = m;
        self
    }
    fn never_returned(mut self) -> Attr {
        self.returned = "never";
        self
    }
    fn case_exact(mut self) -> Attr {
        self.case_exact = true;
        self
    }
    fn canonical(mut self, values: &'static [&'static str]) -> Attr {
        self.canonical = values;
        self
    }
    fn subs(mut self, subs: Vec<Attr>) -> Attr {
        self.kind = "complex";
        self.subs = subs;
        self
    }

    fn json(&self) -> Value {
        let mut out = json!({
            "name": self.name,
            "type": self.kind,
            "multiValued": self.multi,
            "description": self.description,
            "required": self.required,
            "mutability": self.mutability,
            "returned": self.returned,
        });
        if self.kind == "string" {
            out["caseExact"] = self.case_exact.into();
            out["uniqueness"] = if self.name == "userName" {
                "server"
            } else {
                "none"
            }
            .into();
        }
        if !self.canonical.is_empty() {
            out["canonicalValues"] = json!(self.canonical);
        }
        if self.kind == "complex" {
            out["subAttributes"] = self.subs.iter().map(Attr::json).collect();
        }
        out
    }
}

/// The sub-attributes of a multi-valued value roster keeps one of.
fn one_of(value: &'static str) -> Vec<Attr> {
    vec![
        attr("value", value),
        attr("type", "Its kind: roster keeps one, of type work").canonical(&["work"]),
        attr("primary", "Whether it is the one used").kind("boolean"),
    ]
}

fn schema(id: &str, name: &str, description: &str, attributes: Vec<Attr>, base: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
        "id": id,
        "name": name,
        "description": description,
        "attributes": attributes.iter().map(Attr::json).collect::<Vec<_>>(),
        "meta": {
            "resourceType": "Schema",
            "location": format!("{}/scim/v2/Schemas/{id}", base.trim_end_matches('/')),
        },
    })
}

/// Every schema roster's resources use.
pub fn schemas(base: &str) -> Vec<Value> {
    let user = vec![
        attr(
            "userName",
            "The user's email address, username, or the name the provider knows them by",
        )
        .required(),
        attr("externalId", "The provider's own id of the user").case_exact(),
        attr("name", "The user's names").subs(vec![
            attr("givenName", "First name"),
            attr("middleName", "Middle name"),
            attr("familyName", "Last name"),
            attr("formatted", "The names together (made from them)").read_only(),
        ]),
        attr(
            "displayName",
            "The names together, or the email (made from them)",
        )
        .read_only(),
        attr("emails", "The user's email address: roster keeps one")
            .subs(one_of("The address"))
            .multi()
            .required(),
        attr("phoneNumbers", "The phone number: roster keeps one")
            .subs(one_of("The number"))
            .multi(),
        attr("addresses", "The postal address: roster keeps one")
            .subs(vec![
                attr("streetAddress", "Street"),
                attr("locality", "City"),
                attr("region", "Region"),
                attr("postalCode", "Postal code"),
                attr("country", "Country"),
                attr("type", "Its kind: roster keeps one, of type work").canonical(&["work"]),
                attr("primary", "Whether it is the one used").kind("boolean"),
            ])
            .multi(),
        attr("title", "Title"),
        attr(
            "active",
            "False when the user is blocked, or invited with the invitation revoked",
        )
        .kind("boolean"),
        attr(
            "password",
            "A password to set (checked against the policy; never shown)",
        )
        .mutability("writeOnly")
        .never_returned(),
    ];
    let enterprise = vec![
        attr("employeeNumber", "Employee id"),
        attr("organization", "Company"),
    ];
    let roster_user = vec![
        attr(
            "status",
            "invited, invitation_expired, invitation_revoked, active or blocked",
        )
        .read_only(),
        attr("roles", "roster's roles the user holds (each must exist)").multi(),
        attr(
            "groups",
            "roster's groups the user is in, as KIND:NAME (each must exist)",
        )
        .multi(),
        attr("attributes", "roster's attributes of the user")
            .multi()
            .subs(vec![
                attr("name", "The attribute's key").case_exact(),
                attr("value", "Its value").case_exact(),
            ]),
    ];
    let group = vec![
        attr("displayName", "The group's name").required(),
        attr("members", "The group's users").multi().subs(vec![
            attr("value", "The user's id")
                .mutability("immutable")
                .case_exact(),
            attr("display", "The user's email").read_only(),
            attr("type", "User")
                .canonical(&["User"])
                .mutability("immutable"),
            attr("$ref", "The user's location")
                .kind("reference")
                .mutability("immutable"),
        ]),
    ];
    let roster_group = vec![
        attr(
            "kind",
            "The group's kind in roster (scim when a client names none)",
        )
        .mutability("immutable"),
        attr(
            "name",
            "The group's name within its kind, as roster keys it",
        )
        .read_only(),
    ];
    vec![
        schema(USER_SCHEMA, "User", "A user of roster", user, base),
        schema(
            ENTERPRISE_SCHEMA,
            "EnterpriseUser",
            "Enterprise user",
            enterprise,
            base,
        ),
        schema(
            ROSTER_SCHEMA,
            "RosterUser",
            "roster's own: status, roles, groups and attributes",
            roster_user,
            base,
        ),
        schema(GROUP_SCHEMA, "Group", "A group of roster", group, base),
        schema(
            ROSTER_GROUP_SCHEMA,
            "RosterGroup",
            "roster's own: the group's kind",
            roster_group,
            base,
        ),
    ]
}

/// The resource types: users and groups, with their extensions.
pub fn resource_types(base: &str) -> Vec<Value> {
    let base = base.trim_end_matches('/');
    let kind = |id: &str, endpoint: &str, schema: &str, extensions: &[&str]| {
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": id,
            "name": id,
            "endpoint": endpoint,
            "description": format!("A {} of roster", id.to_lowercase()),
            "schema": schema,
            "schemaExtensions": extensions
                .iter()
                .map(|e| json!({ "schema": e, "required": false }))
                .collect::<Vec<_>>(),
            "meta": {
                "resourceType": "ResourceType",
                "location": format!("{base}/scim/v2/ResourceTypes/{id}"),
            },
        })
    };
    vec![
        kind(
            "User",
            "/Users",
            USER_SCHEMA,
            &[ENTERPRISE_SCHEMA, ROSTER_SCHEMA],
        ),
        kind("Group", "/Groups", GROUP_SCHEMA, &[ROSTER_GROUP_SCHEMA]),
    ]
}
