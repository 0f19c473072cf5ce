package com.commitment.advisor.advice;

import java.util.Locale;

/** Which of the advisor's languages an {@code Accept-Language} header asks for. */
public final class AcceptLanguage {

    private AcceptLanguage() {
    }

    /** The first of zh and en the caller prefers; English when it names neither or sends garbage. */
    public static String of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return "zh";
                }
                if (tag.startsWith("en")) {
                    return "en";
                }
            }
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
        return "en";
    }
}
