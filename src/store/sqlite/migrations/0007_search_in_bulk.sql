-- Schema 7: a large batch of new users (an import's page) feeds the search
-- index in one statement after it is written, not through the insert
-- trigger a row at a time, which costs more than the rest of the insert.
--
-- While `users_search_paused` has its row, the insert trigger stands aside.
-- The row is only ever there inside the transaction that writes the batch:
-- that transaction adds it, inserts the users, indexes them and deletes it
-- before it commits, so no other connection ever sees it, and a batch that
-- is interrupted takes it back with everything else.
CREATE TABLE users_search_paused (
    one INTEGER PRIMARY KEY CHECK (one = 1)
);

DROP TRIGGER users_search_insert;
CREATE TRIGGER users_search_insert AFTER INSERT ON users
WHEN NOT EXISTS (SELECT 1 FROM users_search_paused) BEGIN
    INSERT OR REPLACE INTO users_search (rowid, search_text)
    VALUES (new.seq, new.search_text);
END;
