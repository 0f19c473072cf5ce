-- The decision log: every answer of the advice endpoints (and of `batch --log-decisions`), written in batches
-- off the request path. The request as received (after masking), the masked pointers and the recommendations
-- are JSON text, which H2 and PostgreSQL store alike; nothing queries inside them.

CREATE TABLE decision (
    id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    deal_id         VARCHAR(200),
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    source          VARCHAR(10)              NOT NULL,
    ruleset         VARCHAR(100)             NOT NULL,
    language        VARCHAR(10)              NOT NULL,
    request         TEXT,
    masked          TEXT                     NOT NULL,
    recommendations TEXT                     NOT NULL
);

-- A deal's decisions, newest first.
CREATE INDEX decision_by_deal ON decision (deal_id, decided_at);

-- Retention deletes by age alone.
CREATE INDEX decision_by_time ON decision (decided_at);
