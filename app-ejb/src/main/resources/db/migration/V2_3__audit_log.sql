-- Kaohe schema 2.3: the append-only, hash-chained audit log.
-- Each row stores hash = SHA-256(previous hash + its own content); audit_head holds the last position and
-- hash and is locked (SELECT ... FOR UPDATE) by every append, so the chain never forks.
-- The application only ever INSERTs into audit_entry. Portable SQL: H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL,
    position     BIGINT        NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    action       VARCHAR(32)   NOT NULL,
    entity_type  VARCHAR(64)   NOT NULL,
    entity_id    VARCHAR(64)   NOT NULL,
    before_json  VARCHAR(8000),
    after_json   VARCHAR(8000),
    prev_hash    VARCHAR(64)   NOT NULL,
    hash         VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id),
    CONSTRAINT uq_audit_entry_position UNIQUE (position)
);
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);

CREATE TABLE audit_head (
    id        BIGINT      NOT NULL,
    position  BIGINT      NOT NULL,
    hash      VARCHAR(64) NOT NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT pk_audit_head PRIMARY KEY (id)
);
-- the genesis: position 0, a hash of 64 zeros
INSERT INTO audit_head (id, position, hash, version)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
