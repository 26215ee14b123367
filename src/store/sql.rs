//! SQL both backends run: one text, its parameters numbered `?N` (SQLite's
//! form; the PostgreSQL store reads them as `$N` when it prepares the
//! statement, see [`dollars`]), and a list given as one parameter matched
//! the way each backend takes it ([`Lists`]). A statement written twice
//! drifts; written once, SQLite and PostgreSQL run the same one.

use std::borrow::Cow;

/// `?N` parameters as PostgreSQL's `$N`; text without them is borrowed as
/// it is. Only a `?` followed by a digit is a parameter: none of roster's
/// SQL has one in a string literal.
pub(crate) fn dollars(sql: &str) -> Cow<'_, str> {
    let bytes = sql.as_bytes();
    let numbered = |i: usize| bytes[i] == b'?' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
    if !(0..bytes.len()).any(numbered) {
        return Cow::Borrowed(sql);
    }
    let mut out = String::with_capacity(sql.len());
    for (i, c) in sql.char_indices() {
        out.push(if numbered(i) { '$' } else { c });
    }
    Cow::Owned(out)
}

/// How a backend matches a column against a list passed as one parameter:
/// a batch of users is one parameter, not one per user.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Lists {
    /// SQLite: a JSON array, read with `json_each`.
    Json,
    /// PostgreSQL: an array, matched with `= ANY`.
    Array,
}

impl Lists {
    /// The condition that `column` is in the list parameter `?n`.
    pub(crate) fn holds(self, column: &str, n: usize) -> String {
        match self {
            Lists::Json => format!("{column} IN (SELECT value FROM json_each(?{n}))"),
            Lists::Array => format!("{column} = ANY(?{n})"),
        }
    }
}

/// `insert_user`'s statement: the columns `names`, their values `?1`,
/// `?2`, … in order.
pub(crate) fn insert_user(names: &[&str]) -> String {
    let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
    format!(
        "INSERT INTO users ({}) VALUES ({})",
        names.join(", "),
        marks.join(", ")
    )
}

/// `update_user`'s statement: `names[0]` is `id` (`?1`, the row), the
/// others are set from `?2` on.
pub(crate) fn update_user(names: &[&str]) -> String {
    let sets: Vec<String> = names
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, name)| format!("{name} = ?{}", i + 1))
        .collect();
    format!("UPDATE users SET {} WHERE id = ?1", sets.join(", "))
}

/// Users: lookups, credentials, memberships, counts.
pub(crate) mod users {
    pub const ID_BY_EMAIL_KEY: &str = "SELECT id FROM users WHERE email_key = ?1";
    pub const ID_BY_USERNAME_KEY: &str = "SELECT id FROM users WHERE username_key = ?1";
    /// `?1` the user, `?2` the hash, `?3` must change, `?4` when it was
    /// changed (NULL: the same password re-hashed), `?5` now.
    pub const SET_PASSWORD_HASH: &str = "UPDATE users SET password_hash = ?2, \
        must_change_password = ?3, password_changed_at = COALESCE(?4, password_changed_at), \
        updated_at = ?5 WHERE id = ?1";
    /// `?1` the user, `?2` failures, `?3` locked until, `?4` signed in at.
    pub const SET_LOGIN_STATE: &str = "UPDATE users SET failed_logins = ?2, locked_until = ?3, \
        last_login_at = COALESCE(?4, last_login_at) WHERE id = ?1";
    pub const DELETE: &str = "DELETE FROM users WHERE id = ?1";
    /// A user's memberships, one table each (`?1` the user).
    pub const DELETE_MEMBERSHIPS: [&str; 4] = [
        "DELETE FROM user_attributes WHERE user_id = ?1",
        "DELETE FROM user_roles WHERE user_id = ?1",
        "DELETE FROM user_groups WHERE user_id = ?1",
        "DELETE FROM user_permissions WHERE user_id = ?1",
    ];
    /// Users by their status as it is at `?1` (a lapsed block is active,
    /// an invitation past its expiry expired).
    pub const COUNT_BY_STATUS: &str = "SELECT CASE \
        WHEN u.status = 'invited' AND u.invite_expires_at <= ?1 THEN 'invitation_expired' \
        WHEN u.status = 'blocked' AND u.blocked_until <= ?1 THEN 'active' \
        ELSE u.status END, count(*) FROM users u GROUP BY 1";
}

