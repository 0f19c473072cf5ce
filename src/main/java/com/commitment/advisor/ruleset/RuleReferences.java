package com.commitment.advisor.ruleset;

import com.commitment.advisor.language.Lexicon;
import com.commitment.advisor.model.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the rules name by its spelling, before any request does: the codes they give, the settings they read
 * and the word lists and tags they ask for. A misspelt name would otherwise make a rule silently dead, or fail
 * the first request that reaches it. Evidence keys are checked like codes: each needs its text.
 */
final class RuleReferences {

    private static final String OUTCOME_PREFIX = "OUTCOME_";
    private static final Pattern CODE = Pattern.compile("Finding\\.(?:high|medium|low)\\(\"([^\"]+)\"\\)");
    private static final Pattern EVIDENCE = Pattern.compile("\\.evidence\\(\\s*\"([^\"]+)\"");
    private static final Pattern SETTING = Pattern.compile("Setting\\(\\s*name\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern WORD_LIST = Pattern.compile("\\bhas\\(\"([^\"]*)\",\\s*\"([^\"]*)\"\\)");
    private static final List<String> OUTCOMES = Arrays.stream(Outcome.values()).map(o -> OUTCOME_PREFIX + o).toList();

    private RuleReferences() {
    }

    /** What the rule files name that is not there; empty when all is. */
    static List<RuleProblem> problems(RuleFiles files, Messages messages, Settings settings, Lexicon lexicon) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> codes = messages.codes();
        for (String name : files.files().keySet()) {
            if (!RuleIndex.isRuleFile(name)) {
                continue;
            }
            String[] lines = files.text(name).split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = withoutComment(lines[i]);
                int at = i + 1;
                forEach(CODE, line, m -> code(m.group(1), codes, problems, name, at));
                forEach(EVIDENCE, line, m -> {
                    if (!messages.hasEvidence(m.group(1))) {
                        problems.add(RulePolicy.CODES_HAVE_TEXTS.at(name, at, "evidence \"" + m.group(1)
                                + "\" has no text: add evidence." + m.group(1)
                                + " to messages_en.properties and messages_zh.properties"));
                    }
                });
                forEach(SETTING, line, m -> {
                    if (!settings.has(m.group(1))) {
                        problems.add(RulePolicy.SETTINGS_EXIST.at(name, at, "no setting \"" + m.group(1)
                                + "\" in advisor.properties: add it there, or correct the name"));
                    }
                });
                forEach(WORD_LIST, line, m -> {
                    if (!lexicon.hasList(m.group(1))) {
                        problems.add(RulePolicy.WORD_LISTS_EXIST.at(name, at, "no word list \"" + m.group(1)
                                + "\": the lists are the files of lexicon/ (" + String.join(", ", lexicon.lists())
                                + ")"));
                    } else if (!lexicon.hasTag(m.group(1), m.group(2))) {
                        problems.add(RulePolicy.WORD_LISTS_EXIST.at(name, at, "no row of lexicon/" + m.group(1)
                                + ".csv has the tag \"" + m.group(2) + "\"; its tags: "
                                + String.join(", ", lexicon.tags(m.group(1)))));
                    }
                });
            }
        }
        return problems;
    }

    private static void code(String code, Set<String> codes, List<RuleProblem> problems, String file, int line) {
        if (code.startsWith(OUTCOME_PREFIX) && !OUTCOMES.contains(code)) {
            problems.add(RulePolicy.OUTCOMES_KNOWN.at(file, line, code + " is no outcome: a visit ends as "
                    + String.join(", ", OUTCOMES)));
        } else if (!codes.contains(code)) {
            problems.add(RulePolicy.CODES_HAVE_TEXTS.at(file, line, code + " has no texts: add " + code
                    + ".message, .nextStep and .principle to messages_en.properties and messages_zh.properties"));
        }
    }

    private interface OnMatch {
        void found(Matcher match);
    }

    private static void forEach(Pattern pattern, String line, OnMatch onMatch) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            onMatch.found(m);
        }
    }

    private static String withoutComment(String line) {
        int comment = line.indexOf("//");
        return comment < 0 ? line : line.substring(0, comment);
    }
}
