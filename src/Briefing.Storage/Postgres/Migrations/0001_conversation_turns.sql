-- Chat history for follow-up questions (IChatHistoryStore). seq orders turns written in the same instant.
CREATE TABLE conversation_turns (
    seq BIGSERIAL PRIMARY KEY,
    conversation TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    question TEXT NOT NULL,
    standalone TEXT NOT NULL,
    answer TEXT NOT NULL);
CREATE INDEX conversation_turns_by_conversation ON conversation_turns (conversation, at DESC, seq DESC);
