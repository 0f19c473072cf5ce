package com.commitment.advisor.facts;

/**
 * What a clause says of its action, as its words put it. When several apply, the first in this order wins:
 * a purpose ("so we can size the savings") is what another action is for, not an action, whatever its
 * words; a hypothetical action ("if the budget comes through we could...") is no action yet, whatever its tense.
 */
public enum Mood {
    /** so that, so we can, in order to, 以便, 好让, 为了: what another action is for, not an action said or asked. */
    PURPOSE,
    /** if, unless, would, maybe, 如果, 要是, 除非, 可能: the action depends on something. */
    HYPOTHETICAL,
    /** a question or a request: "could you...?", 能不能, 吗. */
    ASKED,
    /** will, going to, 会, 将, 准备. */
    WILL,
    /** has, had, already, 已经, 了. */
    DONE,
    /** no mark of any of these. */
    PLAIN
}
