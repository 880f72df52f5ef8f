-- Tombstones of articles staff removed (Briefing.Core/Curation): the id and a fingerprint of the body text, so the
-- feed poller and the start-up sources do not bring the same story back; an explicit ingest lifts the tombstone.
CREATE TABLE article_tombstones (
    article_id TEXT PRIMARY KEY,
    body_hash TEXT NOT NULL,
    removed_at TEXT NOT NULL,
    reason TEXT NOT NULL);
