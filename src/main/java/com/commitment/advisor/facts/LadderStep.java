package com.commitment.advisor.facts;

import com.commitment.advisor.model.Role;
import com.commitment.advisor.model.Stage;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One step of the commitment ladder ({@code rules/tables/commitment-ladder.drl.csv}): a typical customer action,
 * from small (rank 0) to big, with what it takes for a person to give it. Each row of the table builds one step
 * from its columns, {@code LadderStep step = LadderStep.named("give-hour"); step = step.rank(2); ...}; a column
 * left empty keeps the default: no support or influence needed, any role, any stage, moves the deal.
 *
 * @param minSupport   the least support (-2..2) a person needs to give this step
 * @param minInfluence the least influence (0..2) a person needs to give this step
 * @param roles        the buying roles that can give it
 * @param earliest     the earliest procurement stage at which it can be given
 * @param advances     whether agreeing to it moves the deal (an advance, not a continuation)
 */
public record LadderStep(String id, int rank, int minSupport, int minInfluence, Set<Role> roles, Stage earliest,
        boolean advances) {

    private static final Pattern ROLE_SEPARATOR = Pattern.compile("[\\s,]+");

    public LadderStep {
        roles = Set.copyOf(roles);
    }

    public static LadderStep named(String id) {
        return new LadderStep(id, 0, -2, 0, EnumSet.allOf(Role.class), Stage.DISCOVERY, true);
    }

    public LadderStep rank(int value) {
        return new LadderStep(id, value, minSupport, minInfluence, roles, earliest, advances);
    }

    public LadderStep minSupport(int value) {
        return new LadderStep(id, rank, value, minInfluence, roles, earliest, advances);
    }

    public LadderStep minInfluence(int value) {
        return new LadderStep(id, rank, minSupport, value, roles, earliest, advances);
    }

    /** The roles as the table writes them: {@code "DP UP PP"}. */
    public LadderStep roles(String names) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String name : ROLE_SEPARATOR.split(names.trim())) {
            set.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
        }
        return new LadderStep(id, rank, minSupport, minInfluence, set, earliest, advances);
    }

    public LadderStep earliest(String stage) {
        return new LadderStep(id, rank, minSupport, minInfluence, roles, Stage.valueOf(stage.trim().toUpperCase(Locale.ROOT)),
                advances);
    }

    /** {@code yes} or {@code no}, as the table writes it. */
    public LadderStep advances(String yesOrNo) {
        return new LadderStep(id, rank, minSupport, minInfluence, roles, earliest, yesOrNo.trim().equalsIgnoreCase("yes"));
    }

    /** Whether a person of this role can give the step; an unknown role cannot be judged either way: false. */
    public boolean admits(Role role) {
        return role != null && roles.contains(role);
    }
}
