-- The outbox sender claims each message right before sending it (IOutbox.ClaimAsync), on the connection that holds
-- its sender role: the claim names that holding (claimed_by) and counts the claims (attempts). A message claimed but
-- not marked sent was in flight when its sender stopped: it may have reached Telegram, and the next sender sends it
-- again as attempt 2.
ALTER TABLE telegram_outbox ADD COLUMN claimed_by TEXT, ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
