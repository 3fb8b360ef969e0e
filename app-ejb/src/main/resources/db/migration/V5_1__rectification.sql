-- Rectification (整改): notices to units, their responses and evidence, verification and closure (销号), and the
-- working-day calendar (public holidays and 调休 make-up working days) their deadlines are counted in.
-- HOS-18, SDO-01..04, VIL-24, XJ-18.

CREATE TABLE working_calendar_day (
    calendar_date DATE         NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    name          VARCHAR(100),
    CONSTRAINT pk_working_calendar_day PRIMARY KEY (calendar_date),
    CONSTRAINT ck_working_calendar_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);

CREATE SEQUENCE rectification_notice_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE rectification_notice (
    id                 BIGINT        NOT NULL,
    period_id          BIGINT        NOT NULL,
    unit_code          VARCHAR(32)   NOT NULL,
    adjustment_id      BIGINT,
    title              VARCHAR(200)  NOT NULL,
    problem            VARCHAR(2000) NOT NULL,
    responsible_leader VARCHAR(100),
    issue_date         DATE          NOT NULL,
    working_days       INTEGER       NOT NULL,
    deadline           DATE          NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    response_text      VARCHAR(4000),
    responded_by       VARCHAR(100),
    responded_at       TIMESTAMP,
    response_count     INTEGER       NOT NULL,
    verification_note  VARCHAR(1000),
    verified_by        VARCHAR(100),
    verified_at        TIMESTAMP,
    closed_on          DATE,
    issued_by          VARCHAR(100)  NOT NULL,
    issued_at          TIMESTAMP     NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_rectification_notice PRIMARY KEY (id),
    CONSTRAINT fk_rectification_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_rectification_adjustment FOREIGN KEY (adjustment_id) REFERENCES adjustment_record (id),
    CONSTRAINT ck_rectification_status CHECK (status IN ('ISSUED', 'RESPONDED', 'REJECTED', 'CLOSED'))
);
CREATE INDEX ix_rectification_unit ON rectification_notice (period_id, unit_code);
CREATE INDEX ix_rectification_adjustment ON rectification_notice (adjustment_id);

CREATE SEQUENCE rectification_evidence_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE rectification_evidence (
    id           BIGINT       NOT NULL,
    notice_id    BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    storage_path VARCHAR(500) NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_rectification_evidence PRIMARY KEY (id),
    CONSTRAINT fk_rectification_evidence_notice FOREIGN KEY (notice_id) REFERENCES rectification_notice (id)
);
CREATE INDEX ix_rectification_evidence_notice ON rectification_evidence (notice_id);
