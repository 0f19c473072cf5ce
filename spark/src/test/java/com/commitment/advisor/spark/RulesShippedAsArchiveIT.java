package com.commitment.advisor.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a cluster the rules come with the job ({@code --archives rules.zip#rules}): a folder the driver does not have
 * is taken from the archive of that name, and the deals are advised on exactly those files.
 */
class RulesShippedAsArchiveIT {

    @TempDir
    Path work;

    @Test
    void theRulesFolderIsTakenFromTheArchiveShippedWithTheJob() throws Exception {
        Path deals = DealsFile.writeGood(work.resolve("deals.jsonl"), 40);
        Path archive = zip(Path.of("../rules"), work.resolve("rules.zip"));
        String version = RuleBytes.read(Path.of("../rules")).version();

        Job.Result job = Job.run(List.of("-Dspark.archives=" + archive + "#shipped-rules"), deals, work.resolve("out"),
                "--rules", "shipped-rules");

        assertTrue(job.summary().startsWith("40 advised, 0 skipped") && job.summary().endsWith("rules " + version),
                job.summary());
    }

    private static Path zip(Path folder, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return zip;
    }
}
