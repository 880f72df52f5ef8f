-- Feed validators for conditional GET and the items already ingested (IFeedStateStore).
CREATE TABLE web_feed_validators (
    feed_url TEXT PRIMARY KEY, etag TEXT, last_modified TIMESTAMPTZ, checked_at TIMESTAMPTZ NOT NULL);
CREATE TABLE web_feed_seen_items (
    feed_url TEXT NOT NULL, item_key TEXT NOT NULL, seen_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (feed_url, item_key));
