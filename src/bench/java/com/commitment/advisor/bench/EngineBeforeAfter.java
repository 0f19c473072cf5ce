package com.commitment.advisor.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of the engine in one JVM, each in a class loader of its own, timed in alternating rounds (CPU time of
 * the timing thread): whatever else the machine does hits both alike, which two runs one after the other on a
 * shared machine cannot promise. {@code EngineBeforeAfter BEFORE_DIR AFTER_DIR CLASSPATH_FILE ROUNDS}, where each
 * DIR holds a build's target/classes and target/test-classes (with {@link AdviseBenchmark}) and its rules: each
 * build advises on its own rules (a build older than that reading ./rules), the same deals from ./fixtures.
 */
public final class EngineBeforeAfter {

    private static final int CALLS = 2_000;
    private static final int WARM_UP = 20_000;

    private EngineBeforeAfter() {
    }

    public static void main(String[] args) throws Throwable {
        String libraries = Files.readString(Path.of(args[2])).strip();
        int rounds = Integer.parseInt(args[3]);
        MethodHandle[] advise = new MethodHandle[2];
        MethodHandle[] baseline = new MethodHandle[2];
        for (int side = 0; side < 2; side++) {
            Object bench = benchmark(Path.of(args[side]), libraries);
            ClassLoader loader = bench.getClass().getClassLoader();
            advise[side] = call(bench, "advise", loader.loadClass("com.commitment.advisor.model.Advice"));
            baseline[side] = call(bench, "baselineReadJson",
                    loader.loadClass("com.commitment.advisor.model.AdviceRequest"));
        }
        for (int side = 0; side < 2; side++) {
            for (int i = 0; i < WARM_UP; i++) {
                advise[side].invoke();
                baseline[side].invoke();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] adviseMicros = new double[2][rounds];
        double[][] baselineMicros = new double[2][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int side = round % 2 == 0 ? turn : 1 - turn;
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < CALLS; i++) {
                    advise[side].invoke();
                }
                long advised = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < CALLS * 5; i++) {
                    baseline[side].invoke();
                }
                adviseMicros[side][round] = (advised - start) / 1000.0 / CALLS;
                baselineMicros[side][round] = (threads.getCurrentThreadCpuTime() - advised) / 1000.0 / (CALLS * 5);
            }
        }
        String[] names = {"before", "after"};
        double[] advise50 = new double[2];
        double[] baseline50 = new double[2];
        for (int side = 0; side < 2; side++) {
            advise50[side] = median(adviseMicros[side]);
            baseline50[side] = median(baselineMicros[side]);
            System.out.printf("%-6s advise %.1f µs of CPU per full deal, baseline (read the JSON) %.1f µs: %.1f×%n",
                    names[side], advise50[side], baseline50[side], advise50[side] / baseline50[side]);
        }
        System.out.printf("after / before (medians of %d rounds): advise %.3f, baseline %.3f%n", rounds,
                advise50[1] / advise50[0], baseline50[1] / baseline50[0]);
    }

    private static Object benchmark(Path build, String libraries) throws ReflectiveOperationException, Exception {
        List<URL> urls = new ArrayList<>(List.of(build.resolve("target/test-classes").toUri().toURL(),
                build.resolve("target/classes").toUri().toURL()));
        for (String library : libraries.split(":")) {
            urls.add(Path.of(library).toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        System.setProperty(AdviseBenchmark.RULES, build.resolve("rules").toString());
        Object bench = loader.loadClass(AdviseBenchmark.class.getName()).getConstructor().newInstance();
        bench.getClass().getMethod("setUp").invoke(bench);
        return bench;
    }

    private static MethodHandle call(Object bench, String method, Class<?> returns) throws ReflectiveOperationException {
        return MethodHandles.publicLookup().findVirtual(bench.getClass(), method, MethodType.methodType(returns))
                .bindTo(bench);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
