-- Tombstones of articles staff removed (IArticleTombstoneStore): the id and a fingerprint of the body text, so no
-- instance's feed poller or start-up sources bring the same story back; an explicit ingest lifts the tombstone.
CREATE TABLE article_tombstones (
    article_id TEXT PRIMARY KEY,
    body_hash TEXT NOT NULL,
    removed_at TIMESTAMPTZ NOT NULL,
    reason TEXT NOT NULL);
