//! What every store backend provides, as traits: reads (available on the
//! store and inside a transaction) and writes (inside a transaction only),
//! one pair per area; and the store as a whole (`Admin`), its staging
//! (`Staging`), its transactions (`Backend`). Operations see only these:
//! `Reader` derefs to `dyn Reads`, a transaction is a `dyn Writes`, and a
//! `Store` derefs to `dyn Backend`.

use std::collections::BTreeSet;
use std::path::Path;

use jiff::Timestamp;

use crate::domain::access::{AttributeRule, FeatureName, GroupKind, GroupRef, Role, RoleName};
use crate::domain::api_token::{ApiToken, NewApiToken};
use crate::domain::error::Result;
use crate::domain::query::{ListQuery, Selector};
use crate::domain::stored::{
    AuditEntry, AuditFilter, AuditRecord, ChainBreak, FeatureRow, GroupRow, MailStatus, NewRow,
    OutboxMessage, QueuedMail, Repeat, StagedRow, StatusCount, TokenPurpose, TokenRow,
};
use crate::domain::types::UserId;
use crate::domain::user::{FieldChange, Subject, User};
use crate::store::{Reader, Tx};

pub trait AccessReads {
    fn roles(&self) -> Result<Vec<Role>>;

    fn role(&self, name: &RoleName) -> Result<Option<Role>>;

    /// The users who hold a role, as (id, email), in email order.
    fn role_holders(&self, name: &RoleName) -> Result<Vec<(UserId, String)>>;

    /// The users who hold a permission, through a role or their own, in
    /// any status (read from the memberships: no pass over every user).
    fn permission_holders(&self, permission: &str) -> Result<Vec<UserId>>;

    /// The group of this kind and slug, as stored (with its display name).
    fn group(&self, group: &GroupRef) -> Result<Option<GroupRef>>;

    fn groups(&self, kind: Option<&GroupKind>) -> Result<Vec<GroupRow>>;

    /// The id of a group, which a rename keeps.
    fn group_id(&self, group: &GroupRef) -> Result<Option<String>>;

    /// The group an id names, as stored.
    fn group_by_id(&self, id: &str) -> Result<Option<GroupRef>>;

    /// The members of a group, as (id, email), in email order.
    fn group_members(&self, group: &GroupRef) -> Result<Vec<(UserId, String)>>;

    /// The features that are on.
    fn features_on(&self) -> Result<BTreeSet<FeatureName>>;

    /// Every feature that is recorded or that a role needs.
    fn features(&self) -> Result<Vec<FeatureRow>>;

    fn attribute_rules(&self) -> Result<Vec<AttributeRule>>;
}

pub trait AccessWrites {
    /// Writes a role and its permissions, replacing what was there.
    fn put_role(&self, role: &Role, now: Timestamp) -> Result<()>;

    /// Deletes a role; it must no longer be held (the store refuses otherwise).
    fn delete_role(&self, name: &RoleName) -> Result<()>;

    fn insert_group(&self, group: &GroupRef, now: Timestamp) -> Result<()>;

    /// Gives a group a new name: its slug (and every membership) follows.
    fn rename_group(&self, from: &GroupRef, to: &GroupRef) -> Result<()>;

    fn delete_group(&self, group: &GroupRef) -> Result<()>;

    fn set_feature(&self, name: &FeatureName, enabled: bool, now: Timestamp) -> Result<()>;

    fn put_attribute_rule(&self, rule: &AttributeRule) -> Result<()>;
}

pub trait AuditReads {
    /// `each` may fail with its own error type, which ends the listing.
    fn each_audit_entry(
        &self,
        filter: &AuditFilter,
        each: &mut dyn FnMut(AuditEntry) -> Result<()>,
    ) -> Result<()>;

    /// Recomputes the chain from the first row. Returns the number of rows checked,
    /// or the first row that does not verify.
    fn verify_audit(&self) -> Result<std::result::Result<u64, ChainBreak>>;
}

