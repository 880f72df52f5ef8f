-- Passage vectors for hybrid retrieval and the embedding backlog (IPassageVectorStore). Every instance keeps an
-- in-memory copy for nearest-neighbour search; passage_vector_generation tells it when that copy is stale.
CREATE TABLE passage_vectors (
    passage_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    vector REAL[] NOT NULL);
CREATE INDEX passage_vectors_by_article ON passage_vectors (article_id);
CREATE TABLE embedding_backlog (article_id TEXT PRIMARY KEY);
CREATE TABLE passage_vector_generation (only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row), generation BIGINT NOT NULL);
INSERT INTO passage_vector_generation (only_row, generation) VALUES (TRUE, 0);
