-- One row the database health check writes and reads back, so "up" means the store can be written,
-- not only that a connection opens.
CREATE TABLE heartbeat (
    id INTEGER PRIMARY KEY,
    token VARCHAR(64) NOT NULL,
    beat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO heartbeat (id, token, beat_at) VALUES (1, 'start', CURRENT_TIMESTAMP);
