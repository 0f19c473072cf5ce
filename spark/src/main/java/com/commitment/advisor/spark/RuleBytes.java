package com.commitment.advisor.spark;

import com.commitment.advisor.ruleset.RuleFiles;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * A rules folder as bytes, read once on the driver and broadcast: every executor compiles the very files the driver
 * checked, whatever the deploy mode (a compiled rule base cannot be serialised, so it is never shipped).
 */
record RuleBytes(String dir, String version, TreeMap<String, byte[]> files) implements Serializable {

    static RuleBytes read(Path dir) {
        RuleFiles read = RuleFiles.read(dir);
        return new RuleBytes(dir.toString(), read.version(), new TreeMap<>(read.files()));
    }

    RuleFiles ruleFiles() {
        return new RuleFiles(Path.of(dir), files, version);
    }
}
