package com.commitment.advisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a folder whose files changed is compiled again, and a restart with the same rules compiles nothing. */
class CompiledFoldersTest {

    private static final int FOLDERS_WITH_RULES = 5;

    @TempDir
    Path rulesDir;
    @TempDir
    Path compiledDir;

    private RulesCopy rules;
    private int expectedRules;

    @BeforeEach
    void firstStartCompilesEveryFolder() {
        rules = RulesCopy.of(Path.of("rules"), rulesDir);
        // a comment of this run's own, so no folder was compiled before in this process
        rules.replace("plan/asks.drl", "package plan;", "package plan; // " + System.nanoTime());
        rules.replace("roles/stalled.drl", "package roles;", "package roles; // " + System.nanoTime());
        long before = FolderCompiler.builds();
        expectedRules = load(CompiledFolders.onDisk(compiledDir)).ruleCount();
        assertThat(FolderCompiler.builds() - before).isGreaterThanOrEqualTo(2);
        assertThat(jars()).hasSize(FOLDERS_WITH_RULES);
    }

    @Test
    void aRestartWithTheSameRulesCompilesNothing() {
        long before = FolderCompiler.builds();
        RuleSet restarted = load(CompiledFolders.onDisk(compiledDir));
        assertThat(FolderCompiler.builds()).isEqualTo(before);
        assertThat(restarted.ruleCount()).isEqualTo(expectedRules);
    }

    @Test
    void anEditCompilesOnlyTheFolderItIsIn() {
        CompiledFolders compiled = CompiledFolders.onDisk(compiledDir);
        load(compiled);
        rules.replace("plan/asks.drl", "package plan;", "package plan; // edited");

        long before = FolderCompiler.builds();
        RuleSet edited = load(compiled);

        assertThat(FolderCompiler.builds() - before).isEqualTo(1);
        assertThat(edited.ruleCount()).isEqualTo(expectedRules);
        assertThat(jars()).hasSize(FOLDERS_WITH_RULES + 1);
    }

    @Test
    void aDamagedCompiledFolderIsCompiledAgain() throws IOException {
        for (Path jar : jars()) {
            Files.writeString(jar, "not a jar");
        }
        long before = FolderCompiler.builds();
        RuleSet restarted = load(CompiledFolders.onDisk(compiledDir));
        assertThat(FolderCompiler.builds() - before).isEqualTo(FOLDERS_WITH_RULES);
        assertThat(restarted.ruleCount()).isEqualTo(expectedRules);

        long repaired = FolderCompiler.builds();
        load(CompiledFolders.onDisk(compiledDir));
        assertThat(FolderCompiler.builds()).isEqualTo(repaired);
    }

    @Test
    void theDirectoryKeepsOnlyTheMostRecentlyUsedFolders() throws IOException {
        for (int i = 0; i < 40; i++) {
            Path old = Files.writeString(compiledDir.resolve("old-" + i + ".jar"), "compiled long ago");
            Files.setLastModifiedTime(old, FileTime.fromMillis(i));
        }
        rules.replace("plan/asks.drl", "package plan;", "package plan; // edited");
        load(CompiledFolders.onDisk(compiledDir));

        assertThat(jars()).hasSize(32).contains(compiledDir.resolve("old-39.jar"))
                .doesNotContain(compiledDir.resolve("old-0.jar"));
    }

    private RuleSet load(CompiledFolders compiled) {
        return RuleSetLoader.load(RuleFiles.read(rulesDir), compiled, LearnedExamples.inMemory());
    }

    private List<Path> jars() {
        try (Stream<Path> files = Files.list(compiledDir)) {
            return files.filter(f -> f.toString().endsWith(".jar")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
