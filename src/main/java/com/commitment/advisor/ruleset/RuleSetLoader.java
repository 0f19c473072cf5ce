package com.commitment.advisor.ruleset;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** Builds a {@link RuleSet} from a rules directory, or says with file and line why it cannot. */
public final class RuleSetLoader {

    private RuleSetLoader() {
    }

    public static RuleSet load(Path dir) {
        RuleFiles files = RuleFiles.read(dir);
        Settings settings = Settings.load(files);
        Lexicon lexicon = Lexicon.load(files);
        Messages messages = Messages.load(files);
        RuleIndex index = new RuleIndex(files);
        KieBase base = RuleCompiler.compile(files, index);
        return new RuleSet(files.version(), Instant.now(), base, lexicon, messages, settings, rulesPerFolder(base));
    }

    private static Map<String, List<String>> rulesPerFolder(KieBase base) {
        Map<String, List<String>> perPackage = new LinkedHashMap<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                perPackage.computeIfAbsent(pkg.getName().replace('.', '/'), k -> new ArrayList<>())
                        .add(rule.getName());
            }
        }
        perPackage.values().forEach(names -> names.sort(null));
        return perPackage;
    }
}
