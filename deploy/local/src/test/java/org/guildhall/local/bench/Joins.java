package org.guildhall.local.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The latency benchmarks' load: a member joining through members-service. */
final class Joins {

    private Joins() {}

    /** {@code POST} to {@code members} ({@code /members}) as the token's member; gives up after 30 s. */
    static CompletableFuture<HttpResponse<Void>> join(HttpClient http, URI members, String token) {
        HttpRequest request = HttpRequest.newBuilder(members)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Bench Mark\",\"timeZone\":\"UTC\"}"))
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    /**
     * Joins one member per token at a fixed rate, {@code perSecond} (one request every 1/perSecond s, whether or not
     * the one before was answered), and waits until every request was answered or {@code timeout} passed; returns
     * how many got no 201 (refused, timed out or not answered by then).
     */
    static int paced(HttpClient http, URI members, List<String> tokens, int perSecond, Duration timeout)
            throws InterruptedException {
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(tokens.size());
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        pacer.scheduleAtFixedRate(
                () -> {
                    int i = next.getAndIncrement();
                    if (i < tokens.size()) {
                        join(http, members, tokens.get(i)).whenComplete((response, error) -> {
                            if (error != null || response.statusCode() != 201) {
                                failed.incrementAndGet();
                            }
                            answered.countDown();
                        });
                    }
                },
                0,
                TimeUnit.SECONDS.toNanos(1) / perSecond,
                TimeUnit.NANOSECONDS);
        boolean all = answered.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        pacer.shutdownNow();
        return failed.get() + (all ? 0 : (int) answered.getCount());
    }
}
