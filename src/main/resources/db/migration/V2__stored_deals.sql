-- Stored deals: the deal of the advice request (docs/api.md), its role advancement table (one row a person, the
-- reason for their support and the remedy) and its history of asks. A deal whose stage is WON or LOST is
-- sealed: its role table and stage no longer change.

CREATE TABLE deal (
    id                VARCHAR(200)   NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(200)   REFERENCES customer (id),
    customer          VARCHAR(10000),
    stage             VARCHAR(20),
    decided_on        DATE,
    last_advance_on   DATE,
    as_of             DATE,
    owner             VARCHAR(10000),
    budget            VARCHAR(10000),
    customer_timeline VARCHAR(10000),
    target_close_on   DATE,
    version           BIGINT         NOT NULL
);

CREATE INDEX deal_by_customer ON deal (customer_id, id);

-- seq keeps the order the rep gave.
CREATE TABLE deal_person (
    deal_id      VARCHAR(200)   NOT NULL REFERENCES deal (id),
    seq          INTEGER        NOT NULL,
    id           VARCHAR(200)   NOT NULL,
    name         VARCHAR(10000),
    title        VARCHAR(10000),
    role         VARCHAR(2),
    influence    SMALLINT,
    support      SMALLINT,
    concept      VARCHAR(10000),
    personal_win VARCHAR(10000),
    effort       INTEGER,
    reason       VARCHAR(10000),
    remedy       VARCHAR(10000),
    PRIMARY KEY (deal_id, id)
);

CREATE TABLE deal_history (
    deal_id  VARCHAR(200)   NOT NULL REFERENCES deal (id),
    seq      INTEGER        NOT NULL,
    asked_on DATE,
    asked_of VARCHAR(200),
    action   VARCHAR(10000),
    result   VARCHAR(20),
    said     VARCHAR(10000),
    PRIMARY KEY (deal_id, seq)
);
