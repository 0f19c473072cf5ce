package com.commitment.advisor.effectiveness;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.profile.Api;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seeded history built through the real endpoints: stored deals advised (some twice), feedback given (some of it
 * changed later), deals moved to WON or LOST, answers on ids that are no stored deal, and a rep of another manager.
 * Reps follow the seller-action advice on about half the deals, and those deals mostly win. What it did is kept
 * here, so the test can tally by hand what the report must say.
 */
public final class GeneratedHistory {

    public static final String FOLLOWED_CODE = "COMMITMENT_SELLER_ACTION";
    static final int STORED = 120;
    static final int TWICE_EVERY = 5;
    static final int UNSTORED = 10;
    static final int OTHER_REPS_DEALS = 5;
    /** WRONG comments, the first said most; one in Chinese, one with a comma and quotes for the CSV. */
    static final List<String> COMMENTS = List.of("we is the customer's team here", "他们自己会转发给主任",
            "already agreed, \"by phone\"");

    private static final String PEOPLE = """
            [{"id": "chen", "name": "Chen", "role": "UP", "influence": 2, "support": -1},
             {"id": "fang", "role": "PP"}]""";
    private static final String DEAL = """
            {"deal": {"id": "%s", "customer": "Effect %s", "stage": "EVALUATION", "asOf": "2026-09-20"},
             "people": %s}""";
    private static final String PLAN = """
            {"plan": {"commitments": [
               {"id": "c1", "kind": "BEST", "by": "we", "action": "send the minutes tonight"},
               {"id": "c2", "kind": "MINIMUM", "by": "chen", "action": "let's catch up soon"}]}}""";
    private static final String STATELESS = """
            {"deal": {"id": "%s", "asOf": "2026-09-20"}, "people": %s,
             "plan": {"commitments": [
               {"id": "c1", "kind": "BEST", "by": "we", "action": "send the minutes tonight"},
               {"id": "c2", "kind": "MINIMUM", "by": "chen", "action": "let's catch up soon"}]}}""";

    /** One recommendation of an answer. */
    record Shown(String rule, String code, String key) {
    }

    /** One answer: who asked, on which deal, what it recommended. */
    record Answer(String rep, String dealId, String decisionId, List<Shown> shown) {
    }

    /** One feedback, in the order given. */
    record Given(String rep, String dealId, String key, String status, String reason, String comment) {
    }

    private final Api api;
    private final int stored;
    private final Random random = new Random(21);
    final List<Answer> answers = new ArrayList<>();
    final List<Given> feedback = new ArrayList<>();
    /** Closed stored deals: true WON, false LOST; and whose they are. */
    final Map<String, Boolean> closed = new HashMap<>();
    final Map<String, String> repOfDeal = new HashMap<>();

    /** {@code stored} deals of the test rep, advised and most of them closed; {@value #STORED} for the report test. */
    public GeneratedHistory(Api api, int stored) {
        this.api = api;
        this.stored = stored;
    }

    public GeneratedHistory build() throws Exception {
        for (int i = 1; i <= stored; i++) {
            storedDeal(TestUsers.REP, "E-%03d".formatted(i), i % TWICE_EVERY == 0);
        }
        for (int i = 1; i <= UNSTORED; i++) {
            Answer answer = advise(TestUsers.REP, "S-" + i, "/api/v1/advice", STATELESS.formatted("S-" + i, PEOPLE));
            if (i % 2 == 1) {
                give(TestUsers.REP, answer, FOLLOWED_CODE, "DONE", null, null);
            }
        }
        for (int i = 1; i <= OTHER_REPS_DEALS; i++) {
            String dealId = "R-" + i;
            store(TestUsers.REP_OTHER_MANAGER, dealId);
            Answer answer = advise(TestUsers.REP_OTHER_MANAGER, dealId, "/api/v1/deals/" + dealId + "/advice", PLAN);
            give(TestUsers.REP_OTHER_MANAGER, answer, FOLLOWED_CODE, "DONE", null, null);
            close(TestUsers.REP_OTHER_MANAGER, dealId, true);
        }
        awaitLogged();
        return this;
    }

