package com.commitment.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.ruleset.OnAllCores;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The same request, rules and day give the same answer, byte for byte apart from its {@code decisionId}: from a
 * rule base compiled again, and with the requests advised in another order on every core. A batch rerun, a
 * backtest or a retry depends on it.
 */
class DeterministicAnswersTest {

    private static final int GENERATED = 10_000;
    private static final JsonMapper JSON = AdviceJson.mapper();
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), ZoneOffset.UTC);

    /** One request and the language it is asked in. */
    private record Asked(AdviceRequest request, String language) {
    }

    @Test
    void theSameRequestGetsTheSameAnswerFromAnotherCompileInAnotherOrder() {
        List<Asked> asked = requests();
        RuleSet first = RuleSetLoader.load(FixturesTest.RULES);
        RuleSet second = RuleSetLoader.load(FixturesTest.RULES);
        Advisor one = new Advisor(() -> first, DAY);
        Advisor other = new Advisor(() -> second, DAY);

        List<String> inOrder = asked.stream().map(a -> answer(one, a)).toList();
        List<Integer> backwards = IntStream.range(0, asked.size()).map(i -> asked.size() - 1 - i).boxed().toList();
        List<String> reversed = OnAllCores.map(backwards, "determinism", i -> answer(other, asked.get(i)));

        for (int i = 0; i < asked.size(); i++) {
            assertThat(reversed.get(asked.size() - 1 - i)).as("request %d (deal %s)", i,
                    asked.get(i).request().deal().id()).isEqualTo(inOrder.get(i));
        }
    }

    /** Every fixture's request, then full deals made from them. */
    private static List<Asked> requests() {
        List<Asked> asked = new ArrayList<>();
        for (Path file : FixtureCheck.files(FixturesTest.FIXTURES)) {
            Fixture fixture = JSON.readValue(file.toFile(), Fixture.class);
            asked.add(new Asked(fixture.request(), fixture.language()));
        }
        FullDeals deals = new FullDeals(FixturesTest.FIXTURES, 7);
        for (int i = 0; i < GENERATED; i++) {
            String language = i % 2 == 0 ? "en" : "zh";
            asked.add(new Asked(JSON.treeToValue(deals.next(i, language), AdviceRequest.class), language));
        }
        return asked;
    }

    private static String answer(Advisor advisor, Asked asked) {
        ObjectNode answer = JSON.valueToTree(advisor.advise(asked.request(), asked.language()));
        answer.remove("decisionId");
        return JSON.writeValueAsString(answer);
    }
}
