package com.commitment.advisor.ruleset;

import com.commitment.advisor.facts.Phrase;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * The phrase lists of {@code rules/lexicon/*.csv} ({@code phrase,tag,lang}), found in any text in one pass.
 * Matching ignores case, full-width forms and repeated spaces; a phrase that starts or ends with a Latin
 * letter or digit only matches whole words there ("soon" is not in "soonest"); Chinese phrases match anywhere.
 * A {@code *} in a phrase stands for any words between its parts, in order ("send * minutes").
 */
public final class Lexicon {

    private static final Set<String> LANGUAGES = Set.of("en", "zh", "any");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private record Entry(String list, String tag, String phrase, List<String> parts) {
    }

    private record Part(Entry entry, int index) {
    }

    private final List<Entry> entries;
    private final Map<String, List<Part>> partsByKey = new HashMap<>();
    private final Trie trie;

    private Lexicon(List<Entry> entries) {
        // a row written twice is one entry, so find() can track entries by identity
        this.entries = List.copyOf(new LinkedHashSet<>(entries));
        for (Entry entry : this.entries) {
            for (int i = 0; i < entry.parts().size(); i++) {
                partsByKey.computeIfAbsent(entry.parts().get(i), key -> new ArrayList<>()).add(new Part(entry, i));
            }
        }
        this.trie = Trie.builder().addKeywords(partsByKey.keySet()).build();
    }

    static Lexicon load(RuleFiles files) {
        List<Entry> entries = new ArrayList<>();
        files.names(".csv").filter(name -> name.startsWith("lexicon/")).forEach(name -> {
            String list = name.substring("lexicon/".length(), name.length() - ".csv".length());
            List<Csv.Row> rows = Csv.rows(name, files.text(name));
            if (rows.isEmpty() || !rows.get(0).field(0).equals("phrase")) {
                throw new RuleSetException(name, 1, "the first line must be the header: phrase,tag,lang");
            }
            for (Csv.Row row : rows.subList(1, rows.size())) {
                entries.add(entry(name, list, row));
            }
        });
        return new Lexicon(entries);
    }

    private static Entry entry(String file, String list, Csv.Row row) {
        String phrase = row.field(0);
        String lang = row.field(2);
        if (phrase.isEmpty() || phrase.replace("*", "").isBlank()) {
            throw new RuleSetException(file, row.line(), "empty phrase");
        }
        if (!LANGUAGES.contains(lang)) {
            throw new RuleSetException(file, row.line(), "lang must be en, zh or any, not '" + lang + "'");
        }
        List<String> parts = new ArrayList<>();
        for (String part : phrase.split("\\*")) {
            String key = normalize(part).strip();
            if (!key.isEmpty()) {
                parts.add(key);
            }
        }
        return new Entry(list, row.field(1), phrase, parts);
    }

    /** How many phrases the lists hold. */
    public int size() {
        return entries.size();
    }

    /** Every phrase of every list found in {@code text}, each once. */
    public List<Phrase> find(String about, String field, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalized = normalize(text);
        // by identity (entries are unique): a record's hash would walk all its fields at every emit
        Map<Entry, int[]> progress = new IdentityHashMap<>();
        List<Phrase> found = new ArrayList<>();
        Collection<Emit> emits = trie.parseText(normalized);
        for (Emit emit : emits) {
            if (!wholeWordsAt(normalized, emit.getStart(), emit.getEnd() + 1)) {
                continue;
            }
            for (Part part : partsByKey.get(emit.getKeyword())) {
                int[] state = progress.computeIfAbsent(part.entry(), e -> new int[] {0, -1});
                boolean next = state[0] == part.index() && emit.getStart() > state[1];
                if (next && ++state[0] == part.entry().parts().size()) {
                    Entry e = part.entry();
                    found.add(new Phrase(e.list(), e.tag(), e.phrase(), about, field, text));
                } else if (next) {
                    state[1] = emit.getEnd();
                }
            }
        }
        return found;
    }

    static String normalize(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        return SPACES.matcher(lower).replaceAll(" ");
    }

    private static boolean wholeWordsAt(String text, int start, int end) {
        return !(isWordChar(text, start) && isWordChar(text, start - 1))
                && !(isWordChar(text, end - 1) && isWordChar(text, end));
    }

    private static boolean isWordChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
