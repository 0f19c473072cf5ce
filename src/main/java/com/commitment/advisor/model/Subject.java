package com.commitment.advisor.model;

/** What a recommendation is about: the deal, a person, a commitment or the visit. */
public record Subject(Type type, String id) {

    public enum Type {
        DEAL, PERSON, COMMITMENT, VISIT
    }
}
