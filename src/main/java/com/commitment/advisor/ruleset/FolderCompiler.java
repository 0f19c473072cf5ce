package com.commitment.advisor.ruleset;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles the rule files of one folder (one DRL package) with the executable model into a jar of generated
 * classes. Each build gets a release id never used before, in this process or by a jar kept from another, and
 * is removed from the KIE repository at once so the repository does not grow with every reload.
 */
final class FolderCompiler {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String PROCESS = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);

    private FolderCompiler() {
    }

    /** How many folders this process has compiled: a restart with unchanged rules should add none. */
    static long builds() {
        return BUILDS.get();
    }

    /** The compiled jar, or the problems in the folder's files. */
    static byte[] compile(RuleFiles files, List<String> ruleFiles, RuleIndex index) {
        KieServices kie = KieServices.get();
        ReleaseId release = kie.newReleaseId("com.commitment.rules", "advisor-rules",
                "1.0." + BUILDS.incrementAndGet() + "-" + PROCESS);
        KieFileSystem sources = kie.newKieFileSystem().generateAndWritePomXML(release);
        ruleFiles.forEach(name -> sources.write(RuleIndex.SOURCES + name, files.files().get(name)));
        try {
            KieBuilder builder = kie.newKieBuilder(sources).buildAll(ExecutableModelProject.class);
            List<RuleProblem> problems = index.locate(builder.getResults().getMessages(Message.Level.ERROR));
            if (!problems.isEmpty()) {
                throw new RuleSetException(problems);
            }
            return ((InternalKieModule) builder.getKieModule()).getBytes();
        } finally {
            kie.getRepository().removeKieModule(release);
        }
    }
}
