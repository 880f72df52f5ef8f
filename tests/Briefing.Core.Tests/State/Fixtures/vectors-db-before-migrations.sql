-- A vectors.db as main wrote it on 2026-11-30 (commit 12b85c6), before versioned migrations: the CREATE
-- statements of Embeddings/PassageVectorStore.cs exactly as they stood, then rows in the format it wrote
-- (a vector is its float32 values, little-endian).
CREATE TABLE IF NOT EXISTS passage_vectors (
    passage_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, fingerprint TEXT NOT NULL, vector BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS passage_vectors_article ON passage_vectors(article_id);
CREATE TABLE IF NOT EXISTS embedding_backlog (article_id TEXT PRIMARY KEY);

-- (1, 0) and (0, 1) as float32.
INSERT INTO passage_vectors VALUES ('news/comet#p0', 'news/comet', 'model-a:1', X'0000803F00000000');
INSERT INTO passage_vectors VALUES ('news/hafen#p0', 'news/hafen', 'model-a:2', X'000000000000803F');
INSERT INTO embedding_backlog VALUES ('news/late');
