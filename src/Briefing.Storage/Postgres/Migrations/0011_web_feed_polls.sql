-- Feed polls across instances (IFeedPollClaims): when each feed is next due, and which instance holds the poll until
-- when. A claim takes the row FOR UPDATE SKIP LOCKED while the feed is due and no live lease holds it, so one instance
-- polls a feed per interval; a dead instance's lease runs out and another takes the feed over.
CREATE TABLE web_feed_polls (
    feed_url TEXT PRIMARY KEY,
    next_due TIMESTAMPTZ NOT NULL,
    owner TEXT,
    lease_until TIMESTAMPTZ);
