-- Instances on one database (IUpdateQueue): every update Telegram delivered, claimed by one instance for a lease and
-- done once; a chat's updates are answered in update order.
CREATE TABLE telegram_updates (
    update_id BIGINT PRIMARY KEY,
    chat_id BIGINT NOT NULL,
    payload TEXT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    owner TEXT,
    lease_until TIMESTAMPTZ,
    attempts INTEGER NOT NULL DEFAULT 0,
    done_at TIMESTAMPTZ);
CREATE INDEX telegram_updates_open ON telegram_updates (chat_id, update_id) WHERE done_at IS NULL;
-- The transactional outbox (IOutbox): replies written with their update's completion, sent by the one sender.
CREATE TABLE telegram_outbox (
    id BIGSERIAL PRIMARY KEY,
    update_id BIGINT,
    chat_id BIGINT NOT NULL,
    html TEXT NOT NULL,
    buttons TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at TIMESTAMPTZ);
CREATE INDEX telegram_outbox_unsent ON telegram_outbox (id) WHERE sent_at IS NULL;
