-- How common each trigram of the search text is, kept by ANALYZE (and so by
-- autovacuum): `--match` asks the trigram index only for the rare parts of
-- its text. A trigram that most users share makes the index read a posting
-- list of most users; left out, the index is asked for far less, and every
-- candidate is still checked against the whole text.
CREATE STATISTICS IF NOT EXISTS users_search_trigrams ON (show_trgm(search_text)) FROM users;
-- Counted now: autovacuum analyses a table again only once a tenth of it
-- has changed, which a large, settled store may not see for a long time.
ANALYZE users;
