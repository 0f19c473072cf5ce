package com.commitment.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.AdvisorApplication;
import com.commitment.advisor.TestUsers;
import com.commitment.advisor.profile.Api;
import com.commitment.advisor.profile.Postgres;
import com.commitment.advisor.ruleset.RulesCopy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two service processes' worth of servers, on random ports, on one PostgreSQL schema and one rules folder, as
 * replicas behind a load balancer: a rule edit reaches both (each compiles and checks it itself), every answer
 * names its rule set, what is written through one is read through the other (feedback on an answer of one
 * given through the other too), and a stale version is refused whichever replica the newer write went through. Skipped, with the reason, when no PostgreSQL answers.
 */
@EnabledIf(value = "com.commitment.advisor.profile.Postgres#answers", disabledReason = Postgres.SKIPPED)
class ReplicasOnPostgresTest {

    private static final Duration RELOAD_WAIT = Duration.ofSeconds(60);
    private static final String PING_ME = """
            {"deal": {"id": "R-9", "asOf": "2026-09-20"}, "people": [{"id": "li"}],
             "plan": {"commitments": [
               {"id": "c1", "kind": "BEST", "by": "li", "action": "ping me by Friday"},
               {"id": "c2", "kind": "MINIMUM", "by": "li", "action": "send us the org chart by Friday"}]}}
            """;
    private static final String DEAL = """
            {%s"deal": {"customer": "%s", "stage": "SOLUTION", "asOf": "2026-09-20"},
             "people": [{"id": "chen", "name": "Chen", "role": "UP", "influence": 2, "support": -1}]}
            """;

    @TempDir
    Path dir;

    @Test
    void twoReplicasServeOneDatabaseAndOneRulesFolderAlike() throws Exception {
        String schema = Postgres.freshSchema("replicas_test_");
        RulesCopy rules = RulesCopy.of(Path.of("rules"), dir.resolve("rules"));
        try (ConfigurableApplicationContext first = start(schema, rules, dir.resolve("data-1"));
                ConfigurableApplicationContext second = start(schema, rules, dir.resolve("data-2"))) {
            Api one = new Api(port(first));
            Api two = new Api(port(second));
            List<Api> both = List.of(one, two);

            String before = version(one);
            assertThat(version(two)).isEqualTo(before);
            rules.write("lexicon/vague-phrases.csv", rules.read("lexicon/vague-phrases.csv") + "ping me,ask,en\n");
            for (Api replica : both) {
                assertThat(awaitNewVersion(replica, before)).as("each replica reloads the same files")
                        .isEqualTo(version(one));
                JsonNode answer = replica.post("/api/v1/advice", PING_ME).body();
                assertThat(answer.get("ruleset").asString()).isEqualTo(version(one));
                assertThat(answer.get("recommendations").findValuesAsString("code")).contains("COMMITMENT_VAGUE");
            }

            Api.Reply created = one.put("/api/v1/deals/R-1", DEAL.formatted("", "Acme Replicated"));
            assertThat(created.status()).isEqualTo(201);
            Api.Reply read = two.get("/api/v1/deals/R-1");
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body().get("deal").get("customer").asString()).isEqualTo("Acme Replicated");
            assertThat(read.body().get("version").asLong()).isEqualTo(1);

            Api.Reply newer = two.put("/api/v1/deals/R-1", DEAL.formatted("\"version\": 1, ", "Acme by two"));
            assertThat(newer.status()).isEqualTo(200);
            Api.Reply stale = one.put("/api/v1/deals/R-1", DEAL.formatted("\"version\": 1, ", "Acme by one"));
            assertThat(stale.status()).as("optimistic locking across replicas").isEqualTo(409);
            assertThat(stale.body().get("type").asString()).isEqualTo("/problems/stale-version");
            assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(2);
            assertThat(one.get("/api/v1/deals/R-1").body().get("deal").get("customer").asString())
                    .isEqualTo("Acme by two");

            JsonNode answer = one.post("/api/v1/deals/R-1/advice", "{}").body();
            String decisionId = answer.get("decisionId").asString();
            assertThat(awaitDecision(two, decisionId).get("askedBy").asString()).isEqualTo(TestUsers.REP);

            String key = answer.get("recommendations").get(0).get("key").asString();
            Api.Reply feedback = two.post("/api/v1/deals/R-1/feedback",
                    "{\"key\": \"" + key + "\", \"status\": \"DONE\"}");
            assertThat(feedback.status()).as("feedback through the replica that did not give the answer").isEqualTo(201);
            JsonNode again = one.post("/api/v1/deals/R-1/advice", "{}").body();
            assertThat(again.get("recommendations").findValuesAsString("key")).doesNotContain(key);
            assertThat(again.get("suppressed").findValuesAsString("key")).contains(key);
        } finally {
            Postgres.drop(schema);
        }
    }

    /** One replica: its own port and data directory (the last good rules, compiled folders, rule history). */
    private static ConfigurableApplicationContext start(String schema, RulesCopy rules, Path data) {
        return new SpringApplicationBuilder(AdvisorApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + Postgres.url(Postgres.HOST, Postgres.PORT) + "?currentSchema=" + schema,
                "--spring.datasource.username=" + Postgres.USER, "--spring.flyway.schemas=" + schema,
                "--advisor.rules-dir=" + rules.dir(), "--advisor.data-dir=" + data,
                "--advisor.reload-debounce=100ms");
    }

    private static int port(ConfigurableApplicationContext replica) {
        return ((WebServerApplicationContext) replica).getWebServer().getPort();
    }

    private static String version(Api replica) throws Exception {
        return replica.as(TestUsers.SALES_OPS).get("/api/v1/rules").body().get("version").asString();
    }

    private static String awaitNewVersion(Api replica, String before) throws Exception {
        Instant deadline = Instant.now().plus(RELOAD_WAIT);
        String now = version(replica);
        while (now.equals(before) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            now = version(replica);
        }
        return now;
    }

    private static JsonNode awaitDecision(Api replica, String decisionId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        Api.Reply reply = replica.get("/api/v1/decisions/" + decisionId);
        while (reply.status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            reply = replica.get("/api/v1/decisions/" + decisionId);
        }
        assertThat(reply.status()).as("logged by the other replica within the flush interval").isEqualTo(200);
        return reply.body();
    }
}
