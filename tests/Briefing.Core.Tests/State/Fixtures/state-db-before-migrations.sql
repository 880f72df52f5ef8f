-- A state.db as main wrote it on 2026-11-30 (commit 12b85c6), before versioned migrations: each store's
-- CREATE statements exactly as they stood in its constructor, then rows in the formats those stores wrote.
-- The upgrade tests build a state.db from this file and open it with today's code.

-- Conversations/ChatHistoryStore.cs
CREATE TABLE IF NOT EXISTS conversation_turns (
    conversation TEXT NOT NULL,
    at TEXT NOT NULL,
    question TEXT NOT NULL,
    standalone TEXT NOT NULL,
    answer TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS conversation_turns_by_conversation ON conversation_turns (conversation, at);

-- Digests/Scheduling/SubscriptionStore.cs
CREATE TABLE IF NOT EXISTS digest_subscriptions (
    chat_id INTEGER PRIMARY KEY,
    send_at TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    language TEXT NOT NULL,
    last_sent_date TEXT NULL,
    updated_utc TEXT NOT NULL);

-- Web/FeedStateStore.cs
CREATE TABLE IF NOT EXISTS web_feed_validators (
    feed_url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS web_feed_seen_items (
    feed_url TEXT NOT NULL, item_key TEXT NOT NULL, seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_key));

-- Web/NearDuplicateStore.cs
CREATE TABLE IF NOT EXISTS web_near_dup_signatures (
    article_id TEXT PRIMARY KEY, shingle_count INTEGER NOT NULL, signature BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS web_near_dup_bands (
    band INTEGER NOT NULL, bucket INTEGER NOT NULL, article_id TEXT NOT NULL,
    PRIMARY KEY (band, bucket, article_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS web_near_dup_bands_by_article ON web_near_dup_bands (article_id);
CREATE TABLE IF NOT EXISTS web_also_reported_by (
    article_id TEXT NOT NULL, duplicate_id TEXT NOT NULL, source TEXT, url TEXT, title TEXT,
    recorded_at TEXT NOT NULL, PRIMARY KEY (article_id, duplicate_id));

-- Briefing.Telegram/Answers/AnswerStore.cs
CREATE TABLE IF NOT EXISTS bot_answers (
    id TEXT PRIMARY KEY,
    conversation TEXT NOT NULL,
    at TEXT NOT NULL,
    answer_json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS bot_answers_by_conversation ON bot_answers (conversation, at);

-- Briefing.Telegram/Polling/UpdateOffsetStore.cs
CREATE TABLE IF NOT EXISTS telegram_polling_offsets (
    bot_id TEXT PRIMARY KEY,
    last_update_id INTEGER NOT NULL,
    saved_at TEXT NOT NULL);

-- Rows (timestamps as the stores wrote them: round-trip "O" format, UTC).
INSERT INTO conversation_turns VALUES ('telegram:42', '2026-11-30T21:50:00.0000000+00:00',
    'When will the comet pass the Sun?', 'When will the comet pass the Sun?', 'In March [1].');
INSERT INTO digest_subscriptions VALUES (42, '07:30', 'Europe/Berlin', 'de', '2026-11-30', '2026-11-29T20:00:00.0000000+00:00');
INSERT INTO web_feed_validators VALUES ('https://news.example/feed.xml', '"v1"', '2026-11-30T20:00:00.0000000+00:00', '2026-11-30T20:05:00.0000000+00:00');
INSERT INTO web_feed_seen_items VALUES ('https://news.example/feed.xml', 'https://news.example/comet', '2026-11-30T20:05:00.0000000+00:00');
INSERT INTO web_also_reported_by VALUES ('web/news.example/comet', 'web/other.example/comet', 'Other News',
    'https://other.example/comet', 'Comet seen over Chile', '2026-11-30T20:06:00.0000000+00:00');
INSERT INTO bot_answers VALUES ('a1b2c3d4e5f6', 'telegram:42', '2026-11-30T21:50:01.0000000+00:00',
    '{"question":"When will the comet pass the Sun?","language":"en","abstained":false,"answer":"In March [1].","citations":[{"n":1,"articleId":"news/comet","title":"Astronomers spot bright comet over Chile","source":null,"url":null,"published":null,"passageId":"news/comet#p0","quote":"The comet will pass closest to the Sun in March."}],"generator":"extractive","elapsedMs":12.5}');
INSERT INTO telegram_polling_offsets VALUES ('123456', 9001, '2026-11-30T21:55:00.0000000+00:00');
