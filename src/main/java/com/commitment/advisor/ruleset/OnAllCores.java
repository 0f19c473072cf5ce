package com.commitment.advisor.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a list on all cores, keeping its order: for compiling rule folders and running fixtures. */
public final class OnAllCores {

    private OnAllCores() {
    }

    public static <T, R> List<R> map(List<T> items, String threadName, Function<T, R> work) {
        // Drools finds its services through the context class loader: in the service's jar that must be the
        // advisor's own, which pool threads do not have
        ClassLoader advisor = OnAllCores.class.getClassLoader();
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setContextClassLoader(advisor);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> result : pool.invokeAll(items.stream().<Callable<R>>map(item -> () -> work.apply(item))
                    .toList())) {
                results.add(result.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + threadName, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
