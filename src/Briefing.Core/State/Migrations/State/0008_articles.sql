-- The article store, the system of record for articles (Storage/SqliteArticleStore): metadata and text, the content
-- hash, and a change sequence bumped by every write and removal; a removal keeps the row as a tombstone (text
-- cleared) so whoever follows the sequence (the search index, a replica) learns of it.
CREATE TABLE articles (
    article_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    removed INTEGER NOT NULL DEFAULT 0,
    content_hash TEXT,
    title TEXT,
    source TEXT,
    url TEXT,
    published TEXT,
    language TEXT,
    ingested TEXT,
    origin TEXT,
    paragraphs TEXT);
CREATE INDEX articles_by_hash ON articles (content_hash) WHERE removed = 0;
