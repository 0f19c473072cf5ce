/**
 * The facts the rules in {@code rules/} see: the request's records plus what Java derives from them (who acts,
 * dates found in text, the clauses of every free text, elapsed days), what is the same for every request of a rule
 * set (settings, the commitment ladder), and what the rules insert: findings, the visit's outcome, better asks and
 * the facts they derive once for other rules (refusals, seller steps, dated steps, stalls).
 */
package com.commitment.advisor.facts;
