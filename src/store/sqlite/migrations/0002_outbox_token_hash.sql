-- A queued message no longer keeps the token its link carries: the body holds a
-- placeholder and `token_hash` names the token (by its SHA-256, like the tokens
-- table). Delivery issues a fresh token for the link at the moment it sends.
-- Rows queued by schema 1 held the raw token; the migration step in
-- store/outbox.rs (`hash_queued_tokens`) rewrites them.
ALTER TABLE outbox RENAME COLUMN secret TO token_hash;
-- A deliverer claims a message until this time, so that two processes
-- delivering at once (a command and a `mail flush`) never both send it, and
-- neither kills the token the other just put in a link.
ALTER TABLE outbox ADD COLUMN claimed_until TEXT;
