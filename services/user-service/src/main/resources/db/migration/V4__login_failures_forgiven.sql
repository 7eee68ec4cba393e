-- A successful login forgives the account's failures without erasing them: the client addresses that failed
-- stay counted (they may be guessing other accounts too).
ALTER TABLE login_failures ADD COLUMN forgiven BOOLEAN NOT NULL DEFAULT false;
