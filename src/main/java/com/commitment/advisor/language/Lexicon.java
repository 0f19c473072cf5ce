package com.commitment.advisor.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists of {@code rules/lexicon/*.csv}, one idea per row: {@code words,tag,lang}. An idea is a set of
 * word groups joined by {@code +} that must all stand in one clause, in any order; {@code |} separates words
 * that may stand for each other: {@code sign|countersign + contract|agreement|po} is found in "we signed the
 * contract", "the contract was signed" and "the PO is signed". English words are compared by base form
 * ("signed" = "sign"), Chinese words must be whole words of the clause ({@code 下 + 订单} is in "订单我们下了",
 * {@code 别家} in "选了别家", but {@code 签} is not in "签约": write {@code 签约} too). A group written after
 * {@code !} must not stand in the clause: {@code go with + !you|your} is "went with someone other than you".
 * {@link #NAME} stands for any proper name ({@code sign with + {name}}: "signed with Halvorsen"); {@link #ALONE} for a
 * clause of no more than two words ({@code ship + {alone}}: "Ship it.", not "ship the samples to our lab").
 */
public final class Lexicon {

    /** The list of the words that say how a clause is said: negation, mood, who acts, where clauses join. */
    public static final String CLAUSE_WORDS = "clause-words";
    /** Words too common to say anything ("the", "我们"): no idea of a clause, not counted as shared words. */
    public static final String COMMON_WORDS = "common-words";
    /** Irregular English forms: the words column holds the form, the tag column its base ("bought,buy,en"). */
    public static final String WORD_FORMS = "word-forms";

    /** The tag of {@link #CLAUSE_WORDS} rows that negate a clause. */
    public static final String NEGATION = "negation";
    private static final Set<String> LANGUAGES = Set.of("en", "zh", "any");
    /** Written as a word of a row, any proper name: {@code go with + {name}} is in "we went with Kortex". */
    public static final String NAME = "{name}";
    /** Written as a group of a row, a clause said bare, of two words at most: {@code 签 + {alone}} is in "签！". */
    public static final String ALONE = "{alone}";
    private static final int ALONE_MOST_WORDS = 2;
    private static final Pattern GROUPS = Pattern.compile("\\+");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\|");

    /** A row of a lexicon file, as read. */
    public record Row(String file, int line, String list, String words, String tag, String lang) {
    }

    /** A row that cannot be used, with the reason. */
    public static final class BadRow extends RuntimeException {
        private final transient Row row;

        BadRow(Row row, String message) {
            super(message);
            this.row = row;
        }

        public Row row() {
            return row;
        }
    }

    /**
     * An idea of a list found in a clause: where its first word stands, its row as written, and how many negations the
     * row says itself ({@code won't + buy}: one), which deny nothing of it.
     */
    public record Hit(String list, String tag, String words, int at, int negations) {
    }

    /**
     * @param groups how many groups; @param unwanted the groups written after {@code !}, one bit each; @param alone the
     *               group written {@code {alone}}, as a bit, or 0
     */
    private record Idea(String list, String tag, String words, int groups, int unwanted, int alone) {

        int wanted() {
            return ((1 << groups) - 1) & ~unwanted;
        }
    }

    /**
     * One way to write one group of an idea: English bases in a row, or Chinese text over whole words; {@code negating}
     * when it says a negation itself ("won't", "没必要").
     */
    private record Alternative(Idea idea, int group, List<String> bases, String text, boolean negating) {
    }

    private final List<Idea> ideas = new ArrayList<>();
    private final Map<String, List<Alternative>> english = new HashMap<>();
    private final Map<Character, List<Alternative>> chinese = new HashMap<>();
    /** The alternatives written {@code {name}}: found at any word that is a name, in either language. */
    private final List<Alternative> names = new ArrayList<>();
    private final Words words;
    private final Map<String, Set<String>> singleWords = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each way the negation rows of {@link #CLAUSE_WORDS} write a negation, as words: [no, longer], [绝对, 不]. */
    private final Set<List<String>> negations = new HashSet<>();

    private Lexicon(List<Row> rows) {
        Map<String, String> irregular = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.list().equals(WORD_FORMS)) {
                irregular.put(check(row).words().strip(), row.tag().strip());
            }
        }
        this.words = new Words(irregular);
        for (Row row : rows) {
            if (row.list().equals(CLAUSE_WORDS) && row.tag().equals(NEGATION)) {
                for (String written : ALTERNATIVES.split(check(row).words(), -1)) {
                    negations.add(bases(written));
                }
            }
        }
        for (Row row : rows) {
            if (!row.list().equals(WORD_FORMS)) {
                add(check(row));
            }
        }
    }

    public static Lexicon of(List<Row> rows) {
        return new Lexicon(rows);
    }

    /** The word lists that have rows, by name. */
    public SortedSet<String> lists() {
        return ideas.stream().map(Idea::list).collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean hasList(String list) {
        return ideas.stream().anyMatch(idea -> idea.list().equals(list));
    }

    /** The tags the rows of {@code list} carry, by name. */
    public SortedSet<String> tags(String list) {
        return ideas.stream().filter(idea -> idea.list().equals(list)).map(Idea::tag)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean hasTag(String list, String tag) {
        return ideas.stream().anyMatch(idea -> idea.list().equals(list) && idea.tag().equals(tag));
    }

    /** How many ideas the lists hold. */
    public int size() {
        return ideas.size();
    }

    /** The base forms of the one-word rows of {@code list} ("common-words"). */
    public Set<String> singleWords(String list) {
        return singleWords.computeIfAbsent(list, this::collectSingleWords);
    }

    private Set<String> collectSingleWords(String list) {
        Set<String> single = new HashSet<>();
        for (List<Alternative> alternatives : english.values()) {
            for (Alternative a : alternatives) {
                if (a.idea().list().equals(list) && a.idea().groups() == 1 && a.bases().size() == 1) {
                    single.add(a.bases().get(0));
                }
            }
        }
        for (List<Alternative> alternatives : chinese.values()) {
            for (Alternative a : alternatives) {
                if (a.idea().list().equals(list) && a.idea().groups() == 1) {
                    single.add(a.text());
                }
            }
        }
        return Set.copyOf(single);
    }

    List<Word> words(String text) {
        return words.of(text);
    }

    private static Row check(Row row) {
        if (!LANGUAGES.contains(row.lang())) {
            throw new BadRow(row, "lang must be en, zh or any, not '" + row.lang() + "'");
        }
        if (row.tag().isBlank()) {
            throw new BadRow(row, "no tag");
        }
        if (row.words().isBlank()) {
            throw new BadRow(row, "no words");
        }
        return row;
    }

    private void add(Row row) {
        String[] groups = GROUPS.split(row.words(), -1);
        if (groups.length > Integer.SIZE - 1) {
            throw new BadRow(row, "more than " + (Integer.SIZE - 1) + " groups joined by +");
        }
        int unwanted = 0;
        int alone = 0;
        for (int g = 0; g < groups.length; g++) {
            if (groups[g].strip().startsWith("!")) {
                unwanted |= 1 << g;
                groups[g] = groups[g].strip().substring(1);
            }
            if (groups[g].strip().equals(ALONE)) {
                alone |= 1 << g;
            }
        }
        if (alone == (1 << groups.length) - 1) {
            throw new BadRow(row, "only " + ALONE + ": say which words are said bare");
        }
        if (unwanted == (1 << groups.length) - 1) {
            throw new BadRow(row, "only groups after ! : say what must stand in the clause too");
        }
        Idea idea = new Idea(row.list(), row.tag(), row.words().strip(), groups.length, unwanted, alone);
        for (int g = 0; g < groups.length; g++) {
            if ((alone & 1 << g) != 0) {
                continue;
            }
            String[] alternatives = ALTERNATIVES.split(groups[g], -1);
            if (groups[g].isBlank() || alternatives.length == 0) {
                throw new BadRow(row, "an empty word group: write words on both sides of each + and |");
            }
            for (String alternative : alternatives) {
                if (alternative.isBlank()) {
                    throw new BadRow(row, "an empty word between | signs");
                }
                addAlternative(row, idea, g, alternative.strip());
            }
        }
        ideas.add(idea);
    }

    /** Words that hold a negation, word for word: "won't", "will not", "没必要", not "别家". */
    private boolean saysNegation(String written) {
        List<String> bases = bases(written);
        return negations.stream().anyMatch(negation -> Collections.indexOfSubList(bases, negation) >= 0);
    }

    private List<String> bases(String written) {
        return words.of(written.strip()).stream().map(Word::base).toList();
    }

    private void addAlternative(Row row, Idea idea, int group, String written) {
        if (written.equals(NAME)) {
            names.add(new Alternative(idea, group, List.of(NAME), NAME, false));
            return;
        }
        if (!row.lang().equals("zh")) {
            List<String> bases = words.englishBases(written);
            if (bases.isEmpty()) {
                throw new BadRow(row, "'" + written + "' has no word in it");
            }
            english.computeIfAbsent(bases.get(0), k -> new ArrayList<>())
                    .add(new Alternative(idea, group, bases, null, saysNegation(written)));
        }
        if (!row.lang().equals("en")) {
            StringBuilder text = new StringBuilder();
            words.of(written).forEach(word -> text.append(word.base()));
            if (text.isEmpty()) {
                throw new BadRow(row, "'" + written + "' has no word in it");
            }
            chinese.computeIfAbsent(text.charAt(0), k -> new ArrayList<>())
                    .add(new Alternative(idea, group, null, text.toString(), saysNegation(written)));
        }
    }

    /**
     * Every idea all of whose groups stand among {@code words[from, to)}, and none of its unwanted ones, each once,
     * in the order found; a clause word once more at each further place it stands, since where it stands is what it
     * says ("和我们" after "价签和改价").
     */
    List<Hit> find(List<Word> words, int from, int to, boolean inChinese) {
        // only the few ideas a clause touches get a state: {groups found, first word, groups found negating}, as bits
        Map<Idea, int[]> touched = new IdentityHashMap<>();
        List<Idea> complete = new ArrayList<>();
        List<Hit> again = new ArrayList<>();
        boolean bare = to - from <= ALONE_MOST_WORDS;
        for (int i = from; i < to; i++) {
            String base = words.get(i).base();
            List<Alternative> candidates = inChinese ? chinese.get(base.charAt(0)) : english.get(base);
            if (candidates != null) {
                for (Alternative alternative : candidates) {
                    boolean stands = inChinese ? standsAt(alternative.text(), words, i, to)
                            : standsAt(alternative.bases(), words, i, to);
                    if (stands) {
                        foundAgain(alternative, i, touched, again);
                        found(alternative, i, bare, touched, complete);
                    }
                }
            }
            if (words.get(i).name()) {
                for (Alternative alternative : names) {
                    found(alternative, i, bare, touched, complete);
                }
            }
        }
        List<Hit> hits = new ArrayList<>(complete.size());
        for (Idea idea : complete) {
            int[] state = touched.get(idea);
            if ((state[0] & idea.unwanted()) == 0) {
                hits.add(new Hit(idea.list(), idea.tag(), idea.words(), state[1], Integer.bitCount(state[2])));
            }
        }
        hits.addAll(again);
        return hits;
    }

    /** A clause word found before, standing at a further word {@code i}. */
    private static void foundAgain(Alternative alternative, int i, Map<Idea, int[]> touched, List<Hit> again) {
        Idea idea = alternative.idea();
        int[] state = touched.get(idea);
        if (state != null && state[1] != i && idea.groups() == 1 && idea.list().equals(CLAUSE_WORDS)) {
            again.add(new Hit(idea.list(), idea.tag(), idea.words(), i, alternative.negating() ? 1 : 0));
        }
    }

    /**
     * Marks the group of {@code alternative} found at word {@code i}, and its {@code {alone}} group in a {@code bare}
     * clause; an idea with all wanted groups is complete.
     */
    private static void found(Alternative alternative, int i, boolean bare, Map<Idea, int[]> touched,
            List<Idea> complete) {
        Idea idea = alternative.idea();
        int[] state = touched.get(idea);
        if (state == null) {
            state = new int[] {bare ? idea.alone() : 0, i, 0};
            touched.put(idea, state);
        }
        int wanted = idea.wanted();
        boolean before = (state[0] & wanted) == wanted;
        state[0] |= 1 << alternative.group();
        if (alternative.negating()) {
            state[2] |= 1 << alternative.group();
        }
        if (!before && (state[0] & wanted) == wanted) {
            complete.add(idea);
        }
    }

    private static boolean standsAt(List<String> bases, List<Word> words, int i, int to) {
        if (i + bases.size() > to) {
            return false;
        }
        for (int k = 0; k < bases.size(); k++) {
            if (!bases.get(k).equals(words.get(i + k).base())) {
                return false;
            }
        }
        return true;
    }

    /** Chinese text written as one run over whole words: "下单" over 下|单, not "签" inside 签约. */
    private static boolean standsAt(String text, List<Word> words, int i, int to) {
        int matched = 0;
        for (int k = i; k < to && matched < text.length(); k++) {
            String base = words.get(k).base();
            if (!text.startsWith(base, matched)) {
                return false;
            }
            matched += base.length();
        }
        return matched == text.length();
    }
}
