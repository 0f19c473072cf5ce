package com.commitment.advisor.effectiveness;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What one deal was shown in the period: the keys of each rule's recommendations on it. */
final class DealShown {

    private final String dealId;
    private final Map<String, Set<String>> keysByRule = new TreeMap<>();

    DealShown(String dealId) {
        this.dealId = dealId;
    }

    String dealId() {
        return dealId;
    }

    void shown(String rule, String key) {
        keysByRule.computeIfAbsent(rule, r -> new TreeSet<>()).add(key);
    }

    Map<String, Set<String>> keysByRule() {
        return keysByRule;
    }
}
