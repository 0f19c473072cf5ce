package com.commitment.advisor.advice;

import com.commitment.advisor.facts.Actor;
import com.commitment.advisor.facts.Agreement;
import com.commitment.advisor.facts.Clause;
import com.commitment.advisor.facts.ConceptLink;
import com.commitment.advisor.facts.DealTiming;
import com.commitment.advisor.facts.Leaning;
import com.commitment.advisor.facts.PastAsk;
import com.commitment.advisor.facts.PlannedAsk;
import com.commitment.advisor.facts.Part;
import com.commitment.advisor.language.ExampleReader;
import com.commitment.advisor.language.Lexicon;
import com.commitment.advisor.language.Reading;
import com.commitment.advisor.language.Speaker;
import com.commitment.advisor.language.TextAnalyzer;
import com.commitment.advisor.language.TextDates;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.AgreedAction;
import com.commitment.advisor.model.Commitment;
import com.commitment.advisor.model.Deal;
import com.commitment.advisor.model.Debrief;
import com.commitment.advisor.model.HistoryEntry;
import com.commitment.advisor.model.Person;
import com.commitment.advisor.ruleset.RuleSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a request into the facts the rules reason about: the request's own records, plus who is to act on each
 * ask, dates found in text, elapsed days and the clauses of every free text the rules read. It derives; it never
 * judges (judgement is in the rules).
 */
final class Enricher {

    /** Whose words a field holds: "we" is the customer in the customer's words, the seller in the rep's. */
    private enum Voice {
        CUSTOMER, SELLER
    }

    private final TextAnalyzer text;
    private final ExampleReader examples;
    private final LocalDate asOf;
    private final People people;
    private final List<Object> facts = new ArrayList<>();

    private Enricher(RuleSet rules, People people, LocalDate asOf) {
        this.text = rules.text();
        this.examples = rules.examples();
        this.people = people;
        this.asOf = asOf;
        facts.addAll(rules.settings().facts());
        facts.addAll(rules.ladder());
    }

    static List<Object> facts(AdviceRequest request, RuleSet rules, People people, LocalDate asOf) {
        Enricher enricher = new Enricher(rules, people, asOf);
        enricher.deal(request.deal());
        enricher.facts.addAll(request.people());
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
        clauses(Part.DEAL, "deal", "budget", deal.budget(), Voice.CUSTOMER, Actor.CUSTOMER, asOf);
    }