/// What each bulk verb writes for a batch of users: their places in the
/// store (`seq`) or their ids are one list parameter, `?1`.
pub(crate) mod bulk {
    use super::Lists;

    /// `UPDATE users SET {set}` for the users of a batch: `?1` is their
    /// places, the set clause's parameters come from `?2` on.
    pub fn update_users(set: &str, lists: Lists) -> String {
        format!("UPDATE users SET {set} WHERE {}", lists.holds("seq", 1))
    }

    /// The live tokens of the users `?1` of the purposes `?2`, deleted;
    /// returns the user of each.
    pub fn revoke_tokens_of(lists: Lists) -> String {
        format!(
            "DELETE FROM tokens WHERE {} AND used_at IS NULL AND {} RETURNING user_id",
            lists.holds("user_id", 1),
            lists.holds("purpose", 2)
        )
    }

    /// The admin sessions (`roster login`'s tokens) of the users `?1`, ended
    /// at `?2` with their other sessions; returns the user of each.
    pub fn end_admin_sessions_of(lists: Lists) -> String {
        format!(
            "UPDATE api_tokens SET revoked_at = ?2 WHERE {} AND name LIKE 'login-%' \
             AND revoked_at IS NULL RETURNING user_id",
            lists.holds("user_id", 1)
        )
    }

    /// The undelivered mail of the users `?1` of the templates `?2`.
    pub fn drop_queued_mail_of(lists: Lists) -> String {
        format!(
            "DELETE FROM outbox WHERE {} AND status = 'queued' AND {}",
            lists.holds("user_id", 1),
            lists.holds("template", 2)
        )
    }

    /// The role `?2` taken from the users `?1`.
    pub fn take_role(lists: Lists) -> String {
        format!(
            "DELETE FROM user_roles WHERE role = ?2 AND {}",
            lists.holds("user_id", 1)
        )
    }

    /// The users `?1` updated at `?2`.
    pub fn touch_users(lists: Lists) -> String {
        format!(
            "UPDATE users SET updated_at = ?2 WHERE {}",
            lists.holds("id", 1)
        )
    }

    /// Deleting users for good, in order: all their mail (`?1` their ids),
    /// the personal data of their audit rows (`?1` their ids), their rows
    /// (`?1` their places; memberships and tokens go with them).
    pub fn delete_users(lists: Lists) -> [String; 3] {
        [
            format!("DELETE FROM outbox WHERE {}", lists.holds("user_id", 1)),
            format!(
                "UPDATE audit SET changes = NULL, reason = NULL WHERE {}",
                lists.holds("user_id", 1)
            ),
            format!("DELETE FROM users WHERE {}", lists.holds("seq", 1)),
        ]
    }

    /// What each bulk verb sets on the users of a batch (`UPDATE users SET
    /// …`), with parameters after the batch's own `?1`.
    pub mod set {
        /// A block replaces any block the user had.
        pub const BLOCK: &str =
            "status = 'blocked', blocked_reason = ?2, blocked_until = ?3, updated_at = ?4";
        pub const UNBLOCK: &str =
            "status = 'active', blocked_reason = NULL, blocked_until = NULL, updated_at = ?2";
        /// Remembers the status each had (a lapsed block as `active`; the
        /// block itself is kept for restore).
        pub const ARCHIVE: &str = "previous_status = CASE WHEN status = 'blocked' AND \
             blocked_until <= ?2 THEN 'active' ELSE status END, status = 'archived', \
             updated_at = ?2";
        /// Back to the status each had. An invitation comes back expired
        /// (archiving killed its token); a user back to `active` loses any
        /// block it kept.
        pub const RESTORE: &str = "status = coalesce(previous_status, 'active'), \
             invite_expires_at = CASE WHEN previous_status = 'invited' THEN ?2 \
                ELSE invite_expires_at END, \
             blocked_reason = CASE WHEN coalesce(previous_status, 'active') = 'active' THEN NULL \
                ELSE blocked_reason END, \
             blocked_until = CASE WHEN coalesce(previous_status, 'active') = 'active' THEN NULL \
                ELSE blocked_until END, \
             previous_status = NULL, updated_at = ?2";
        pub const REVOKE_INVITATION: &str = "status = 'invitation_revoked', updated_at = ?2";
        /// Invited now, the invitation expiring at ?3.
        pub const INVITE: &str =
            "status = 'invited', invited_at = ?2, invite_expires_at = ?3, updated_at = ?2";
        pub const CLEAR_LOCKOUT: &str = "failed_logins = 0, locked_until = NULL";
    }
}

