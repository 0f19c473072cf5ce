package com.commitment.advisor.ruleset;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the rules on disk into service only when they compile and pass every fixture; otherwise the rules in
 * service stay and the refusal is recorded (file, line, message). One build at a time. At start-up, rules that
 * are refused fall back to the last good snapshot, loudly marked stale; only a first start with no snapshot
 * fails.
 */
public final class RuleReloader {

    private static final Logger log = LoggerFactory.getLogger(RuleReloader.class);

    private final Path rulesDir;
    private final RuleSnapshot snapshot;
    private final RuleValidator validator;
    private final Consumer<ReloadAttempt> listener;
    private final RuleSetHolder holder;
    private volatile boolean stale;
    private volatile ReloadAttempt lastFailure;
    /** The last reload was refused: an edit that brings the served rules back is then worth a line in the log. */
    private boolean refusedLast;

    private RuleReloader(Path rulesDir, RuleSnapshot snapshot, RuleValidator validator,
            Consumer<ReloadAttempt> listener, RuleSet initial, boolean stale, ReloadAttempt failure) {
        this.rulesDir = rulesDir;
        this.snapshot = snapshot;
        this.validator = validator;
        this.listener = listener;
        this.holder = new RuleSetHolder(initial);
        this.stale = stale;
        this.lastFailure = failure;
    }

    /** Loads the rules on disk, or the snapshot when they are refused; throws when neither can serve. */
    public static RuleReloader start(Path rulesDir, RuleSnapshot snapshot, RuleValidator validator,
            Consumer<ReloadAttempt> listener) {
        RuleFiles files = null;
        try {
            files = RuleFiles.read(rulesDir);
            RuleSet rules = checked(files, snapshot.compiled(), snapshot.learned(), validator);
            snapshot.save(files);
            log.info("rule set {} in service from {}: {} rules, {} lexicon ideas", rules.version(),
                    rulesDir.toAbsolutePath().normalize(), rules.ruleCount(), rules.text().lexicon().size());
            return new RuleReloader(rulesDir, snapshot, validator, listener, rules, false, null);
        } catch (RuntimeException e) {
            RuleSetException refused = refusalOf(e, rulesDir);
            ReloadAttempt failure = new ReloadAttempt(Instant.now(), files == null ? null : files.version(),
                    ReloadAttempt.Result.REFUSED, refused.problems());
            if (!snapshot.exists()) {
                throw refused;
            }
            RuleSet last = RuleSetLoader.load(RuleFiles.read(snapshot.dir()), snapshot.compiled(), snapshot.learned());
            log.error("RULES ON DISK REFUSED; serving the last good snapshot {} from {} (STALE) until they are "
                    + "fixed:\n{}", last.version(), snapshot.dir(), refused.getMessage());
            listener.accept(failure);
            return new RuleReloader(rulesDir, snapshot, validator, listener, last, true, failure);
        }
    }

    /** Compiles and checks the rules on disk and swaps them in if they pass. */
    public synchronized ReloadAttempt reload() {
        String version = null;
        ReloadAttempt attempt;
        try {
            RuleFiles files = RuleFiles.read(rulesDir);
            version = files.version();
            if (files.version().equals(holder.get().version()) && !stale) {
                if (refusedLast) {
                    log.info("rules on disk are the ones in service again ({}): the refused edit is undone", version);
                }
                refusedLast = false;
                attempt = new ReloadAttempt(Instant.now(), files.version(), ReloadAttempt.Result.UNCHANGED, List.of());
                listener.accept(attempt);
                return attempt;
            }
            RuleSet next = checked(files, snapshot.compiled(), snapshot.learned(), validator);
            snapshot.save(files);
            String previous = holder.get().version();
            holder.swap(next);
            stale = false;
            refusedLast = false;
            attempt = new ReloadAttempt(Instant.now(), next.version(), ReloadAttempt.Result.SWAPPED, List.of());
            log.info("rule set {} swapped in (was {}): {} rules", next.version(), previous, next.ruleCount());
        } catch (RuntimeException e) {
            RuleSetException refused = refusal(e);
            attempt = new ReloadAttempt(Instant.now(), version, ReloadAttempt.Result.REFUSED, refused.problems());
            lastFailure = attempt;
            refusedLast = true;
            log.error("rules refused, still serving {}:\n{}", holder.get().version(), refused.getMessage());
        }
        listener.accept(attempt);
        return attempt;
    }

    /** Whatever went wrong, as problems a person can act on; the unexpected ones name the rules folder. */
    private RuleSetException refusal(RuntimeException e) {
        return refusalOf(e, rulesDir);
    }

    private static RuleSetException refusalOf(RuntimeException e, Path rulesDir) {
        if (e instanceof RuleSetException known) {
            return known;
        }
        log.error("unexpected failure building rules from {}", rulesDir, e);
        return new RuleSetException(rulesDir.toString(), 0, "cannot build the rules: " + e);
    }

    /**
     * The rules in {@code dir} compiled and checked exactly as a reload would check them, for a backtest of a
     * change before it is saved.
     *
     * @throws RuleSetException with each problem (file, line) when a reload would refuse them
     */
    public static RuleSet candidate(Path dir, RuleValidator validator) {
        try {
            return checked(RuleFiles.read(dir), CompiledFolders.inMemory(), LearnedExamples.inMemory(), validator);
        } catch (RuntimeException e) {
            throw refusalOf(e, dir);
        }
    }

    private static RuleSet checked(RuleFiles files, CompiledFolders compiled, LearnedExamples learned,
            RuleValidator validator) {
        long start = System.nanoTime();
        RuleSet candidate = RuleSetLoader.load(files, compiled, learned);
        long built = System.nanoTime();
        List<RuleProblem> problems = validator.problems(candidate);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        log.info("rule set {} built in {} ms, fixtures passed in {} ms", candidate.version(),
                (built - start) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
        return candidate;
    }

    public RuleSetHolder holder() {
        return holder;
    }

    public Path rulesDir() {
        return rulesDir;
    }

    /** True while the rules serving are a snapshot because the rules on disk were refused. */
    public boolean stale() {
        return stale;
    }

    public ReloadAttempt lastFailure() {
        return lastFailure;
    }
}
