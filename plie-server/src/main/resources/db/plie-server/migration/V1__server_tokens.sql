-- plie serve's API tokens: only the SHA-256 of each token is kept, never the token itself
CREATE TABLE plie_server_token (
    hash       CHAR(64)    NOT NULL PRIMARY KEY,
    name       VARCHAR(64) NOT NULL,
    role       VARCHAR(20) NOT NULL,
    created_at TIMESTAMP   NOT NULL
);
CREATE INDEX plie_server_token_name ON plie_server_token (name);
