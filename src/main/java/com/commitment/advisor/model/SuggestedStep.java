package com.commitment.advisor.model;

import java.time.LocalDate;

/**
 * The ask the advisor suggests instead of a weak one: a step of the commitment ladder the person can give now.
 *
 * @param step the step's id in the ladder ({@code give-hour})
 * @param ask  the step said as an ask, in the answer's language
 * @param due  when to ask it for
 */
public record SuggestedStep(String step, String ask, LocalDate due) {
}
