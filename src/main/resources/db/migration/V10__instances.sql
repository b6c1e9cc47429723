-- Camel's JdbcMessageIdRepository (camel-sql) with its own table and column names: the mailbox's seen
-- Message-IDs, shared by every instance, so a mail read by one is never read again by another.
CREATE TABLE CAMEL_MESSAGEPROCESSED (
    processorName VARCHAR(255) NOT NULL,
    messageId VARCHAR(1000) NOT NULL,
    createdAt TIMESTAMP NOT NULL,
    PRIMARY KEY (processorName, messageId)
);

-- Every running service, beaten every few seconds, with the single-active routes it leads now: what
-- status and the health check show. A row not beaten for a while is an instance that is gone.
CREATE TABLE instances (
    id VARCHAR(300) PRIMARY KEY,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    leads VARCHAR(1000) DEFAULT '' NOT NULL
);
