package com.commitment.advisor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.profile.Api;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The access matrix: every endpoint × every role × own and other's object, called over real HTTP and expected to
 * answer the status of {@code src/test/resources/security/access-matrix.csv}. An endpoint the service serves
 * under {@code /api/**} without a row in the table fails, and so does a row whose endpoint is gone.
 *
 * <p>The fixtures are made once per run with ids of their own (the test database in target/test-data outlives
 * runs): a customer with a person and an event, a deal on it, advice on the deal and feedback on the advice, once
 * as rep1 (the "own" objects: of the REP caller, of the MANAGER caller's rep) and once as rep3 (the "other"
 * objects: a rep of another manager). Writes leave the fixtures as they were: they create fresh objects, replace
 * with what the owner has just read, or hand a deal to the rep who already has it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final String TABLE = "/security/access-matrix.csv";
    private static final String HEADER = "method,path,object,ANONYMOUS,REP,MANAGER,SALES_OPS,ADMIN";
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final Duration LOG_WAIT = Duration.ofSeconds(15);

    /** The columns of the table: a role, and the test user who calls as that role (none for ANONYMOUS). */
    enum Caller {
        ANONYMOUS(null), REP(TestUsers.REP), MANAGER(TestUsers.MANAGER), SALES_OPS(TestUsers.SALES_OPS),
        ADMIN(TestUsers.ADMIN);

        final String user;

        Caller(String user) {
            this.user = user;
        }
    }

    /** One row of the table: an endpoint, whose object it names, and the status each caller expects. */
    record Row(int line, String method, String path, String object, Map<Caller, Integer> expected) {

        String endpoint() {
            return method + " " + path;
        }

        String name(Caller caller) {
            return endpoint() + ("-".equals(object) ? "" : " " + object) + " as " + caller;
        }
    }

    /** The objects of one rep, made through the API as that rep. */
    record Fixture(String rep, String manager, String customerId, String personId, long eventId, String dealId,
            String decisionId, String key) {

        Map<String, String> variables() {
            return Map.of("customerId", customerId, "personId", personId, "eventId", Long.toString(eventId),
                    "dealId", dealId, "decisionId", decisionId, "name", rep);
        }
    }

    /** The deal each rep stores: a decision stalling, a blocker and a professional without a score. */
    private static final String DEAL = """
            {"customerId": "%s",
             "deal": {"id": "%s", "customer": "Matrix Recruiting", "stage": "DECISION", "decidedOn": "2026-09-01",
                      "lastAdvanceOn": "2026-09-03", "asOf": "2026-09-20", "budget": "approved"},
             "people": [{"id": "chen", "role": "UP", "influence": 2, "support": -1},
                        {"id": "fang", "name": "Fang", "role": "PP"}]}
            """;

    /** A plan for advice on the stored deal: a seller action as the best ask, a vague minimum. */
    private static final String PLAN = """
            {"plan": {"commitments": [
               {"id": "c1", "kind": "BEST", "by": "we", "action": "send the minutes tonight"},
               {"id": "c2", "kind": "MINIMUM", "by": "chen", "action": "let's catch up soon"}]}}
            """;

    /** The same as a stateless advice request. */
    private static final String STATELESS = """
            {"deal": {"id": "%s", "asOf": "2026-09-20"},
             "people": [{"id": "chen", "name": "Chen", "role": "UP", "influence": 2, "support": -1},
                        {"id": "fang", "role": "PP"}],
             "plan": {"commitments": [
               {"id": "c1", "kind": "BEST", "by": "we", "action": "send the minutes tonight"},
               {"id": "c2", "kind": "MINIMUM", "by": "chen", "action": "let's catch up soon"}]}}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Sets this run's ids apart from those of earlier runs on the same database. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger fresh = new AtomicInteger();
    /** The body of each POST and PUT endpoint, made just before the call from the fixture of the row. */
    private final Map<String, Function<Fixture, String>> bodies = new HashMap<>();

    private List<Row> rows;
    private Fixture own;
    private Fixture other;

    @BeforeAll
    void fixtures() throws Exception {
        rows = readTable();
        own = fixture(TestUsers.REP, TestUsers.MANAGER);
        other = fixture(TestUsers.REP_OTHER_MANAGER, TestUsers.OTHER_MANAGER);
        defineBodies();
    }

    /** The table and the endpoints served agree: each has the other's rows, with own and other for an object. */
    @Test
    void everyEndpointHasItsRowsAndEveryRowAnEndpoint() {
        Set<String> served = servedEndpoints();
        assertThat(served).as("endpoints under /api/** found in requestMappingHandlerMapping").isNotEmpty();

        Map<String, Set<String>> objectsByEndpoint = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Row row : rows) {
            if (!objectsByEndpoint.computeIfAbsent(row.endpoint(), e -> new TreeSet<>()).add(row.object())) {
                problems.add("line " + row.line() + ": " + row.endpoint() + " " + row.object() + " twice");
            }
        }
        for (String endpoint : served) {
            Set<String> objects = objectsByEndpoint.get(endpoint);
            Set<String> needed = VARIABLE.matcher(endpoint).find() ? Set.of("own", "other") : Set.of("-");
            if (objects == null) {
                problems.add(endpoint + " is served but has no row in " + TABLE + " (needs " + needed + ")");
            } else if (!objects.equals(needed)) {
                problems.add(endpoint + " has rows for " + objects + " but needs exactly " + needed);
            }
        }
        for (String endpoint : objectsByEndpoint.keySet()) {
            if (endpoint.contains(" /api/") && !served.contains(endpoint)) {
                problems.add(endpoint + " has a row in " + TABLE + " but is no longer served");
            }
        }
        for (Row row : rows) {
            if (("POST".equals(row.method()) || "PUT".equals(row.method()) || "PATCH".equals(row.method()))
                    && !bodies.containsKey(row.endpoint())) {
                problems.add(row.endpoint() + " has no body in AccessMatrixTest.defineBodies()");
            }
        }
        assertThat(problems).as("the access matrix and the endpoints served").isEmpty();
    }

    /** Each cell of the table, named like {@code GET /api/v1/deals/{dealId} other as REP}. */
    @TestFactory
    Stream<DynamicContainer> eachEndpointAnswersEachRoleAsTheTableSays() {
        return rows.stream().map(row -> DynamicContainer.dynamicContainer(
                row.endpoint() + ("-".equals(row.object()) ? "" : " " + row.object()),
                Arrays.stream(Caller.values()).map(caller -> DynamicTest.dynamicTest(row.name(caller),
                        () -> check(row, caller)))));
    }

    /**
     * A list answers 200 to more callers than a single object does, so the table alone would not see a list
     * showing someone else's: each list shows the callers who may call it own objects, and other ones only to
     * those who see everyone's (an admin, sales-ops for feedback).
     */
    @TestFactory
    Stream<DynamicTest> listsShowOnlyWhatTheCallerSees() {
        record Listing(String path, String field, Function<Fixture, String> id, Map<Caller, Set<String>> shows) {
        }
        Set<String> mine = Set.of("own");
        Set<String> all = Set.of("own", "other");
        List<Listing> listings = List.of(
                new Listing("/api/v1/deals?q=mx-" + run, "id", Fixture::dealId,
                        Map.of(Caller.REP, mine, Caller.MANAGER, mine, Caller.ADMIN, all)),
                new Listing("/api/v1/customers", "id", Fixture::customerId,
                        Map.of(Caller.REP, mine, Caller.MANAGER, mine, Caller.ADMIN, all)),
                new Listing("/api/v1/feedback", "dealId", Fixture::dealId,
                        Map.of(Caller.REP, mine, Caller.MANAGER, mine, Caller.SALES_OPS, all)));
        return listings.stream().flatMap(listing -> listing.shows().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> DynamicTest.dynamicTest("GET " + listing.path().replace(run, "{run}") + " as "
                        + entry.getKey() + " lists "
                        + (entry.getValue().size() == 1 ? "own, not other" : "own and other"), () -> {
                            Set<String> listed = listAll(listing.path(), listing.field(), entry.getKey().user);
                            Set<String> shown = new TreeSet<>();
                            if (listed.contains(listing.id().apply(own))) {
                                shown.add("own");
                            }
                            if (listed.contains(listing.id().apply(other))) {
                                shown.add("other");
                            }
                            if (!shown.equals(entry.getValue())) {
                                fail("GET " + listing.path().replace(run, "{run}") + " as " + entry.getKey()
                                        + ": expected " + entry.getValue() + " listed, got " + shown);
                            }
                        })));
    }

    /** The {@code field} of every item of every page of the list at {@code path}, as {@code user}. */
    private Set<String> listAll(String path, String field, String user) throws Exception {
        Set<String> values = new TreeSet<>();
        for (int page = 0; page < 1000; page++) {
            HttpResponse<String> answer = call("GET", path + (path.contains("?") ? "&" : "?") + "size=100&page="
                    + page, null, user);
            assertThat(answer.statusCode()).as("GET " + path + " as " + user).isEqualTo(200);
            JsonNode items = Api.JSON.readTree(answer.body()).get("items");
            if (items.isEmpty()) {
                return values;
            }
            items.forEach(item -> values.add(item.get(field).asString()));
        }
        throw new AssertionError("GET " + path + " as " + user + ": more than 1000 pages");
    }

    private void check(Row row, Caller caller) throws Exception {
        Fixture fixture = "other".equals(row.object()) ? other : own;
        String path = substitute(row.path(), fixture);
        Function<Fixture, String> body = bodies.get(row.endpoint());
        HttpResponse<String> answer = call(row.method(), path, body == null ? null : body.apply(fixture),
                caller.user);
        int expected = row.expected().get(caller);
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status != expected) {
            fail(row.name(caller) + ": expected " + expected + ", got " + status + " (" + row.method() + " " + path
                    + " answered " + abbreviate(answer.body()) + ")");
        }
        if (status >= 300 && !type.startsWith("application/problem+json")) {
            fail(row.name(caller) + ": a " + status + " must be application/problem+json, got '" + type + "'");
        }
    }

    /** Every (method, path pattern) under /api/ that requestMappingHandlerMapping serves; "*" for any method. */
    private Set<String> servedEndpoints() {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    served.add("* " + pattern);
                }
                methods.forEach(method -> served.add(method.name() + " " + pattern));
            }
        }
        return served;
    }

    /**
     * The bodies of the writes. Each leaves the fixtures as they were, whoever the server lets make it: creations
     * use fresh ids; replacements send what the owner has just read (so the version is current); the handover
     * hands the deal to the rep who has it; a user keeps their role, manager and password.
     */
    private void defineBodies() {
        bodies.put("POST /api/v1/advice", f -> STATELESS.formatted("mx-" + run + "-stateless"));
        bodies.put("POST /api/v1/rules/reload", f -> null);
        bodies.put("POST /api/v1/users",
                f -> "{\"name\": \"mx-%s-user%d\", \"role\": \"SALES_OPS\"}".formatted(run, fresh.incrementAndGet()));
        bodies.put("PUT /api/v1/users/{name}/role",
                f -> "{\"role\": \"REP\", \"manager\": \"%s\"}".formatted(f.manager()));
        bodies.put("POST /api/v1/users/{name}/password",
                f -> "{\"password\": \"%s\"}".formatted(TestUsers.PASSWORD));
        bodies.put("POST /api/v1/customers",
                f -> "{\"id\": \"mx-%s-customer%d\", \"name\": \"Matrix\"}".formatted(run, fresh.incrementAndGet()));
        bodies.put("PUT /api/v1/customers/{customerId}",
                f -> readAsOwner(f, "/api/v1/customers/" + f.customerId()));
        bodies.put("POST /api/v1/customers/{customerId}/people",
                f -> "{\"id\": \"person%d\", \"name\": \"Li\"}".formatted(fresh.incrementAndGet()));
        bodies.put("PUT /api/v1/customers/{customerId}/people/{personId}",
                f -> readAsOwner(f, "/api/v1/customers/" + f.customerId() + "/people/" + f.personId()));
        bodies.put("POST /api/v1/customers/{customerId}/people/{personId}/events",
                f -> "{\"date\": \"2026-09-21\", \"what\": \"matrix call %d\"}".formatted(fresh.incrementAndGet()));
        bodies.put("PUT /api/v1/customers/{customerId}/people/{personId}/events/{eventId}",
                f -> readAsOwner(f, "/api/v1/customers/" + f.customerId() + "/people/" + f.personId() + "/events/"
                        + f.eventId()));
        // Names rep1's customer, which the REP caller sees: a customer they do not see would be refused (400)
        // before whose deal it is comes into question. For rep1's deal that is the deal as it is.
        bodies.put("PUT /api/v1/deals/{dealId}", f -> {
            ObjectNode deal = (ObjectNode) Api.JSON.readTree(readAsOwner(f, "/api/v1/deals/" + f.dealId()));
            return deal.put("customerId", own.customerId()).toString();
        });
        bodies.put("PUT /api/v1/deals/{dealId}/rep", f -> "{\"rep\": \"%s\"}".formatted(f.rep()));
        bodies.put("POST /api/v1/deals/{dealId}/advice", f -> PLAN);
        bodies.put("POST /api/v1/deals/{dealId}/feedback",
                f -> "{\"key\": \"%s\", \"status\": \"DONE\", \"comment\": \"access matrix\"}".formatted(f.key()));
    }

    /** The customer, person, event and deal and its advice of {@code rep}, made as {@code rep}. */
    private Fixture fixture(String rep, String manager) throws Exception {
        Api api = new Api(port).as(rep);
        String customerId = "mx-" + run + "-" + rep;
        expect(api.post("/api/v1/customers", "{\"id\": \"%s\", \"name\": \"Matrix of %s\"}".formatted(customerId,
                rep)), 201);
        String people = "/api/v1/customers/" + customerId + "/people";
        expect(api.post(people, "{\"id\": \"chen\", \"name\": \"Chen\", \"title\": \"HR manager\"}"), 201);
        long eventId = expect(api.post(people + "/chen/events",
                "{\"date\": \"2026-09-18\", \"what\": \"reference visit\", \"support\": 1}"), 201)
                .body().get("id").asLong();
        String dealId = customerId + "-deal";
        expect(api.put("/api/v1/deals/" + dealId, DEAL.formatted(customerId, dealId)), 201);
        Api.Reply advice = expect(api.post("/api/v1/deals/" + dealId + "/advice", PLAN), 200);
        String decisionId = advice.body().get("decisionId").asString();
        JsonNode recommendations = advice.body().get("recommendations");
        assertThat(recommendations.size()).as("advice on the fixture deal of " + rep).isPositive();
        String key = recommendations.get(0).get("key").asString();
        expect(api.post("/api/v1/deals/" + dealId + "/feedback",
                "{\"key\": \"%s\", \"status\": \"DONE\"}".formatted(key)), 201);
        awaitLogged(api, decisionId);
        return new Fixture(rep, manager, customerId, "chen", eventId, dealId, decisionId, key);
    }

    /** The decision log is written in the background: waits until the owner reads the decision. */
    private static void awaitLogged(Api owner, String decisionId) throws Exception {
        long until = System.nanoTime() + LOG_WAIT.toNanos();
        while (owner.get("/api/v1/decisions/" + decisionId).status() != 200) {
            assertThat(System.nanoTime() - until).as("decision " + decisionId + " logged within " + LOG_WAIT)
                    .isNegative();
            Thread.sleep(100);
        }
    }

    /** What the fixture's owner reads at {@code path} now: sent back, it replaces the object with itself. */
    private String readAsOwner(Fixture fixture, String path) {
        try {
            return expect(new Api(port).as(fixture.rep()).get(path), 200).raw().body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Api.Reply expect(Api.Reply reply, int status) {
        assertThat(reply.status()).as("fixture call %s answered %s", reply.raw().request().uri(),
                abbreviate(reply.raw().body())).isEqualTo(status);
        return reply;
    }

    private HttpResponse<String> call(String method, String path, String body, String user)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", TestUsers.basic(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String substitute(String path, Fixture fixture) {
        Map<String, String> variables = fixture.variables();
        Matcher matcher = VARIABLE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no fixture for {" + matcher.group(1) + "} in " + path
                        + ": add it to AccessMatrixTest.Fixture");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    private static List<Row> readTable() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE + " on the test class path").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = false;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    assertThat(text).as(TABLE + " header").isEqualTo(HEADER);
                    header = true;
                    continue;
                }
                rows.add(row(number, text));
            }
        }
        assertThat(rows).as(TABLE + " rows").isNotEmpty();
        return rows;
    }

    private static Row row(int line, String text) {
        List<String> cells = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
        String where = TABLE + " line " + line + ": ";
        assertThat(cells).as(where + text).hasSize(3 + Caller.values().length);
        assertThat(cells.get(2)).as(where + "object").isIn("own", "other", "-");
        Map<Caller, Integer> expected = new LinkedHashMap<>();
        for (Caller caller : Caller.values()) {
            String cell = cells.get(3 + caller.ordinal());
            assertThat(cell).as(where + caller + " must be an HTTP status").matches("[1-5]\\d\\d");
            expected.put(caller, Integer.parseInt(cell));
        }
        return new Row(line, cells.get(0), cells.get(1), cells.get(2), expected);
    }

    private static String abbreviate(String body) {
        if (body == null || body.isEmpty()) {
            return "no body";
        }
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