/// Invitation, reset and session tokens (only their digests).
pub(crate) mod tokens {
    /// Columns read for a token, in the order each backend's
    /// `token_from_row` reads them.
    pub const SELECT: &str =
        "SELECT hash, user_id, purpose, created_at, expires_at, used_at, last_used_at FROM tokens";
    /// `?1` when, `?2` the digest.
    pub const MARK_USED: &str = "UPDATE tokens SET used_at = ?1 WHERE hash = ?2";
    /// `?1` when, `?2` the digest.
    pub const TOUCH: &str = "UPDATE tokens SET last_used_at = ?1 WHERE hash = ?2";
    pub const DELETE: &str = "DELETE FROM tokens WHERE hash = ?1";
    /// `?1` the user, `?2` the purpose.
    pub const OF_USER: &str = " WHERE user_id = ?1 AND purpose = ?2";
    pub const INSERT: &str = "INSERT INTO tokens (hash, user_id, purpose, created_at, expires_at) \
        VALUES (?1, ?2, ?3, ?4, ?5)";
}

/// API tokens (SPEC §12), with their user's email; only their digests.
pub(crate) mod api_tokens {
    /// Columns read for a token, in the order each backend's
    /// `api_token_from_row` reads them.
    pub const SELECT: &str = "SELECT t.name, t.user_id, u.email, t.scopes, t.created_at, \
        t.created_by, t.expires_at, t.revoked_at, t.last_used_at \
        FROM api_tokens t JOIN users u ON u.id = t.user_id";
    pub const INSERT: &str = "INSERT INTO api_tokens (name, hash, user_id, scopes, created_at, \
        created_by, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
    /// `?1` the name, `?2` when; a revoked token stays revoked.
    pub const REVOKE: &str =
        "UPDATE api_tokens SET revoked_at = ?2 WHERE name = ?1 AND revoked_at IS NULL";
    /// `?1` the name, `?2` when.
    pub const TOUCH: &str = "UPDATE api_tokens SET last_used_at = ?2 WHERE name = ?1";
}

