-- Kaohe schema 3.1: versioned schemes, assessment periods, reporting (entries, adjustments, vetoes, evidence)
-- and scoring runs. Portable SQL for H2 2.x and PostgreSQL 13+: no CLOB/TEXT, large VARCHARs instead
-- (H2 allows up to 1,000,000 characters, PostgreSQL 10,485,760).
-- Sequences start at 50 and step by 50: EclipseLink pre-allocates 50 ids a call.

CREATE SEQUENCE scheme_version_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE scheme_version (
    id               BIGINT          NOT NULL,
    scheme_key       VARCHAR(64)     NOT NULL,
    version_no       INTEGER         NOT NULL,
    name             VARCHAR(200)    NOT NULL,
    assessment_year  INTEGER         NOT NULL,
    source_template  VARCHAR(32),
    scheme_id        VARCHAR(64)     NOT NULL,
    content          VARCHAR(1000000) NOT NULL,
    content_sha256   VARCHAR(64)     NOT NULL,
    population_rules VARCHAR(200000),
    frozen           BOOLEAN         NOT NULL,
    uploaded_by      VARCHAR(100)    NOT NULL,
    uploaded_at      TIMESTAMP       NOT NULL,
    version          BIGINT          NOT NULL,
    CONSTRAINT pk_scheme_version PRIMARY KEY (id),
    CONSTRAINT uq_scheme_version UNIQUE (scheme_key, version_no)
);

CREATE SEQUENCE assessment_period_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE assessment_period (
    id                BIGINT       NOT NULL,
    code              VARCHAR(64)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    assessment_year   INTEGER      NOT NULL,
    scheme_version_id BIGINT       NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_assessment_period PRIMARY KEY (id),
    CONSTRAINT uq_assessment_period_code UNIQUE (code),
    CONSTRAINT fk_period_scheme FOREIGN KEY (scheme_version_id) REFERENCES scheme_version (id)
);

CREATE SEQUENCE sub_period_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sub_period (
    id        BIGINT      NOT NULL,
    period_id BIGINT      NOT NULL,
    code      VARCHAR(32) NOT NULL,
    kind      VARCHAR(16) NOT NULL,
    deadline  DATE,
    CONSTRAINT pk_sub_period PRIMARY KEY (id),
    CONSTRAINT uq_sub_period UNIQUE (period_id, code),
    CONSTRAINT fk_sub_period_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
);

CREATE SEQUENCE period_unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE period_unit (
    id        BIGINT      NOT NULL,
    period_id BIGINT      NOT NULL,
    unit_code VARCHAR(32) NOT NULL,
    category  VARCHAR(64) NOT NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT pk_period_unit PRIMARY KEY (id),
    CONSTRAINT uq_period_unit UNIQUE (period_id, unit_code),
    CONSTRAINT fk_period_unit_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
);

CREATE SEQUENCE indicator_assignment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE indicator_assignment (
    id             BIGINT       NOT NULL,
    period_id      BIGINT       NOT NULL,
    category       VARCHAR(64)  NOT NULL,
    indicator_path VARCHAR(300) NOT NULL,
    lead_unit_code VARCHAR(32)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_indicator_assignment PRIMARY KEY (id),
    CONSTRAINT uq_indicator_assignment UNIQUE (period_id, category, indicator_path),
    CONSTRAINT fk_assignment_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
);

CREATE SEQUENCE data_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE data_entry (
    id             BIGINT         NOT NULL,
    period_id      BIGINT         NOT NULL,
    unit_code      VARCHAR(32)    NOT NULL,
    indicator_path VARCHAR(300)   NOT NULL,
    sub_period     VARCHAR(32),
    value_json     VARCHAR(200000) NOT NULL,
    entered_by     VARCHAR(100)   NOT NULL,
    entered_at     TIMESTAMP      NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT pk_data_entry PRIMARY KEY (id),
    CONSTRAINT uq_data_entry UNIQUE (period_id, unit_code, indicator_path),
    CONSTRAINT fk_data_entry_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
);

