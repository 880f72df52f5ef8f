-- MinHash signatures, LSH band buckets and "also reported by" records (Web/). IF NOT EXISTS: adopted by
-- pre-migration data folders.
CREATE TABLE IF NOT EXISTS web_near_dup_signatures (
    article_id TEXT PRIMARY KEY, shingle_count INTEGER NOT NULL, signature BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS web_near_dup_bands (
    band INTEGER NOT NULL, bucket INTEGER NOT NULL, article_id TEXT NOT NULL,
    PRIMARY KEY (band, bucket, article_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS web_near_dup_bands_by_article ON web_near_dup_bands (article_id);
CREATE TABLE IF NOT EXISTS web_also_reported_by (
    article_id TEXT NOT NULL, duplicate_id TEXT NOT NULL, source TEXT, url TEXT, title TEXT,
    recorded_at TEXT NOT NULL, PRIMARY KEY (article_id, duplicate_id));
