/**
 * The facts the rules in {@code rules/} see: the request's records plus what Java derives from them
 * (who acts, dates found in text, phrases found by the lexicons, elapsed days) and the findings rules insert.
 */
package com.commitment.advisor.facts;
