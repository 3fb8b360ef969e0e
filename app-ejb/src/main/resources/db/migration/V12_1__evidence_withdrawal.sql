-- Kaohe schema 12.1: evidence files are withdrawn (with who, when, why), never deleted, so the record of what was
-- submitted stays; a replacement points back to the file it replaces. The bytes of a withdrawn file are kept.
ALTER TABLE evidence_file ADD COLUMN withdrawn_at TIMESTAMP;
ALTER TABLE evidence_file ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE evidence_file ADD COLUMN withdraw_reason VARCHAR(500);
ALTER TABLE evidence_file ADD COLUMN replaces_id BIGINT REFERENCES evidence_file (id);
ALTER TABLE evidence_file ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
