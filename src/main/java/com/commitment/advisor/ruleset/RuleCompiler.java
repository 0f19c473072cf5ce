package com.commitment.advisor.ruleset;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;

/**
 * Compiles the DRL files and decision tables of a rules directory into a Drools rule base (executable model).
 * Each build gets a fresh release id and is removed from the KIE repository right away: the built rule base
 * keeps working, and the repository does not grow with every reload.
 */
final class RuleCompiler {

    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleCompiler() {
    }

    static KieBase compile(RuleFiles files, RuleIndex index) {
        KieServices kie = KieServices.get();
        ReleaseId release = kie.newReleaseId("com.commitment.rules", "advisor-rules",
                BUILDS.incrementAndGet() + ".0.0");
        KieFileSystem sources = kie.newKieFileSystem().generateAndWritePomXML(release);
        index.ruleFiles().forEach(name -> sources.write(RuleIndex.SOURCES + name, files.files().get(name)));
        try {
            KieBuilder builder = kie.newKieBuilder(sources).buildAll(ExecutableModelProject.class);
            List<RuleProblem> problems = index.locate(builder.getResults().getMessages(Message.Level.ERROR));
            if (!problems.isEmpty()) {
                throw new RuleSetException(problems);
            }
            KieBase base = kie.newKieContainer(release).getKieBase();
            if (countRules(base) == 0) {
                throw new RuleSetException(files.dir().toString(), 0, "no rules found: refusing an empty rule set");
            }
            return base;
        } finally {
            kie.getRepository().removeKieModule(release);
        }
    }

    private static int countRules(KieBase base) {
        int count = 0;
        for (KiePackage pkg : base.getKiePackages()) {
            count += pkg.getRules().size();
        }
        return count;
    }
}
