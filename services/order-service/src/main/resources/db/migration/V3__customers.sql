-- The user accounts the order service knows of, from users.events (a projection of its own; user-service is never
-- called): a partner's order that names its customer by id must name one of them.
CREATE TABLE customers (
    user_id  TEXT PRIMARY KEY,
    known_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Accounts that ordered over REST before the projection existed (their id is a token's subject): users.events keeps
-- 30 days, and may no longer hold their registration.
INSERT INTO customers (user_id) SELECT DISTINCT customer_id FROM orders WHERE channel = 'REST' ON CONFLICT DO NOTHING;
