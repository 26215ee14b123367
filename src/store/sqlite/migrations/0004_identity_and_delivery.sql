-- Schema 4.
--
-- A roster store says so in its file header (application_id "RSTR"), so a
-- file another program wrote is never taken for one.
PRAGMA application_id = 1381192786;

-- The outbox can hold a message that failed for good ('failed': no retry can
-- deliver it, such as an address whose part before @ is not ASCII to a server
-- without SMTPUTF8), and remembers where each message was delivered (the .eml
-- file of the file: transport, the SMTP server). SQLite cannot change a CHECK
-- constraint, so the table is rebuilt; ids and the AUTOINCREMENT counter stay.
CREATE TABLE outbox_new (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at    TEXT NOT NULL,
    user_id       TEXT,
    template      TEXT NOT NULL,
    to_addr       TEXT NOT NULL,
    subject       TEXT NOT NULL,
    body_text     TEXT NOT NULL,
    body_html     TEXT,
    token_hash    TEXT,
    status        TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    sent_at       TEXT,
    claimed_until TEXT,
    delivered_to  TEXT
);
INSERT INTO outbox_new (
    id, created_at, user_id, template, to_addr, subject, body_text, body_html,
    token_hash, status, attempts, last_error, sent_at, claimed_until
)
SELECT
    id, created_at, user_id, template, to_addr, subject, body_text, body_html,
    token_hash, status, attempts, last_error, sent_at, claimed_until
FROM outbox;
DELETE FROM sqlite_sequence WHERE name = 'outbox_new';
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'outbox_new', seq FROM sqlite_sequence WHERE name = 'outbox';
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_status ON outbox (status);

-- Email keys are recomputed in roster's normal form (NFKC, case folded,
-- punycode domain) by the row step in store/users.rs (`rekey_emails`).
