package com.commitment.advisor.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.naivebayes.NaiveBayesTrainer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Reads a text the way the examples of {@code rules/examples} were labelled. Lexicon rows match the ideas they spell
 * out; people word an order or a vague ask in more ways than anyone can list, so this reader learns from labelled
 * examples instead: a naive Bayes model (Apache OpenNLP) over what the clause reader found in each text (base forms of
 * its words, which of them are negated, mood, whether it names a date, who speaks, the lexicon ideas) and over
 * neighbouring pairs of those. It is trained when the rule set loads and is read-only afterwards, so requests share it.
 * It only says which label a text leans to and how strongly; the rules decide when that counts.
 */
public final class ExampleReader {

    /**
     * A customer's remark ({@code field} {@value #CUSTOMER_SAID}) or a rep's report ({@value #REPORT}) of a visit,
     * and the outcome it means: "we" is the customer in the one and the seller in the other.
     */
    public record Remark(String outcome, String field, String text) {
    }

    /** A planned ask, what is wrong with it, and who is asked: {@value #PERSON}, or the words the rep wrote. */
    public record Ask(String label, String by, String action) {
    }

    /** The label a text reads like most, and the model's confidence in it, in whole percent. */
    public record Lean(String label, int percent) {
    }

    /** How the examples write an ask of a person of the deal, whoever it is. */
    public static final String PERSON = "person";
    /** The field of a request that holds a customer's own words. */
    public static final String CUSTOMER_SAID = "customerSaid";
    /** The field of a request that holds the rep's account of a visit. */
    public static final String REPORT = "report";

    private final TextAnalyzer text;
    private final MaxentModel remarks;
    private final MaxentModel asks;

    /** Reads with what {@link #learn} taught, from examples read by {@code text} or by one of the same rules. */
    public ExampleReader(TextAnalyzer text, ExampleModels learned) {
        this.text = text;
        this.remarks = learned.remarks();
        this.asks = learned.asks();
    }

    /** Learns from the examples, each read by {@code text} as a request's texts are. */
    public static ExampleReader train(TextAnalyzer text, List<Remark> remarks, List<Ask> asks) {
        return new ExampleReader(text, learn(text, remarks, asks));
    }

    /** What the examples teach, each read by {@code text} as a request's texts are. */
    public static ExampleModels learn(TextAnalyzer text, List<Remark> remarks, List<Ask> asks) {
        List<Event> remarkEvents = new ArrayList<>();
        for (Remark e : remarks) {
            String[] features = Features.ofRemark(isReport(e.field()), text.read(e.text(), Features.ANY_DAY));
            remarkEvents.add(new Event(e.outcome(), features));
        }
        List<Event> askEvents = new ArrayList<>();
        for (Ask e : asks) {
            boolean person = e.by().equals(PERSON);
            askEvents.add(new Event(e.label(), askFeatures(text, person, e.by(), text.read(e.action(), Features.ANY_DAY))));
        }
        return new ExampleModels(model(remarkEvents), model(askEvents));
    }

    /**
     * What a customer's remark or a visit report reads like, from its clauses and the field that holds it
     * ({@value #CUSTOMER_SAID} or {@value #REPORT}); null without examples or words.
     */
    public Lean remark(String field, List<Reading> clauses) {
        return clauses.isEmpty() ? null : lean(remarks, Features.ofRemark(isReport(field), clauses));
    }

    private static boolean isReport(String field) {
        return field.equals(REPORT);
    }

    /**
     * What an ask reads like: {@code person} when it is asked of a person of the deal, else the words of {@code by},
     * who is asked; and the clauses of its action.
     */
    public Lean ask(boolean person, String by, List<Reading> action) {
        return action.isEmpty() ? null : lean(asks, askFeatures(text, person, by, action));
    }

    /** Someone named ("Director Wu") is asked as a person of the deal is, whether or not the deal lists them yet. */
    private static String[] askFeatures(TextAnalyzer text, boolean person, String by, List<Reading> action) {
        boolean someone = person || text.namesSomeone(by);
        return Features.ofAsk(someone, someone ? List.of() : text.read(by, Features.ANY_DAY), action);
    }

    private static Lean lean(MaxentModel model, String[] features) {
        if (model == null) {
            return null;
        }
        double[] odds = model.eval(features);
        int best = 0;
        for (int i = 1; i < odds.length; i++) {
            if (odds[i] > odds[best]) {
                best = i;
            }
        }
        return new Lean(model.getOutcome(best), (int) Math.floor(odds[best] * 100));
    }

    /** Naive Bayes learns from a few hundred short texts in well under a second and needs no tuning of its own. */
    private static MaxentModel model(List<Event> events) {
        if (events.stream().map(Event::getOutcome).distinct().count() < 2) {
            return null;
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, NaiveBayesTrainer.NAIVE_BAYES_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
