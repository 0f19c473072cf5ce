package com.commitment.advisor.facts;

import com.commitment.advisor.model.CommitmentKind;
import java.time.LocalDate;

/**
 * A commitment planned for the next visit.
 *
 * @param id        the commitment's id, or {@code plan.commitments[i]} when it has none
 * @param personId  the listed person who is to act, null when {@code by} names nobody listed
 * @param due       the due date given, or the first date found in the action text
 * @param dueInText true when the due date was read from the action text
 */
public record PlannedAsk(
        String id,
        CommitmentKind kind,
        String by,
        Actor actor,
        String personId,
        String action,
        LocalDate due,
        boolean dueInText,
        String check,
        String why) {

    public boolean hasAction() {
        return action != null && !action.isBlank();
    }

    public boolean hasCheck() {
        return check != null && !check.isBlank();
    }

    public boolean hasWhy() {
        return why != null && !why.isBlank();
    }
}
