-- Console sessions held on the server: a signed-in browser carries a random token beside Quarkus' encrypted session
-- cookie; the row (keyed by the token's SHA-256, never the token itself) must exist for the cookie to count. Signing
-- out deletes the row, so a copied cookie is worthless afterwards on every instance and after restarts.
CREATE TABLE console_session (
    token_hash  VARCHAR(64)   NOT NULL PRIMARY KEY,
    user_name   VARCHAR(200)  NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX console_session_expires ON console_session (expires_at);
