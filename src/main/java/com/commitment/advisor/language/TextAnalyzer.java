package com.commitment.advisor.language;

import com.commitment.advisor.facts.Mood;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a free text clause by clause: sentences, their comma-separated pieces, and pieces cut again where the
 * {@code clause-words} lexicon says two clauses join ("but", "然后", "and they"). A piece that says nothing of
 * its own ("next Tuesday,", "张总，") is read with the next one; a clause that names no date takes the one date
 * its sentence names, else the last date before it when it points back ("that's when", "到时候"), else that of a
 * sentence before it that names a day and nothing else ("We're free on the 15th. The team will come."). Per
 * clause: the ideas of the lexicons, whether it is negated, its mood (a clause opened by "so that", "so we can",
 * 以便 says what another action is for; an "if" anywhere in a sentence makes all of it hypothetical, an "even if"
 * does not; a "maybe" only its own clause), who acts and whom it is done for as the words name them, and its date.
 * Readings of a text are cached; the cache belongs to one rule set.
 */
public final class TextAnalyzer {

    /** Texts remembered with their readings: reps send the same deal again and again. */
    private static final int CACHED_TEXTS = 20_000;

    private static final List<String> PERSONS = List.of("nobody", "first", "second", "third");
    private static final List<String> POSSESSIVES = List.of("first-of", "second-of");
    private static final List<String> OBJECTS = List.of("first-object", "third-object");
    private static final List<String> OPENERS = List.of("next-acts", "when", "title", "then", "and");
    /** The tags "to" itself carries; one more on it (even-if: "to be honest") and it opens no purpose. */
    private static final Set<String> INFINITIVE_TO = Set.of("infinitive", "to", "for");

    private record Key(String text, LocalDate today) {
    }

    /** Words of one clause in the making, with where it stands in the text. */
    private record Part(int start, int end, List<Word> words, boolean chinese, List<Lexicon.Hit> hits) {
    }

    private final Lexicon lexicon;
    /** How many words from an idea's first word a negation still denies it ("not" in "not formally rejected"). */
    private final int negationReach;
    /** Null when nothing is remembered (to measure reading itself). */
    private final Cache<Key, List<Reading>> cache;

    /** @param negationReach how many words from an idea's first word a negation still denies it */
    public TextAnalyzer(Lexicon lexicon, int negationReach) {
        this(lexicon, negationReach, CACHED_TEXTS);
    }

    /** @param cachedTexts how many texts to remember with their readings; 0 reads every text anew */
    public TextAnalyzer(Lexicon lexicon, int negationReach, int cachedTexts) {
        this.lexicon = lexicon;
        this.negationReach = negationReach;
        this.cache = cachedTexts == 0 ? null : Caffeine.newBuilder().maximumSize(cachedTexts).build();
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The clauses of {@code text}; dates in it are read relative to {@code today}. */
    public List<Reading> read(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return cache == null ? readNow(text, today) : cache.get(new Key(text, today), key -> readNow(key.text(), key.today()));
    }

    /**
     * Whether the text names someone by a name written in Latin letters ("Director Wu"), not only by a role or a group;
     * a Chinese name is not told apart from a brand or a department (信息科) by the segmenter, so it is not counted.
     */
    public boolean namesSomeone(String text) {
        return text != null && !text.isBlank()
                && lexicon.words(normalize(text)).stream().anyMatch(w -> w.name() && !Words.isChinese(w.base()));
    }

    /** The base forms of the words of a text, in order. */
    public List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return lexicon.words(normalize(text)).stream().map(Word::base).toList();
    }

