package com.commitment.advisor.ruleset;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.drools.model.Model;

/**
 * Rule folders already compiled, keyed by their content (and the advisor build), so that only a folder that
 * changed is compiled again: kept in memory for the process, and as jars in a directory when one is given so
 * that a restart with unchanged rules compiles nothing.
 */
final class CompiledFolders {

    private static final int KEPT_ON_DISK = 32;
    // the folders in service and a few recent edits; each holds its generated classes
    private static final int KEPT_IN_MEMORY = 12;
    private static final CompiledFolders SHARED = new CompiledFolders(Optional.empty());

    private final Kept<Compiled> kept;

    private record Compiled(byte[] jar, List<Model> models) {

        static Compiled of(byte[] jar) {
            return new Compiled(jar, ModelJar.models(jar));
        }
    }

    private CompiledFolders(Optional<Path> dir) {
        this.kept = new Kept<>(KEPT_IN_MEMORY, dir, ".jar", KEPT_ON_DISK, Compiled::jar, Compiled::of);
    }

    /** Kept in memory only, shared by everything in this process that loads rules without a data directory. */
    static CompiledFolders inMemory() {
        return SHARED;
    }

    /** Also kept in {@code dir}, unless this build of the advisor cannot be told apart from another. */
    static CompiledFolders onDisk(Path dir) {
        return new CompiledFolders(Optional.of(dir));
    }

    /** The models of the folder with this key: kept ones, or {@code compile}d now (and then kept). */
    List<Model> models(String key, Supplier<byte[]> compile) {
        return kept.get(key, () -> Compiled.of(compile.get())).models();
    }
}
