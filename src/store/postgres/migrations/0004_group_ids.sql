-- Schema 4 (SQLite schema 8): each group has an id of its own, which a
-- rename keeps (what SCIM names a Group by). Groups made before get a
-- random one.
ALTER TABLE groups ADD COLUMN id TEXT;
UPDATE groups SET id = gen_random_uuid()::text;
ALTER TABLE groups ALTER COLUMN id SET NOT NULL;
CREATE UNIQUE INDEX groups_id ON groups (id);
