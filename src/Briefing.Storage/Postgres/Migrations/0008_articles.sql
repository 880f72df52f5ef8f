-- The article store, the system of record for articles in Postgres mode (IArticleStore): metadata and text, the
-- content hash, and a change sequence bumped by every write and removal. A removal keeps the row (text cleared) under
-- a new sequence so every instance's Lucene replica learns of it. Times are kept as round-trip text ("O") like
-- state.db, so an article's own UTC offset survives; nothing queries them here (the index does).
CREATE TABLE articles (
    article_id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL UNIQUE,
    removed BOOLEAN NOT NULL DEFAULT FALSE,
    content_hash TEXT,
    title TEXT,
    source TEXT,
    url TEXT,
    published TEXT,
    language TEXT,
    ingested TEXT,
    origin TEXT,
    paragraphs TEXT);
CREATE INDEX articles_by_hash ON articles (content_hash) WHERE NOT removed;
-- One row: the last change number handed out. Writers take the next one with UPDATE ... RETURNING, which holds the
-- row lock until their commit, so changes become visible in sequence order and a follower never skips one.
CREATE TABLE article_sequence (id INTEGER PRIMARY KEY CHECK (id = 1), value BIGINT NOT NULL);
INSERT INTO article_sequence (id, value) VALUES (1, 0);
