package com.commitment.advisor.advice;

import com.commitment.advisor.facts.BetterAsk;
import com.commitment.advisor.facts.Evidence;
import com.commitment.advisor.facts.Finding;
import com.commitment.advisor.facts.Rewrite;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.Commitment;
import com.commitment.advisor.model.Person;
import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.model.Subject;
import com.commitment.advisor.model.SuggestedStep;
import com.commitment.advisor.ruleset.Messages;
import com.commitment.advisor.ruleset.RecommendationOrder;
import com.commitment.advisor.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the rules' findings into the ranked, localized recommendations of the answer: one per code and subject
 * (findings of several rules about the same thing are merged), sorted by severity, then by the place of the code
 * in {@code rules/recommendation-order.csv}, then by subject.
 */
final class Recommendations {

    /** The texts of a weak commitment that quote the better ask: {@code COMMITMENT_TOO_BIG.BETTER.nextStep}. */
    private static final String BETTER = "BETTER";

    private static Comparator<Recommendation> order(RecommendationOrder codes) {
        return Comparator.comparing(Recommendation::severity)
                .thenComparingInt(r -> codes.place(r.code()))
                .thenComparing(Recommendation::code)
                .thenComparing(r -> r.subject().type())
                .thenComparing(r -> Objects.toString(r.subject().id(), ""));
    }

    private Recommendations() {
    }

    static List<Recommendation> of(RuleRun.Run run, AdviceRequest request, People people, RuleSet rules,
            String lang) {
        Messages messages = rules.messages();
        Map<List<Object>, Merged> merged = new LinkedHashMap<>();
        for (RuleRun.Fired f : run.findings()) {
            Finding finding = f.finding();
            String subjectId = finding.subjectType() == Subject.Type.DEAL ? request.deal().id() : finding.subjectId();
            merged.computeIfAbsent(List.of(finding.code(), finding.subjectType(), Objects.toString(subjectId, "")),
                    key -> new Merged(finding, new Subject(finding.subjectType(), subjectId), f.rule()))
                    .add(finding, f.rule());
        }
        List<Recommendation> recommendations = new ArrayList<>();
        Map<List<String>, BetterAsk> rewrites = new HashMap<>();
        for (Rewrite rewrite : run.rewrites()) {
            rewrites.put(List.of(rewrite.code(), rewrite.better().askId()), rewrite.better());
        }
        for (Merged m : merged.values()) {
            Map<String, String> params = subjectParams(m.subject, request, people);
            params.putAll(m.params);
            BetterAsk better = m.subject.type() == Subject.Type.COMMITMENT
                    ? rewrites.get(List.of(m.first.code(), m.subject.id())) : null;
            String variant = m.variant;
            SuggestedStep betterAsk = null;
            if (better != null) {
                variant = variant == null ? BETTER : variant;
                params.put("betterAsk", better.step().id());
                params.put("betterDue", better.due().toString());
                betterAsk = new SuggestedStep(better.step().id(), messages.word(lang, better.step().id()), better.due());
            }
            List<String> evidence = m.evidence.stream().map(item -> messages.evidence(lang, item)).toList();
            params.put("evidence", String.join("; ", evidence));
            String code = m.first.code();
            recommendations.add(new Recommendation(code, m.severity, m.subject,
                    messages.text(lang, code, variant, "message", params),
                    messages.text(lang, code, variant, "nextStep", params),
                    m.rule,
                    messages.text(lang, code, variant, "principle", params),
                    evidence,
                    RecommendationKeys.key(request.deal().id(), m.rule, code, m.subject),
                    RecommendationKeys.fingerprint(m.evidence.stream().map(Evidence::facts).toList()), null, betterAsk));
        }
        recommendations.sort(order(rules.order()));
        return recommendations;
    }

    /** What a message may name about its subject: {person}, {role}, {action}, {due}, {deal}, {customer}... */
    private static Map<String, String> subjectParams(Subject subject, AdviceRequest request, People people) {
        Map<String, String> params = new HashMap<>();
        params.put("deal", request.deal().id());
        params.put("customer", Objects.toString(request.deal().customer(), request.deal().id()));
        if (subject.type() == Subject.Type.PERSON) {
            personParams(people.find(subject.id()), subject.id(), params);
        } else if (subject.type() == Subject.Type.COMMITMENT && request.plan() != null) {
            List<Commitment> commitments = request.plan().commitments();
            for (int i = 0; i < commitments.size(); i++) {
                Commitment c = commitments.get(i);
                if (subject.id().equals(c.id()) || subject.id().equals("plan.commitments[" + i + "]")) {
                    params.put("action", Objects.toString(c.action(), ""));
                    params.put("by", Objects.toString(c.by(), ""));
                    params.put("due", c.due() == null ? "?" : c.due().toString());
                    personParams(people.find(c.by()), Objects.toString(c.by(), "?"), params);
                    break;
                }
            }
        }
        return params;
    }

    private static void personParams(Person person, String fallback, Map<String, String> params) {
        params.put("person", person == null ? fallback : person.displayName());
        if (person != null) {
            params.put("role", person.role() == null ? "?" : person.role().name());
            params.put("title", person.title() == null || person.title().isBlank() ? "?" : person.title());
            params.put("concept", Objects.toString(person.concept(), "?"));
            params.put("personalWin", Objects.toString(person.personalWin(), "?"));
            params.put("influence", Objects.toString(person.influence(), "?"));
            params.put("support", Objects.toString(person.support(), "?"));
        }
    }

    /**
     * The findings about one code and subject: the highest severity and the rule that gave it, all evidence, and the
     * texts of the most severe finding that names a variant.
     */
    private static final class Merged {
        final Finding first;
        final Subject subject;
        String rule;
        com.commitment.advisor.model.Severity severity;
        String variant;
        com.commitment.advisor.model.Severity variantSeverity;
        final Map<String, String> params = new LinkedHashMap<>();
        final LinkedHashSet<Evidence> evidence = new LinkedHashSet<>();

        Merged(Finding first, Subject subject, String rule) {
            this.first = first;
            this.subject = subject;
            this.rule = rule;
            this.severity = first.severity();
        }

        void add(Finding finding, String byRule) {
            if (finding.severity().compareTo(severity) < 0) {
                severity = finding.severity();
                rule = byRule;
            }
            if (finding.variant() != null && (variant == null || finding.severity().compareTo(variantSeverity) < 0)) {
                variant = finding.variant();
                variantSeverity = finding.severity();
            }
            finding.params().forEach((k, v) -> params.merge(k, v, Finding::union));
            evidence.addAll(finding.evidence());
        }
    }
}
