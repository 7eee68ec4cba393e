-- Orders as placed. Prices come from the catalogue, never from the client: unit_price, total and currency
-- stay null while an order waits for the catalogue to answer.
CREATE TABLE orders (
    id                 TEXT PRIMARY KEY,
    customer_id        TEXT        NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'CANCELLING', 'CANCELLED', 'FAILED')),
    channel            TEXT        NOT NULL CHECK (channel IN ('REST', 'PARTNER')),
    idempotency_key    TEXT,
    request_hash       TEXT,
    external_reference TEXT UNIQUE,
    currency           CHAR(3),
    total              NUMERIC(14, 2) CHECK (total >= 0),
    payment_method     TEXT        NOT NULL,
    ship_recipient     TEXT        NOT NULL,
    ship_line1         TEXT        NOT NULL,
    ship_line2         TEXT,
    ship_city          TEXT        NOT NULL,
    ship_postal_code   TEXT        NOT NULL,
    ship_country       CHAR(2)     NOT NULL,
    placed_at          TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    CONSTRAINT orders_one_per_idempotency_key UNIQUE (customer_id, idempotency_key)
);

CREATE INDEX orders_by_customer ON orders (customer_id, placed_at DESC, id);
CREATE INDEX orders_by_time ON orders (placed_at DESC, id);

CREATE TABLE order_lines (
    order_id   TEXT NOT NULL REFERENCES orders (id),
    line_no    INT  NOT NULL,
    sku        TEXT NOT NULL,
    quantity   INT  NOT NULL CHECK (quantity > 0),
    unit_price NUMERIC(12, 2) CHECK (unit_price >= 0),
    PRIMARY KEY (order_id, line_no)
);

-- Every transition of an order with when and why it happened: the history customers and operators read.
CREATE TABLE order_status_history (
    id         BIGSERIAL PRIMARY KEY,
    order_id   TEXT        NOT NULL REFERENCES orders (id),
    status     TEXT        NOT NULL,
    step       TEXT        NOT NULL,
    reason     TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX order_status_history_by_order ON order_status_history (order_id, id);

-- The saga of each order: the step it is at, how often that step's command was sent and until when an
-- answer is awaited (deadline, null when nothing is awaited), what the compensation achieved so far,
-- why the order is being cancelled and, when FAILED, which step failed and why.
CREATE TABLE order_sagas (
    order_id        TEXT PRIMARY KEY REFERENCES orders (id),
    state           TEXT        NOT NULL,
    attempts        INT         NOT NULL CHECK (attempts >= 0),
    payable         BOOLEAN     NOT NULL,
    stock_released  BOOLEAN     NOT NULL,
    refunded        BOOLEAN     NOT NULL,
    failed_step     TEXT,
    cause           TEXT,
    reason          TEXT,
    failure         TEXT,
    step_started_at TIMESTAMPTZ NOT NULL,
    deadline        TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ NOT NULL
);

CREATE INDEX order_sagas_due ON order_sagas (deadline) WHERE deadline IS NOT NULL;
CREATE INDEX order_sagas_by_state ON order_sagas (state, updated_at);
