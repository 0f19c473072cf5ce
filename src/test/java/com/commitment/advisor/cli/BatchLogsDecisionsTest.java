package com.commitment.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code batch} logs its answers only when told to, with {@code --log-decisions}, in a real H2 database. */
class BatchLogsDecisionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void answersAreLoggedWithLogDecisionsAndOnlyThen() throws Exception {
        Path in = dir.resolve("deals.jsonl");
        Files.writeString(in, """
                {"deal": {"id": "B-1", "asOf": "2026-09-20"}, "people": [{"id": "chen", "name": "Chen", "role": "UP"}], "plan": {"commitments": [{"id": "c1", "kind": "BEST", "by": "we", "action": "send the minutes tonight"}]}}
                {"deal": {"id": "B-2"}}
                """);
        String url = "jdbc:h2:file:" + dir.resolve("advisor") + ";WRITE_DELAY=0";

        Path logged = dir.resolve("logged.jsonl");
        assertThat(AdvisorCli.run("batch", in.toString(), logged.toString(), "--log-decisions", "--db-url", url,
                "--mask", "/people/*/name", "--lang", "zh")).isZero();
        List<JsonNode> rows = decisions(url);
        assertThat(rows).hasSize(2);
        List<String> answers = Files.readAllLines(logged);
        JsonNode first = JSON.readTree(answers.get(0));
        JsonNode row = rows.stream().filter(r -> r.get("id").asString().equals(first.get("decisionId").asString()))
                .findFirst().orElseThrow();
        assertThat(row.get("source").asString()).isEqualTo("BATCH");
        assertThat(row.get("language").asString()).isEqualTo("zh");
        assertThat(row.get("request").get("people").get(0).get("name").asString()).isEqualTo("**masked**");
        assertThat(row.get("masked").get(0).asString()).isEqualTo("/people/*/name");
        assertThat(row.get("recommendations").findValuesAsString("key"))
                .isEqualTo(first.get("recommendations").findValuesAsString("key"));

        assertThat(AdvisorCli.run("batch", in.toString(), dir.resolve("unlogged.jsonl").toString(), "--db-url", url))
                .isZero();
        assertThat(Files.readAllLines(dir.resolve("unlogged.jsonl"))).hasSize(2);
        assertThat(decisions(url)).as("no --log-decisions, nothing logged").hasSize(2);
    }

    /** Every logged decision: its columns, the JSON ones read as JSON. */
    private static List<JsonNode> decisions(String url) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "", "");
                ResultSet rs = db.createStatement().executeQuery(
                        "SELECT id, source, language, request, masked, recommendations FROM decision")) {
            while (rs.next()) {
                rows.add(JSON.createObjectNode().put("id", rs.getString("id")).put("source", rs.getString("source"))
                        .put("language", rs.getString("language"))
                        .set("request", JSON.readTree(rs.getString("request")))
                        .set("masked", JSON.readTree(rs.getString("masked")))
                        .set("recommendations", JSON.readTree(rs.getString("recommendations"))));
            }
        }
        return rows;
    }
}
