package com.commitment.advisor.facts;

import java.time.LocalDate;

/**
 * An action agreed at the visit being debriefed.
 *
 * @param id       {@code debrief.agreed[i]}
 * @param personId the listed person who agreed, null when {@code by} names nobody listed
 * @param due      the due date given, or the first date found in the action text
 */
public record Agreement(String id, String by, Actor actor, String personId, String action, LocalDate due) {

    public boolean hasAction() {
        return action != null && !action.isBlank();
    }
}
