-- The last update id taken from Telegram per bot (Briefing.Telegram/Polling). IF NOT EXISTS: adopted by
-- pre-migration data folders.
CREATE TABLE IF NOT EXISTS telegram_polling_offsets (
    bot_id TEXT PRIMARY KEY,
    last_update_id INTEGER NOT NULL,
    saved_at TEXT NOT NULL);
