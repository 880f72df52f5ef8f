-- The last update id taken from Telegram per bot (IUpdateOffsetStore).
CREATE TABLE telegram_polling_offsets (
    bot_id TEXT PRIMARY KEY,
    last_update_id BIGINT NOT NULL,
    saved_at TIMESTAMPTZ NOT NULL);
