-- MinHash signatures, LSH band buckets and "also reported by" records (INearDuplicateStore).
CREATE TABLE web_near_dup_signatures (
    article_id TEXT PRIMARY KEY, shingle_count INTEGER NOT NULL, signature BYTEA NOT NULL);
CREATE TABLE web_near_dup_bands (
    band INTEGER NOT NULL, bucket BIGINT NOT NULL, article_id TEXT NOT NULL,
    PRIMARY KEY (band, bucket, article_id));
CREATE INDEX web_near_dup_bands_by_article ON web_near_dup_bands (article_id);
CREATE TABLE web_also_reported_by (
    article_id TEXT NOT NULL, duplicate_id TEXT NOT NULL, source TEXT, url TEXT, title TEXT,
    recorded_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (article_id, duplicate_id));
