-- Kaohe schema 2.2: users (login, display name, PBKDF2 password hash, lockout state), their roles and
-- the units each user may act for. Portable SQL: H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
    id               BIGINT       NOT NULL,
    login            VARCHAR(64)  NOT NULL,
    display_name     VARCHAR(100) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    failed_attempts  INTEGER      NOT NULL,
    locked_until     TIMESTAMP,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_login UNIQUE (login)
);

CREATE TABLE app_user_role (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(32) NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE app_user_unit (
    user_id  BIGINT NOT NULL,
    unit_id  BIGINT NOT NULL,
    CONSTRAINT pk_app_user_unit PRIMARY KEY (user_id, unit_id),
    CONSTRAINT fk_app_user_unit_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_app_user_unit_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_app_user_unit_unit ON app_user_unit (unit_id);
