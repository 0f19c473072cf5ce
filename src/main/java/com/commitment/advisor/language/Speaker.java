package com.commitment.advisor.language;

/**
 * Who acts in a clause, as its words name them, before we know whose words they are: "we" is the customer in
 * the customer's words and the seller in the rep's report.
 */
public enum Speaker {
    /** we, I, our, 我们, 我方. */
    FIRST,
    /** you, your, 你们, 贵司. */
    SECOND,
    /** they, he, the customer, a person of the request by name, 客户, 对方. */
    THIRD,
    /** someone, anyone, 有人, 相关人员: nobody in particular. */
    NOBODY
}
