package com.commitment.advisor.advice;

import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.ruleset.Csv;
import com.commitment.advisor.ruleset.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the language corpus of a folder ({@code remarks.csv}: what a customer said and the outcome it means;
 * {@code asks.csv}: a planned ask and what is wrong with it) through the advisor, one request per row, and
 * says for each row what the advisor understood. Every remark is said at a visit on {@link #VISIT}; every ask is
 * put to one customer person, p1, with a due date and a confirming check, so only its words are judged. p1 is named
 * as the writers of the corpus named him ({@code person.csv}: lang,name), else Wang (王工).
 */
public final class CorpusCheck {

    static final String VISIT = "2026-11-30";

    /** What is wrong with an ask, by the code that says so; an ask with none of them is {@code CLEAN}. */
    private static final Map<String, String> ASK_LABELS = Map.of(
            "COMMITMENT_SELLER_ACTION", "SELLER",
            "COMMITMENT_VAGUE", "VAGUE",
            "COMMITMENT_NOT_FROM_CONCEPT", "SERVES_US");

    /** One row of the corpus with the advisor's reading: {@code got} equals {@code expected} when it read it right. */
    public record Row(String file, int line, String kind, String lang, String expected, String got, String text) {
        public boolean right() {
            return expected.equals(got);
        }
    }

    private static final JsonMapper JSON = AdviceJson.mapper();

    private CorpusCheck() {
    }

    /** The folders below {@code dir} that hold a corpus, in path order. */
    public static List<Path> folders(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p.resolve("remarks.csv")) || Files.isRegularFile(p.resolve("asks.csv")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Row> run(RuleSet rules, Path folder) {
        Advisor advisor = new Advisor(() -> rules, Clock.systemUTC());
        Map<String, String> names = new HashMap<>(Map.of("en", "Wang", "zh", "王工"));
        lines(folder.resolve("person.csv")).forEach(line -> names.put(line.field(0), line.field(1)));
        List<Row> rows = new ArrayList<>();
        for (Csv.Row line : lines(folder.resolve("remarks.csv"))) {
            String lang = line.field(0);
            Advice advice = advisor.advise(remark(line.line(), names.get(lang), line.field(1), line.field(3)), lang);
            rows.add(new Row("remarks.csv", line.line(), "remark", lang, line.field(2),
                    advice.outcome() == null ? "NONE" : advice.outcome().name(), line.field(3)));
        }
        for (Csv.Row line : lines(folder.resolve("asks.csv"))) {
            String lang = line.field(0);
            Advice advice = advisor.advise(ask(line.line(), lang, names.get(lang), line.field(2), line.field(3)), lang);
            Set<String> labels = new TreeSet<>();
            for (Recommendation r : advice.recommendations()) {
                if (ASK_LABELS.containsKey(r.code()) && "c1".equals(r.subject().id())) {
                    labels.add(ASK_LABELS.get(r.code()));
                }
            }
            rows.add(new Row("asks.csv", line.line(), "ask", lang, line.field(1),
                    labels.isEmpty() ? "CLEAN" : String.join("+", labels), line.field(2) + ": " + line.field(3)));
        }
        return rows;
    }

    private static List<Csv.Row> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Csv.Row> rows = Csv.rows(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            return rows.isEmpty() ? rows : rows.subList(1, rows.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AdviceRequest remark(int line, String name, String field, String text) {
        ObjectNode request = deal(line, name);
        ObjectNode debrief = request.putObject("debrief").put("date", VISIT);
        if (field.equals("report")) {
            debrief.put("report", text);
        } else {
            debrief.putArray("customerSaid").add(text);
        }
        return JSON.treeToValue(request, AdviceRequest.class);
    }

    private static AdviceRequest ask(int line, String lang, String name, String by, String action) {
        ObjectNode request = deal(line, name);
        ObjectNode plan = request.putObject("plan").put("date", "2026-12-01");
        plan.putArray("commitments").addObject().put("id", "c1").put("kind", "BEST").put("by", by)
                .put("action", action).put("due", "2026-12-04")
                .put("check", lang.equals("zh") ? "走之前问他周五前能不能做到" : "ask him before we part whether Friday works")
                .put("why", lang.equals("zh") ? "减少支持团队的夜班" : "fewer night shifts for his support team");
        return JSON.treeToValue(request, AdviceRequest.class);
    }

    private static ObjectNode deal(int line, String name) {
        ObjectNode request = JSON.createObjectNode();
        request.putObject("deal").put("id", "CORPUS-" + line).put("asOf", VISIT).put("stage", "EVALUATION");
        request.putArray("people").addObject().put("id", "p1").put("name", name).put("title", "process engineer")
                .put("role", "PP").put("influence", 1).put("support", 0)
                .put("concept", "fewer night shifts for the support team; 减少支持团队的夜班")
                .put("personalWin", "credit for cutting overtime; 减少加班的功劳");
        return request;
    }
}
