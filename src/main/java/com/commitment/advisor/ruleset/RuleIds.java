package com.commitment.advisor.ruleset;

import java.util.Locale;

/** How a rule is named in answers and logs: its folder and its name in lower case words, {@code plan/no-best}. */
public final class RuleIds {

    private RuleIds() {
    }

    /** "Seller is the one to act" in commitment/ → {@code commitment/seller-is-the-one-to-act}. */
    public static String of(String folder, String ruleName) {
        return folder + "/" + ruleName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
