package com.commitment.advisor.facts;

/** A threshold from {@code rules/advisor.properties}, e.g. {@code Setting(name == "plan.max-asks", $max : value)}. */
public record Setting(String name, int value) {
}