    /** A deal of {@code rep}: advised, given feedback, and most likely closed, won more often when followed. */
    private void storedDeal(String rep, String dealId, boolean twice) throws Exception {
        store(rep, dealId);
        String path = "/api/v1/deals/" + dealId + "/advice";
        Answer answer = advise(rep, dealId, path, PLAN);
        if (twice) {
            advise(rep, dealId, path, PLAN);
        }
        double choice = random.nextDouble();
        boolean followed = choice < 0.5;
        if (followed) {
            if (random.nextInt(7) == 0) { // said WRONG first, then done it after all: the latest holds
                give(rep, answer, FOLLOWED_CODE, "DISMISSED", "WRONG", COMMENTS.get(0));
            }
            give(rep, answer, FOLLOWED_CODE, "DONE", null, null);
        } else if (choice < 0.75) {
            double which = random.nextDouble();
            String comment = which < 0.5 ? COMMENTS.get(0) : which < 0.75 ? COMMENTS.get(1)
                    : which < 0.9 ? COMMENTS.get(2) : null;
            give(rep, answer, FOLLOWED_CODE, "DISMISSED", "WRONG", comment);
        } else if (choice < 0.85) {
            give(rep, answer, FOLLOWED_CODE, "DISMISSED", "NOT_RELEVANT", "not this deal");
        } else if (choice < 0.92) {
            give(rep, answer, FOLLOWED_CODE, "SNOOZED", null, null);
        }
        if (random.nextDouble() < 0.3) {
            give(rep, answer, "COMMITMENT_VAGUE", "DONE", null, null);
        }
        if (random.nextDouble() < 0.85) {
            close(rep, dealId, random.nextDouble() < (followed ? 0.8 : 0.35));
        }
    }

    private void store(String rep, String dealId) throws Exception {
        Api.Reply stored = api.as(rep).put("/api/v1/deals/" + dealId, DEAL.formatted(dealId, dealId, PEOPLE));
        assertThat(stored.status()).as("store %s: %s", dealId, stored.raw().body()).isEqualTo(201);
        repOfDeal.put(dealId, rep);
    }

    private Answer advise(String rep, String dealId, String path, String body) throws Exception {
        Api.Reply reply = api.as(rep).post(path, body);
        assertThat(reply.status()).as("advice on %s: %s", dealId, reply.raw().body()).isEqualTo(200);
        List<Shown> shown = new ArrayList<>();
        reply.body().get("recommendations").forEach(r -> shown.add(new Shown(r.get("rule").asString(),
                r.get("code").asString(), r.get("key").asString())));
        Answer answer = new Answer(rep, dealId, reply.body().get("decisionId").asString(), shown);
        answers.add(answer);
        return answer;
    }

    private void give(String rep, Answer answer, String code, String status, String reason, String comment)
            throws Exception {
        String key = answer.shown().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not advised on " + answer.dealId())).key();
        ObjectNode body = Api.JSON.createObjectNode().put("key", key).put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (comment != null) {
            body.put("comment", comment);
        }
        if ("SNOOZED".equals(status)) {
            body.put("until", LocalDate.now().plusDays(7).toString());
        }
        Api.Reply reply = api.as(rep).post("/api/v1/deals/" + answer.dealId() + "/feedback", body.toString());
        assertThat(reply.status()).as("feedback on %s: %s", answer.dealId(), reply.raw().body()).isEqualTo(201);
        feedback.add(new Given(rep, answer.dealId(), key, status, reason, comment));
    }

    private void close(String rep, String dealId, boolean won) throws Exception {
        JsonNode deal = api.as(rep).get("/api/v1/deals/" + dealId).body();
        ((ObjectNode) deal.get("deal")).put("stage", won ? "WON" : "LOST");
        Api.Reply reply = api.as(rep).put("/api/v1/deals/" + dealId, deal.toString());
        assertThat(reply.status()).as("close %s: %s", dealId, reply.raw().body()).isEqualTo(200);
        closed.put(dealId, won);
    }

