-- A successful login forgives the account's failures from its own client address without erasing them: the
-- address still counts them for any account, and failures from other addresses stay unforgiven.
ALTER TABLE login_failures ADD COLUMN forgiven BOOLEAN NOT NULL DEFAULT false;
