package com.commitment.advisor.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the rules directory (and its folders, new ones too) and reloads once the files have been quiet for
 * the debounce time: an editor's save is often several writes and renames.
 */
public final class RulesWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

    private final RuleReloader reloader;
    private final Duration debounce;
    private final WatchService watch;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rules-reload");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread listener;
    private ScheduledFuture<?> pending;

    public RulesWatcher(RuleReloader reloader, Duration debounce) {
        this.reloader = reloader;
        this.debounce = debounce;
        try {
            this.watch = FileSystems.getDefault().newWatchService();
            registerAll(reloader.rulesDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + reloader.rulesDir(), e);
        }
        this.listener = new Thread(this::listen, "rules-watch");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        try {
            while (true) {
                WatchKey key = watch.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir) {
                        Path created = dir.resolve((Path) event.context());
                        if (Files.isDirectory(created)) {
                            registerAll(created);
                        }
                    }
                }
                key.reset();
                schedule();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.error("stopped watching {}: {}", reloader.rulesDir(), e.getMessage());
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::reload, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reload() {
        try {
            reloader.reload();
        } catch (RuntimeException e) {
            log.error("reload failed unexpectedly; the rules in service stay", e);
        }
    }

    private void registerAll(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        watch.close();
        scheduler.shutdownNow();
        listener.interrupt();
    }
}
