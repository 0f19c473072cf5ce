package com.commitment.advisor.impact;

import com.commitment.advisor.backtest.Backtest;
import com.commitment.advisor.impact.ReloadImpact.Status;
import com.commitment.advisor.ruleset.RuleSet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After each reload that swapped rules, backtests the old rules against the new on the answers of the last days, on
 * one background thread: a reload only hands it over, and a newer reload supersedes a run not yet finished. Keeps
 * the last few results in memory.
 */
public final class ReloadImpacts implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReloadImpacts.class);

    /** One reload's run: where it stands, and the flag a newer reload raises to stop it. */
    private static final class Run {
        final AtomicBoolean superseded = new AtomicBoolean();
        volatile ReloadImpact state;

        Run(ReloadImpact state) {
            this.state = state;
        }
    }

    private final DataSource database;
    private final Path rulesDir;
    private final ReloadImpactSettings settings;
    private final Clock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread background = new Thread(task, "reload-impact");
        // Drools finds its services through the context class loader: in the service's jar, the advisor's own
        background.setContextClassLoader(ReloadImpacts.class.getClassLoader());
        background.setDaemon(true);
        background.setPriority(Thread.MIN_PRIORITY);
        return background;
    });
    private final Deque<Run> runs = new ArrayDeque<>();

    public ReloadImpacts(DataSource database, Path rulesDir, ReloadImpactSettings settings, Clock clock) {
        this.database = database;
        this.rulesDir = rulesDir;
        this.settings = settings;
        this.clock = clock;
    }

    /** A swap: recorded as running and handed to the background thread; never waits for it. */
    public synchronized void reloaded(RuleSet before, RuleSet after) {
        LocalDate today = LocalDate.now(clock);
        Run run = new Run(ReloadImpact.running(before.version(), after.version(), clock.instant(), settings.days(),
                today.minusDays(settings.days() - 1L)));
        Run previous = runs.peekFirst();
        if (previous != null) {
            previous.superseded.set(true);
        }
        runs.addFirst(run);
        while (runs.size() > settings.kept()) {
            runs.removeLast();
        }
        try {
            thread.execute(() -> measure(run, before, after, today));
        } catch (RejectedExecutionException stopping) {
            run.state = run.state.ended(Status.FAILED, "the service is stopping", clock.instant());
        }
    }

    private void measure(Run run, RuleSet before, RuleSet after, LocalDate today) {
        ReloadImpact started = run.state;
        try {
            ReloadImpact done = started.done(Backtest.ofReload(database, before, rulesDir, after, clock.getZone())
                    .run(new Backtest.Period(started.since(), today), run.superseded::get), clock.instant());
            run.state = done;
            log.info("the reload from {} to {} changes {} of the {} answers of the last {} days, on {} deals "
                    + "(measured in {} ms)", done.oldRuleset(), done.newRuleset(), done.changedAnswers(),
                    done.replayed(), done.days(), done.dealsAffected(),
                    Duration.between(done.startedAt(), done.finishedAt()).toMillis());
        } catch (CancellationException newer) {
            run.state = started.ended(Status.SUPERSEDED, "a newer reload came before it finished", clock.instant());
        } catch (RuntimeException | Error e) { // whatever it is, the service serves on and the status says why
            String why = why(e);
            log.error("could not measure what the reload from {} to {} changed: {}", started.oldRuleset(),
                    started.newRuleset(), why, e);
            run.state = started.ended(Status.FAILED, why, clock.instant());
        }
    }

    /** The first line of the innermost cause: the database's own words rather than a wrapper's. */
    private static String why(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage().lines().findFirst().orElse("");
    }

    /** The kept impacts, the latest reload's first. */
    public synchronized List<ReloadImpact> recent() {
        return runs.stream().map(run -> run.state).toList();
    }

    /** Stops a run at its next page, without interrupting it: an interrupted read can close H2's file channel. */
    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            runs.forEach(run -> run.superseded.set(true));
        }
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