    private List<Reading> readNow(String text, LocalDate today) {
        String normalized = normalize(text);
        List<TextDates.Dated> datesInText = TextDates.all(text, today);
        List<Reading> readings = new ArrayList<>();
        LocalDate setDay = null;
        LocalDate lastNamed = null;
        int previousSentence = 0;
        for (ClauseSplitter.Span sentence : joinAfterAbbreviations(normalized, ClauseSplitter.sentences(normalized))) {
            String sentenceText = normalized.substring(sentence.start(), sentence.end());
            boolean chinese = Words.isChinese(sentenceText);
            List<Word> words = new ArrayList<>();
            for (Word word : lexicon.words(sentenceText)) {
                int at = sentence.start();
                words.add(new Word(word.base(), word.start() + at, word.end() + at, word.name()));
            }
            List<Part> parts = new ArrayList<>();
            for (ClauseSplitter.Span piece : ClauseSplitter.pieces(normalized, sentence)) {
                List<Word> inPiece = new ArrayList<>();
                for (Word word : words) {
                    if (word.start() >= piece.start() && word.end() <= piece.end()) {
                        inPiece.add(word);
                    }
                }
                cutAtJoins(part(piece.start(), piece.end(), inPiece, chinese), parts);
            }
            parts = mergeEmpty(parts);
            // "even if you halve the price, we won't buy": a concession, meant as said
            boolean hypothetical = parts.stream().anyMatch(p -> has(p, "if"))
                    && parts.stream().noneMatch(p -> has(p, "even-if"));
            List<LocalDate> dates = new ArrayList<>();
            for (Part part : parts) {
                dates.add(firstDateIn(datesInText, part));
            }
            LocalDate sentenceDate = onlyDate(dates);
            boolean setsTheDay = setsTheDay(parts, sentenceDate);
            if (setsTheDay && namesNoOneActing(parts)) {
                dateUndated(readings, previousSentence, sentenceDate);
            }
            previousSentence = readings.size();
            for (int i = 0; i < parts.size(); i++) {
                LocalDate date = dates.get(i) != null ? dates.get(i) : sentenceDate;
                if (date == null && has(parts.get(i), "that-time")) {
                    date = lastNamed;
                }
                lastNamed = dates.get(i) != null ? dates.get(i) : lastNamed;
                // "To convince the board, we need our own data": an infinitive before the clause it is for
                boolean purpose = opensWith(parts.get(i), "purpose")
                        || i + 1 < parts.size() && opensInfinitive(parts.get(i));
                readings.add(reading(text, normalized, parts.get(i), hypothetical, purpose,
                        date != null ? date : setDay, datesInText));
            }
            setDay = setsTheDay ? sentenceDate : null;
        }
        return readings;
    }

    /**
     * "Ms. Alvarez wants the numbers", "by Dec. 4th": a full stop after a title or a month or day written short
     * (clause-words tags title, abbreviation) ends no sentence.
     */
    private List<ClauseSplitter.Span> joinAfterAbbreviations(String text, List<ClauseSplitter.Span> sentences) {
        List<ClauseSplitter.Span> joined = new ArrayList<>();
        for (ClauseSplitter.Span sentence : sentences) {
            ClauseSplitter.Span before = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (before != null && endsWithAbbreviation(text, before)) {
                joined.set(joined.size() - 1, new ClauseSplitter.Span(before.start(), sentence.end()));
            } else {
                joined.add(sentence);
            }
        }
        return joined;
    }

    private boolean endsWithAbbreviation(String text, ClauseSplitter.Span sentence) {
        if (sentence.end() >= text.length() || text.charAt(sentence.end()) != '.') {
            return false;
        }
        String said = text.substring(sentence.start(), sentence.end());
        // English words never run across a space: its last stretch has the sentence's last word, read alone
        List<Word> words = lexicon.words(Words.isChinese(said) ? said : said.substring(lastSpace(said) + 1));
        return !words.isEmpty() && lexicon.find(words, words.size() - 1, words.size(), false).stream()
                .anyMatch(hit -> hit.list().equals(Lexicon.CLAUSE_WORDS)
                        && (hit.tag().equals("title") || hit.tag().equals("abbreviation")));
    }

    /**
     * "Let's say Thursday the 10th.", "下周三吧。", "Thursday the 3rd suits us.": a sentence that names a day and nothing
     * else, or only that the day suits, dates the sentences beside it.
     */
    private static boolean setsTheDay(List<Part> parts, LocalDate date) {
        if (date == null) {
            return false;
        }
        for (Part part : parts) {
            Set<Integer> consent = cuesByWord(part).entrySet().stream().filter(e -> e.getValue().contains("consent"))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            if (has(part, Lexicon.NEGATION)
                    || part.hits().stream().anyMatch(hit -> isIdea(hit) && !consent.contains(hit.at()))) {
                return false;
            }
        }
        return true;
    }