pub trait AuditWrites {
    /// Appends one audit row in this transaction (`append_audit_many` of
    /// one record, on every backend).
    fn append_audit(
        &self,
        at: Timestamp,
        actor: &str,
        action: &str,
        user_id: Option<&UserId>,
        changes: &[FieldChange],
        reason: Option<&str>,
    ) -> Result<()> {
        self.append_audit_many(
            at,
            actor,
            &[AuditRecord {
                action,
                user_id,
                changes: changes.to_vec(),
                reason,
            }],
        )
    }

    /// Appends one audit row per record, in order, in this transaction: the
    /// chain's last row is read once, and every row is written by one
    /// prepared statement.
    fn append_audit_many(&self, at: Timestamp, actor: &str, records: &[AuditRecord]) -> Result<()>;

    /// Erases the recorded changes and reasons of a deleted user's rows (they may
    /// hold personal data); ids, actions, times and the chain stay.
    fn erase_audit_changes(&self, user_id: &UserId) -> Result<()>;
}

pub trait BulkWrites {
    /// Blocks the users (a block replaces any block they had).
    fn block_users(
        &self,
        users: &[&Subject],
        reason: Option<&str>,
        until: Option<Timestamp>,
        now: Timestamp,
    ) -> Result<()>;

    fn unblock_users(&self, users: &[&Subject], now: Timestamp) -> Result<()>;

    /// Archives the users, remembering the status each had (a lapsed block
    /// is remembered as `active`; the block itself is kept for restore).
    fn archive_users(&self, users: &[&Subject], now: Timestamp) -> Result<()>;

    /// Restores archived users to the status each had. An invitation comes
    /// back expired (archiving killed its token); a user back to `active`
    /// loses any block it kept.
    fn restore_users(&self, users: &[&Subject], now: Timestamp) -> Result<()>;

    fn revoke_invitations(&self, users: &[&Subject], now: Timestamp) -> Result<()>;

    /// Marks the users invited now, their invitations expiring at `expires`.
    fn invite_users(&self, users: &[&Subject], now: Timestamp, expires: Timestamp) -> Result<()>;

    /// Lifts the users' sign-in lockouts.
    fn clear_lockouts(&self, users: &[&Subject]) -> Result<()>;

    /// Deletes the users' live tokens of these purposes; returns the user of
    /// each token deleted (a user once per token).
    fn revoke_tokens_of(&self, ids: &[&UserId], purposes: &[&str]) -> Result<Vec<UserId>>;

    /// Drops the users' undelivered mail of these templates.
    fn drop_queued_mail_of(&self, ids: &[&UserId], templates: &[&str]) -> Result<()>;

    /// Gives `role` to the users (`hold`), or takes it from them, in two
    /// statements for the whole batch; their `updated_at` becomes `now`.
    fn set_role_of(
        &self,
        ids: &[&UserId],
        role: &RoleName,
        hold: bool,
        now: Timestamp,
    ) -> Result<()>;

    /// Deletes the users for good: their rows (memberships and tokens go
    /// with them), all their mail, and the personal data in their audit
    /// entries (the entries and the chain stay).
    fn delete_users(&self, users: &[&Subject]) -> Result<()>;
}

pub trait OutboxReads {
    fn mail(&self, id: i64) -> Result<Option<OutboxMessage>>;

    fn mail_list(&self, status: Option<MailStatus>) -> Result<Vec<OutboxMessage>>;
}

pub trait OutboxWrites {
    fn enqueue_mail(&self, at: Timestamp, mail: &QueuedMail) -> Result<i64>;

    /// Claims a queued message for delivery until `until`, unless another
    /// deliverer holds a claim that has not run out. Returns false when the
    /// message is not there, not queued, or claimed by someone else.
    fn claim_mail(&self, id: i64, now: Timestamp, until: Timestamp) -> Result<bool>;

    /// Marks a message delivered under the claim `claim`; it no longer names a
    /// token. False when the claim was lost (it ran out and another deliverer
    /// took the message over).
    fn mark_mail_sent(
        &self,
        id: i64,
        claim: Timestamp,
        at: Timestamp,
        delivered_to: Option<&str>,
    ) -> Result<bool>;

    /// Takes a message out of the queue for good: no try can deliver it.
    /// Its link's token dies with it.
    fn mark_mail_undeliverable(&self, id: i64, claim: Timestamp, error: &str) -> Result<()>;

