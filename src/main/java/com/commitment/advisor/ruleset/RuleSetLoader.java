package com.commitment.advisor.ruleset;

import com.commitment.advisor.facts.LadderStep;
import com.commitment.advisor.language.ExampleReader;
import com.commitment.advisor.language.TextAnalyzer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** Builds a {@link RuleSet} from a rules directory, or says with file and line why it cannot. */
public final class RuleSetLoader {

    private RuleSetLoader() {
    }

    public static RuleSet load(Path dir) {
        return load(RuleFiles.read(dir));
    }

    public static RuleSet load(RuleFiles files) {
        return load(files, CompiledFolders.inMemory(), LearnedExamples.inMemory());
    }

    /**
     * Like {@link #load(RuleFiles)}, compiling only the folders {@code compiled} does not hold yet, and learning
     * from the examples only when {@code learned} does not hold what they teach.
     */
    static RuleSet load(RuleFiles files, CompiledFolders compiled, LearnedExamples learned) {
        Settings settings = Settings.load(files);
        TextAnalyzer text = new TextAnalyzer(LexiconFiles.load(files), settings.get(Settings.NEGATION_REACH));
        ExampleReader examples = new ExampleReader(text, learned.models(files, () -> ExampleFiles.learn(files, text)));
        Messages messages = Messages.load(files);
        RecommendationOrder order = RecommendationOrder.load(files, messages.codes());
        List<LadderStep> ladder = CommitmentLadder.load(files, text.lexicon());
        List<RuleProblem> named = RuleReferences.problems(files, messages, settings, text.lexicon());
        if (!named.isEmpty()) {
            throw new RuleSetException(named);
        }
        RuleIndex index = new RuleIndex(files);
        Map<String, RuleNote> notes = notes(index);
        KieBase base = RuleCompiler.compile(files, index, compiled);
        dryRun(base, files, settings);
        Map<String, List<String>> perFolder = rulesPerFolder(base);
        return new RuleSet(files.version(), Instant.now(), base, text, examples, messages, order, settings, ladder, perFolder,
                rulesPerFile(index, perFolder), notes, base.newKieSessionsPool(Runtime.getRuntime().availableProcessors()));
    }

    /** Each DRL rule's comment, refused when it names no part of the method (a rule nobody can say why it is there). */
    private static Map<String, RuleNote> notes(RuleIndex index) {
        Map<String, RuleNote> notes = new TreeMap<>();
        List<RuleProblem> unexplained = new ArrayList<>();
        index.rulesPerFile().forEach((file, rules) -> rules.forEach(rule -> {
            if (rule.method() == null) {
                unexplained.add(RulePolicy.RULES_EXPLAINED.at(file, rule.line(), "rule \"" + rule.name()
                        + "\" needs a comment right above it that names the part of docs/method.md it applies "
                        + "(§action, §refusals, §specific, §outcome or §stalled) and says what it looks for"));
            }
            notes.put(RuleIds.of(RuleCompiler.folderOf(file), rule.name()),
                    new RuleNote(file, rule.line(), rule.comment(), rule.method()));
        }));
        if (!unexplained.isEmpty()) {
            throw new RuleSetException(unexplained);
        }
        return notes;
    }

    /** DRL rules by the file they are written in; decision-table rows by their folder's table files. */
    private static Map<String, List<String>> rulesPerFile(RuleIndex index, Map<String, List<String>> perFolder) {
        Map<String, List<String>> perFile = new TreeMap<>();
        Map<String, List<String>> unplaced = new LinkedHashMap<>();
        perFolder.forEach((folder, names) -> unplaced.put(folder, new ArrayList<>(names)));
        index.rulesPerFile().forEach((file, rules) -> {
            List<String> names = rules.stream().map(RuleIndex.RuleLine::name).toList();
            perFile.put(file, names);
            unplaced.getOrDefault(RuleCompiler.folderOf(file), new ArrayList<>()).removeAll(names);
        });
        for (String file : index.ruleFiles()) {
            List<String> rest = unplaced.getOrDefault(RuleCompiler.folderOf(file), List.of());
            if (!file.endsWith(".drl") && !rest.isEmpty()) {
                perFile.put(file, List.copyOf(rest));
            }
        }
        return perFile;
    }

    /**
     * Fires, once and without facts, the rules that need none (the rows of a decision table): a cell that only
     * breaks when it runs, such as a misspelt stage or role, is refused here with its file and line instead of
     * failing every request.
     */
    private static void dryRun(KieBase base, RuleFiles files, Settings settings) {
        KieSession session = base.newKieSession();
        try {
            session.fireAllRules(settings.get(Settings.MAX_FIRINGS));
        } catch (ConsequenceException e) {
            Rule rule = e.getMatch().getRule();
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String folder = rule.getPackageName().replace('.', '/') + "/";
            String message = "rule \"" + rule.getName() + "\" fails when it runs: " + cause.getMessage();
            for (String name : (Iterable<String>) files.files().keySet().stream()
                    .filter(n -> n.startsWith(folder) && RuleIndex.isRuleFile(n))::iterator) {
                String[] lines = files.text(name).split("\\R", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].contains(rule.getName())) {
                        throw new RuleSetException(name, i + 1, message);
                    }
                }
            }
            throw new RuleSetException(folder, 0, message);
        } finally {
            session.dispose();
        }
    }

    private static Map<String, List<String>> rulesPerFolder(KieBase base) {
        Map<String, List<String>> perPackage = new LinkedHashMap<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                perPackage.computeIfAbsent(pkg.getName().replace('.', '/'), k -> new ArrayList<>())
                        .add(rule.getName());
            }
        }
        perPackage.values().forEach(names -> names.sort(null));
        return perPackage;
    }
}
