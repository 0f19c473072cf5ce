-- Feedback of reps on recommendations: kept for good (deals and feedback are written at once, never batched).
-- fingerprint is that of the recommendation the rep answered: advice hides it again only while its evidence is
-- the same. code, rule and decision_id say what was answered, so sales-ops can read WRONG feedback per rule.

CREATE TABLE feedback (
    id           VARCHAR(36)              NOT NULL PRIMARY KEY,
    deal_id      VARCHAR(200)             NOT NULL,
    rec_key      VARCHAR(64)              NOT NULL,
    fingerprint  VARCHAR(64)              NOT NULL,
    code         VARCHAR(100)             NOT NULL,
    rule_name    VARCHAR(300)             NOT NULL,
    decision_id  VARCHAR(36),
    status       VARCHAR(10)              NOT NULL,
    reason       VARCHAR(20),
    comment      VARCHAR(2000),
    until_date   DATE,
    given_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A deal's feedback, newest first; the latest per key is what holds.
CREATE INDEX feedback_by_deal ON feedback (deal_id, given_at);

-- Sales-ops read feedback across deals by status and reason.
CREATE INDEX feedback_by_status ON feedback (status, reason, given_at);

-- What an answer left out because of feedback, logged with the decision.
ALTER TABLE decision ADD COLUMN suppressed TEXT;
