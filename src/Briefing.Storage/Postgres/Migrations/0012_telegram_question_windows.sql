-- The per-user question limit across instances (IQuestionWindows): one row per sender with the times of their
-- questions within the window; a claim reads and rewrites it under the row lock, so instances count together.
CREATE TABLE telegram_question_windows (
    sender TEXT PRIMARY KEY,
    asked_at TIMESTAMPTZ[] NOT NULL);
