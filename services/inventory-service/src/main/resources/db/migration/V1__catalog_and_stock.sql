-- The catalogue and its stock. on_hand is what the warehouse holds (reserved units included);
-- available = on_hand - reserved; sold counts units that left with confirmed orders, so
-- on_hand + sold only changes through deliveries and adjustments (stock is conserved).
CREATE TABLE products (
    sku                 TEXT PRIMARY KEY,
    name                TEXT           NOT NULL,
    description         TEXT           NOT NULL DEFAULT '',
    category            TEXT           NOT NULL DEFAULT 'general',
    price               NUMERIC(12, 2) NOT NULL CHECK (price >= 0),
    currency            CHAR(3)        NOT NULL,
    on_hand             INT            NOT NULL CHECK (on_hand >= 0),
    reserved            INT            NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    sold                INT            NOT NULL DEFAULT 0 CHECK (sold >= 0),
    low_stock_threshold INT            NOT NULL DEFAULT 0 CHECK (low_stock_threshold >= 0),
    low_stock_alerted   BOOLEAN        NOT NULL DEFAULT false,
    active              BOOLEAN        NOT NULL DEFAULT true,
    created_at          TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT reserved_within_on_hand CHECK (reserved <= on_hand)
);

CREATE INDEX products_search ON products USING gin (to_tsvector('simple', name || ' ' || description || ' ' || category));
CREATE INDEX products_category ON products (category);

-- Every change of stock on hand, with why it happened.
CREATE TABLE stock_movements (
    id         BIGSERIAL PRIMARY KEY,
    sku        TEXT        NOT NULL REFERENCES products (sku) ON DELETE CASCADE,
    delta      INT         NOT NULL,
    reason     TEXT        NOT NULL,
    reference  TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX stock_movements_sku ON stock_movements (sku, id);

-- One reservation per order: RESERVED until confirmed (CONFIRMED), released or expired (RELEASED),
-- or REJECTED when a line was short; kept so that a re-sent command gets the same answer.
CREATE TABLE reservations (
    order_id   TEXT PRIMARY KEY,
    status     TEXT        NOT NULL CHECK (status IN ('RESERVED', 'CONFIRMED', 'RELEASED', 'REJECTED')),
    reason     TEXT,
    expires_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX reservations_expiring ON reservations (expires_at) WHERE status = 'RESERVED';

CREATE TABLE reservation_lines (
    order_id TEXT NOT NULL REFERENCES reservations (order_id),
    sku      TEXT NOT NULL,
    quantity INT  NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, sku)
);