    private void plan(AdviceRequest request) {
        facts.add(request.plan());
        List<Commitment> commitments = request.plan().commitments();
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            String id = c.id() == null || c.id().isBlank() ? "plan.commitments[" + i + "]" : c.id();
            Actor actor = actor(c.by());
            Read action = clauses(Part.PLAN, id, "action", c.action(), Voice.SELLER, actor, asOf);
            String personId = personId(c.by());
            lean(Part.PLAN, id, "action", c.action(), examples.ask(personId != null, c.by(), action.readings()), action);
            LocalDate textDate = c.due() == null ? firstDate(action.readings()) : null;
            facts.add(new PlannedAsk(id, c.kind(), c.by(), actor, personId, c.action(),
                    c.due() != null ? c.due() : textDate, textDate != null, c.check(), c.why()));
            clauses(Part.PLAN, id, "check", c.check(), Voice.SELLER, Actor.SELLER, asOf);
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
            facts.add(new ConceptLink(askId, person.id(), SharedWords.count(text, c.why(), wants)));
        }
    }

    /** Dates in the words of a visit are read from the day of the visit: "next Tuesday" said on that day. */
    private void debrief(Debrief debrief) {
        facts.add(debrief);
        LocalDate said = debrief.date() != null ? debrief.date() : asOf;
        Read report = clauses(Part.DEBRIEF, "debrief", "report", debrief.report(), Voice.SELLER, Actor.CUSTOMER, said);
        lean(Part.DEBRIEF, "debrief", "report", debrief.report(),
                examples.remark(ExampleReader.REPORT, report.readings()), report);
        for (String words : debrief.customerSaid()) {
            Read heard = clauses(Part.DEBRIEF, "debrief", "customerSaid", words, Voice.CUSTOMER, Actor.CUSTOMER, said);
            lean(Part.DEBRIEF, "debrief", "customerSaid", words,
                    examples.remark(ExampleReader.CUSTOMER_SAID, heard.readings()), heard);
        }
        for (int i = 0; i < debrief.agreed().size(); i++) {
            AgreedAction a = debrief.agreed().get(i);
            String id = "debrief.agreed[" + i + "]";
            Actor actor = actor(a.by());
            Read action = clauses(Part.AGREED, id, "action", a.action(), Voice.SELLER, actor, said);
            LocalDate due = a.due() != null ? a.due() : firstDate(action.readings());
            facts.add(new Agreement(id, a.by(), actor, personId(a.by()), a.action(), due));
        }
    }

    private void lean(Part part, String about, String field, String words, ExampleReader.Lean lean, Read read) {
        if (lean != null) {
            facts.add(new Leaning(part, about, field, words, lean.label(), lean.percent(), read.clauses()));
        }
    }

    private void history(String id, HistoryEntry entry) {
        facts.add(new PastAsk(id, entry.date(), entry.date() == null ? null : daysSince(entry.date()), entry.of(),
                personId(entry.of()), entry.action(), entry.result(), entry.said()));
        LocalDate said = entry.date() != null ? entry.date() : asOf;
        clauses(Part.HISTORY, id, "said", entry.said(), Voice.CUSTOMER, Actor.CUSTOMER, said);
    }

    /** A text as read: its readings, whose dates serve the caller too, and the clause facts made of them. */
    private record Read(List<Reading> readings, List<Clause> clauses) {
    }

    /**
     * One {@link Clause} per clause of {@code words}. Who acts: the person its words name first (a pronoun read
     * in the voice of the field, or a person of the request by name), else the actor of the clause before it,
     * else {@code fallback}.
     */
    private Read clauses(Part part, String about, String field, String words, Voice voice,
            Actor fallback, LocalDate today) {
        List<Reading> readings = text.read(words, today);
        List<Clause> clauses = new ArrayList<>(readings.size());
        Actor previous = fallback;
        for (int i = 0; i < readings.size(); i++) {
            Reading reading = readings.get(i);
            People.Mention mention = people.firstMention(reading.text());
            String receiver = receiver(reading, mention, field);
            boolean received = mention != null && mention.person().id().equals(receiver);
            Actor named = actorNamed(reading, received ? null : mention, voice);
            Actor actor = named != null ? named : previous;
            previous = actor;
            Map<String, Map<String, String>> ideas = new LinkedHashMap<>();
            Set<String> denied = new LinkedHashSet<>();
            for (Lexicon.Hit hit : reading.ideas()) {
                ideas.computeIfAbsent(hit.list(), list -> new LinkedHashMap<>()).putIfAbsent(hit.tag(), hit.words());
                if (reading.denies(hit)) {
                    denied.add(Clause.idea(hit.list(), hit.tag()));
                }
            }
            clauses.add(new Clause(part, about, field, i, reading.text(), actor, reading.mood(), reading.negated(),
                    reading.date(), reading.words(), ideas, denied, receiver));
        }
        facts.addAll(clauses);
        return new Read(readings, clauses);
    }

    /** The first date a text names: that of its first clause with one. */
    private static LocalDate firstDate(List<Reading> readings) {
        for (Reading reading : readings) {
            if (reading.date() != null) {
                return reading.date();
            }
        }
        return null;
    }

    /**
     * Whom the clause's action is done to or for: a person of the request named after "to"/"给", or anywhere but
     * where an action names the one who acts ("email Wang the deck": the one asked receives; "Wang to send", "ask
     * Wang to", "12月9日前请王工", "表格请王工填": he acts), else the words' own ("him" → third, "给我们" → first), else null.
     */
    private static String receiver(Reading reading, People.Mention mention, String field) {
        if (mention != null) {
            boolean opens = reading.acting().contains(reading.start() + mention.at());
            String after = reading.text().substring(mention.end()).stripLeading();
            boolean whose = after.startsWith("'s") || after.startsWith("\u2019s") || after.startsWith("的");
            if (reading.receiving().contains(reading.start() + mention.at())
                    || field.equals("action") && !opens && !whose) {
                return mention.person().id();
            }
        }
        return reading.receiver() == null ? null : reading.receiver().name().toLowerCase(Locale.ROOT);
    }

    private Actor actorNamed(Reading reading, People.Mention mention, Voice voice) {
        int person = mention == null ? -1 : mention.at();
        if (person >= 0 && (reading.speaker() == null || person < reading.speakerAt() - reading.start())) {
            return Actor.CUSTOMER;
        }
        if (reading.speaker() == null) {
            return null;
        }
        return switch (reading.speaker()) {
            case FIRST -> voice == Voice.CUSTOMER ? Actor.CUSTOMER : Actor.SELLER;
            case SECOND -> voice == Voice.CUSTOMER ? Actor.SELLER : Actor.CUSTOMER;
            case THIRD -> Actor.CUSTOMER;
            case NOBODY -> Actor.NOBODY;
        };
    }

    /** Who a {@code by} names: a listed person, us ("we", "our engineer"), nobody ("someone"), else a customer person. */
    private Actor actor(String by) {
        if (by == null || by.isBlank()) {
            return Actor.NOBODY;
        }
        if (people.find(by) != null) {
            return Actor.CUSTOMER;
        }
        for (Reading reading : text.read(by, asOf)) {
            if (reading.speaker() == Speaker.FIRST) {
                return Actor.SELLER;
            }
            if (reading.speaker() == Speaker.NOBODY) {
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
