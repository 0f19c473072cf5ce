package com.commitment.advisor.facts;

/** Who is to act on an ask, read from its {@code by} with the actors lexicon. */
public enum Actor {
    /** A customer person: a listed person id or a name we do not know yet. */
    CUSTOMER,
    /** We, the seller ("we", "our engineer", "我们"). */
    SELLER,
    /** Nobody in particular: missing, or words like "someone", "有人". */
    NOBODY
}
