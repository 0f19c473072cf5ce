package com.commitment.advisor.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.commitment.advisor.advice.RulePolicies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixtures run again whenever the rules, the fixtures, the build or the day changed, and only then. */
class RememberedPassesTest {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
    private static RuleSet rules;

    @TempDir
    Path data;

    @BeforeAll
    static void load() {
        rules = RuleSetLoader.load(Path.of("rules"));
    }

    @Test
    void runsTheFixturesOnlyForWhatHasNotPassedBefore() throws IOException {
        Path fixtures = data.resolve("fixtures");
        copy(Path.of("fixtures"), fixtures);
        AtomicInteger runs = new AtomicInteger();
        RuleValidator fixtureRuns = counted(new RulePolicies(fixtures, MONDAY), runs);
        Path memo = data.resolve("rules-passed");

        assertEquals(List.of(), new RememberedPasses(fixtureRuns, memo, fixtures, MONDAY).problems(rules));
        assertEquals(List.of(), new RememberedPasses(fixtureRuns, memo, fixtures, MONDAY).problems(rules));
        assertEquals(1, runs.get(), "a restart with the same rules, fixtures, build and day runs nothing");

        new RememberedPasses(fixtureRuns, memo, fixtures, TUESDAY).problems(rules);
        assertEquals(2, runs.get(), "another day runs them");

        Path fixture;
        try (Stream<Path> files = Files.walk(fixtures)) {
            fixture = files.filter(f -> f.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(fixture, Files.readString(fixture) + "\n");
        new RememberedPasses(fixtureRuns, memo, fixtures, TUESDAY).problems(rules);
        new RememberedPasses(fixtureRuns, memo, fixtures, TUESDAY).problems(rules);
        assertEquals(3, runs.get(), "an edited fixture runs them, once");

        AtomicInteger failures = new AtomicInteger();
        RuleValidator failing = counted(candidate -> List.of(RulePolicy.FIXTURES_PASS.at("x.json", 0, "wrong")), failures);
        new RememberedPasses(failing, memo, fixtures, WEDNESDAY).problems(rules);
        assertEquals(1, new RememberedPasses(failing, memo, fixtures, WEDNESDAY).problems(rules).size());
        assertEquals(2, failures.get(), "what failed is not remembered as passed");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static RuleValidator counted(RuleValidator validator, AtomicInteger runs) {
        return candidate -> {
            runs.incrementAndGet();
            return validator.problems(candidate);
        };
    }
}
