package com.commitment.advisor.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Where each rule of a rules directory is written: file and line per rule name. Used to point a compile error
 * in generated code back at the rule a person wrote, and to list the rules per file.
 */
final class RuleIndex {

    private static final Pattern RULE = Pattern.compile("^[ \\t]*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))",
            Pattern.MULTILINE);
    private static final Pattern METHOD_SECTION = Pattern.compile("§[\\w-]+");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern GENERATED_SOURCE = Pattern.compile("Java source of (\\S+) in error:\\R");
    private static final Pattern PARSER_LINE = Pattern.compile("\\bLine (\\d+):\\d+");
    private static final Pattern EXPRESSION = Pattern.compile("(?:expression|class): (.+)$", Pattern.MULTILINE);
    static final String SOURCES = "src/main/resources/";

    private final List<String> ruleFiles;
    private final Map<String, List<RuleLine>> rulesPerFile = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    /** A rule where it is written, with the comment lines right above it and the method section they name. */
    record RuleLine(String name, int line, String comment, String method) {
    }

    RuleIndex(RuleFiles files) {
        this.ruleFiles = files.files().keySet().stream().filter(RuleIndex::isRuleFile).toList();
        for (String name : ruleFiles) {
            if (!name.endsWith(".drl")) {
                continue;
            }
            String text = files.text(name);
            texts.put(name, text);
            checkPackage(name, text);
            List<RuleLine> rules = new ArrayList<>();
            Matcher m = RULE.matcher(text);
            String[] lines = text.split("\\R", -1);
            while (m.find()) {
                String rule = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                int line = lineOf(text, m.start());
                String comment = commentAbove(lines, line);
                Matcher section = METHOD_SECTION.matcher(comment);
                rules.add(new RuleLine(rule, line, comment, section.find() ? section.group() : null));
            }
            rulesPerFile.put(name, rules);
        }
    }

    /** The {@code //} lines right above a (1-based) line, without the slashes, as one text. */
    private static String commentAbove(String[] lines, int line) {
        List<String> comment = new ArrayList<>();
        for (int i = line - 2; i >= 0 && lines[i].strip().startsWith("//"); i--) {
            comment.add(0, lines[i].strip().substring(2).strip());
        }
        return String.join(" ", comment);
    }

    static boolean isRuleFile(String name) {
        return name.endsWith(".drl") || name.endsWith(".drl.csv");
    }

    List<String> ruleFiles() {
        return ruleFiles;
    }

    Map<String, List<RuleLine>> rulesPerFile() {
        return rulesPerFile;
    }

    /**
     * Turns builder messages into problems in sales-ops files. The executable model reports some errors in
     * generated Java; those are traced back through the generated line to the DRL line it came from.
     */
    List<RuleProblem> locate(List<Message> messages) {
        Map<String, String[]> generated = new LinkedHashMap<>();
        for (Message message : messages) {
            Matcher source = GENERATED_SOURCE.matcher(message.getText());
            if (source.find()) {
                generated.put(source.group(1), message.getText().substring(source.end()).split("\\R", -1));
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : messages) {
            String text = message.getText().strip();
            if (GENERATED_SOURCE.matcher(text).find() || text.startsWith("Parser returned a null Package")) {
                continue;
            }
            problems.add(locate(message.getPath(), message.getLine(), text, generated));
        }
        return problems;
    }

    private RuleProblem locate(String path, int line, String text, Map<String, String[]> generated) {
        String file = path == null ? "" : path.startsWith(SOURCES) ? path.substring(SOURCES.length()) : path;
        if (ruleFiles.contains(file)) {
            Matcher parserLine = PARSER_LINE.matcher(text);
            int at = parserLine.find() ? Integer.parseInt(parserLine.group(1)) : line;
            if (at <= 0) {
                at = lineOfQuotedExpression(file, text);
            }
            return new RuleProblem(file, at, text);
        }
        String[] source = path == null ? null : generated.get(path);
        String firstLine = text.lines().findFirst().orElse(text);
        String message = firstLine.replaceFirst("^\\S+\\.java:\\d+: ", "");
        if (source != null && line > 0 && line <= source.length) {
            String code = source[line - 1].strip().replaceFirst("^drools\\.", "");
            for (String drl : rulesPerFile.keySet()) {
                int at = lineContaining(texts.get(drl), code);
                if (at > 0) {
                    return new RuleProblem(drl, at, message);
                }
            }
        }
        return new RuleProblem("rules", 0, message);
    }

    private int lineOfQuotedExpression(String file, String text) {
        Matcher expression = EXPRESSION.matcher(text);
        String fileText = texts.get(file);
        return expression.find() && fileText != null ? lineContaining(fileText, expression.group(1).strip()) : 0;
    }

    private static int lineContaining(String text, String code) {
        if (code.isEmpty()) {
            return 0;
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            // a comment may quote the code; the error is in the rule
            if (lines[i].contains(code) && !lines[i].stripLeading().startsWith("//")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static void checkPackage(String name, String text) {
        int slash = name.lastIndexOf('/');
        String expected = slash < 0 ? "" : name.substring(0, slash).replace('/', '.');
        Matcher m = PACKAGE.matcher(text);
        String actual = m.find() ? m.group(1) : "";
        if (!actual.equals(expected)) {
            throw new RuleSetException(name, m.hitEnd() ? 1 : lineOf(text, m.start()),
                    "the package must name the folder the file is in: package " + expected + ";");
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
