package com.commitment.advisor.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestCaller;
import com.commitment.advisor.TestUsers;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The customer profile and the deal store over real HTTP on a random port, on a real database: the subclasses
 * pick which one (the embedded H2 file database, and PostgreSQL when one answers).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ProfileAndDealsTest {

    private static final String ACME_RECRUITING_DEAL = """
            {"customerId": "%s",
             "deal": {"id": "%s", "customer": "Acme Recruiting", "stage": "DECISION", "decidedOn": "2026-09-01",
                      "lastAdvanceOn": "2026-09-03", "asOf": "2026-09-20", "owner": "liang", "budget": "approved"},
             "people": [
               {"id": "liang", "name": "Liang", "title": "VP", "role": "DP", "influence": 2, "support": 2,
                "concept": "hire faster for the new plant", "reason": "said: let's do it, get ready"},
               {"id": "chen", "role": "UP", "influence": 2, "support": -1,
                "reason": "suggests looking at more vendors",
                "remedy": "reference visit at his former employer, run by his former team"},
               {"id": "fang", "name": "Fang", "role": "PP", "influence": 2, "support": -1, "effort": 1}],
             "history": [{"date": "2026-09-05", "of": "sun", "action": "set up a meeting with Fang",
                          "result": "DEFERRED", "said": "not the right time"}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    DealService dealService;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void aCustomerIsCreatedReadListedAndUpdatedWithItsVersion() throws Exception {
        Api.Reply created = api.post("/api/v1/customers", "{\"id\": \"acme\", \"name\": \"Acme\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/customers/acme");
        assertThat(created.body().get("version").asLong()).isEqualTo(1);

        assertThat(api.get("/api/v1/customers/acme").body().get("name").asString()).isEqualTo("Acme");
        assertThat(api.get("/api/v1/customers?size=100").body().get("items").findValuesAsString("id"))
                .contains("acme");

        Api.Reply renamed = api.put("/api/v1/customers/acme", "{\"name\": \"Acme Recruiting\", \"version\": 1}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().get("version").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/customers/acme").body().get("name").asString()).isEqualTo("Acme Recruiting");

        Api.Reply stale = api.put("/api/v1/customers/acme", "{\"name\": \"Acme Ltd\", \"version\": 1}");
        assertProblem(stale, 409, "/problems/stale-version");
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/customers/acme").body().get("name").asString()).isEqualTo("Acme Recruiting");

        assertProblem(api.post("/api/v1/customers", "{\"id\": \"acme\"}"), 409, "/problems/already-exists");
        assertProblem(api.get("/api/v1/customers/nobody"), 404, "/problems/not-found");
        assertProblem(api.put("/api/v1/customers/nobody", "{\"version\": 1}"), 404, "/problems/not-found");
    }

    @Test
    void peopleAndEventsLiveUnderTheirCustomer() throws Exception {
        api.post("/api/v1/customers", "{\"id\": \"beta\"}");
        Api.Reply created = api.post("/api/v1/customers/beta/people",
                "{\"id\": \"fang\", \"name\": \"Fang\", \"title\": \"IT lead\", \"concept\": \"build it in-house\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/customers/beta/people/fang");
        assertThat(created.body().has("support")).as("no event has set a support level yet").isFalse();

        Api.Reply changed = api.put("/api/v1/customers/beta/people/fang",
                "{\"name\": \"Fang\", \"title\": \"IT lead\", \"concept\": \"keep the system maintainable\","
                        + " \"personalWin\": \"no night shifts fixing it\", \"version\": 1}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("personalWin").asString()).isEqualTo("no night shifts fixing it");
        assertProblem(api.put("/api/v1/customers/beta/people/fang", "{\"name\": \"F\", \"version\": 1}"), 409,
                "/problems/stale-version");

        Api.Reply event = api.post("/api/v1/customers/beta/people/fang/events",
                "{\"date\": \"2026-09-25\", \"what\": \"deep technical exchange on the talent pool\"}");
        assertThat(event.status()).isEqualTo(201);
        long id = event.body().get("id").asLong();
        assertThat(event.header("Location")).endsWith("/api/v1/customers/beta/people/fang/events/" + id);
        Api.Reply corrected = api.put("/api/v1/customers/beta/people/fang/events/" + id,
                "{\"date\": \"2026-09-26\", \"what\": \"deep technical exchange on the talent pool\","
                        + " \"support\": 0, \"version\": 1}");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers/beta/people/fang/events/" + id).body().get("date").asString())
                .isEqualTo("2026-09-26");
        assertThat(api.get("/api/v1/customers/beta/people/fang").body().get("support").asInt()).isZero();

        assertProblem(api.post("/api/v1/customers/beta/people", "{\"id\": \"fang\"}"), 409,
                "/problems/already-exists");
        assertProblem(api.get("/api/v1/customers/beta/people/nobody"), 404, "/problems/not-found");
        assertProblem(api.post("/api/v1/customers/nobody/people", "{\"id\": \"fang\"}"), 404, "/problems/not-found");
        assertProblem(api.get("/api/v1/customers/beta/people/fang/events/999999"), 404, "/problems/not-found");
        assertProblem(api.post("/api/v1/customers/beta/people/nobody/events",
                "{\"date\": \"2026-09-25\", \"what\": \"x\"}"), 404, "/problems/not-found");
    }

    /** The method (docs/method.md): Chen goes from -1 in August to +1 in September after the reference visit. */
    @Test
    void chensSupportHistoryShowsTheReferenceVisitWinningHimOver() throws Exception {
        api.post("/api/v1/customers", "{\"id\": \"acme-recruiting\", \"name\": \"Acme Recruiting\"}");
        api.post("/api/v1/customers/acme-recruiting/people",
                "{\"id\": \"chen\", \"name\": \"Chen\", \"title\": \"HR manager\"}");
        String events = "/api/v1/customers/acme-recruiting/people/chen/events";
        // recorded out of order: the log and the history read by date
        api.post(events, "{\"date\": \"2026-09-18\", \"what\": \"reference visit to his former employer\","
                + " \"support\": 1, \"dealId\": \"D-1024\"}");
        api.post(events, "{\"date\": \"2026-08-20\", \"what\": \"suggests looking at more vendors\", \"support\": -1}");
        api.post(events, "{\"date\": \"2026-09-02\", \"what\": \"agreed to join a reference visit\"}");

        JsonNode log = api.get(events).body();
        assertThat(log.get("total").asInt()).isEqualTo(3);
        assertThat(log.get("items").findValuesAsString("date")).containsExactly("2026-08-20", "2026-09-02", "2026-09-18");

        JsonNode history = api.get("/api/v1/customers/acme-recruiting/people/chen/support").body();
        assertThat(history.get("total").asInt()).isEqualTo(2);
        JsonNode august = history.get("items").get(0);
        JsonNode september = history.get("items").get(1);
        assertThat(august.get("date").asString()).isEqualTo("2026-08-20");
        assertThat(august.has("from")).isFalse();
        assertThat(august.get("to").asInt()).isEqualTo(-1);
        assertThat(september.get("date").asString()).isEqualTo("2026-09-18");
        assertThat(september.get("from").asInt()).isEqualTo(-1);
        assertThat(september.get("to").asInt()).isEqualTo(1);
        assertThat(september.get("what").asString()).isEqualTo("reference visit to his former employer");
        assertThat(september.get("dealId").asString()).isEqualTo("D-1024");
        assertThat(api.get("/api/v1/customers/acme-recruiting/people/chen").body().get("support").asInt()).isEqualTo(1);
    }

    @Test
    void listsComeInPages() throws Exception {
        api.post("/api/v1/customers", "{\"id\": \"paged\"}");
        for (String id : List.of("a", "b", "c", "d", "e")) {
            api.post("/api/v1/customers/paged/people", "{\"id\": \"" + id + "\"}");
        }
        JsonNode second = api.get("/api/v1/customers/paged/people?page=1&size=2").body();
        assertThat(second.get("items").findValuesAsString("id")).containsExactly("c", "d");
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(2);
        assertThat(second.get("total").asInt()).isEqualTo(5);
        assertThat(api.get("/api/v1/customers/paged/people?page=2&size=2").body().get("items").size()).isEqualTo(1);
        assertThat(api.get("/api/v1/customers/paged/people?page=9").body().get("items").size()).isZero();

        assertProblem(api.get("/api/v1/customers/paged/people?size=0"), 400, "/problems/invalid-request");
        assertProblem(api.get("/api/v1/customers/paged/people?size=101"), 400, "/problems/invalid-request");
        assertProblem(api.get("/api/v1/customers/paged/people?page=-1"), 400, "/problems/invalid-request");
        assertThat(api.get("/api/v1/customers/paged/people?size=many").status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            customer without id      | POST | /api/v1/customers                   | {"name": "Acme"}                                   | /id
            customer id with slash   | POST | /api/v1/customers                   | {"id": "a/b"}                                      | /id
            update without version   | PUT  | /api/v1/customers/gamma             | {"name": "Gamma"}                                  | /version
            update naming another id | PUT  | /api/v1/customers/gamma             | {"id": "delta", "version": 1}                      | /id
            person without id        | POST | /api/v1/customers/gamma/people      | {"name": "Chen"}                                   | /id
            event without date       | POST | /api/v1/customers/gamma/people/chen/events | {"what": "visit"}                           | /date
            event without what       | POST | /api/v1/customers/gamma/people/chen/events | {"date": "2026-09-01"}                      | /what
            support 3                | POST | /api/v1/customers/gamma/people/chen/events | {"date": "2026-09-01", "what": "x", "support": 3} | /support
            impossible date          | POST | /api/v1/customers/gamma/people/chen/events | {"date": "2026-02-30", "what": "x"}         | /date
            deal without deal        | PUT  | /api/v1/deals/D-9                   | {"people": []}                                     | /deal
            deal naming another id   | PUT  | /api/v1/deals/D-9                   | {"deal": {"id": "D-8"}}                            | /deal/id
            deal influence 7         | PUT  | /api/v1/deals/D-9                   | {"deal": {}, "people": [{"id": "x", "influence": 7}]} | /people/0/influence
            deal duplicate person    | PUT  | /api/v1/deals/D-9                   | {"deal": {}, "people": [{"id": "x"}, {"id": "x"}]} | /people/1/id
            deal unknown stage       | PUT  | /api/v1/deals/D-9                   | {"deal": {"stage": "MAYBE"}}                       | /deal/stage
            deal unknown customer    | PUT  | /api/v1/deals/D-9                   | {"customerId": "nobody", "deal": {}}               | /customerId
            """)
    void invalidInputIsA400ProblemWithAPointer(String what, String method, String path, String body, String pointer)
            throws Exception {
        api.post("/api/v1/customers", "{\"id\": \"gamma\"}");
        api.post("/api/v1/customers/gamma/people", "{\"id\": \"chen\"}");
        Api.Reply reply = method.equals("PUT") ? api.put(path, body) : api.post(path, body);
        assertProblem(reply, 400, "/problems/invalid-request");
        assertThat(reply.body().get("errors").get(0).get("pointer").asString()).as(what).isEqualTo(pointer);
        assertProblem(api.get("/api/v1/deals/D-9"), 404, "/problems/not-found");
    }

    @Test
    void aDealIsStoredAndReadBackInTheRequestShape() throws Exception {
        api.post("/api/v1/customers", "{\"id\": \"store\"}");
        Api.Reply created = api.put("/api/v1/deals/D-1", ACME_RECRUITING_DEAL.formatted("store", "D-1"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("version").asLong()).isEqualTo(1);
        assertThat(created.body().get("sealed").asBoolean()).isFalse();

        JsonNode read = api.get("/api/v1/deals/D-1").body();
        JsonNode sent = Api.JSON.readTree(ACME_RECRUITING_DEAL.formatted("store", "D-1"));
        assertThat(read.get("deal")).isEqualTo(sent.get("deal"));
        assertThat(read.get("people")).isEqualTo(sent.get("people"));
        assertThat(read.get("history")).isEqualTo(sent.get("history"));
        assertThat(read.get("customerId").asString()).isEqualTo("store");

        String update = ACME_RECRUITING_DEAL.formatted("store", "D-1").replace("\"customerId\"", "\"version\": 1, \"customerId\"")
                .replace("\"support\": -1, \"effort\": 1", "\"support\": 0, \"effort\": 3");
        Api.Reply replaced = api.put("/api/v1/deals/D-1", update);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body().get("version").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/deals/D-1").body().get("people").get(2).get("support").asInt()).isZero();

        assertProblem(api.put("/api/v1/deals/D-1", update), 409, "/problems/stale-version");
        assertProblem(api.put("/api/v1/deals/D-1", ACME_RECRUITING_DEAL.formatted("store", "D-1")), 409,
                "/problems/already-exists");
        assertProblem(api.put("/api/v1/deals/D-404", "{\"version\": 1, \"deal\": {}}"), 404, "/problems/not-found");
        assertProblem(api.get("/api/v1/deals/D-404"), 404, "/problems/not-found");

        JsonNode list = api.get("/api/v1/customers/store/deals").body();
        assertThat(list.get("items").findValuesAsString("id")).containsExactly("D-1");
    }

    @Test
    void theRepsDealsAreListedWithHowLongTheyStoodAndHowManyHighRecommendations() throws Exception {
        api.post("/api/v1/customers", "{\"id\": \"listed\"}");
        api.put("/api/v1/deals/L-STALLED", ACME_RECRUITING_DEAL.formatted("listed", "L-STALLED"));
        api.put("/api/v1/deals/L-QUIET", "{\"deal\": {\"customer\": \"Quiet 100% Ltd\", \"asOf\": \"2026-09-20\"}}");

        JsonNode stalled = api.get("/api/v1/deals?q=acme%20recr&size=100").body();
        JsonNode item = stalled.get("items").get(0);
        assertThat(stalled.get("items").findValuesAsString("id")).contains("L-STALLED").doesNotContain("L-QUIET");
        assertThat(item.get("customer").asString()).isEqualTo("Acme Recruiting");
        assertThat(item.get("stage").asString()).isEqualTo("DECISION");
        assertThat(item.get("daysWithoutAdvance").asInt()).as("2026-09-03 to its asOf").isEqualTo(17);
        assertThat(item.get("high").asInt()).as("stalled, a blocker").isGreaterThanOrEqualTo(2);

        JsonNode quiet = api.get("/api/v1/deals?q=100%25").body();
        assertThat(quiet.get("items").findValuesAsString("id")).containsExactly("L-QUIET");
        assertThat(quiet.get("items").get(0).has("daysWithoutAdvance")).isFalse();
        assertThat(api.get("/api/v1/deals?size=0").status()).isEqualTo(400);
    }

    @Test
    void closingADealSealsItsRoleTable() throws Exception {
        api.post("/api/v1/customers", "{\"id\": \"sealed\"}");
        String deal = ACME_RECRUITING_DEAL.formatted("sealed", "D-2");
        api.put("/api/v1/deals/D-2", deal);
        String won = deal.replace("\"customerId\"", "\"version\": 1, \"customerId\"")
                .replace("DECISION", "WON").replace("\"support\": -1, \"effort\": 1", "\"support\": 1, \"effort\": 1");
        Api.Reply closed = api.put("/api/v1/deals/D-2", won);
        assertThat(closed.status()).as("the closing write itself may still change the table").isEqualTo(200);
        assertThat(closed.body().get("sealed").asBoolean()).isTrue();

        String asClosed = won.replace("\"version\": 1", "\"version\": 2");
        Api.Reply supportChanged = api.put("/api/v1/deals/D-2", asClosed.replace("\"support\": 2", "\"support\": 1"));
        assertProblem(supportChanged, 409, "/problems/deal-sealed");
        assertProblem(api.put("/api/v1/deals/D-2", asClosed.replace("\"role\": \"PP\"", "\"role\": \"IP\"")), 409,
                "/problems/deal-sealed");
        assertProblem(api.put("/api/v1/deals/D-2", asClosed.replace("WON", "DECISION")), 409, "/problems/deal-sealed");
        assertProblem(api.put("/api/v1/deals/D-2", asClosed.replace("{\"id\": \"fang\"", "{\"id\": \"zhao\"}, {\"id\": \"fang\"")),
                409, "/problems/deal-sealed");

        Api.Reply lessonAdded = api.put("/api/v1/deals/D-2", asClosed.replace("\"history\": [",
                "\"history\": [{\"date\": \"2026-10-01\", \"of\": \"liang\", \"action\": \"sign\", \"result\": \"KEPT\"}, "));
        assertThat(lessonAdded.status()).as("history may still be completed").isEqualTo(200);
        JsonNode stored = api.get("/api/v1/deals/D-2").body();
        assertThat(stored.get("people").get(2).get("support").asInt()).isEqualTo(1);
        assertThat(stored.get("history").size()).isEqualTo(2);
        assertThat(stored.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void adviceOnAStoredDealTakesThePlanOfTheCall() throws Exception {
        api.post("/api/v1/customers", "{\"id\": \"advised\"}");
        api.put("/api/v1/deals/D-3", ACME_RECRUITING_DEAL.formatted("advised", "D-3"));
        String plan = """
                {"asOf": "2026-09-20", "plan": {"commitments": [
                  {"id": "c1", "kind": "BEST", "by": "we", "action": "send the minutes tonight"},
                  {"id": "c2", "kind": "MINIMUM", "by": "chen", "action": "tell us which three reports his team needs by Friday"}]}}
                """;
        Api.Reply advice = api.post("/api/v1/deals/D-3/advice", plan, "en");
        assertThat(advice.status()).isEqualTo(200);
        assertThat(advice.body().get("dealId").asString()).isEqualTo("D-3");
        assertThat(advice.body().get("ruleset").asString()).startsWith("sha256:");
        assertThat(advice.body().get("recommendations").findValuesAsString("code")).contains("COMMITMENT_SELLER_ACTION");

        Api.Reply chinese = api.post("/api/v1/deals/D-3/advice", plan, "zh-CN,zh;q=0.9");
        assertThat(chinese.body().get("recommendations").valueStream()
                .filter(r -> r.get("code").asString().equals("COMMITMENT_SELLER_ACTION")).findFirst().orElseThrow()
                .get("message").asString()).contains("不是客户的行动承诺");

        assertThat(api.post("/api/v1/deals/D-3/advice", "").status()).as("no body: advice on the deal alone")
                .isEqualTo(200);
        Api.Reply invalid = api.post("/api/v1/deals/D-3/advice", "{\"plan\": {\"commitments\": [{\"kind\": \"GOOD\"}]}}");
        assertProblem(invalid, 400, "/problems/invalid-request");
        assertThat(invalid.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/plan/commitments/0/kind");
        assertProblem(api.post("/api/v1/deals/D-404/advice", "{}"), 404, "/problems/not-found");
    }

    @Test
    void theAdvisorSeesWhatTheProfileKnowsWhereTheDealSaysNothing() throws Exception {
        api.post("/api/v1/customers", "{\"id\": \"merged\"}");
        api.post("/api/v1/customers/merged/people", """
                {"id": "chen", "name": "Chen", "title": "HR manager", "concept": "fewer reports for his team",
                 "personalWin": "his former employer sees him pick the better system"}""");
        api.post("/api/v1/customers/merged/people", """
                {"id": "liang", "name": "Liang Wei", "concept": "profile concept, not the deal's"}""");
        api.put("/api/v1/deals/D-4", ACME_RECRUITING_DEAL.formatted("merged", "D-4"));

        AdviceRequest request = TestCaller.as(TestUsers.REP, () -> dealService.adviceRequest("D-4",
                new DealAdviceRequest(LocalDate.parse("2026-10-01"), null, null)));

        Person chen = request.people().get(1);
        assertThat(chen.name()).isEqualTo("Chen");
        assertThat(chen.title()).isEqualTo("HR manager");
        assertThat(chen.concept()).isEqualTo("fewer reports for his team");
        assertThat(chen.personalWin()).isEqualTo("his former employer sees him pick the better system");
        assertThat(chen.influence()).as("influence stays the deal's").isEqualTo(2);
        assertThat(chen.support()).isEqualTo(-1);
        Person liang = request.people().get(0);
        assertThat(liang.name()).as("the deal's own words win").isEqualTo("Liang");
        assertThat(liang.concept()).isEqualTo("hire faster for the new plant");
        assertThat(request.people().get(2).concept()).as("not in the profile").isNull();
        assertThat(request.deal().asOf()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(request.history()).hasSize(1);
    }

    @Test
    void ofConcurrentUpdatesFromOneVersionExactlyOneWins() throws Exception {
        api.post("/api/v1/customers", "{\"id\": \"race\"}");
        api.put("/api/v1/deals/D-5", ACME_RECRUITING_DEAL.formatted("race", "D-5"));
        String replace = ACME_RECRUITING_DEAL.formatted("race", "D-5").replace("\"customerId\"", "\"version\": 1, \"customerId\"");

        assertThat(race(8, i -> api.put("/api/v1/customers/race", "{\"name\": \"writer " + i + "\", \"version\": 1}")))
                .containsExactlyInAnyOrder(200, 409, 409, 409, 409, 409, 409, 409);
        assertThat(race(8, i -> api.put("/api/v1/deals/D-5", replace.replace("approved", "writer " + i))))
                .containsExactlyInAnyOrder(200, 409, 409, 409, 409, 409, 409, 409);
        JsonNode deal = api.get("/api/v1/deals/D-5").body();
        assertThat(deal.get("version").asLong()).isEqualTo(2);
        assertThat(deal.get("people").size()).as("the winner's table, written once").isEqualTo(3);
    }

    private interface Call {
        Api.Reply send(int writer) throws Exception;
    }

    /** Sends {@code n} calls at the same moment; their statuses. */
    private static List<Integer> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int writer = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.send(writer).status();
                };
                replies.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get(30, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertProblem(Api.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(status);
        assertThat(reply.isProblem()).as("problem+json").isTrue();
        assertThat(reply.body().get("type").asString()).isEqualTo(type);
        assertThat(reply.body().get("status").asInt()).isEqualTo(status);
        assertThat(reply.body().get("detail").asString()).isNotBlank();
        assertThat(reply.raw().body()).doesNotContain("Exception");
    }
}
