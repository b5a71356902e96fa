-- The photo's media type as the storage kit detected it from the bytes, served back with the photo.
ALTER TABLE member ADD COLUMN photo_type VARCHAR(64) NULL AFTER photo_key;
