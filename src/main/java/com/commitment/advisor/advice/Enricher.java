package com.commitment.advisor.advice;

import com.commitment.advisor.facts.Actor;
import com.commitment.advisor.facts.Agreement;
import com.commitment.advisor.facts.ConceptLink;
import com.commitment.advisor.facts.DealTiming;
import com.commitment.advisor.facts.PastAsk;
import com.commitment.advisor.facts.Phrase;
import com.commitment.advisor.facts.PlannedAsk;
import com.commitment.advisor.facts.Said;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.AgreedAction;
import com.commitment.advisor.model.Commitment;
import com.commitment.advisor.model.Deal;
import com.commitment.advisor.model.Debrief;
import com.commitment.advisor.model.HistoryEntry;
import com.commitment.advisor.model.Person;
import com.commitment.advisor.ruleset.Lexicon;
import com.commitment.advisor.ruleset.RuleSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a request into the facts the rules reason about: the request's own records, plus who is to act on each
 * ask, dates found in text, elapsed days and every lexicon phrase found in every text. It derives; it never
 * judges (judgement is in the rules).
 */
final class Enricher {

    /** The lexicon that says which {@code by} texts mean us ({@code seller}) or nobody ({@code nobody}). */
    static final String ACTORS = "actors";

    /** Where a clause of a report ends: sentence marks, semicolons, commas (Chinese and Latin), line breaks. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[。；;！!？?，,\\n]+|\\.(\\s+|$)");

    private final Lexicon lexicon;
    private final LocalDate asOf;
    private final People people;
    private final List<Object> facts = new ArrayList<>();

    private Enricher(RuleSet rules, People people, LocalDate asOf) {
        this.lexicon = rules.lexicon();
        this.people = people;
        this.asOf = asOf;
        facts.addAll(rules.settings().facts());
    }

    static List<Object> facts(AdviceRequest request, RuleSet rules, People people, LocalDate asOf) {
        Enricher enricher = new Enricher(rules, people, asOf);
        enricher.deal(request.deal());
        request.people().forEach(enricher::person);
        if (request.plan() != null) {
            enricher.plan(request);
        }
        if (request.debrief() != null) {
            enricher.debrief(request.debrief());
        }
        for (int i = 0; i < request.history().size(); i++) {
            enricher.history("history[" + i + "]", request.history().get(i));
        }
        return enricher.facts;
    }

    private void deal(Deal deal) {
        facts.add(deal);
        LocalDate lastMove = later(deal.decidedOn(), deal.lastAdvanceOn());
        LocalDate customerDeadline = TextDates.find(deal.customerTimeline(), asOf).orElse(null);
        facts.add(new DealTiming(asOf, daysSince(deal.decidedOn()), daysSince(lastMove),
                daysUntil(deal.targetCloseOn()), customerDeadline, daysUntil(customerDeadline)));
        phrases("deal", "budget", deal.budget(), "customerTimeline", deal.customerTimeline(),
                "owner", deal.owner());
    }

    private void person(Person person) {
        facts.add(person);
        phrases(person.id(), "concept", person.concept(), "personalWin", person.personalWin(),
                "title", person.title());
    }

    private void plan(AdviceRequest request) {
        facts.add(request.plan());
        List<Commitment> commitments = request.plan().commitments();
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            String id = c.id() == null || c.id().isBlank() ? "plan.commitments[" + i + "]" : c.id();
            List<Phrase> byPhrases = lexicon.find(id, "by", c.by());
            LocalDate textDate = c.due() == null ? TextDates.find(c.action(), asOf).orElse(null) : null;
            facts.add(new PlannedAsk(id, c.kind(), c.by(), actor(c.by(), byPhrases), personId(c.by()), c.action(),
                    c.due() != null ? c.due() : textDate, textDate != null, c.check(), c.why()));
            facts.addAll(byPhrases);
            phrases(id, "action", c.action(), "check", c.check(), "why", c.why());
            conceptLink(id, c);
        }
        facts.addAll(request.plan().needs());
    }

    /** How much the ask's why shares with what the person asked wants; only when there is something to compare. */
    private void conceptLink(String askId, Commitment c) {
        Person person = people.find(c.by());
        if (person != null && hasText(c.why()) && (hasText(person.concept()) || hasText(person.personalWin()))) {
            String wants = (hasText(person.concept()) ? person.concept() : "") + "\n"
                    + (hasText(person.personalWin()) ? person.personalWin() : "");
            facts.add(new ConceptLink(askId, person.id(), SharedWords.count(lexicon, c.why(), wants)));
        }
    }