    /// Puts a failed message back in the queue (`mail retry`).
    fn requeue_mail(&self, id: i64) -> Result<()>;

    /// Points a queued message at the token just issued for its link.
    fn set_mail_token(&self, id: i64, token_hash: &str) -> Result<()>;

    /// Removes one message (a queued one whose link can no longer work).
    fn delete_mail(&self, id: i64) -> Result<()>;

    /// Records a failed attempt. With the claim it was made under, the claim
    /// is released so the next flush can try at once; without one (the
    /// transport could not even be set up), any claim is left alone.
    fn mark_mail_failed(&self, id: i64, claim: Option<Timestamp>, error: &str) -> Result<()>;

    /// Drops a user's undelivered mail of one template (an invitation whose link
    /// died), or every message to the user, sent or not (the user is deleted).
    fn drop_mail_of(&self, user: &UserId, template: Option<&str>) -> Result<usize>;
}

pub trait StagingReads {
    /// Rows that name the same user (by email, username or id) as an
    /// earlier row, each with the line of the first; then rows that name a
    /// user of the store another row names the other way: one by its id,
    /// the other by its email.
    fn staged_repeats(&self) -> Result<Vec<Repeat>>;

    /// The next `limit` staged rows after `after` (all, or only those
    /// without an error).
    fn staged(&self, after: i64, limit: usize, valid_only: bool) -> Result<Vec<StagedRow>>;

    /// The line of the first failed row that names no user that can be
    /// told (no email, no id): `sync --missing` cannot know whom it means.
    fn staged_unknown(&self) -> Result<Option<i64>>;

    /// How many staged rows there are.
    fn staged_count(&self) -> Result<i64>;

    /// Selects, for a bulk verb, the users no staged row names (by id or
    /// email): the users missing from a sync file. Returns how many.
    /// With `within`, only users of the selection [`Reader::select_into_temp`]
    /// took stay in it: the scope of a sync.
    fn select_missing_from_staged(&self, within: bool) -> Result<u64>;
}

pub trait TokenReads {
    fn find_token(&self, digest: &str) -> Result<Option<TokenRow>>;

    /// Every API token, by name (revoked and expired ones too).
    fn api_tokens(&self) -> Result<Vec<ApiToken>>;

    fn api_token(&self, name: &str) -> Result<Option<ApiToken>>;

    /// The API token whose digest starts with `prefix` (lowercase hex), with
    /// its whole digest, for the caller to compare in constant time.
    fn api_tokens_by_prefix(&self, prefix: &str) -> Result<Vec<(String, ApiToken)>>;

    /// Tokens whose digest starts with `prefix` (lowercase hex): an index range.
    fn find_tokens_by_prefix(&self, prefix: &str) -> Result<Vec<TokenRow>>;

    /// A user's tokens of one purpose (live, used or expired).
    fn tokens_of(&self, user: &UserId, purpose: TokenPurpose) -> Result<Vec<TokenRow>>;
}

pub trait TokenWrites {
    /// Marks a single-use token used; it stays so a second use is told apart
    /// from a token that never existed.
    fn mark_token_used(&self, digest: &str, at: Timestamp) -> Result<()>;

    /// Records that a session was used now (for the idle timeout).
    fn touch_token(&self, digest: &str, at: Timestamp) -> Result<()>;

    fn delete_token(&self, digest: &str) -> Result<usize>;

    fn insert_token(
        &self,
        hash: &str,
        user: &UserId,
        purpose: TokenPurpose,
        created_at: Timestamp,
        expires_at: Timestamp,
    ) -> Result<()>;

    /// Deletes a user's live tokens of these purposes; returns how many there
    /// were. Used single-use tokens stay, so a second use says "already used".
    fn revoke_tokens(&self, user: &UserId, purposes: &[TokenPurpose]) -> Result<usize>;

    fn insert_api_token(&self, token: &NewApiToken) -> Result<()>;

    /// Revokes an API token; false when it already was.
    fn revoke_api_token(&self, name: &str, at: Timestamp) -> Result<bool>;

    /// Records that an API token was used now.
    fn touch_api_token(&self, name: &str, at: Timestamp) -> Result<()>;
}

