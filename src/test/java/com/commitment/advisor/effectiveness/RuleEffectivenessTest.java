package com.commitment.advisor.effectiveness;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.cli.AdvisorCli;
import com.commitment.advisor.profile.Api;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rule effectiveness report over real HTTP on a real database (the subclasses pick which), on a seeded history
 * built through the real endpoints: its counts are those tallied by hand from what the history did, as JSON, as CSV
 * and from the command line on the same database; a manager counts their reps only; a rep may not read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RuleEffectivenessTest {

    private static final int MIN_DEALS = 20;
    private static final Set<String> EVERY_REP = Set.of(TestUsers.REP, TestUsers.REP_OTHER_MANAGER);
    private static final Set<String> MANAGERS_REPS = Set.of(TestUsers.REP, TestUsers.REP_SAME_MANAGER);

    @LocalServerPort
    int port;

    GeneratedHistory history;
    /** Yesterday to tomorrow (UTC): every answer of the history, whenever the test ran. */
    String period;

    /** The database options of the command line that reach the service's database. */
    abstract List<String> databaseOptions();

    @BeforeAll
    void buildHistory() throws Exception {
        history = new GeneratedHistory(new Api(port), GeneratedHistory.STORED).build();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        period = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
    }

    @Test
    void eachRuleShowsWhatTheHistoryDidExactly() throws Exception {
        JsonNode report = report(TestUsers.SALES_OPS, period);
        assertThat(report.get("minDeals").asInt()).isEqualTo(MIN_DEALS);
        assertThat(rules(report).keySet()).containsExactlyElementsOf(history.rules());
        for (String rule : history.rules()) {
            assertSame(rules(report).get(rule), rule, EVERY_REP);
        }

        String followedRule = history.ruleOf(GeneratedHistory.FOLLOWED_CODE);
        JsonNode followed = rules(report).get(followedRule);
        int twice = GeneratedHistory.STORED / GeneratedHistory.TWICE_EVERY;
        assertThat(followed.get("answers").asLong()).as("a hand count").isEqualTo(GeneratedHistory.STORED + twice
                + GeneratedHistory.UNSTORED + GeneratedHistory.OTHER_REPS_DEALS);
        assertThat(followed.get("deals").asLong()).isEqualTo(GeneratedHistory.STORED + GeneratedHistory.UNSTORED
                + GeneratedHistory.OTHER_REPS_DEALS);
        assertThat(followed.get("followed").get("closed").asLong()
                + followed.get("ignored").get("closed").asLong()).as("unstored deals never close")
                .isEqualTo(history.closed.size());
        assertThat(followed.get("followed").get("winRate").asDouble()).as("followed deals mostly win")
                .isGreaterThan(followed.get("ignored").get("winRate").asDouble() + 0.2);
        System.out.println("effectiveness of " + followedRule + ": " + followed);
    }

    @Test
    void aManagerCountsTheirRepsOnly() throws Exception {
        JsonNode report = report(TestUsers.MANAGER, period);
        for (String rule : history.rules()) {
            assertSame(rules(report).get(rule), rule, MANAGERS_REPS);
        }
        JsonNode followed = rules(report).get(history.ruleOf(GeneratedHistory.FOLLOWED_CODE));
        assertThat(followed.get("deals").asLong()).as("not the other manager's rep's")
                .isEqualTo(GeneratedHistory.STORED + GeneratedHistory.UNSTORED);
    }

    @Test
    void neitherAdminsNorRepsMayReadIt() throws Exception {
        assertThat(new Api(port).as(TestUsers.ADMIN).get("/api/v1/rules/effectiveness?" + period).status())
                .as("admins read no advice or feedback, and the report is made of both").isEqualTo(403);
        Api.Reply rep = new Api(port).get("/api/v1/rules/effectiveness?" + period);
        assertThat(rep.status()).isEqualTo(403);
        assertThat(rep.isProblem()).isTrue();
    }

    @Test
    void csvHasTheSameNumbersInTheSameColumns() throws Exception {
        HttpResponse<String> csv = csv(period);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/csv;charset=UTF-8");
        List<List<String>> rows = parseCsv(csv.body());
        assertThat(rows.get(0)).containsExactly("rule", "answers", "deals", "recommendations", "done",
                "dismissed_not_relevant", "dismissed_wrong", "dismissed_already_done", "dismissed_disagree",
                "dismissed_other", "snoozed", "no_feedback", "followed_won", "followed_lost", "followed_win_rate",
                "ignored_won", "ignored_lost", "ignored_win_rate", "wrong_comments");
        Map<String, JsonNode> json = rules(report(TestUsers.SALES_OPS, period));
        assertThat(rows).hasSize(json.size() + 1);
        for (List<String> row : rows.subList(1, rows.size())) {
            JsonNode rule = json.get(row.get(0));
            JsonNode dismissed = rule.get("dismissed");
            assertThat(row.subList(1, 18)).as(row.get(0)).containsExactly(n(rule, "answers"), n(rule, "deals"),
                    n(rule, "recommendations"), n(rule, "done"), n(dismissed, "NOT_RELEVANT"), n(dismissed, "WRONG"),
                    n(dismissed, "ALREADY_DONE"), n(dismissed, "DISAGREE"), n(dismissed, "OTHER"),
                    n(rule, "snoozed"), n(rule, "noFeedback"), n(rule.get("followed"), "won"),
                    n(rule.get("followed"), "lost"), rate(rule.get("followed")), n(rule.get("ignored"), "won"),
                    n(rule.get("ignored"), "lost"), rate(rule.get("ignored")));
            List<String> comments = new ArrayList<>();
            rule.get("wrongComments").forEach(c -> comments.add(c.get("comment").asString() + " ("
                    + c.get("count").asLong() + ")"));
            assertThat(row.get(18)).isEqualTo(String.join(" | ", comments));
        }
        String followed = history.ruleOf(GeneratedHistory.FOLLOWED_CODE);
        assertThat(rows.stream().filter(r -> r.get(0).equals(followed)).findFirst().orElseThrow().get(18))
                .as("Chinese, commas and quotes survive").contains(GeneratedHistory.COMMENTS);
    }

    @Test
    void badPeriodsAreRefusedWithWhatIsWrong() throws Exception {
        Api ops = new Api(port).as(TestUsers.SALES_OPS);
        Map<String, String> bad = Map.of(
                "from=2026-13-01&to=2026-12-31", "query parameter from: '2026-13-01' is not a real date as YYYY-MM-DD",
                "from=2026-02-30&to=2026-03-31", "query parameter from: '2026-02-30' is not a real date as YYYY-MM-DD",
                "from=2026-12-01&to=2026-11-01", "from (2026-12-01) is after to (2026-11-01)",
                "to=yesterday", "query parameter to: 'yesterday' is not a real date as YYYY-MM-DD");
        for (Map.Entry<String, String> query : bad.entrySet()) {
            Api.Reply reply = ops.get("/api/v1/rules/effectiveness?" + query.getKey());
            assertThat(reply.status()).as(query.getKey()).isEqualTo(400);
            assertThat(reply.isProblem()).as(query.getKey()).isTrue();
            assertThat(reply.body().get("detail").asString()).isEqualTo(query.getValue());
            HttpResponse<String> csv = csv(query.getKey());
            assertThat(csv.statusCode()).as("as CSV: " + query.getKey()).isEqualTo(400);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
    }

    @Test
    void aPeriodWithoutAnswersHasNoRulesAndNoBoundsCoverTheWholeLog() throws Exception {
        JsonNode none = report(TestUsers.SALES_OPS, "from=2020-01-01&to=2020-01-31");
        assertThat(none.get("from").asString()).isEqualTo("2020-01-01");
        assertThat(none.get("rules")).isEmpty();
        assertThat(report(TestUsers.SALES_OPS, "to=2020-01-31").get("rules")).isEmpty();

        JsonNode all = report(TestUsers.SALES_OPS, "");
        assertThat(all.has("from")).isFalse();
        assertThat(all.has("to")).isFalse();
        assertThat(all.get("rules")).isEqualTo(report(TestUsers.SALES_OPS, period).get("rules"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(report(TestUsers.SALES_OPS, "from=" + today.minusDays(1)).get("rules"))
                .isEqualTo(all.get("rules"));
    }

    @Test
    void theCommandLineReadsTheSameDatabaseWhileTheServiceRuns() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String[] dates = {"--from", today.minusDays(1).toString(), "--to", today.plusDays(1).toString()};
        Run csv = cli(Stream.concat(Stream.of(dates), Stream.of("--csv")).toArray(String[]::new));
        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(csv.out()).as("the CSV of the API").isEqualTo(csv(period).body());

        Run text = cli(dates);
        assertThat(text.exit()).as(text.err()).isZero();
        JsonNode followed = rules(report(TestUsers.SALES_OPS, period))
                .get(history.ruleOf(GeneratedHistory.FOLLOWED_CODE));
        assertThat(text.out()).contains("correlation, not proof")
                .contains(followed.get("rule").asString() + "\n  fired: " + n(followed, "answers") + " answers, "
                        + n(followed, "deals") + " deals, " + n(followed, "recommendations") + " recommendations\n")
                .contains("  followed (done): " + n(followed.get("followed"), "won") + " won, "
                        + n(followed.get("followed"), "lost") + " lost; win rate ");
        System.out.println(text.out());

        Run backwards = cli("--from", "2026-12-01", "--to", "2026-11-01");
        assertThat(backwards.exit()).isEqualTo(2);
        assertThat(backwards.err()).contains("from (2026-12-01) is after to (2026-11-01)");
    }

    private void assertSame(JsonNode actual, String rule, Set<String> reps) {
        assertThat(actual).as(rule + " in the report").isNotNull();
        ObjectNode withoutComments = ((ObjectNode) actual.deepCopy());
        JsonNode comments = withoutComments.remove("wrongComments");
        // read back as the answer was, so a count is the same number node whatever Java type tallied it
        assertThat(withoutComments).as(rule)
                .isEqualTo(Api.JSON.readTree(history.expected(rule, reps, MIN_DEALS).toString()));
        Map<String, Long> said = new HashMap<>();
        List<Long> counts = new ArrayList<>();
        comments.forEach(c -> {
            said.put(c.get("comment").asString(), c.get("count").asLong());
            counts.add(c.get("count").asLong());
        });
        assertThat(said).as(rule + ": WRONG comments").isEqualTo(history.wrongComments(rule, reps));
        assertThat(counts).as("said most first").isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    private JsonNode report(String user, String query) throws Exception {
        Api.Reply reply = new Api(port).as(user).get("/api/v1/rules/effectiveness?" + query);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.body();
    }

    private static Map<String, JsonNode> rules(JsonNode report) {
        Map<String, JsonNode> rules = new java.util.LinkedHashMap<>();
        report.get("rules").forEach(r -> rules.put(r.get("rule").asString(), r));
        return rules;
    }

    private HttpResponse<String> csv(String query) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/rules/effectiveness?" + query))
                .header("Accept", "text/csv").header("Authorization", TestUsers.basic(TestUsers.SALES_OPS)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String n(JsonNode node, String field) {
        return Long.toString(node.get(field).asLong());
    }

    private static String rate(JsonNode outcomes) {
        return outcomes.get("winRate").isNull() ? "" : Double.toString(outcomes.get("winRate").asDouble());
    }

    /** RFC 4180 as the report writes it: quoted cells may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    /** What one run of the command line printed, and its exit code. */
    record Run(int exit, String out, String err) {
    }

    private Run cli(String... options) {
        List<String> command = new ArrayList<>(List.of("report", "effectiveness"));
        command.addAll(List.of(options));
        command.addAll(databaseOptions());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(AdvisorCli.class);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(command.toArray(String[]::new)), out.toString(), err.toString());
    }
}
