package com.commitment.advisor.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One rule set per JVM, and the driver's day for the deals that name none. */
class EnginesTest {

    private static RuleBytes rules;

    @BeforeAll
    static void read() {
        rules = RuleBytes.read(Path.of("../rules"));
    }

    @Test
    void theRulesAreCompiledOncePerJvmForTheSameFiles() {
        assertSame(Engines.of(rules), Engines.of(RuleBytes.read(Path.of("../rules"))));
    }

    @Test
    void aDealWithoutItsOwnDayIsAdvisedAsOfTheDayTheDriverFixed() {
        LocalDate day = LocalDate.of(2026, 10, 15);
        String deal = "{\"deal\": {\"id\": \"D-1\", \"stage\": \"DECISION\", \"decidedOn\": \"2026-10-01\"%s},"
                + " \"people\": [{\"id\": \"wang\", \"name\": \"Wang\", \"role\": \"DP\", \"influence\": 2, \"support\": 2}]}";
        Engines.Engine engine = Engines.of(rules);

        Outcome asOfItsDay = LineAdvice.advise(engine, deal.formatted(", \"asOf\": \"" + day + "\""), 0, "en", day);
        Outcome asOfTheDriversDay = LineAdvice.advise(engine, deal.formatted(""), 0, "en", day);
        Outcome aMonthLater = LineAdvice.advise(engine, deal.formatted(""), 0, "en", day.plusMonths(1));

        assertFalse(asOfItsDay.bad(), asOfItsDay.text());
        List<String> answers = Output.withoutDecisionIds(
                List.of(asOfItsDay.text(), asOfTheDriversDay.text(), aMonthLater.text()));
        assertEquals(answers.get(0), answers.get(1));
        assertNotEquals(answers.get(0), answers.get(2), "a deal a month older is advised differently");
    }
}
