package com.commitment.advisor.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.AdvisorApplication;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * Durability of the default database: the service runs as a process of its own on the embedded H2 file
 * database; writers stream events to it; it is killed with SIGKILL in mid-stream; restarted on the same data
 * directory, it still has every event it answered 201 for. Loopback only, bounded in count and time.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class AcknowledgedWritesSurviveAKillTest {

    private static final int WRITERS = 3;
    private static final int MAX_WRITES_PER_WRITER = 5_000;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    private final Path dataDir = Path.of("target", "durability-" + UUID.randomUUID()).toAbsolutePath();
    private Process service;

    @AfterEach
    void stopService() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    @Test
    void everyAcknowledgedWriteIsThereAfterAKill9AndARestart() throws Exception {
        int port = freePort();
        Api api = start(port, "first");
        assertThat(api.post("/api/v1/customers", "{\"id\": \"acme\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/customers/acme/people", "{\"id\": \"chen\"}").status()).isEqualTo(201);

        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean failedAfterKill = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                running.add(writers.submit(() -> write(api, writer, acknowledged, failedAfterKill)));
            }
            Instant deadline = Instant.now().plusSeconds(60);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
            assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(
                    ACKNOWLEDGED_BEFORE_KILL);
            service.destroyForcibly();
            assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(service.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
            for (Future<?> writer : running) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
        assertThat(failedAfterKill).as("the writers were still writing when the service was killed").isTrue();

        Map<Long, String> stored = events(start(port, "second"));
        Map<Long, String> lost = new HashMap<>(acknowledged);
        lost.entrySet().removeAll(stored.entrySet());
        assertThat(lost).as("acknowledged writes missing after the restart, of " + acknowledged.size()).isEmpty();
    }

    /** Posts events one after the other until the service stops answering; keeps those answered 201. */
    private static void write(Api api, int writer, Map<Long, String> acknowledged, AtomicBoolean failed) {
        for (int n = 0; n < MAX_WRITES_PER_WRITER; n++) {
            String what = "write " + writer + "-" + n;
            try {
                Api.Reply reply = api.post("/api/v1/customers/acme/people/chen/events",
                        "{\"date\": \"2026-09-18\", \"what\": \"" + what + "\", \"support\": " + (n % 5 - 2) + "}");
                assertThat(reply.status()).isEqualTo(201);
                acknowledged.put(reply.body().get("id").asLong(), what);
            } catch (IOException | InterruptedException stopped) {
                failed.set(true);
                return;
            }
        }
    }

    private static Map<Long, String> events(Api api) throws Exception {
        Map<Long, String> events = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode items = api.get("/api/v1/customers/acme/people/chen/events?size=100&page=" + page).body()
                    .get("items");
            if (items.isEmpty()) {
                return events;
            }
            items.forEach(event -> events.put(event.get("id").asLong(), event.get("what").asString()));
        }
    }

    /** The service as a process of its own, from the test class path, on this run's data directory. */
    private Api start(int port, String name) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createDirectories(dataDir).resolve(name + ".log");
        service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp", classPath, AdvisorApplication.class.getName(),
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--advisor.data-dir=" + dataDir, "--advisor.rules-dir=" + Path.of("rules").toAbsolutePath())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Api api = new Api(port);
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(service.isAlive()).as("the service is running; see " + log).isTrue();
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return api;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not start within " + START_LIMIT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
