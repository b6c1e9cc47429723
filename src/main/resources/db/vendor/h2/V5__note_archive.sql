-- Every note as it arrived (the file or the whole mail), so an editor can download the original, and
-- the text each item was read from, so the desk can show the lines its values came from.
CREATE TABLE note_originals (
    sha256          VARCHAR(64)  PRIMARY KEY,
    file_name       VARCHAR(300) NOT NULL,
    content         BLOB         NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per note read out of an original (a mail can hold several); original_sha256 is its file.
CREATE TABLE note_texts (
    sha256          VARCHAR(64)  PRIMARY KEY,
    original_sha256 VARCHAR(64)  NOT NULL,
    file_name       VARCHAR(300) NOT NULL,
    text_as_read    TEXT         NOT NULL
);
