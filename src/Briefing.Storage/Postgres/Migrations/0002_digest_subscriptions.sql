-- Daily digest subscriptions (ISubscriptionStore); last_sent_date is the per-day claim.
CREATE TABLE digest_subscriptions (
    chat_id BIGINT PRIMARY KEY,
    send_at TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    language TEXT NOT NULL,
    last_sent_date DATE NULL,
    updated_utc TIMESTAMPTZ NOT NULL);
