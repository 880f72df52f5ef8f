-- Daily digest subscriptions (Digests/Scheduling/). IF NOT EXISTS: adopted by pre-migration data folders.
CREATE TABLE IF NOT EXISTS digest_subscriptions (
    chat_id INTEGER PRIMARY KEY,
    send_at TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    language TEXT NOT NULL,
    last_sent_date TEXT NULL,
    updated_utc TEXT NOT NULL);