    /** "Thursday suits us", not "We will deliver the model on the 3rd": a day said of the sentence before it. */
    private static boolean namesNoOneActing(List<Part> parts) {
        return parts.stream().noneMatch(part -> cuesByWord(part).values().stream().anyMatch(TextAnalyzer::isSubject));
    }

    /** "Dave will sit in on your demo. Thursday the 3rd suits us.": the clauses of the sentence before take the day. */
    private static void dateUndated(List<Reading> readings, int from, LocalDate date) {
        for (int i = from; i < readings.size(); i++) {
            if (readings.get(i).date() == null) {
                readings.set(i, readings.get(i).withDate(date));
            }
        }
    }

    private static boolean isIdea(Lexicon.Hit hit) {
        return !hit.list().equals(Lexicon.CLAUSE_WORDS) && !hit.list().equals(Lexicon.COMMON_WORDS);
    }

    /** The one date a sentence names, for its clauses that name none ("we accept the budget, finance books it Friday"). */
    private static LocalDate onlyDate(List<LocalDate> dates) {
        LocalDate only = null;
        for (LocalDate date : dates) {
            if (date != null && only != null && !date.equals(only)) {
                return null;
            }
            only = date != null ? date : only;
        }
        return only;
    }

    private static LocalDate firstDateIn(List<TextDates.Dated> dates, Part part) {
        for (TextDates.Dated dated : dates) {
            if (dated.start() >= part.start() && dated.start() < part.end()) {
                return dated.date();
            }
        }
        return null;
    }

    private Part part(int start, int end, List<Word> words, boolean chinese) {
        return new Part(start, end, words, chinese, lexicon.find(words, 0, words.size(), chinese));
    }

    /**
     * Cuts a piece before each word that opens a clause: "but", "然后", "以便", "and" before a person ("and they"), and
     * the first person who acts after a word of saying ("told us | they have signed", "说 | 他们下周来").
     */
    private void cutAtJoins(Part piece, List<Part> parts) {
        Map<Integer, Set<String>> cues = cuesByWord(piece);
        int from = 0;
        int start = piece.start();
        // "To convince the board | we need our own data": what an infinitive is for opens at the one who acts
        int said = opensInfinitive(piece) ? 0 : -1;
        for (int i = 1; i < piece.words().size(); i++) {
            Set<String> here = cues.getOrDefault(i, Set.of());
            boolean opens = here.contains("then") || here.contains("purpose")
                    || here.contains("and") && cues.getOrDefault(i + 1, Set.of()).stream().anyMatch(PERSONS::contains)
                    || said >= 0 && isSubject(here);
            said = here.contains("say") ? i : said;
            if (opens) {
                said = -1;
                int cut = piece.words().get(i).start();
                int end = piece.words().get(i - 1).end();
                parts.add(part(start, end, new ArrayList<>(piece.words().subList(from, i)), piece.chinese()));
                from = i;
                start = cut;
            }
        }
        if (from == 0) {
            parts.add(piece);
        } else {
            parts.add(part(start, piece.end(), new ArrayList<>(piece.words().subList(from, piece.words().size())),
                    piece.chinese()));
        }
    }

    /** A person who acts, not one the action is done to ("they", not "us", "her"): what was said opens there. */
    private static boolean isSubject(Set<String> cues) {
        return cues.stream().anyMatch(PERSONS::contains) && OBJECTS.stream().noneMatch(cues::contains);
    }

    /** A part with no idea, no negation and no person of its own is read with the next part of its sentence. */
    private List<Part> mergeEmpty(List<Part> parts) {
        List<Part> merged = new ArrayList<>(parts);
        for (int i = 0; i + 1 < merged.size(); i++) {
            Part first = merged.get(i);
            // "send us the log, so we can size it": what an action is for never takes the action in
            if (saysNothing(first) && !opensWith(merged.get(i + 1), "purpose") && !opensInfinitive(first)) {
                Part second = merged.get(i + 1);
                List<Word> words = new ArrayList<>(first.words());
                words.addAll(second.words());
                merged.set(i, part(first.start(), second.end(), words, first.chinese() || second.chinese()));
                merged.remove(i + 1);
                i--;
            }
        }
        return merged;
    }

