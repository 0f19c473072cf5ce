package com.commitment.advisor.model;

/** How urgently a rep should act on a recommendation; answers are sorted from HIGH to LOW. */
public enum Severity {
    HIGH, MEDIUM, LOW
}