pub trait UserReads {
    /// Writes the selector's selection (the users' `seq`) into a temporary
    /// table of this connection, replacing what was there, and returns how
    /// many it holds: a bulk verb's users are then walked a page at a time
    /// from it, and never held in memory whole.
    fn select_into_temp(&self, selector: &Selector, now: Timestamp) -> Result<u64>;

    /// The next `limit` users of the selection [`Reader::select_into_temp`]
    /// wrote, after `after_seq`, in `seq` order. A user deleted since is
    /// skipped.
    fn selected_subjects(
        &self,
        now: Timestamp,
        after_seq: i64,
        limit: usize,
    ) -> Result<Vec<Subject>>;

    /// Every attribute key any user has, sorted: the `attr.KEY` columns of
    /// an export.
    fn attribute_keys(&self) -> Result<Vec<String>>;

    /// The user a key names (id, email, username, id prefix), as a subject.
    fn subject(&self, key: &str, now: Timestamp) -> Result<Option<Subject>>;

    /// The full users with these ids, in no particular order.
    fn users_by_ids(&self, ids: &[&UserId], now: Timestamp) -> Result<Vec<User>>;

    /// Finds a user by id, email (any case) or username (any case).
    fn find_user(&self, key: &str, now: Timestamp) -> Result<Option<User>>;

    /// Like `find_user`, with the password hash when `with_hash` is set.
    fn find_user_with(&self, key: &str, now: Timestamp, with_hash: bool) -> Result<Option<User>>;

    /// The id of the user holding this email key, if any.
    fn id_by_email_key(&self, email_key: &str) -> Result<Option<UserId>>;

    fn id_by_username_key(&self, username_key: &str) -> Result<Option<UserId>>;

    /// The users holding any of these email keys, in one query: (key, id)
    /// for each key that is taken.
    fn ids_by_email_keys(&self, email_keys: &[String]) -> Result<Vec<(String, UserId)>>;

    /// Calls `each` for every user the query selects, in order, streaming.
    /// `each` may fail with its own error type (a closed pipe, say), which
    /// ends the listing and is returned as it is.
    fn each_user(
        &self,
        query: &ListQuery,
        now: Timestamp,
        each: &mut dyn FnMut(User) -> Result<()>,
    ) -> Result<()>;

    fn count_by_status(&self, now: Timestamp) -> Result<Vec<StatusCount>>;
}

pub trait UserWrites {
    /// Inserts a new user with its attributes and memberships.
    fn insert_user(&self, user: &User) -> Result<()>;

    /// Inserts new users, each with its attributes and memberships. The
    /// users go through a temporary table into `users` in one statement:
    /// row by row, every INSERT would make the search index write its
    /// pending terms to disk; one statement writes them once.
    fn insert_users(&self, users: &[&User]) -> Result<()>;

    /// Writes a user's scalar fields (everything but the password hash, the
    /// lockout and the memberships) as they are in `after`, over `before`,
    /// setting only the columns whose value changed: an UPDATE touches only
    /// the indexes of the columns it sets, which is most of the cost of a bulk
    /// verb. `status` is always set, because `before` holds the status as read
    /// (a lapsed block reads `active`), which may differ from the one stored.
    fn update_user(&self, before: &User, after: &User) -> Result<()>;

    /// Replaces a user's attributes, roles, groups and permissions with those in `user`.
    fn replace_memberships(&self, user: &User) -> Result<()>;

    /// Sets a new password hash. `changed_at` is None when the same password is
    /// only re-hashed (a bcrypt hash upgraded to argon2id).
    fn set_password_hash(
        &self,
        id: &UserId,
        hash: &str,
        must_change: bool,
        changed_at: Option<Timestamp>,
        now: Timestamp,
    ) -> Result<()>;

    /// Records the outcome of a sign-in attempt: the failure count and lockout,
    /// and on success the sign-in time.
    fn set_login_state(
        &self,
        id: &UserId,
        failed_logins: u32,
        locked_until: Option<Timestamp>,
        last_login_at: Option<Timestamp>,
    ) -> Result<()>;

    fn delete_user(&self, id: &UserId) -> Result<()>;
}

