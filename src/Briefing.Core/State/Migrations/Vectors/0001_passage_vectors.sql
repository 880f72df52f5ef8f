-- Passage vectors and the embedding backlog in vectors.db (Embeddings/). IF NOT EXISTS: adopted by
-- pre-migration data folders.
CREATE TABLE IF NOT EXISTS passage_vectors (
    passage_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, fingerprint TEXT NOT NULL, vector BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS passage_vectors_article ON passage_vectors(article_id);
CREATE TABLE IF NOT EXISTS embedding_backlog (article_id TEXT PRIMARY KEY);
