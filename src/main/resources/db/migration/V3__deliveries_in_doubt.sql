-- A mail that was in flight when its sender stopped may have reached the server. When it is sent
-- again it may arrive twice: the row stays marked (status 'uncertain' once sent) so the ledger says so.
ALTER TABLE deliveries ADD COLUMN in_doubt BOOLEAN DEFAULT FALSE NOT NULL;
