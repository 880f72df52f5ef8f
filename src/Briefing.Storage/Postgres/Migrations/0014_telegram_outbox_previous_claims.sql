-- A message claimed again (IOutbox.ClaimAsync, attempt 2 or more) keeps who claimed it before: the sender that stopped
-- before marking it sent (previous_claimed_by, set from the old claimed_by in the claim's own UPDATE). So a resend can
-- be traced to the holding whose claim it repeats.
ALTER TABLE telegram_outbox ADD COLUMN previous_claimed_by TEXT;
