-- The hourly purges delete outbox rows sent, and processed event ids recorded, before their retention's start:
-- by these indexes instead of reading the whole table. Repeatable (no version) because every service's own
-- migrations are numbered above the shared ones.
CREATE INDEX IF NOT EXISTS outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS processed_events_processed_at ON processed_events (processed_at);
