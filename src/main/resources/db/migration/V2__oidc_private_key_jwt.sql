-- private_key_jwt client authentication (RFC 7523 §2.2): a client may register the public keys it
-- signs its assertions with, and each assertion's jti is accepted once.

ALTER TABLE app_client ADD COLUMN jwks text;

CREATE TABLE client_assertion (
    jti_hash        varchar(64)  PRIMARY KEY,
    client_id       varchar(128) NOT NULL,
    expires_at      timestamptz  NOT NULL
);
CREATE INDEX client_assertion_expiry ON client_assertion(expires_at);
