package com.commitment.advisor.advice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Full deals for the benchmarks and the determinism test, made from the fixtures of one language so the real rules fire: the deal and
 * roles of one scenario, the visit plan of another, a debrief, 20 history rows and 10 people (with the people
 * those parts name). Seeded, so every run advises the same deals.
 */
public final class FullDeals {

    public static final JsonMapper JSON = AdviceJson.mapper();
    private static final int PEOPLE = 10;
    private static final int HISTORY_ROWS = 20;

    private final Map<String, List<JsonNode>> requestsByLanguage = new LinkedHashMap<>();
    private final Random random;

    public FullDeals(Path fixtures, long seed) {
        this.random = new Random(seed);
        for (Path file : FixtureCheck.files(fixtures)) {
            String name = file.getFileName().toString();
            String language = name.endsWith(".zh.json") ? "zh" : "en";
            requestsByLanguage.computeIfAbsent(language, l -> new ArrayList<>())
                    .add(JSON.readTree(file.toFile()).get("request"));
        }
    }

    /** The next deal, as JSON; its language is "en" or "zh". */
    public ObjectNode next(int index, String language) {
        List<JsonNode> requests = requestsByLanguage.get(language);
        ObjectNode deal = (ObjectNode) pick(requests, "people").get("deal").deepCopy();
        deal.put("id", "G-" + index + "-" + language);
        deal.put("asOf", "2026-10-15");
        Map<String, JsonNode> people = new LinkedHashMap<>();
        JsonNode plan = pick(requests, "plan");
        JsonNode debrief = pick(requests, "debrief");
        addPeople(people, plan);
        addPeople(people, debrief);
        ArrayNode history = JSON.createArrayNode();
        while (history.size() < HISTORY_ROWS) {
            JsonNode source = pick(requests, "history");
            addPeople(people, source);
            for (JsonNode row : source.get("history")) {
                if (history.size() < HISTORY_ROWS) {
                    history.add(row.deepCopy());
                }
            }
        }
        while (people.size() < PEOPLE) {
            addPeople(people, pick(requests, "people"));
        }
        ObjectNode request = JSON.createObjectNode();
        request.set("deal", deal);
        ArrayNode list = request.putArray("people");
        people.values().stream().limit(PEOPLE).forEach(list::add);
        request.set("plan", plan.get("plan").deepCopy());
        request.set("debrief", debrief.get("debrief").deepCopy());
        request.set("history", history);
        return request;
    }

    private JsonNode pick(List<JsonNode> requests, String part) {
        while (true) {
            JsonNode request = requests.get(random.nextInt(requests.size()));
            if (request.has(part) && !request.get(part).isNull()) {
                return request;
            }
        }
    }

    private static void addPeople(Map<String, JsonNode> people, JsonNode request) {
        if (request.has("people")) {
            request.get("people").forEach(person -> people.putIfAbsent(person.get("id").asString(), person.deepCopy()));
        }
    }
}