    private static boolean saysNothing(Part part) {
        for (Lexicon.Hit hit : part.hits()) {
            boolean grammar = hit.list().equals(Lexicon.CLAUSE_WORDS) || hit.list().equals(Lexicon.COMMON_WORDS);
            if (!grammar || hit.tag().equals(Lexicon.NEGATION) || PERSONS.contains(hit.tag())) {
                return false;
            }
        }
        return true;
    }

    private Reading reading(String text, String normalized, Part part, boolean hypothetical, boolean purpose,
            LocalDate date, List<TextDates.Dated> datesInText) {
        Map<Integer, Set<String>> cues = cuesByWord(part);
        List<Integer> negations = cues.entrySet().stream().filter(cue -> cue.getValue().contains(Lexicon.NEGATION))
                .map(Map.Entry::getKey)
                .filter(at -> !hyphenated(normalized, part.words(), at) && !eitherOr(part.words(), at)).toList();
        List<Lexicon.Hit> ideas = new ArrayList<>();
        List<Lexicon.Hit> denied = new ArrayList<>();
        for (Lexicon.Hit hit : part.hits()) {
            if (!hit.list().equals(Lexicon.CLAUSE_WORDS)) {
                ideas.add(hit);
                if (!hit.list().equals(Lexicon.COMMON_WORDS) && denies(negations, hit)) {
                    denied.add(hit);
                }
            }
        }
        List<Integer> receiving = new ArrayList<>();
        Set<Integer> received = new HashSet<>();
        Speaker receiver = receiver(part, cues, receiving, received);
        int[] speakerAt = {-1};
        Speaker speaker = speaker(part, cues, received, speakerAt);
        if (speaker == Speaker.SECOND && has(part, "receive")) {
            speaker = Speaker.FIRST; // "you'll have it on Thursday": the one who speaks gives it
        }
        String clause = text.substring(part.start(), part.end());
        return new Reading(part.start(), clause, part.words().stream().map(Word::base).toList(), List.copyOf(ideas),
                !negations.isEmpty(), List.copyOf(denied), mood(part, hypothetical, purpose, normalized), speaker,
                speakerAt[0], date, receiver, List.copyOf(receiving), acting(part, cues, datesInText));
    }

    private static int lastSpace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where in the whole text a person named acts: the clause's first word that is no date, title, "but"/"and" or
     * word asking someone to act ("12月9日前王工发", "Dr Lee to confirm"), and the word after each word asking the
     * one after it to act, after a title ("ask Dr Lee to send", "资料表请王工填完").
     */
    private static List<Integer> acting(Part part, Map<Integer, Set<String>> cues, List<TextDates.Dated> datesInText) {
        List<Integer> acting = new ArrayList<>();
        boolean opened = false;
        for (int i = 0; i < part.words().size(); i++) {
            Word word = part.words().get(i);
            Set<String> here = cues.getOrDefault(i, Set.of());
            boolean dated = datesInText.stream().anyMatch(d -> word.start() >= d.start() && word.start() < d.end());
            if (!opened && (here.contains("title") || !dated && OPENERS.stream().noneMatch(here::contains))) {
                acting.add(word.start());
                opened = !here.contains("title");
            }
            if (here.contains("next-acts") && i + 1 < part.words().size()) {
                acting.add(part.words().get(i + 1).start());
                if (cues.getOrDefault(i + 1, Set.of()).contains("title") && i + 2 < part.words().size()) {
                    acting.add(part.words().get(i + 2).start());
                }
            }
        }
        return List.copyOf(acting);
    }