    private void debrief(Debrief debrief) {
        facts.add(debrief);
        for (String clause : clauses(debrief.report())) {
            phrases("debrief", "report", clause);
            said("report", clause);
        }
        for (String said : debrief.customerSaid()) {
            facts.addAll(lexicon.find("debrief", "customerSaid", said));
            said("customerSaid", said);
        }
        for (int i = 0; i < debrief.agreed().size(); i++) {
            AgreedAction a = debrief.agreed().get(i);
            String id = "debrief.agreed[" + i + "]";
            List<Phrase> byPhrases = lexicon.find(id, "by", a.by());
            LocalDate due = a.due() != null ? a.due() : TextDates.find(a.action(), asOf).orElse(null);
            facts.add(new Agreement(id, a.by(), actor(a.by(), byPhrases), personId(a.by()), a.action(), due));
            facts.addAll(byPhrases);
            phrases(id, "action", a.action());
        }
    }

    /**
     * A report read clause by clause, so an action and its date belong together: in "我们介绍了方案，客户答应下周三
     * 安排技术交流" what we did and what the customer will do are separate clauses.
     */
    private static List<String> clauses(String report) {
        if (report == null || report.isBlank()) {
            return List.of();
        }
        return Arrays.stream(CLAUSE_BREAK.split(report)).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /** A debrief text with the date it names, so rules can tell "a demo on Tuesday" from "a demo some day". */
    private void said(String field, String text) {
        if (text != null && !text.isBlank()) {
            facts.add(new Said("debrief", field, text, TextDates.find(text, asOf).orElse(null)));
        }
    }

    private void history(String id, HistoryEntry entry) {
        facts.add(new PastAsk(id, entry.date(), entry.date() == null ? null : daysSince(entry.date()), entry.of(),
                personId(entry.of()), entry.action(), entry.result(), entry.said()));
        phrases(id, "action", entry.action(), "said", entry.said());
    }

    /** Finds the lexicon phrases in each text: {@code phrases(about, field1, text1, field2, text2, ...)}. */
    private void phrases(String about, String... fieldsAndTexts) {
        for (int i = 0; i < fieldsAndTexts.length; i += 2) {
            facts.addAll(lexicon.find(about, fieldsAndTexts[i], fieldsAndTexts[i + 1]));
        }
    }

    private Actor actor(String by, List<Phrase> byPhrases) {
        if (by == null || by.isBlank()) {
            return Actor.NOBODY;
        }
        if (people.find(by) != null) {
            return Actor.CUSTOMER;
        }
        for (Phrase phrase : byPhrases) {
            if (phrase.list().equals(ACTORS) && phrase.tag().equals("seller")) {
                return Actor.SELLER;
            }
        }
        for (Phrase phrase : byPhrases) {
            if (phrase.list().equals(ACTORS) && phrase.tag().equals("nobody")) {
                return Actor.NOBODY;
            }
        }
        return Actor.CUSTOMER;
    }

    private String personId(String reference) {
        Person person = people.find(reference);
        return person == null ? null : person.id();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private Integer daysSince(LocalDate date) {
        return date == null ? null : (int) ChronoUnit.DAYS.between(date, asOf);
    }

    private Integer daysUntil(LocalDate date) {
        return date == null ? null : (int) ChronoUnit.DAYS.between(asOf, date);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
