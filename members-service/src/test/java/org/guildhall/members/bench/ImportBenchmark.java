package org.guildhall.members.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.bench.PackagedService;

/**
 * Applying a member import of 10,000 rows (issue 16, target: under 30 s): the packaged members-service runs against its
 * own PostgreSQL and Kafka; the file is posted to {@code /members/imports} and the import polled until it is done. The
 * time runs from the upload to the first poll that finds every row done (each row a member with its outbox events).
 * The same file is then applied a second time (every row unchanged).
 *
 * <p>{@code ./mvnw -B -q -pl members-service test-compile exec:java
 * -Dexec.mainClass=org.guildhall.members.bench.ImportBenchmark [-Dexec.args="10000"]}; needs
 * {@code members-service/target/quarkus-app} ({@code ./mvnw -B -pl platform/contracts,members-service package -DskipTests}).
 */
public final class ImportBenchmark {

    private static final int PORT = 18182;

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        SigningKey key = SigningKey.generate();
        TestTokens tokens = new TestTokens(key, TestTokens.ISSUER);
        String csv = file(rows);
        System.out.printf("file: %,d rows, %,d bytes%n", rows, csv.getBytes(StandardCharsets.UTF_8).length);
        try (Postgres postgres = Postgres.startTemporary();
                KafkaBroker kafka = KafkaBroker.startTemporary()) {
            String jdbcUrl = postgres.ensureDatabase("members");
            try (PackagedService service =
                    PackagedService.start("members-service", PORT, jdbcUrl, kafka, key, Map.of())) {
                String admin = tokens.admin("benchmark-admin");
                for (String run : new String[] {"first", "again (nothing to change)"}) {
                    long start = System.nanoTime();
                    String location = upload(service, admin, csv);
                    String progress;
                    do {
                        Thread.sleep(100);
                        progress = service.get(URI.create(location).getPath(), admin);
                    } while (!progress.contains("\"status\":\"DONE\""));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("%-28s %6.1f s  %s%n", run, seconds, counts(progress));
                }
            }
        }
    }

    private static String upload(PackagedService service, String token, String csv) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + "/members/imports"))
                                .timeout(Duration.ofMinutes(2))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(csv))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String counts(String progress) {
        return progress.replaceAll(
                ".*\"rows\":(\\d+),\"rowsDone\":(\\d+),\"created\":(\\d+),\"updated\":(\\d+),\"unchanged\":(\\d+),\"failed\":(\\d+).*",
                "rows $1, done $2, created $3, updated $4, unchanged $5, failed $6");
    }

    /** Members as an association's spreadsheet holds them: names, tiers, dates, some headlines and cities. */
    private static String file(int rows) {
        String[] tiers = {"student", "associate", "professional", "fellow"};
        String[] cities = {"London", "Berlin", "Lyon", "Wien", "Zürich", ""};
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv =
                new StringBuilder("E-mail;First name;Last name;Tier;Status;Member since;Expires;Headline;City\n");
        for (int i = 0; i < rows; i++) {
            csv.append("member")
                    .append(i)
                    .append('.')
                    .append(run)
                    .append("@example.org;")
                    .append("First")
                    .append(i)
                    .append(';')
                    .append("Last")
                    .append(i % 977)
                    .append(';')
                    .append(tiers[i % tiers.length])
                    .append(';')
                    .append(i % 10 == 0 ? "LAPSED" : "ACTIVE")
                    .append(';')
                    .append(2010 + i % 15)
                    .append("-0")
                    .append(1 + i % 9)
                    .append("-15;")
                    .append(2027 + i % 3)
                    .append("-0")
                    .append(1 + i % 9)
                    .append("-15;")
                    .append(i % 3 == 0 ? "Engineer at Works " + i : "")
                    .append(';')
                    .append(cities[i % cities.length])
                    .append('\n');
        }
        return csv.toString();
    }
}
