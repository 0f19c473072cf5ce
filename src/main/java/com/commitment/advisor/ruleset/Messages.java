package com.commitment.advisor.ruleset;

import com.commitment.advisor.facts.Evidence;
import com.commitment.advisor.facts.Finding;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The texts of {@code messages_<lang>.properties} files: {@code rules/messages_en.properties} and, beside the
 * rules that use them, any {@code rules/<folder>/messages_en.properties}; a key is defined once. Per code a {@code message}, a {@code nextStep} and a
 * {@code principle}, each maybe specialised by a variant ({@code ROLE_BLOCKER.UP.nextStep}), with
 * {@code {placeholders}} filled from the finding. A placeholder value that has a {@code word.<value>} key is
 * translated, so a rule can say {@code with("missing", "by-when")} and each language shows its own words.
 * {@code evidence.<key>} is the text of one piece of evidence, its placeholders filled as given (quotes stay as
 * the customer wrote them). In every text, a part in {@code [brackets]} shows only when its placeholders are known.
 */
public final class Messages {

    public static final Set<String> LANGUAGES = Set.of("en", "zh");
    private static final Set<String> PARTS = Set.of("message", "nextStep", "principle");
    private static final String WORD = "word.";
    private static final String EVIDENCE = "evidence.";
    private static final List<String> BUILT_IN_EVIDENCE =
            List.of(Evidence.QUOTE, Evidence.PERSON, Evidence.HISTORY, Evidence.AGREED);

    private final Map<String, Map<String, String>> textsByLanguage;
    private final Map<String, Map<String, MessageTemplate>> templatesByLanguage;

    private Messages(Map<String, Map<String, String>> textsByLanguage) {
        // hashed copies: every answer looks up three texts per recommendation
        Map<String, Map<String, String>> copies = new HashMap<>();
        Map<String, Map<String, MessageTemplate>> templates = new HashMap<>();
        textsByLanguage.forEach((lang, texts) -> {
            copies.put(lang, Map.copyOf(texts));
            Map<String, MessageTemplate> cut = new HashMap<>();
            texts.forEach((key, text) -> {
                if (!key.startsWith(WORD)) {
                    cut.put(key, MessageTemplate.of(text));
                }
            });
            templates.put(lang, Map.copyOf(cut));
        });
        this.textsByLanguage = Map.copyOf(copies);
        this.templatesByLanguage = Map.copyOf(templates);
    }

    static Messages load(RuleFiles files) {
        Map<String, Map<String, String>> byLanguage = new TreeMap<>();
        for (String lang : LANGUAGES) {
            String fileName = "messages_" + lang + ".properties";
            List<String> names = files.names(fileName)
                    .filter(name -> name.equals(fileName) || name.endsWith("/" + fileName)).toList();
            if (names.isEmpty()) {
                throw new RuleSetException(fileName, 0, "missing: every code needs its texts in English and Chinese");
            }
            Map<String, String> texts = new TreeMap<>();
            Map<String, String> definedIn = new TreeMap<>();
            for (String name : names) {
                String text = files.text(name);
                read(name, text).forEach((key, value) -> {
                    String earlier = definedIn.putIfAbsent(key, name);
                    if (earlier != null) {
                        throw new RuleSetException(name, lineOf(text, key), key + " is already defined in " + earlier);
                    }
                    texts.put(key, value);
                });
            }
            byLanguage.put(lang, texts);
        }
        Set<String> en = byLanguage.get("en").keySet();
        Set<String> zh = byLanguage.get("zh").keySet();
        checkSame("messages_zh.properties", en, zh);
        checkSame("messages_en.properties", zh, en);
        for (String key : BUILT_IN_EVIDENCE) {
            if (!en.contains(EVIDENCE + key)) {
                throw new RuleSetException("messages_en.properties", 0, EVIDENCE + key
                        + " is missing: the text that shows a " + key + " as evidence");
            }
        }
        for (String code : codes(en)) {
            for (String part : PARTS) {
                if (!en.contains(code + "." + part)) {
                    throw new RuleSetException("messages_en.properties", 0, code + "." + part + " is missing");
                }
            }
        }
        return new Messages(byLanguage);
    }

    /** The codes that have texts. */
    public Set<String> codes() {
        return codes(textsByLanguage.get("en").keySet());
    }

    /** {@code word.<value>} in a language: how it says a value a rule writes in code form, or the value itself. */
    public String word(String lang, String value) {
        return texts(lang).getOrDefault(WORD + value, value);
    }

    /** Whether {@code evidence.<key>} has a text. */
    public boolean hasEvidence(String key) {
        return textsByLanguage.get("en").containsKey(EVIDENCE + key);
    }

    /** One piece of evidence in a language. */
    public String evidence(String lang, Evidence item) {
        MessageTemplate template = templates(lang).get(EVIDENCE + item.key());
        if (template == null) {
            throw new IllegalArgumentException("no text for " + EVIDENCE + item.key() + " in messages_" + lang);
        }
        return template.fill(item.params(), value -> value);
    }

    /** The text of one part for a code, the variant's own text first, placeholders filled from {@code params}. */
    public String text(String lang, String code, String variant, String part, Map<String, String> params) {
        Map<String, MessageTemplate> templates = templates(lang);
        MessageTemplate template = variant == null ? null : templates.get(code + "." + variant + "." + part);
        if (template == null) {
            template = templates.get(code + "." + part);
        }
        if (template == null) {
            throw new IllegalArgumentException("no text for " + code + "." + part + " in messages_" + lang);
        }
        Map<String, String> texts = texts(lang);
        return template.fill(params, value -> words(texts, value));
    }

    private Map<String, String> texts(String lang) {
        return textsByLanguage.get(known(lang));
    }

    private Map<String, MessageTemplate> templates(String lang) {
        return templatesByLanguage.get(known(lang));
    }

    private static String known(String lang) {
        return LANGUAGES.contains(lang) ? lang : "en";
    }

    private static String words(Map<String, String> texts, String value) {
        StringBuilder out = new StringBuilder();
        for (String word : Finding.items(value)) {
            out.append(out.length() == 0 ? "" : ", ").append(texts.getOrDefault(WORD + word, word));
        }
        return out.toString();
    }

    private static Map<String, String> read(String name, String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new RuleSetException(name, 0, "cannot read: " + e.getMessage());
        }
        Map<String, String> texts = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String part = key.substring(key.lastIndexOf('.') + 1);
            if (!key.startsWith(WORD) && !key.startsWith(EVIDENCE) && !PARTS.contains(part)) {
                throw new RuleSetException(name, lineOf(text, key),
                        key + ": a key ends in .message, .nextStep or .principle, or starts with word. or evidence.");
            }
            texts.put(key, properties.getProperty(key).strip());
        }
        return texts;
    }

    private static void checkSame(String file, Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        if (!missing.isEmpty()) {
            throw new RuleSetException(file, 0, "missing texts for " + String.join(", ", missing));
        }
    }

    private static Set<String> codes(Set<String> keys) {
        Set<String> codes = new TreeSet<>();
        for (String key : keys) {
            if (!key.startsWith(WORD) && !key.startsWith(EVIDENCE)) {
                codes.add(key.substring(0, key.indexOf('.')));
            }
        }
        return codes;
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith(key)) {
                return i + 1;
            }
        }
        return 0;
    }

}
