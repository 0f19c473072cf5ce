package com.commitment.advisor.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link AdviseBenchmark} and prints the medians side by side, with their ratio. */
public final class EngineBench {

    private EngineBench() {
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(AdviseBenchmark.class.getName())
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(3))
                .measurementIterations(5).measurementTime(TimeValue.seconds(3))
                .build()).run();
        Map<String, Double> medians = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().replaceFirst(".*\\.", "");
            medians.put(name, result.getPrimaryResult().getStatistics().getPercentile(50));
        }
        double advise = medians.get("advise");
        double baseline = medians.get("baselineReadJson");
        System.out.printf("%nmedian per deal: advise %.1f µs, baseline (read the JSON) %.1f µs%n", advise, baseline);
        System.out.printf("advise / baseline = %.1f×; one core advises about %.0f deals/s%n", advise / baseline,
                1_000_000 / advise);
    }
}
