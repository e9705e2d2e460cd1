package org.guildhall.local.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

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
}
