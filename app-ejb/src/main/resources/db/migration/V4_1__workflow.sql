-- Kaohe schema 4.1: the assessment workflow per unit and period (RULES.md §13 "Workflow", TB-10, TB-12, TS-09,
-- TS-10): the current state of each unit, every transition, publicity settings per period, objections (异议)
-- and per-user notifications (deadline reminders). Portable SQL for H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE workflow_period_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE workflow_period (
    id                  BIGINT    NOT NULL,
    period_id           BIGINT    NOT NULL,
    publicity_days      INTEGER   NOT NULL,
    reminder_days       INTEGER   NOT NULL,
    publicity_started_at TIMESTAMP,
    publicity_ends_at   TIMESTAMP,
    version             BIGINT    NOT NULL,
    CONSTRAINT pk_workflow_period PRIMARY KEY (id),
    CONSTRAINT uq_workflow_period UNIQUE (period_id),
    CONSTRAINT fk_workflow_period_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
);

CREATE SEQUENCE unit_workflow_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE unit_workflow (
    id                BIGINT       NOT NULL,
    period_id         BIGINT       NOT NULL,
    unit_code         VARCHAR(32)  NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    submitted_by      VARCHAR(100),
    publicity_ends_at TIMESTAMP,
    changed_by        VARCHAR(100),
    changed_at        TIMESTAMP,
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_unit_workflow PRIMARY KEY (id),
    CONSTRAINT uq_unit_workflow UNIQUE (period_id, unit_code),
    CONSTRAINT fk_unit_workflow_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
);
CREATE INDEX ix_unit_workflow_state ON unit_workflow (state);

CREATE SEQUENCE workflow_transition_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE workflow_transition (
    id           BIGINT        NOT NULL,
    workflow_id  BIGINT        NOT NULL,
    action       VARCHAR(24)   NOT NULL,
    from_state   VARCHAR(16)   NOT NULL,
    to_state     VARCHAR(16)   NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    changed_at   TIMESTAMP     NOT NULL,
    reason       VARCHAR(2000),
    CONSTRAINT pk_workflow_transition PRIMARY KEY (id),
    CONSTRAINT fk_workflow_transition_workflow FOREIGN KEY (workflow_id) REFERENCES unit_workflow (id)
);
CREATE INDEX ix_workflow_transition_workflow ON workflow_transition (workflow_id);

CREATE SEQUENCE workflow_objection_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE workflow_objection (
    id           BIGINT        NOT NULL,
    workflow_id  BIGINT        NOT NULL,
    filed_by     VARCHAR(100)  NOT NULL,
    filed_at     TIMESTAMP     NOT NULL,
    objection_text VARCHAR(2000) NOT NULL,
    answer       VARCHAR(2000),
    upheld       BOOLEAN,
    answered_by  VARCHAR(100),
    answered_at  TIMESTAMP,
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_workflow_objection PRIMARY KEY (id),
    CONSTRAINT fk_workflow_objection_workflow FOREIGN KEY (workflow_id) REFERENCES unit_workflow (id)
);
CREATE INDEX ix_workflow_objection_workflow ON workflow_objection (workflow_id);

CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id          BIGINT        NOT NULL,
    recipient   VARCHAR(100)  NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    period_code VARCHAR(64)   NOT NULL,
    unit_code   VARCHAR(32)   NOT NULL,
    subject     VARCHAR(64)   NOT NULL,
    due_date    DATE,
    created_at  TIMESTAMP     NOT NULL,
    read_at     TIMESTAMP,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT uq_notification UNIQUE (recipient, kind, period_code, unit_code, subject)
);
CREATE INDEX ix_notification_recipient ON notification (recipient);
