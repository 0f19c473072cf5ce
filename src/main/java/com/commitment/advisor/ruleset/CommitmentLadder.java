package com.commitment.advisor.ruleset;

import com.commitment.advisor.facts.LadderStep;
import com.commitment.advisor.language.Lexicon;
import com.commitment.advisor.model.Role;
import com.commitment.advisor.model.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@code rules/commitment-ladder.csv}, one step per row, into the {@link LadderStep} facts every session
 * gets. A cell that cannot be read is refused with its file and line, as a lexicon row is; so is a step the words
 * of {@code lexicon/ladder-steps.csv} never name, or a tag there that names no step.
 */
final class CommitmentLadder {

    static final String FILE = "commitment-ladder.csv";
    private static final String WORDS = "ladder-steps";
    private static final List<String> HEADER =
            List.of("step", "rank", "least support", "least influence", "roles", "earliest stage", "moves the deal");
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("[\\s,]+");

    private CommitmentLadder() {
    }

    static List<LadderStep> load(RuleFiles files, Lexicon lexicon) {
        if (!files.files().containsKey(FILE)) {
            throw new RuleSetException(FILE, 0, "missing: the commitment ladder the rules judge planned asks against");
        }
        List<Csv.Row> rows = Csv.table(FILE, files.text(FILE), HEADER);
        List<LadderStep> steps = new ArrayList<>();
        Map<String, Integer> stepLines = new HashMap<>();
        Map<Integer, String> ranks = new HashMap<>();
        for (Csv.Row row : rows) {
            LadderStep step = step(row);
            Integer earlier = stepLines.putIfAbsent(step.id(), row.line());
            if (earlier != null) {
                throw new RuleSetException(FILE, row.line(), "step " + step.id() + " is already on line " + earlier);
            }
            String sameRank = ranks.putIfAbsent(step.rank(), step.id());
            if (sameRank != null) {
                throw new RuleSetException(FILE, row.line(), "rank " + step.rank() + " is already " + sameRank
                        + "'s: each step has its own rank, from small to big");
            }
            steps.add(step);
        }
        named(steps, stepLines, lexicon, files);
        return List.copyOf(steps);
    }

    private static LadderStep step(Csv.Row row) {
        String id = row.field(0);
        if (id.isEmpty()) {
            throw new RuleSetException(FILE, row.line(), "a step needs its id in the first column");
        }
        return new LadderStep(id,
                number(row, 1, "rank", 0, 0, Integer.MAX_VALUE),
                number(row, 2, "least support", -2, -2, 2),
                number(row, 3, "least influence", 0, 0, 2),
                roles(row),
                stage(row),
                yesOrNo(row));
    }

    private static int number(Csv.Row row, int column, String name, int empty, int min, int max) {
        String cell = row.field(column);
        if (cell.isEmpty()) {
            return empty;
        }
        try {
            int value = Integer.parseInt(cell);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, with the range
        }
        throw new RuleSetException(FILE, row.line(), name + " \"" + cell + "\" must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max));
    }

    private static Set<Role> roles(Csv.Row row) {
        String cell = row.field(4);
        if (cell.isEmpty()) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : ROLE_SEPARATOR.split(cell)) {
            roles.add(value(Role.class, name, row, "role"));
        }
        return roles;
    }

    private static Stage stage(Csv.Row row) {
        String cell = row.field(5);
        return cell.isEmpty() ? Stage.DISCOVERY : value(Stage.class, cell, row, "stage");
    }

    private static boolean yesOrNo(Csv.Row row) {
        String cell = row.field(6).toLowerCase(Locale.ROOT);
        if (cell.isEmpty() || cell.equals("yes")) {
            return true;
        }
        if (cell.equals("no")) {
            return false;
        }
        throw new RuleSetException(FILE, row.line(), "moves the deal \"" + row.field(6) + "\" must be yes or no");
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name, Csv.Row row, String what) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleSetException(FILE, row.line(), "no " + what + " \"" + name + "\": one of "
                    + String.join(" ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    /** Every step has words, and every word names a step: otherwise a step is never asked for, or a word leads nowhere. */
    private static void named(List<LadderStep> steps, Map<String, Integer> stepLines, Lexicon lexicon, RuleFiles files) {
        Set<String> tags = lexicon.hasList(WORDS) ? lexicon.tags(WORDS) : Set.of();
        for (LadderStep step : steps) {
            if (!tags.contains(step.id())) {
                throw new RuleSetException(FILE, stepLines.get(step.id()), "no words name step " + step.id()
                        + ": add rows with the tag " + step.id() + " to lexicon/" + WORDS + ".csv, in English and Chinese");
            }
        }
        Set<String> unknown = new TreeSet<>(tags);
        unknown.removeAll(stepLines.keySet());
        if (!unknown.isEmpty()) {
            String words = "lexicon/" + WORDS + ".csv";
            List<Csv.Row> rows = Csv.rows(words, files.text(words));
            throw new RuleSetException(unknown.stream().map(tag -> new RuleProblem(words,
                    rows.stream().filter(r -> r.field(1).equals(tag)).findFirst().map(Csv.Row::line).orElse(0),
                    "the tag " + tag + " names no step of " + FILE + ": correct it, or add the step there")).toList());
        }
    }
}
