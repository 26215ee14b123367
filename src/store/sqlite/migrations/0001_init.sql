-- roster store, schema version 1.
-- Times are RFC 3339 UTC text ("2026-01-31T12:00:00Z"), which sorts in time order.
-- The columns users.id, users.email, users.status and users.password_hash are a
-- stable interface for other programs (docs/schema.md).

CREATE TABLE users (
    id                   TEXT PRIMARY KEY,
    email                TEXT NOT NULL,
    email_key            TEXT NOT NULL UNIQUE,
    username             TEXT,
    username_key         TEXT UNIQUE,
    first_name           TEXT,
    middle_name          TEXT,
    last_name            TEXT,
    phone                TEXT,
    company              TEXT,
    address              TEXT,
    city                 TEXT,
    region               TEXT,
    postal_code          TEXT,
    country              TEXT,
    title                TEXT,
    employee_id          TEXT,
    accounting_id        TEXT,
    comment              TEXT,
    status               TEXT NOT NULL CHECK (status IN
                           ('invited', 'invitation_revoked', 'active', 'blocked', 'archived')),
    previous_status      TEXT CHECK (previous_status IN
                           ('invited', 'invitation_revoked', 'active', 'blocked')),
    password_hash        TEXT,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    last_login_at        TEXT,
    password_changed_at  TEXT,
    invited_at           TEXT,
    invite_expires_at    TEXT,
    blocked_reason       TEXT,
    blocked_until        TEXT,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    -- Lowercased names, email, username, company, address, city, postal code and
    -- phone, one a line: what `--match` searches (Unicode-aware, unlike LIKE).
    search_text          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX users_status ON users (status);
CREATE INDEX users_created_at ON users (created_at);
CREATE INDEX users_updated_at ON users (updated_at);

CREATE TABLE user_attributes (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key     TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
CREATE INDEX user_attributes_key_value ON user_attributes (key, value);

CREATE TABLE user_roles (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);
CREATE INDEX user_roles_role ON user_roles (role);

CREATE TABLE user_groups (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    name    TEXT NOT NULL,
    PRIMARY KEY (user_id, kind, name)
);
CREATE INDEX user_groups_group ON user_groups (kind, name);

CREATE TABLE user_permissions (
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (user_id, permission)
);

-- Invitation, reset and session tokens: only the SHA-256 of a token is kept.
CREATE TABLE tokens (
    hash         TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose      TEXT NOT NULL CHECK (purpose IN ('invite', 'reset', 'session')),
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    used_at      TEXT,
    last_used_at TEXT
);
CREATE INDEX tokens_user ON tokens (user_id, purpose);

-- Mail written in the same transaction as the change that causes it, delivered
-- after commit. A queued message holds its link until it is delivered; the body is
-- scrubbed of the link once sent.
CREATE TABLE outbox (
    -- AUTOINCREMENT: an id, once shown by `mail list`, never names another message.
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at  TEXT NOT NULL,
    user_id     TEXT,
    template    TEXT NOT NULL,
    to_addr     TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body_text   TEXT NOT NULL,
    body_html   TEXT,
    secret      TEXT,
    status      TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    sent_at     TEXT
);
CREATE INDEX outbox_status ON outbox (status);

-- Append-only, hash-chained. `changes` and `reason` are erased when their user
-- is deleted; their digests stay, so the chain still verifies.
CREATE TABLE audit (
    seq            INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    actor          TEXT NOT NULL,
    action         TEXT NOT NULL,
    user_id        TEXT,
    changes        TEXT,
    changes_digest TEXT NOT NULL,
    reason         TEXT,
    reason_digest  TEXT,
    hash           TEXT NOT NULL
);
CREATE INDEX audit_user ON audit (user_id);
CREATE INDEX audit_action ON audit (action);
CREATE INDEX audit_at ON audit (at);
