-- Schema 3 (SQLite schema 6): API tokens (SPEC §12). A named credential that acts as one user
-- within its scopes; only the SHA-256 of its secret is kept. A revoked token
-- stays (`token list` shows it, and its name is not given again); a user's
-- tokens go with the user.
CREATE TABLE api_tokens (
    name         TEXT PRIMARY KEY,
    hash         TEXT NOT NULL UNIQUE,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scopes       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    expires_at   TEXT,
    revoked_at   TEXT,
    last_used_at TEXT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);
