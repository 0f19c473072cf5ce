package com.commitment.advisor.cli;

import com.commitment.advisor.advice.AdviceJson;
import com.commitment.advisor.advice.Advisor;
import com.commitment.advisor.advice.Fixture;
import com.commitment.advisor.advice.InvalidRequestException;
import com.commitment.advisor.facts.Clause;
import com.commitment.advisor.facts.Leaning;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.ruleset.RuleNote;
import com.commitment.advisor.ruleset.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Prints the advice for one request (or fixture) and the rules that fired, for rule authors. */
@Command(name = "explain", description = "Print the advice for one request or fixture file, with the rules that fired.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "a request as POSTed to /api/v1/advice, or a fixture file")
    Path file;

    @Option(names = "--lang", description = "en or zh (default: the fixture's language, else en)")
    String lang;

    @Mixin
    RulesOption rules;

    @Option(names = "--json", description = "print the answer as the API returns it")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        JsonMapper mapper = AdviceJson.mapper();
        AdviceRequest request;
        String language = lang;
        try {
            JsonNode tree = mapper.readTree(file.toFile());
            if (tree.has("request")) {
                Fixture fixture = mapper.treeToValue(tree, Fixture.class);
                request = fixture.request();
                language = language == null ? fixture.language() : language;
            } else {
                request = mapper.treeToValue(tree, AdviceRequest.class);
            }
        } catch (JacksonException e) {
            out.println("cannot read " + file + ": " + e.getOriginalMessage());
            return 2;
        }
        RuleSet ruleSet = rules.load(out);
        if (ruleSet == null) {
            return 1;
        }
        try {
            Advisor.Explained explained = new Advisor(() -> ruleSet, Clock.systemDefaultZone())
                    .explain(request, language == null ? "en" : language);
            if (json) {
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(explained.advice()));
            } else {
                print(out, explained, ruleSet.notes());
            }
        } catch (InvalidRequestException e) {
            e.errors().forEach(error -> out.println("INVALID " + error.pointer() + ": " + error.detail()));
            return 2;
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, Advisor.Explained explained, Map<String, RuleNote> notes) {
        out.println("deal " + explained.advice().dealId() + ", rules " + explained.advice().ruleset()
                + (explained.advice().outcome() == null ? "" : ", outcome " + explained.advice().outcome()));
        for (Recommendation r : explained.advice().recommendations()) {
            out.println();
            out.println(r.severity() + " " + r.code() + " (" + r.subject().type() + " " + r.subject().id() + ")  ["
                    + r.rule() + "]");
            out.println("  " + r.message());
            out.println("  next step: " + r.nextStep());
            r.evidence().forEach(e -> out.println("  evidence: " + e));
        }
        out.println();
        out.println("clauses read:");
        for (Clause c : explained.clauses()) {
            out.println("  " + c.about() + " " + c.field() + "[" + c.index() + "] \"" + c.text() + "\"  actor "
                    + c.actor() + ", " + c.mood() + (c.negated() ? ", negated" : "")
                    + (c.denied().isEmpty() ? "" : ", denies " + c.denied())
                    + (c.date() == null ? "" : ", date " + c.date()) + (c.receiver() == null ? "" : ", for " + c.receiver())
                    + (c.ideas().isEmpty() ? "" : ", ideas " + c.ideas())
                    + "  words " + c.words());
        }
        out.println();
        out.println("read like the examples (rules/examples):");
        for (Leaning l : explained.leanings()) {
            out.println("  " + l.about() + " " + l.field() + " \"" + l.text() + "\"  " + l.label() + " " + l.percent()
                    + " %");
        }
        out.println();
        out.println("rules fired:");
        for (String rule : explained.rulesFired()) {
            RuleNote note = notes.get(rule);
            out.println("  " + rule + (note == null ? "" : "  (" + note.file() + ":" + note.line() + ")  "
                    + note.description()));
        }
    }
}