pub trait CopyReads {
    /// How many rows `table` has.
    fn count_rows(&self, table: &crate::store::copy::Table) -> Result<i64>;

    /// Streams every row of `table` to `each`, in the table's order.
    fn copy_out(
        &self,
        table: &crate::store::copy::Table,
        each: &mut dyn FnMut(Vec<crate::store::copy::Cell>) -> Result<()>,
    ) -> Result<()>;
}

pub trait CopyWrites {
    /// Writes rows of `table` as they are (keys included).
    fn copy_in(
        &self,
        table: &crate::store::copy::Table,
        rows: &[Vec<crate::store::copy::Cell>],
    ) -> Result<()>;

    /// Sets what the store needs after rows were written with their keys
    /// (the next key of a generated column).
    fn after_copy(&self) -> Result<()>;
}

/// What a backend does with the store as a whole: where it is, its schema,
/// its checks and copies. `db migrate`, `db check`, `db backup` and the
/// opening of every command go through it.
pub trait Admin {
    /// Where the store is: the file, or the connection string without its
    /// password.
    fn path(&self) -> &Path;

    /// The schema version the store had when it was opened (0: new).
    fn found_version(&self) -> i64;

    /// The schema version this roster writes on this backend.
    fn schema_version(&self) -> i64;

    /// The schema version the store has now.
    fn version(&self) -> Result<i64>;

    /// Whether the store has roles and permissions (an old store may not:
    /// its actors are not checked).
    fn has_roles(&self) -> Result<bool>;

    /// Warnings from opening the store, for the command to show.
    fn warnings(&self) -> &[String];

    /// Whether writes can be made: false for a store a command that only
    /// reads opened read-only, as this account cannot write it.
    fn writable(&self) -> bool;

    /// Applies every pending migration; returns the versions applied.
    fn migrate(&mut self) -> Result<Vec<i64>>;

    /// Everything wrong with the store, as findings (none: it is sound).
    fn check(&self) -> Result<Vec<String>>;

    /// A consistent copy of the store in a new file, where the backend
    /// makes one; `Error::Unsupported` (saying what to use) where not.
    fn backup_to(&self, dest: &Path) -> Result<()>;
}

/// The rows of an import or sync file, held by the store's connection
/// while they are checked and applied (outside any write transaction).
pub trait Staging {
    /// Empties the staging table and stages the rows `fill` adds: all of
    /// them, or (if `fill` fails) none. `fill` must not use the store.
    fn stage_rows(&self, fill: &mut StageFill<'_>) -> Result<()>;

    /// Records why a staged row cannot be applied, or (None) that it can.
    fn stage_error(&self, n: i64, error: Option<(&str, &str)>) -> Result<()>;

    /// Records the plan for a staged row.
    fn stage_plan(&self, n: i64, plan: &str) -> Result<()>;

    /// Records the hash of the password generated for a staged row.
    fn stage_password(&self, n: i64, hash: &str) -> Result<()>;

    /// Runs `work`, whose `stage_*` calls the backend may send together
    /// when it returns Ok (and forgets when it fails).
    fn stage_batch_with(&self, work: &mut dyn FnMut() -> Result<()>) -> Result<()>;
}

/// What `Staging::stage_rows` is given: it calls it once with a function
/// that stages one row.
pub type StageFill<'f> = dyn FnMut(&mut dyn FnMut(NewRow<'_>) -> Result<()>) -> Result<()> + 'f;

/// A backend: the store as a whole, its staging, its reads and its
/// transactions. `Store` holds one as a `Box<dyn Backend>`; nothing above
/// `store/` knows which.
pub trait Backend: Admin + Staging + Send {
    /// Read access outside a write transaction.
    fn reader(&self) -> Reader<'_>;

    /// Runs `work` in one write transaction (one writer at a time):
    /// committed if it returns Ok, rolled back if it returns Err.
    fn write_with(&mut self, work: &mut dyn FnMut(&Tx<'_>) -> Result<()>) -> Result<()>;

    /// Runs `work` on one consistent snapshot of the store.
    fn snapshot_with(&self, work: &mut dyn FnMut(Reader<'_>) -> Result<()>) -> Result<()>;
}
