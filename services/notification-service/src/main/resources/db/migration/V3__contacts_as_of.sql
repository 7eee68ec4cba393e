-- The time of the user's event a contact was last set from: an older record of the user, read again from the compacted
-- users.events once its id is forgotten, never replaces newer contact data. Rows from before have none and take any.
ALTER TABLE contacts ADD COLUMN as_of TIMESTAMPTZ;
