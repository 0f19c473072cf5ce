package com.commitment.advisor.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Compiles the DRL files and decision tables of a rules directory into one Drools rule base (executable
 * model). Each folder is a package compiled on its own, in parallel, and only when its files changed: the
 * rule base is then assembled from the compiled models of every folder.
 */
final class RuleCompiler {

    private RuleCompiler() {
    }

    static KieBase compile(RuleFiles files, RuleIndex index, CompiledFolders compiled) {
        Map<String, List<String>> folders = new TreeMap<>();
        index.ruleFiles().forEach(name -> folders.computeIfAbsent(folderOf(name), f -> new ArrayList<>()).add(name));
        List<Compiled> results = OnAllCores.map(List.copyOf(folders.values()), "rules-compile",
                names -> compileFolder(files, names, index, compiled));
        List<RuleProblem> problems = results.stream().flatMap(r -> r.problems().stream()).toList();
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        List<Model> models = results.stream().flatMap(r -> r.models().stream()).toList();
        KieBase base = KieBaseBuilder.createKieBaseFromModel(models);
        if (countRules(base) == 0) {
            throw new RuleSetException(files.dir().toString(), 0, "no rules found: refusing an empty rule set");
        }
        return base;
    }

    private record Compiled(List<Model> models, List<RuleProblem> problems) {
    }

    private static Compiled compileFolder(RuleFiles files, List<String> names, RuleIndex index,
            CompiledFolders compiled) {
        try {
            return new Compiled(compiled.models(Kept.key(files, names),
                    () -> FolderCompiler.compile(files, names, index)), List.of());
        } catch (RuleSetException e) {
            return new Compiled(List.of(), e.problems());
        }
    }

    static String folderOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private static int countRules(KieBase base) {
        int count = 0;
        for (KiePackage pkg : base.getKiePackages()) {
            count += pkg.getRules().size();
        }
        return count;
    }
}
