//! Which permission each command needs from an actor that is a user of the
//! store (`--as`/`ROSTER_ACTOR` naming one, or a server's caller). Commands
//! are named as the command line names them (`user block`); every front end
//! checks a request against the same row. One table: enforcement, `docs/
//! permissions.md` and a test that every command has a row all read it.

/// (command, the permission it needs; None: any actor may run it).
pub const COMMANDS: &[(&str, Option<&str>)] = &[
    ("user create", Some("users.manage")),
    ("user list", Some("users.read")),
    ("user show", Some("users.read")),
    ("user update", Some("users.manage")),
    ("user invite", Some("users.manage")),
    ("user revoke", Some("users.manage")),
    ("user block", Some("users.block")),
    ("user unblock", Some("users.unblock")),
    ("user archive", Some("users.manage")),
    ("user restore", Some("users.manage")),
    ("user reset-password", Some("users.reset-password")),
    ("user sign-out", Some("users.sign-out")),
    ("user unlock", Some("users.unblock")),
    ("user email", Some("users.manage")),
    ("user delete", Some("users.delete")),
    ("user history", Some("audit.read")),
    ("user import", Some("users.manage")),
    ("user export", Some("users.read")),
    ("user sync", Some("users.manage")),
    ("user transitions", None),
    ("audit list", Some("audit.read")),
    ("audit verify", Some("audit.read")),
    ("auth verify", None),
    ("auth login", None),
    ("auth change-password", None),
    ("auth check", None),
    ("auth session check", None),
    ("auth session revoke", None),
    ("auth accept-invite", None),
    ("auth complete-reset", None),
    ("mail list", Some("users.read")),
    ("mail show", Some("users.manage")),
    ("mail flush", Some("users.manage")),
    ("mail retry", Some("users.manage")),
    ("db path", None),
    ("db migrate", Some("store.admin")),
    ("db check", Some("store.admin")),
    ("db stats", Some("users.read")),
    ("db backup", Some("store.admin")),
    ("db copy", Some("store.admin")),
    ("config show", None),
    ("role list", Some("users.read")),
    ("role show", Some("users.read")),
    ("role create", Some("roles.manage")),
    ("role update", Some("roles.manage")),
    ("role delete", Some("roles.manage")),
    ("role assign", Some("users.manage")),
    ("role unassign", Some("users.manage")),
    ("role preset list", None),
    ("role preset apply", Some("roles.manage")),
    ("group list", Some("users.read")),
    ("group show", Some("users.read")),
    ("group create", Some("roles.manage")),
    ("group rename", Some("roles.manage")),
    ("group delete", Some("roles.manage")),
    ("group members", Some("users.read")),
    ("feature list", Some("users.read")),
    ("feature enable", Some("roles.manage")),
    ("feature disable", Some("roles.manage")),
    ("attribute define", Some("roles.manage")),
    ("attribute list", Some("users.read")),
    ("serve", Some("store.admin")),
    ("token create", Some("store.admin")),
    ("token list", Some("store.admin")),
    ("token show", Some("store.admin")),
    ("token revoke", Some("store.admin")),
    ("completions", None),
    ("login", None),
    ("logout", None),
    ("whoami", None),
];

/// The permission `command` ("user block") needs, if any.
pub fn required(command: &str) -> Option<&'static str> {
    COMMANDS
        .iter()
        .find(|(name, _)| *name == command)
        .and_then(|(_, permission)| *permission)
}

/// The commands that act on users one by one, and so honour a scoped
/// role's reach (its holder acts on the users of its groups, others are
/// `denied`). Every other command acts on the whole store (roles, groups,
/// features, the audit log, mail, statistics) and needs its permission for
/// every user: a scoped role's is not enough.
pub const SCOPED: &[&str] = &[
    "user create",
    "user list",
    "user show",
    "user update",
    "user invite",
    "user revoke",
    "user block",
    "user unblock",
    "user archive",
    "user restore",
    "user reset-password",
    "user sign-out",
    "user unlock",
    "user email",
    "user delete",
    "user history",
    "user import",
    "user export",
    "user sync",
    "role assign",
    "role unassign",
];