/// The mail outbox: `?1` is the message's id throughout.
pub(crate) mod outbox {
    /// Columns read for a message, in the order each backend's
    /// `mail_from_row` reads them.
    pub const SELECT: &str = "SELECT id, created_at, user_id, template, to_addr, subject, \
        status, attempts, last_error, sent_at, body_text, body_html, token_hash, delivered_to, \
        claimed_until FROM outbox";
    /// `?2` now, `?3` claimed until.
    pub const CLAIM: &str = "UPDATE outbox SET claimed_until = ?3 WHERE id = ?1 \
        AND status = 'queued' AND (claimed_until IS NULL OR claimed_until <= ?2)";
    /// `?2` the claim, `?3` sent at, `?4` where it went.
    pub const MARK_SENT: &str = "UPDATE outbox SET status = 'sent', sent_at = ?3, \
        attempts = attempts + 1, last_error = NULL, token_hash = NULL, claimed_until = NULL, \
        delivered_to = ?4 WHERE id = ?1 AND claimed_until = ?2";
    /// The token of an undeliverable message's link (`?2` the claim).
    pub const KILL_TOKEN: &str = "DELETE FROM tokens WHERE hash = (SELECT token_hash FROM outbox \
        WHERE id = ?1 AND claimed_until = ?2) AND used_at IS NULL";
    /// `?2` the claim, `?3` the error.
    pub const MARK_UNDELIVERABLE: &str = "UPDATE outbox SET status = 'failed', \
        attempts = attempts + 1, last_error = ?3, token_hash = NULL, claimed_until = NULL \
        WHERE id = ?1 AND claimed_until = ?2";
    pub const REQUEUE: &str =
        "UPDATE outbox SET status = 'queued' WHERE id = ?1 AND status = 'failed'";
    /// `?2` the token's digest.
    pub const SET_TOKEN: &str = "UPDATE outbox SET token_hash = ?2 WHERE id = ?1";
    pub const DELETE: &str = "DELETE FROM outbox WHERE id = ?1";
    /// `?2` the claim, `?3` the error.
    pub const MARK_FAILED_CLAIMED: &str = "UPDATE outbox SET attempts = attempts + 1, \
        last_error = ?3, claimed_until = NULL WHERE id = ?1 AND claimed_until = ?2";
    /// `?2` the error.
    pub const MARK_FAILED_UNCLAIMED: &str = "UPDATE outbox SET attempts = attempts + 1, \
        last_error = ?2 WHERE id = ?1 AND status = 'queued'";
    /// `?1` the user, `?2` the template.
    pub const DROP_OF_TEMPLATE: &str =
        "DELETE FROM outbox WHERE user_id = ?1 AND template = ?2 AND status = 'queued'";
    /// `?1` the user.
    pub const DROP_OF_USER: &str = "DELETE FROM outbox WHERE user_id = ?1";
}

/// The audit log.
pub(crate) mod audit {
    /// `?1` the deleted user.
    pub const ERASE_CHANGES: &str =
        "UPDATE audit SET changes = NULL, reason = NULL WHERE user_id = ?1";
    /// The chain's last row, which the next one is hashed after.
    pub const LAST: &str = "SELECT seq, hash, at FROM audit ORDER BY seq DESC LIMIT 1";
    /// Every row as the chain hashed it, in order.
    pub const CHAIN: &str = "SELECT seq, at, actor, action, user_id, changes, changes_digest,         reason, reason_digest, hash FROM audit ORDER BY seq";
    /// The users the log says were deleted (their rows' changes may be erased).
    pub const DELETED_USERS: &str =
        "SELECT user_id FROM audit WHERE action = 'delete' AND user_id IS NOT NULL";
}

/// The staged rows of an import: `?1` is the row's `n`.
pub(crate) mod staging {
    /// The line of the first failed row that names no user.
    pub const UNKNOWN: &str = "SELECT min(line) FROM import_rows WHERE error IS NOT NULL         AND email_key IS NULL AND id IS NULL";
    pub const COUNT: &str = "SELECT count(*) FROM import_rows";
    /// The users a staged row names (by email or id), out of the selection.
    pub const NAMED_OUT_OF_SELECTION: &str = "DELETE FROM bulk_selection WHERE seq IN \
        (SELECT u.seq FROM users u \
        WHERE EXISTS (SELECT 1 FROM import_rows r WHERE r.email_key = u.email_key) \
        OR EXISTS (SELECT 1 FROM import_rows r WHERE r.id = u.id))";
    pub const COUNT_SELECTION: &str = "SELECT count(*) FROM bulk_selection";
    /// The users no staged row names (by email or id), selected.
    pub const SELECT_UNNAMED: &str = "INSERT INTO bulk_selection (seq) SELECT u.seq FROM users u \
        WHERE NOT EXISTS (SELECT 1 FROM import_rows r WHERE r.email_key = u.email_key) \
        AND NOT EXISTS (SELECT 1 FROM import_rows r WHERE r.id = u.id)";
    /// `?2` the error, `?3` its kind.
    pub const SET_ERROR: &str = "UPDATE import_rows SET error = ?2, error_kind = ?3 WHERE n = ?1";
    pub const SET_PLAN: &str = "UPDATE import_rows SET plan = ?2 WHERE n = ?1";
    pub const SET_PASSWORD: &str = "UPDATE import_rows SET password_hash = ?2 WHERE n = ?1";
}

