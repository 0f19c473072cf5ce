package com.commitment.advisor.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Every library the job jar ships is at the version the service runs the engine with (the jars inside
 * target/advisor.jar): the two builds name their versions apart, and this says when they drift.
 */
class SameLibrariesAsTheServiceIT {

    private static final Pattern SHIPPED = Pattern.compile("META-INF/maven/[^/]+/([^/]+)/pom.properties");
    private static final Pattern SERVICE_LIB = Pattern.compile("BOOT-INF/lib/(.+)\\.jar");

    @Test
    void theJobJarShipsTheServicesVersions() throws IOException {
        Map<String, String> drifted = new TreeMap<>();
        try (ZipFile job = new ZipFile(System.getProperty("job.jar"));
                ZipFile service = new ZipFile(Path.of("../target/advisor.jar").toFile())) {
            List<String> serviceJars = service.stream().map(ZipEntry::getName).map(SERVICE_LIB::matcher)
                    .filter(Matcher::matches).map(m -> m.group(1)).toList();
            for (ZipEntry entry : job.stream().toList()) {
                Matcher shipped = SHIPPED.matcher(entry.getName());
                if (!shipped.matches()) {
                    continue;
                }
                String artifact = shipped.group(1);
                String version = version(job, entry);
                // "lucene-core-9.12.3" is lucene-core's jar, "lucene-core-extras-1.0" would not be; the service has
                // jackson-databind twice (Jackson 2 for its libraries, 3 for itself): one at the job's version will do
                List<String> serviceVersions = serviceJars.stream().filter(jar -> jar.startsWith(artifact + "-"))
                        .map(jar -> jar.substring(artifact.length() + 1))
                        .filter(rest -> rest.equals(version) || Character.isDigit(rest.charAt(0))).toList();
                if (!serviceVersions.isEmpty() && !serviceVersions.contains(version)) {
                    drifted.put(artifact, version + " in the job jar, " + serviceVersions + " in the service");
                }
            }
        }
        assertEquals(Map.of(), drifted);
    }

    private static String version(ZipFile jar, ZipEntry pomProperties) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = jar.getInputStream(pomProperties)) {
            properties.load(in);
        }
        return properties.getProperty("version");
    }
}
