-- Schema 5: roles, groups, features and attribute rules are rows (SPEC §8).
--
-- A role: what it allows (role_permissions) and the rules for giving it.
-- `unreviewed` marks a role made from a free-text role found on users by this
-- migration; `db check` lists it until it gets permissions or a description.
CREATE TABLE roles (
    name             TEXT PRIMARY KEY,
    description      TEXT,
    exclusive        INTEGER NOT NULL DEFAULT 0,
    requires_feature TEXT,
    scope            TEXT,
    preset           TEXT,
    unreviewed       INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL
);
CREATE TABLE role_permissions (
    role       TEXT NOT NULL REFERENCES roles (name) ON DELETE CASCADE ON UPDATE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (role, permission)
);
CREATE INDEX role_permissions_permission ON role_permissions (permission);

-- A group: a kind, a slug that identifies it within the kind (`name`), and
-- the name as written (`display_name`: "Acme Fleet Ltd").
CREATE TABLE groups (
    kind         TEXT NOT NULL,
    name         TEXT NOT NULL,
    display_name TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (kind, name)
);

-- Features of the product that roles may need; a feature not listed is off.
CREATE TABLE features (
    name       TEXT PRIMARY KEY,
    enabled    INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

-- Rules for attribute keys: the values allowed (a JSON array, NULL for any)
-- and the role a user needs to have the attribute at all.
CREATE TABLE attribute_rules (
    key           TEXT PRIMARY KEY,
    allowed       TEXT,
    requires_role TEXT REFERENCES roles (name) ON DELETE SET NULL ON UPDATE CASCADE,
    description   TEXT
);

-- Today's free-text memberships become rows: every role name found on a user
-- is a role (with no permissions, to review), every group a group whose
-- display name is its old name and whose slug is that name lowercased.
INSERT INTO roles (name, unreviewed, created_at)
    SELECT DISTINCT role, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM user_roles;
INSERT OR IGNORE INTO groups (kind, name, display_name, created_at)
    SELECT kind, lower(replace(name, '/', '-')), name, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM user_groups ORDER BY rowid;

-- Memberships point at their role and group.
CREATE TABLE user_roles_new (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    TEXT NOT NULL REFERENCES roles (name) ON UPDATE CASCADE,
    PRIMARY KEY (user_id, role)
);
INSERT INTO user_roles_new (user_id, role) SELECT user_id, role FROM user_roles;
DROP TABLE user_roles;
ALTER TABLE user_roles_new RENAME TO user_roles;
CREATE INDEX user_roles_role ON user_roles (role);

CREATE TABLE user_groups_new (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    name    TEXT NOT NULL,
    PRIMARY KEY (user_id, kind, name),
    FOREIGN KEY (kind, name) REFERENCES groups (kind, name) ON UPDATE CASCADE
);
INSERT OR IGNORE INTO user_groups_new (user_id, kind, name)
    SELECT user_id, kind, lower(replace(name, '/', '-')) FROM user_groups;
DROP TABLE user_groups;
ALTER TABLE user_groups_new RENAME TO user_groups;
CREATE INDEX user_groups_group ON user_groups (kind, name);

-- Onboarding (seed 000): when the onboarding form was requested.
ALTER TABLE users ADD COLUMN onboarding_requested_at TEXT;
