-- Chat history for follow-up questions (Conversations/). IF NOT EXISTS: data folders from before versioned
-- migrations already have this table and adopt it unchanged.
CREATE TABLE IF NOT EXISTS conversation_turns (
    conversation TEXT NOT NULL,
    at TEXT NOT NULL,
    question TEXT NOT NULL,
    standalone TEXT NOT NULL,
    answer TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS conversation_turns_by_conversation ON conversation_turns (conversation, at);
