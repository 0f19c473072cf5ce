package com.commitment.advisor.bench;

import com.commitment.advisor.advice.Advisor;
import com.commitment.advisor.advice.FullDeals;
import com.commitment.advisor.language.TextAnalyzer;
import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One full deal advised with every rule, next to a trivial baseline measured in the same run: reading the same
 * deal from its JSON, which every request costs before any advising starts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdviseBenchmark {

    private static final int DEALS = 256;
    /** Where the rules are, when not in ./rules: a build compared with another reads its own (EngineBeforeAfter). */
    static final String RULES = "advisor.bench.rules";

    private final List<AdviceRequest> requests = new ArrayList<>();
    private final List<byte[]> json = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    private Advisor advisor;
    private int next;

    @Setup
    public void setUp() {
        RuleSet rules = readingEveryTextAnew(RuleSetLoader.load(Path.of(System.getProperty(RULES, "rules"))));
        advisor = new Advisor(() -> rules, Clock.systemUTC());
        FullDeals deals = new FullDeals(Path.of("fixtures"), 42);
        int recommendations = 0;
        for (int i = 0; requests.size() < DEALS; i++) {
            String language = i % 2 == 0 ? "en" : "zh";
            byte[] body = FullDeals.JSON.writeValueAsBytes(deals.next(i, language));
            AdviceRequest request = FullDeals.JSON.readValue(body, AdviceRequest.class);
            Advice advice = advisor.advise(request, language);
            recommendations += advice.recommendations().size();
            requests.add(request);
            json.add(body);
            languages.add(language);
        }
        System.out.printf("%n%d full deals, %.1f recommendations each on average%n", DEALS,
                (double) recommendations / DEALS);
    }

    /**
     * The same rules with no memory of texts read before: the generated deals share their texts, which a real
     * stream of distinct deals would not, so a cache would measure itself instead of the reading.
     */
    private static RuleSet readingEveryTextAnew(RuleSet r) {
        return new RuleSet(r.version(), r.loadedAt(), r.kieBase(), new TextAnalyzer(r.text().lexicon(), 0), r.examples(),
                r.messages(), r.order(), r.settings(), r.ladder(), r.rulesPerFolder(), r.rulesPerFile(), r.notes(), r.sessions());
    }

    @Benchmark
    public Advice advise() {
        int i = next++ & (DEALS - 1);
        return advisor.advise(requests.get(i), languages.get(i));
    }

    @Benchmark
    public AdviceRequest baselineReadJson() {
        return FullDeals.JSON.readValue(json.get(next++ & (DEALS - 1)), AdviceRequest.class);
    }
}
