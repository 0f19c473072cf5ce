package com.commitment.advisor.advice;

import com.commitment.advisor.facts.Clause;
import com.commitment.advisor.facts.Leaning;
import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.ruleset.RuleSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The advisor: a request in, ranked and explained recommendations out. Plain Java, so the HTTP endpoint, the
 * command line and the tests all take the same path. Thread-safe: each call runs a fresh rule session on the
 * rule set current when it starts.
 */
public final class Advisor {

    private final Supplier<RuleSet> rules;
    private final Clock clock;

    public Advisor(Supplier<RuleSet> rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Advises on one request in {@code language} ("en" or "zh"; anything else is English).
     *
     * @throws InvalidRequestException when the request breaks the contract
     * @throws RunawayRulesException   when a rule keeps firing past the cap
     */
    public Advice advise(AdviceRequest request, String language) {
        return explain(request, language).advice();
    }

    /** Like {@link #advise}, as of {@code today} when the request names no {@code asOf}: an answer of the past replayed. */
    public Advice advise(AdviceRequest request, String language, LocalDate today) {
        return explain(request, language, today).advice();
    }

    /**
     * The advice, every rule that fired for it in firing order, and the facts the rules were given, from which the
     * clauses its texts were read as and what the texts read like to the examples are picked when asked for.
     */
    public record Explained(Advice advice, List<String> rulesFired, List<Object> facts) {

        public List<Clause> clauses() {
            return of(Clause.class);
        }

        public List<Leaning> leanings() {
            return of(Leaning.class);
        }

        private <T> List<T> of(Class<T> type) {
            return facts.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    /** Like {@link #advise}, but also names every rule that fired, for rule authors. */
    public Explained explain(AdviceRequest request, String language) {
        return explain(request, language, LocalDate.now(clock));
    }

    private Explained explain(AdviceRequest request, String language, LocalDate today) {
        RequestCheck.check(request);
        RuleSet ruleSet = rules.get();
        LocalDate asOf = request.deal().asOf() != null ? request.deal().asOf() : today;
        People people = new People(request.people());
        List<Object> facts = Enricher.facts(request, ruleSet, people, asOf);
        RuleRun.Run run = RuleRun.run(ruleSet, facts);
        List<Recommendation> recommendations =
                Recommendations.of(run, request, people, ruleSet, language);
        Advice advice = new Advice(request.deal().id(), UUID.randomUUID().toString(), ruleSet.version(),
                run.outcomes().isEmpty() ? null : run.outcomes().get(0), recommendations, List.of());
        return new Explained(advice, run.rulesFired(), facts);
    }
}
