-- Answers kept for /sources and the "Sources" button (Briefing.Telegram/Answers). IF NOT EXISTS: adopted by
-- pre-migration data folders.
CREATE TABLE IF NOT EXISTS bot_answers (
    id TEXT PRIMARY KEY,
    conversation TEXT NOT NULL,
    at TEXT NOT NULL,
    answer_json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS bot_answers_by_conversation ON bot_answers (conversation, at);