    /**
     * Whom the action is done to or for: the first person named right after "to", "for", "给", "替" ("send it to
     * us"), a titled name there too ("to Dr Varga", "发给吴主任"), or "us", "him" wherever they stand ("send us the
     * log"); not whose thing it is ("for his line"), nor who goes along ("with her team").
     * Collects where each such word stands in the text in {@code receiving}, and in {@code received} the name after a
     * title, which is not the one who acts either.
     */
    private static Speaker receiver(Part part, Map<Integer, Set<String>> cues, List<Integer> receiving,
            Set<Integer> received) {
        Speaker receiver = null;
        for (int i = 0; i < part.words().size(); i++) {
            Set<String> here = cues.getOrDefault(i, Set.of());
            boolean object = OBJECTS.stream().anyMatch(here::contains);
            boolean whoseOrAlong = here.contains("whose") || cues.getOrDefault(i + 1, Set.of()).contains("of")
                    || cues.getOrDefault(i - 1, Set.of()).contains("with");
            if (whoseOrAlong || !object && !cues.getOrDefault(i - 1, Set.of()).contains("for")) {
                continue;
            }
            receiving.add(part.words().get(i).start());
            for (String kind : PERSONS) {
                if (receiver == null && (here.contains(kind) || here.contains(kind + "-object"))) {
                    receiver = Speaker.valueOf(kind.toUpperCase(Locale.ROOT));
                }
            }
            if (titledName(cues, i)) {
                received.add(i + 1);
                receiver = receiver == null ? Speaker.THIRD : receiver;
            }
        }
        return receiver;
    }

    /**
     * A title and a name ("Dr Varga"), or a name and a title ("吴 主任") from word {@code at} on: a word of no cue of
     * its own, then a person who is not whose thing follows ("have his dentists").
     */
    private static boolean titledName(Map<Integer, Set<String>> cues, int at) {
        Set<String> here = cues.getOrDefault(at, Set.of());
        Set<String> next = cues.getOrDefault(at + 1, Set.of());
        return here.contains("title") || here.isEmpty() && next.contains("third") && !next.contains("whose");
    }

    /** "no-show rates", "non-stop": a negation joined by a hyphen to the next word is part of a compound word. */
    private static boolean hyphenated(String text, List<Word> words, int at) {
        int end = words.get(at).end();
        return at + 1 < words.size() && end < text.length() && text.charAt(end) == '-'
                && words.get(at + 1).start() == end + 1;
    }

    /** "会不会用", "合不合用", "能不能": a word, 不 or 没 and the word again ask which it is; they deny nothing. */
    private static boolean eitherOr(List<Word> words, int at) {
        if (at == 0) {
            return false;
        }
        String before = words.get(at - 1).base();
        String here = words.get(at).base();
        String next = at + 1 < words.size() ? words.get(at + 1).base() : "";
        boolean not = here.equals("不") || here.equals("没");
        return Words.isChinese(before) && (here.equals("不" + before) || here.equals("没" + before)
                || not && next.startsWith(before));
    }

    private static Mood mood(Part part, boolean hypothetical, boolean purpose, String normalized) {
        if (purpose) {
            return Mood.PURPOSE;
        }
        if (hypothetical || has(part, "maybe")) {
            return Mood.HYPOTHETICAL;
        }
        if (has(part, "asked") || isQuestion(normalized, part.end())) {
            return Mood.ASKED;
        }
        if (has(part, "will")) {
            return Mood.WILL;
        }
        return has(part, "done") ? Mood.DONE : Mood.PLAIN;
    }

    /** The clause opens with {@code cue}, after a "but" or "and" if any: "so we can…", "but 以便…". */
    private static boolean opensWith(Part part, String cue) {
        Map<Integer, Set<String>> cues = cuesByWord(part);
        Set<String> first = cues.getOrDefault(0, Set.of());
        int opening = first.contains("then") || first.contains("and") ? 1 : 0;
        return first.contains(cue) || cues.getOrDefault(opening, Set.of()).contains(cue);
    }

