package org.guildhall.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Fires many requests at the same moment, one thread each, and collects the answers. */
public final class Contention {

    private Contention() {}

    /** A request's outcome: its status and body. */
    public record Answer(int status, String body) {}

    /** How often a client sends a request again that was answered 503 (busy, try again). */
    private static final int RETRIES_WHEN_BUSY = 5;

    /**
     * Sends every request at once (released together by a latch) and returns the final answers in request order. A
     * 503 is retried at once, as the problem tells a client to; a retry arrives later and so queues later.
     */
    public static List<Answer> fireTogether(List<HttpRequest> requests) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (HttpRequest request : requests) {
                answers.add(threads.submit(() -> {
                    start.await();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    for (int retry = 0; retry < RETRIES_WHEN_BUSY && response.statusCode() == 503; retry++) {
                        response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    }
                    return new Answer(response.statusCode(), response.body());
                }));
            }
            start.countDown();
            List<Answer> result = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                result.add(answer.get());
            }
            return result;
        } finally {
            threads.shutdownNow();
        }
    }

    public static HttpRequest post(URI uri, String token, String json) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
