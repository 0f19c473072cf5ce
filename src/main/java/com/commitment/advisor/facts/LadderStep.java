package com.commitment.advisor.facts;

import com.commitment.advisor.model.Role;
import com.commitment.advisor.model.Stage;
import java.util.Set;

/**
 * One step of the commitment ladder ({@code rules/commitment-ladder.csv}): a typical customer action, from small
 * (rank 0) to big, with what it takes for a person to give it. Read once per rule set; a fact of every session.
 *
 * @param minSupport   the least support (-2..2) a person needs to give this step
 * @param minInfluence the least influence (0..2) a person needs to give this step
 * @param roles        the buying roles that can give it
 * @param earliest     the earliest procurement stage at which it can be given
 * @param advances     whether agreeing to it moves the deal (an advance, not a continuation)
 */
public record LadderStep(String id, int rank, int minSupport, int minInfluence, Set<Role> roles, Stage earliest,
        boolean advances) {

    public LadderStep {
        roles = Set.copyOf(roles);
    }

    /** Whether a person of this role can give the step; an unknown role cannot be judged either way: false. */
    public boolean admits(Role role) {
        return role != null && roles.contains(role);
    }
}