    /**
     * "To convince the board…": "to" opening a clause, then a word that names no one ("to Wang", "to our CTO" are
     * whom it goes to) and no fixed phrase of its own ("to be honest"); a verb asking someone to act is one ("to
     * convince the board").
     */
    private static boolean opensInfinitive(Part part) {
        Map<Integer, Set<String>> cues = cuesByWord(part);
        Set<String> first = cues.getOrDefault(0, Set.of());
        return part.words().size() > 1 && first.contains("infinitive")
                && first.stream().allMatch(INFINITIVE_TO::contains)
                && cues.getOrDefault(1, Set.of()).stream().allMatch("next-acts"::equals)
                && !part.words().get(1).name();
    }

    private static boolean isQuestion(String text, int end) {
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?' || c == '？') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * An "our"/"your" that opens the clause ("our CTO will meet you", "so our CTO..."): whose person opens it acts;
     * else the first person the clause names (a title too: "Dr Varga to confirm") who is not the object of "to",
     * "给", "跟", nor the name after a title that receives ("发给吴主任"); "nobody" first where two name the same word.
     * An "our" further in is only whose thing it is ("walk our engineer through").
     */
    private static Speaker speaker(Part part, Map<Integer, Set<String>> cues, Set<Integer> received, int[] at) {
        Set<String> first = cues.getOrDefault(0, Set.of());
        int opening = first.contains("then") || first.contains("and") ? 1 : 0;
        if (hasStaffAfter(cues, opening)) {
            opening++; // "have our engineer visit his line", "安排我们的工程师去": the one made to act acts
        }
        for (String kind : POSSESSIVES) {
            if (opening < part.words().size() && cues.getOrDefault(opening, Set.of()).contains(kind)) {
                at[0] = part.words().get(opening).start();
                return Speaker.valueOf(kind.replace("-of", "").toUpperCase(Locale.ROOT));
            }
        }
        for (int i = 0; i < part.words().size(); i++) {
            Set<String> here = cues.getOrDefault(i, Set.of());
            if (cues.getOrDefault(i - 1, Set.of()).contains("to") || received.contains(i) || here.contains("first-of")
                    || here.contains("second-of")) {
                continue;
            }
            for (String kind : PERSONS) {
                if (here.contains(kind) || kind.equals("third") && here.contains("title")) {
                    at[0] = part.words().get(i).start();
                    return Speaker.valueOf(kind.toUpperCase(Locale.ROOT));
                }
            }
        }
        return null;
    }

    /** A word that has someone act ("have", "安排") at {@code at}, then "our"/"your" and, within three words, staff. */
    private static boolean hasStaffAfter(Map<Integer, Set<String>> cues, int at) {
        if (!cues.getOrDefault(at, Set.of()).contains("causative")
                || POSSESSIVES.stream().noneMatch(cues.getOrDefault(at + 1, Set.of())::contains)) {
            return false;
        }
        for (int i = at + 2; i <= at + 4; i++) {
            if (cues.getOrDefault(i, Set.of()).contains("staff")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The negations a few words before or after an idea's first word, other than those its row says itself, deny it
     * when odd: "it's not rejected", "nobody has cancelled it", "the project hasn't been cancelled"; two cancel
     * ("我们没说不买"). One further away is about something else ("scrapped after the merger, there's no project").
     */
    private boolean denies(List<Integer> negations, Lexicon.Hit idea) {
        long near = negations.stream().filter(at -> Math.abs(at - idea.at()) <= negationReach).count();
        return Math.floorMod(near - idea.negations(), 2) == 1;
    }

    private static Map<Integer, Set<String>> cuesByWord(Part part) {
        Map<Integer, Set<String>> cues = new HashMap<>();
        for (Lexicon.Hit hit : part.hits()) {
            if (hit.list().equals(Lexicon.CLAUSE_WORDS)) {
                cues.computeIfAbsent(hit.at(), k -> new HashSet<>()).add(hit.tag());
            }
        }
        return cues;
    }

    private static boolean has(Part part, String cue) {
        for (Lexicon.Hit hit : part.hits()) {
            if (hit.list().equals(Lexicon.CLAUSE_WORDS) && hit.tag().equals(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Full-width Latin letters, digits and marks as plain ones, curly apostrophes straight; same length. */
    static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u2019' || c == '\u2018') {
                chars[i] = '\'';
            }
        }
        return new String(chars);
    }
}
