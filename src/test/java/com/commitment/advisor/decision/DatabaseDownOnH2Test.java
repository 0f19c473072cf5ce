package com.commitment.advisor.decision;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The database going away on H2: an H2 server of this test's own (over TCP, so it can be cut off), fresh data. */
class DatabaseDownOnH2Test extends DatabaseDownTest {

    private static final Server H2 = startH2();
    private static final TcpProxy PROXY = proxy(H2.getPort());

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + PROXY.port() + "/decisions");
        registry.add("spring.datasource.username", () -> "sa");
    }

    @Override
    TcpProxy database() {
        return PROXY;
    }

    @AfterAll
    static void stop() throws IOException {
        PROXY.close();
        H2.stop();
    }

    private static Server startH2() {
        Path dir = Path.of("target", "decisions-down-h2-" + UUID.randomUUID()).toAbsolutePath();
        try {
            return Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException("could not start an H2 server for the test", e);
        }
    }

    static TcpProxy proxy(int port) {
        try {
            return TcpProxy.to(port);
        } catch (IOException e) {
            throw new IllegalStateException("could not open a proxy port on loopback", e);
        }
    }
}
