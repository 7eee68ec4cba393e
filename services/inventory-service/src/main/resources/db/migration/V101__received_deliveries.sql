-- The warehouse deliveries applied to stock, kept for good. A delivery is known by its warehouse and reference (an
-- outside publisher may not send a stable event id), and the same delivery sent again months later must not be
-- counted twice; the events consumers applied are forgotten after a while. Numbered above the local seed (V100),
-- so that local databases, which have the seed, take this migration too.
CREATE TABLE received_deliveries (
    warehouse          TEXT        NOT NULL,
    delivery_reference TEXT        NOT NULL,
    received_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (warehouse, delivery_reference)
);

-- The deliveries applied before, which were kept among the applied events as '<warehouse>:<reference>'.
INSERT INTO received_deliveries (warehouse, delivery_reference, received_at)
SELECT split_part(event_id, ':', 1), substr(event_id, position(':' in event_id) + 1), processed_at
FROM processed_events
WHERE consumer = 'inventory-restock'
ON CONFLICT DO NOTHING;