    /** The log is written in the background, in order: waits until each answer can be read by its asker. */
    private void awaitLogged() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (Answer answer : answers) {
            while (api.as(answer.rep()).get("/api/v1/decisions/" + answer.decisionId()).status() != 200) {
                assertThat(System.nanoTime()).as("decision %s logged", answer.decisionId()).isLessThan(until);
                Thread.sleep(50);
            }
        }
    }

    /** Every rule that fired, by name. */
    Set<String> rules() {
        Set<String> rules = new TreeSet<>();
        answers.forEach(a -> a.shown().forEach(s -> rules.add(s.rule())));
        return rules;
    }

    /** The rule of a code, as the answers named it. */
    public String ruleOf(String code) {
        return answers.get(0).shown().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().rule();
    }

    /**
     * The report's entry for {@code rule}, tallied by hand from what was done, counting only what {@code reps}
     * asked, gave and own (the generator keeps each rep's deals, answers and feedback apart).
     */
    ObjectNode expected(String rule, Set<String> reps, int minDeals) {
        long answered = 0;
        Set<String> deals = new HashSet<>();
        Set<String> shown = new HashSet<>();
        for (Answer answer : answers) {
            if (!reps.contains(answer.rep())) {
                continue;
            }
            boolean fired = false;
            for (Shown s : answer.shown()) {
                if (s.rule().equals(rule)) {
                    fired = true;
                    deals.add(answer.dealId());
                    shown.add(answer.dealId() + " " + s.key());
                }
            }
            answered += fired ? 1 : 0;
        }
        Map<String, Given> held = new LinkedHashMap<>();
        for (Given given : feedback) {
            if (reps.contains(given.rep()) && shown.contains(given.dealId() + " " + given.key())) {
                held.put(given.dealId() + " " + given.key(), given);
            }
        }
        Map<String, Long> dismissed = new LinkedHashMap<>();
        for (String reason : List.of("NOT_RELEVANT", "WRONG", "ALREADY_DONE", "DISAGREE", "OTHER")) {
            dismissed.put(reason, held.values().stream().filter(g -> reason.equals(g.reason())).count());
        }
        Set<String> followed = new HashSet<>();
        held.values().stream().filter(g -> g.status().equals("DONE")).forEach(g -> followed.add(g.dealId()));
        long[] won = new long[2];
        long[] lost = new long[2];
        for (String deal : deals) {
            Boolean outcome = closed.get(deal);
            if (outcome != null) {
                int group = followed.contains(deal) ? 0 : 1;
                (outcome ? won : lost)[group]++;
            }
        }
        ObjectNode expected = Api.JSON.createObjectNode().put("rule", rule).put("answers", answered)
                .put("deals", deals.size()).put("recommendations", shown.size())
                .put("done", held.values().stream().filter(g -> g.status().equals("DONE")).count());
        ObjectNode reasons = expected.putObject("dismissed");
        dismissed.forEach(reasons::put);
        expected.put("snoozed", held.values().stream().filter(g -> g.status().equals("SNOOZED")).count())
                .put("noFeedback", shown.size() - held.size());
        expected.set("followed", outcomes(won[0], lost[0], minDeals));
        expected.set("ignored", outcomes(won[1], lost[1], minDeals));
        return expected;
    }

    /** The WRONG comments that hold on {@code rule}'s recommendations, each with how many times. */
    Map<String, Long> wrongComments(String rule, Set<String> reps) {
        Set<String> keys = new HashSet<>();
        answers.stream().filter(a -> reps.contains(a.rep())).forEach(a -> a.shown().stream()
                .filter(s -> s.rule().equals(rule)).forEach(s -> keys.add(a.dealId() + " " + s.key())));
        Map<String, Given> held = new LinkedHashMap<>();
        feedback.stream().filter(g -> keys.contains(g.dealId() + " " + g.key()))
                .forEach(g -> held.put(g.dealId() + " " + g.key(), g));
        Map<String, Long> comments = new HashMap<>();
        held.values().stream().filter(g -> "WRONG".equals(g.reason()) && g.comment() != null)
                .forEach(g -> comments.merge(g.comment(), 1L, Long::sum));
        return comments;
    }

    private static ObjectNode outcomes(long won, long lost, int minDeals) {
        long closed = won + lost;
        ObjectNode outcomes = Api.JSON.createObjectNode().put("won", won).put("lost", lost).put("closed", closed);
        if (closed < minDeals) {
            outcomes.putNull("winRate").put("whyNoRate",
                    "too few closed deals: " + closed + " of the " + minDeals + " a rate needs");
        } else {
            outcomes.put("winRate", Math.round(10_000.0 * won / closed) / 10_000.0).putNull("whyNoRate");
        }
        return outcomes;
    }
}
