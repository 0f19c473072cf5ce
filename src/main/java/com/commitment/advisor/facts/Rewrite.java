package com.commitment.advisor.facts;

/**
 * The recommendation of {@code code} about the ask {@code better.askId()} suggests the better ask (method §action: a
 * weak commitment gets a concrete rewrite for that person). Inserted by {@code rules/commitment/better-ask.drl};
 * the answer shows it as the recommendation's {@code betterAsk} and picks its {@code BETTER} texts.
 */
public record Rewrite(String code, BetterAsk better) {
}
