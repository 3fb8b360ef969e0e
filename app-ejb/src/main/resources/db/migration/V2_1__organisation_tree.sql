-- Kaohe schema 2.1: unit categories/tiers as data (类别/档次), referenced by every unit.
-- Units already form a tree through org_unit.parent_id (county -> townships/departments -> 科室/村).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE unit_category_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE unit_category (
    id          BIGINT       NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_unit_category PRIMARY KEY (id),
    CONSTRAINT uq_unit_category_code UNIQUE (code)
);

-- Units created before 2.1 carried their category as free text: it becomes a category of its own
-- (code and name = the text). Negative ids stay clear of the sequence, which hands out positive blocks.
INSERT INTO unit_category (id, code, name, version, created_at)
SELECT -ROW_NUMBER() OVER (ORDER BY d.category), d.category, d.category, 0, CURRENT_TIMESTAMP
FROM (SELECT DISTINCT category FROM org_unit) d;

ALTER TABLE org_unit ADD COLUMN category_id BIGINT;
UPDATE org_unit SET category_id = (SELECT c.id FROM unit_category c WHERE c.code = org_unit.category);
ALTER TABLE org_unit ALTER COLUMN category_id SET NOT NULL;
ALTER TABLE org_unit ADD CONSTRAINT fk_org_unit_category FOREIGN KEY (category_id) REFERENCES unit_category (id);
ALTER TABLE org_unit DROP COLUMN category;
CREATE INDEX ix_org_unit_category ON org_unit (category_id);
