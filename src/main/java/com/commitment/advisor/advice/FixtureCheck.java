package com.commitment.advisor.advice;

import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.ruleset.OnAllCores;
import com.commitment.advisor.ruleset.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Runs the scenarios of a fixtures directory through the advisor on a given rule set. */
public final class FixtureCheck {

    private static final JsonMapper JSON = AdviceJson.mapper();

    private FixtureCheck() {
    }

    /** Every {@code *.json} below {@code dir}, in path order, relative to {@code dir}. */
    public static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixtures from " + dir, e);
        }
    }

    public static List<FixtureResult> run(RuleSet rules, Path dir, Clock clock) {
        Advisor advisor = new Advisor(() -> rules, clock);
        return OnAllCores.map(files(dir), "fixtures",
                file -> run(advisor, dir.relativize(file).toString().replace('\\', '/'), file));
    }

    static FixtureResult run(Advisor advisor, String name, Path file) {
        Fixture fixture;
        try {
            fixture = JSON.readValue(file.toFile(), Fixture.class);
        } catch (JacksonException e) {
            return failed(name, null, "not a fixture: " + e.getOriginalMessage());
        }
        if (fixture.request() == null) {
            return failed(name, null, "no request");
        }
        try {
            return compare(name, fixture, advisor.explain(fixture.request(), fixture.language()));
        } catch (RuntimeException e) {
            return failed(name, fixture, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static FixtureResult compare(String file, Fixture fixture, Advisor.Explained explained) {
        Advice advice = explained.advice();
        List<String> codes = advice.recommendations().stream().map(Recommendation::code).toList();
        List<String> rules = explained.rulesFired();
        List<String> missing = fixture.expect().codes().stream().filter(c -> !codes.contains(c)).toList();
        List<String> unexpected = fixture.expect().absent().stream().filter(codes::contains).toList();
        return new FixtureResult(file, fixture.name(), missing, unexpected, fixture.expect().outcome(),
                advice.outcome(), codes, rules, null, fixture);
    }

    private static FixtureResult failed(String file, Fixture fixture, String error) {
        return new FixtureResult(file, file, List.of(), List.of(), null, null, List.of(), List.of(), error,
                fixture);
    }
}
