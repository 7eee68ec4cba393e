-- A login counts towards throttling from before its password is checked. settled tells the logins whose password
-- turned out wrong (failures) from those still being checked; rows written before this column, or by an instance
-- that does not know it yet, are failures as they always were.
ALTER TABLE login_failures ADD COLUMN settled BOOLEAN NOT NULL DEFAULT true;
