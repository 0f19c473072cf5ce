package com.commitment.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.advice.FullDeals;
import com.commitment.advisor.profile.Api;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Large advice requests take turns (one at a time here, waiting at most a millisecond): a burst of them gets
 * 503 with Retry-After beyond the one being advised, while an ordinary request asked at the same time is answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "advisor.security.large-advice-bytes=20000", "advisor.security.large-advice-at-once=1",
        "advisor.security.large-advice-wait=1ms"})
class LargeAdviceGateTest {

    private static final int BURST = 6;

    @LocalServerPort
    int port;

    @Test
    void aBurstOfLargeRequestsTakesTurnsAndOrdinaryOnesPass() throws Exception {
        FullDeals deals = new FullDeals(Path.of("fixtures"), 11);
        ObjectNode ordinary = deals.next(1, "en");
        ObjectNode large = deals.next(2, "en");
        ArrayNode history = (ArrayNode) large.get("history");
        while (history.size() < 500) {
            history.add(history.get(history.size() % 20).deepCopy());
        }
        String largeBody = large.toString();
        assertThat(largeBody.length()).isGreaterThan(20_000);

        ExecutorService callers = Executors.newFixedThreadPool(BURST + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> largeReplies = new ArrayList<>();
        try {
            for (int i = 0; i < BURST; i++) {
                largeReplies.add(callers.submit(() -> {
                    start.await();
                    return new Api(port).post("/api/v1/advice", largeBody);
                }));
            }
            Future<Api.Reply> ordinaryReply = callers.submit(() -> {
                start.await();
                return new Api(port).post("/api/v1/advice", ordinary.toString());
            });
            start.countDown();

            assertThat(ordinaryReply.get().status()).isEqualTo(200);
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> reply : largeReplies) {
                replies.add(reply.get());
            }
            assertThat(replies).extracting(Api.Reply::status).containsOnly(200, 503).contains(200, 503);
            Api.Reply busy = replies.stream().filter(r -> r.status() == 503).findFirst().orElseThrow();
            assertThat(busy.isProblem()).isTrue();
            assertThat(busy.header("Retry-After")).isEqualTo("1");
            assertThat(busy.body().get("type").asString()).isEqualTo("/problems/busy");
            assertThat(busy.body().get("detail").asString()).contains("advisor.security.large-advice-bytes");
        } finally {
            callers.shutdownNow();
        }
    }
}
