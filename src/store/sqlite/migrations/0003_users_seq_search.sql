-- Schema 3: `users` gets a stable integer key, `seq`, and `--match` gets a
-- trigram search index over `users.search_text`.
--
-- SQLite cannot add a primary key to a table, so `users` is rebuilt (the
-- procedure of https://www.sqlite.org/lang_altertable.html, section 7): roster
-- runs this migration with foreign keys off and checks them before it commits.
-- `seq` takes the old rowid, so nothing else moves.

CREATE TABLE users_new (
    -- A stable integer key: SQLite keeps an INTEGER PRIMARY KEY across VACUUM,
    -- so the search index below can point at rows by it.
    seq                  INTEGER PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
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

INSERT INTO users_new (
    seq,
    id, email, email_key, username, username_key, first_name, middle_name,
    last_name, phone, company, address, city, region, postal_code, country,
    title, employee_id, accounting_id, comment, status, previous_status,
    password_hash, must_change_password, created_at, updated_at,
    last_login_at, password_changed_at, invited_at, invite_expires_at,
    blocked_reason, blocked_until, failed_logins, locked_until, search_text
)
SELECT
    rowid,
    id, email, email_key, username, username_key, first_name, middle_name,
    last_name, phone, company, address, city, region, postal_code, country,
    title, employee_id, accounting_id, comment, status, previous_status,
    password_hash, must_change_password, created_at, updated_at,
    last_login_at, password_changed_at, invited_at, invite_expires_at,
    blocked_reason, blocked_until, failed_logins, locked_until, search_text
FROM users;

DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
CREATE INDEX users_status ON users (status);
CREATE INDEX users_created_at ON users (created_at);
CREATE INDEX users_updated_at ON users (updated_at);

-- The search index: trigrams of `search_text`, so `--match TEXT` (3 characters
-- or more) finds its rows without reading every user. Its rowid is the user's
-- `seq`. It keeps its own copy of the text, so that a row it misses (a write
-- the triggers cannot see, such as a REPLACE that deletes a conflicting row)
-- only costs a candidate that roster then checks against `users.search_text`,
-- and never breaks a search. detail='none' keeps it small.
CREATE VIRTUAL TABLE users_search USING fts5(
    search_text, tokenize = 'trigram', detail = 'none'
);
INSERT INTO users_search (rowid, search_text) SELECT seq, search_text FROM users;

CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN
    INSERT OR REPLACE INTO users_search (rowid, search_text)
    VALUES (new.seq, new.search_text);
END;
CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN
    DELETE FROM users_search WHERE rowid = old.seq;
END;
CREATE TRIGGER users_search_update AFTER UPDATE OF seq, search_text ON users BEGIN
    DELETE FROM users_search WHERE rowid = old.seq;
    INSERT OR REPLACE INTO users_search (rowid, search_text)
    VALUES (new.seq, new.search_text);
END;
