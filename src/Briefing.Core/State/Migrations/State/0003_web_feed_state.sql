-- Feed validators for conditional GET and the items already ingested (Web/). IF NOT EXISTS: adopted by
-- pre-migration data folders.
CREATE TABLE IF NOT EXISTS web_feed_validators (
    feed_url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS web_feed_seen_items (
    feed_url TEXT NOT NULL, item_key TEXT NOT NULL, seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_key));
