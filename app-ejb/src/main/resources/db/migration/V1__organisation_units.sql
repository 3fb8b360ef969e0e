-- Kaohe schema, version 1: the assessed units (被考核单位).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- EclipseLink pre-allocates 50 ids a call and requires the first value to be at least the block size
CREATE SEQUENCE org_unit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE org_unit (
    id          BIGINT       NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    category    VARCHAR(64)  NOT NULL,
    parent_id   BIGINT,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_org_unit PRIMARY KEY (id),
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);

CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);