CREATE SEQUENCE adjustment_record_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE adjustment_record (
    id            BIGINT        NOT NULL,
    period_id     BIGINT        NOT NULL,
    unit_code     VARCHAR(32)   NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    table_id      VARCHAR(64)   NOT NULL,
    row_key       VARCHAR(100),
    work_item     VARCHAR(200),
    entered_value VARCHAR(40),
    item_count    INTEGER,
    document_date DATE,
    rectified     BOOLEAN,
    reason        VARCHAR(1000),
    entered_by    VARCHAR(100)  NOT NULL,
    entered_at    TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT pk_adjustment_record PRIMARY KEY (id),
    CONSTRAINT fk_adjustment_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
);
CREATE INDEX ix_adjustment_unit ON adjustment_record (period_id, unit_code);

CREATE SEQUENCE veto_record_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE veto_record (
    id         BIGINT        NOT NULL,
    period_id  BIGINT        NOT NULL,
    unit_code  VARCHAR(32)   NOT NULL,
    area       VARCHAR(64)   NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    entered_by VARCHAR(100)  NOT NULL,
    entered_at TIMESTAMP     NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT pk_veto_record PRIMARY KEY (id),
    CONSTRAINT fk_veto_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
);
CREATE INDEX ix_veto_unit ON veto_record (period_id, unit_code);

CREATE SEQUENCE evidence_file_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE evidence_file (
    id           BIGINT       NOT NULL,
    period_id    BIGINT       NOT NULL,
    unit_code    VARCHAR(32)  NOT NULL,
    owner_kind   VARCHAR(16)  NOT NULL,
    owner_id     BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    storage_path VARCHAR(500) NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_evidence_file PRIMARY KEY (id),
    CONSTRAINT fk_evidence_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
);
CREATE INDEX ix_evidence_owner ON evidence_file (owner_kind, owner_id);

CREATE SEQUENCE scoring_run_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE scoring_run (
    id                BIGINT        NOT NULL,
    period_id         BIGINT        NOT NULL,
    scope_unit_code   VARCHAR(32),
    scheme_version_id BIGINT        NOT NULL,
    input_sha256      VARCHAR(64)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    units_total       INTEGER       NOT NULL,
    units_done        INTEGER       NOT NULL,
    job_execution_id  BIGINT,
    message           VARCHAR(2000),
    started_by        VARCHAR(100)  NOT NULL,
    started_at        TIMESTAMP     NOT NULL,
    finished_at       TIMESTAMP,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_scoring_run PRIMARY KEY (id),
    CONSTRAINT fk_run_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_run_scheme FOREIGN KEY (scheme_version_id) REFERENCES scheme_version (id)
);
CREATE INDEX ix_run_period ON scoring_run (period_id, input_sha256);

CREATE SEQUENCE run_unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE run_unit (
    id               BIGINT           NOT NULL,
    run_id           BIGINT           NOT NULL,
    unit_code        VARCHAR(32)      NOT NULL,
    category         VARCHAR(64)      NOT NULL,
    input_json       VARCHAR(1000000) NOT NULL,
    input_sha256     VARCHAR(64)      NOT NULL,
    result_status    VARCHAR(16),
    final_score      VARCHAR(40),
    grade            VARCHAR(32),
    honours_eligible BOOLEAN,
    explanation_json VARCHAR(1000000),
    rank_no          INTEGER,
    quota_status     VARCHAR(32),
    award            VARCHAR(32),
    standing         VARCHAR(2000),
    scored_at        TIMESTAMP,
    version          BIGINT           NOT NULL,
    CONSTRAINT pk_run_unit PRIMARY KEY (id),
    CONSTRAINT uq_run_unit UNIQUE (run_id, unit_code),
    CONSTRAINT fk_run_unit_run FOREIGN KEY (run_id) REFERENCES scoring_run (id)
);
