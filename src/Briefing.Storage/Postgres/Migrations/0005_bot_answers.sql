-- Answers kept for /sources and the "Sources" button (IAnswerStore). seq orders answers saved in the same instant.
CREATE TABLE bot_answers (
    id TEXT PRIMARY KEY,
    seq BIGSERIAL NOT NULL,
    conversation TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    answer_json TEXT NOT NULL);
CREATE INDEX bot_answers_by_conversation ON bot_answers (conversation, at DESC, seq DESC);
