-- The test application's own state: units of stock received per sku.
CREATE TABLE stock_ledger (
    sku      TEXT PRIMARY KEY,
    quantity INT  NOT NULL
);
