//! The whole of a store as rows, in a form no backend owns: what `db copy`
//! reads from one store and writes to another. Both backends have the same
//! tables and columns; a flag is an integer on SQLite and a boolean on
//! PostgreSQL, and a cell here says which it is.

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Int,
    Text,
    Flag,
}

/// One value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    Null,
    Int(i64),
    Text(String),
    Flag(bool),
}

/// A table: its name, its columns, and the order rows are copied in.
#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [(&'static str, Kind)],
    pub order: &'static str,
}

use Kind::{Flag, Int, Text};

/// Every table, parents before the rows that point at them.
pub const TABLES: &[Table] = &[
    Table {
        name: "roles",
        columns: &[
            ("name", Text),
            ("description", Text),
            ("exclusive", Flag),
            ("requires_feature", Text),
            ("scope", Text),
            ("preset", Text),
            ("unreviewed", Flag),
            ("created_at", Text),
        ],
        order: "name",
    },
    Table {
        name: "role_permissions",
        columns: &[("role", Text), ("permission", Text)],
        order: "role, permission",
    },
    Table {
        name: "groups",
        columns: &[
            ("kind", Text),
            ("name", Text),
            ("display_name", Text),
            ("created_at", Text),
            ("id", Text),
        ],
        order: "kind, name",
    },
    Table {
        name: "features",
        columns: &[("name", Text), ("enabled", Flag), ("updated_at", Text)],
        order: "name",
    },
    Table {
        name: "attribute_rules",
        columns: &[
            ("key", Text),
            ("allowed", Text),
            ("requires_role", Text),
            ("description", Text),
        ],
        order: "key",
    },
    Table {
        name: "users",
        columns: &[
            ("seq", Int),
            ("id", Text),
            ("email", Text),
            ("email_key", Text),
            ("username", Text),
            ("username_key", Text),
            ("first_name", Text),
            ("middle_name", Text),
            ("last_name", Text),
            ("phone", Text),
            ("company", Text),
            ("address", Text),
            ("city", Text),
            ("region", Text),
            ("postal_code", Text),
            ("country", Text),
            ("title", Text),
            ("employee_id", Text),
            ("accounting_id", Text),
            ("comment", Text),
            ("status", Text),
            ("previous_status", Text),
            ("password_hash", Text),
            ("must_change_password", Flag),
            ("created_at", Text),
            ("updated_at", Text),
            ("last_login_at", Text),
            ("password_changed_at", Text),
            ("invited_at", Text),
            ("invite_expires_at", Text),
            ("blocked_reason", Text),
            ("blocked_until", Text),
            ("failed_logins", Int),
            ("locked_until", Text),
            ("search_text", Text),
            ("onboarding_requested_at", Text),
        ],
        order: "seq",
    },
    Table {
        name: "user_attributes",
        columns: &[("user_id", Text), ("key", Text), ("value", Text)],
        order: "user_id, key",
    },
    Table {
        name: "user_roles",
        columns: &[("user_id", Text), ("role", Text)],
        order: "user_id, role",
    },
    Table {
        name: "user_groups",
        columns: &[("user_id", Text), ("kind", Text), ("name", Text)],
        order: "user_id, kind, name",
    },
    Table {
        name: "user_permissions",
        columns: &[("user_id", Text), ("permission", Text)],
        order: "user_id, permission",
    },
    Table {
        name: "tokens",
        columns: &[
            ("hash", Text),
            ("user_id", Text),
            ("purpose", Text),
            ("created_at", Text),
            ("expires_at", Text),
            ("used_at", Text),
            ("last_used_at", Text),
        ],
        order: "hash",
    },
    Table {
        name: "api_tokens",
        columns: &[
            ("name", Text),
            ("hash", Text),
            ("user_id", Text),
            ("scopes", Text),
            ("created_at", Text),
            ("created_by", Text),
            ("expires_at", Text),
            ("revoked_at", Text),
            ("last_used_at", Text),
        ],
        order: "name",
    },
    Table {
        name: "outbox",
        columns: &[
            ("id", Int),
            ("created_at", Text),
            ("user_id", Text),
            ("template", Text),
            ("to_addr", Text),
            ("subject", Text),
            ("body_text", Text),
            ("body_html", Text),
            ("token_hash", Text),
            ("status", Text),
            ("attempts", Int),
            ("last_error", Text),
            ("sent_at", Text),
            ("claimed_until", Text),
            ("delivered_to", Text),
        ],
        order: "id",
    },
    Table {
        name: "audit",
        columns: &[
            ("seq", Int),
            ("at", Text),
            ("actor", Text),
            ("action", Text),
            ("user_id", Text),
            ("changes", Text),
            ("changes_digest", Text),
            ("reason", Text),
            ("reason_digest", Text),
            ("hash", Text),
        ],
        order: "seq",
    },
];

impl Table {
    /// `a, b, c`
    pub fn column_list(&self) -> String {
        self.columns
            .iter()
            .map(|(name, _)| *name)
            .collect::<Vec<_>>()
            .join(", ")
    }
}
