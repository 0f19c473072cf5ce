package com.commitment.advisor.model;

/** Buying roles: decision person, user person, professional (technical) person, information provider (coach). */
public enum Role {
    DP, UP, PP, IP
}