/// Roles, groups, features and attribute rules.
pub(crate) mod access {
    /// `?1` name, `?2` description, `?3` exclusive, `?4` required feature,
    /// `?5` scope, `?6` preset, `?7` unreviewed, `?8` created at.
    pub const PUT_ROLE: &str = "INSERT INTO roles (name, description, exclusive, \
        requires_feature, scope, preset, unreviewed, created_at) \
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) \
        ON CONFLICT (name) DO UPDATE SET description = ?2, exclusive = ?3, \
        requires_feature = ?4, scope = ?5, preset = ?6, unreviewed = ?7";
    pub const DELETE_ROLE_PERMISSIONS: &str = "DELETE FROM role_permissions WHERE role = ?1";
    pub const DELETE_ROLE: &str = "DELETE FROM roles WHERE name = ?1";
    /// The users holding permission `?1`, through a role or their own.
    pub const PERMISSION_HOLDERS: &str = "SELECT r.user_id FROM user_roles r \
        JOIN role_permissions rp ON rp.role = r.role WHERE rp.permission = ?1 \
        UNION SELECT p.user_id FROM user_permissions p WHERE p.permission = ?1";
    /// `?1` kind, `?2` slug.
    pub const GROUP: &str =
        "SELECT kind, name, display_name FROM groups WHERE kind = ?1 AND name = ?2";
    /// `?1` kind, `?2` slug, `?3` display name, `?4` created at, `?5` id.
    pub const INSERT_GROUP: &str = "INSERT INTO groups (kind, name, display_name, created_at, id) \
        VALUES (?1, ?2, ?3, ?4, ?5)";
    /// `?1` kind, `?2` slug.
    pub const GROUP_ID: &str = "SELECT id FROM groups WHERE kind = ?1 AND name = ?2";
    /// `?1` id.
    pub const GROUP_BY_ID: &str = "SELECT kind, name, display_name FROM groups WHERE id = ?1";
    /// `?1` kind, `?2` old slug, `?3` new slug, `?4` new display name.
    pub const RENAME_GROUP: &str =
        "UPDATE groups SET name = ?3, display_name = ?4 WHERE kind = ?1 AND name = ?2";
    /// `?1` kind, `?2` slug.
    pub const DELETE_GROUP: &str = "DELETE FROM groups WHERE kind = ?1 AND name = ?2";
    /// `?1` name, `?2` on, `?3` when.
    pub const SET_FEATURE: &str = "INSERT INTO features (name, enabled, updated_at) \
        VALUES (?1, ?2, ?3) ON CONFLICT (name) DO UPDATE SET enabled = ?2, updated_at = ?3";
    /// `?1` key, `?2` allowed values (JSON), `?3` required role, `?4` description.
    pub const PUT_ATTRIBUTE_RULE: &str = "INSERT INTO attribute_rules (key, allowed, \
        requires_role, description) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (key) DO UPDATE SET \
        allowed = ?2, requires_role = ?3, description = ?4";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_parameters_become_dollars() {
        assert_eq!(dollars("a = ?1 AND b = ?12"), "a = $1 AND b = $12");
        assert!(matches!(dollars("SELECT 1"), Cow::Borrowed(_)));
        assert_eq!(dollars("x = 'é' AND y = ?2"), "x = 'é' AND y = $2");
        // A `?` that numbers nothing is left alone.
        assert_eq!(dollars("a ? b"), "a ? b");
    }

    #[test]
    fn a_batch_is_one_list_parameter_on_each_backend() {
        assert_eq!(
            bulk::update_users(bulk::set::UNBLOCK, Lists::Array),
            format!(
                "UPDATE users SET {} WHERE seq = ANY(?1)",
                bulk::set::UNBLOCK
            )
        );
        assert_eq!(
            Lists::Json.holds("user_id", 2),
            "user_id IN (SELECT value FROM json_each(?2))"
        );
    }

    #[test]
    fn an_update_sets_the_columns_after_the_id() {
        assert_eq!(
            update_user(&["id", "email", "status"]),
            "UPDATE users SET email = ?2, status = ?3 WHERE id = ?1"
        );
        assert_eq!(
            insert_user(&["id", "email"]),
            "INSERT INTO users (id, email) VALUES (?1, ?2)"
        );
    }
}
