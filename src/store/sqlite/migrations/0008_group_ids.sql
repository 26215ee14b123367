-- Schema 8: each group has an id of its own, which a rename keeps (what
-- SCIM names a Group by: a provider keeps it across renames). Groups made
-- before get a random one (a UUID in its usual form).
ALTER TABLE groups ADD COLUMN id TEXT;
UPDATE groups SET id = lower(
    hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
    substr(hex(randomblob(2)), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' ||
    hex(randomblob(6))
);
CREATE UNIQUE INDEX groups_id ON groups (id);
