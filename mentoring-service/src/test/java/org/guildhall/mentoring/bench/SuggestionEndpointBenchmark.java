package org.guildhall.mentoring.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.bench.PackagedService;

/**
 * {@code GET /mentees/me/suggestions} end to end: the packaged mentoring-service on its own PostgreSQL, 10,000 open
 * mentors and 2,000 mentees inserted by SQL, requests one after another over HTTP with real tokens, each for a
 * random mentee. The first request loads the open mentors; then a mentor's change makes the next request load them
 * again, which is measured too.
 *
 * <p>{@code ./mvnw -B -q -pl mentoring-service test-compile exec:java
 * -Dexec.mainClass=org.guildhall.mentoring.bench.SuggestionEndpointBenchmark [-Dexec.args="10000 2000 2000"]}
 * (mentors, mentees, measured requests); needs {@code mentoring-service/target/quarkus-app}.
 */
public final class SuggestionEndpointBenchmark {

    private static final int PORT = 18183;
    private static final int WARM_UP = 500;

    public static void main(String[] args) throws Exception {
        int mentors = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int mentees = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        SigningKey key = SigningKey.generate();
        TestTokens tokens = new TestTokens(key, TestTokens.ISSUER);
        try (Postgres postgres = Postgres.startTemporary();
                KafkaBroker kafka = KafkaBroker.startTemporary()) {
            String jdbcUrl = postgres.ensureDatabase("mentoring");
            try (PackagedService service =
                    PackagedService.start("mentoring-service", PORT, jdbcUrl, kafka, key, Map.of())) {
                long loadStart = System.nanoTime();
                generate(jdbcUrl, mentors, mentees);
                System.out.printf(
                        "generated %,d mentors and %,d mentees in %.1f s%n",
                        mentors, mentees, (System.nanoTime() - loadStart) / 1e9);
                List<String> menteeTokens = new ArrayList<>();
                for (int i = 1; i <= mentees; i++) {
                    menteeTokens.add(tokens.member("mentee-" + i));
                }
                Random random = new Random(7);
                String path = "/mentees/me/suggestions?limit=10";

                long first = System.nanoTime();
                service.get(path, menteeTokens.get(0));
                System.out.printf(
                        "first request (loads the open mentors): %.1f ms%n", (System.nanoTime() - first) / 1e6);
                for (int i = 0; i < WARM_UP; i++) {
                    service.get(path, menteeTokens.get(random.nextInt(mentees)));
                }
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    String token = menteeTokens.get(random.nextInt(mentees));
                    long start = System.nanoTime();
                    service.get(path, token);
                    times.add(System.nanoTime() - start);
                }
                Collections.sort(times);
                System.out.printf(
                        "%,d requests: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                        requests,
                        PackagedService.ms(times, 50),
                        PackagedService.ms(times, 95),
                        PackagedService.ms(times, 99),
                        times.get(times.size() - 1) / 1e6);

                List<Long> reloads = new ArrayList<>();
                try (Connection connection = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
                        Statement sql = connection.createStatement()) {
                    for (int i = 0; i < 20; i++) {
                        sql.execute("update mentor_profile set updated_at = now() where member_id = 'mentor-" + (i + 1)
                                + "'");
                        long start = System.nanoTime();
                        service.get(path, menteeTokens.get(random.nextInt(mentees)));
                        reloads.add(System.nanoTime() - start);
                    }
                }
                Collections.sort(reloads);
                System.out.printf(
                        "after a mentor's change (loads again), 20 requests: p50 %.1f ms, max %.1f ms%n",
                        PackagedService.ms(reloads, 50), reloads.get(reloads.size() - 1) / 1e6);
            }
        }
    }

    /** Open mentors with a few of forty topics, one or two industries, languages and zones; mentees likewise. */
    private static void generate(String jdbcUrl, int mentors, int mentees) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
                Statement sql = connection.createStatement()) {
            sql.execute(
                    """
                    insert into member_snapshot (member_id, display_name, headline, time_zone, status, updated_at,
                        industry, career_stage, skills, topics, languages, open_to, goals)
                    select 'mentor-' || n, 'Mentor ' || n, 'Helps people grow', zones[1 + n % 6], 'ACTIVE', now(),
                        industries[1 + n % 8], stages[4 + n % 3], '[]',
                        to_jsonb(array['topic-' || (n % 40), 'topic-' || ((n * 7) % 40), 'topic-' || ((n * 13) % 40)]),
                        case when n % 3 = 0 then '["en","fr"]'::jsonb else '["en"]'::jsonb end,
                        '["MENTORING_OTHERS"]', '[]'
                    from generate_series(1, :mentors) n,
                        (select array['Europe/London','America/New_York','Europe/Berlin','Asia/Kolkata',
                            'Asia/Tokyo','America/Los_Angeles'] zones,
                            array['software','finance','health','education','energy','retail','public-sector',
                            'media'] industries,
                            array['STUDENT','EARLY_CAREER','MID_CAREER','SENIOR','EXECUTIVE','RETIRED'] stages) v
                    """
                            .replace(":mentors", Integer.toString(mentors)));
            sql.execute(
                    """
                    insert into mentor_profile (member_id, topics, industries, offers, languages, time_zone, capacity,
                        active_mentees, accepting_requests, updated_at, version)
                    select 'mentor-' || n,
                        to_jsonb(array['topic-' || (n % 40), 'topic-' || ((n * 3) % 40), 'topic-' || ((n * 11) % 40),
                            'topic-' || ((n * 17) % 40)]),
                        to_jsonb(array[(array['software','finance','health','education'])[1 + n % 4]]),
                        case n % 3 when 0 then '["CAREER_GUIDANCE","LEADERSHIP"]'::jsonb
                            when 1 then '["TECHNICAL_DEPTH"]'::jsonb else '["ENTERING_THE_FIELD"]'::jsonb end,
                        '[]', null, 1 + n % 5, (n % 5) / 2, true, now(), 0
                    from generate_series(1, :mentors) n
                    """
                            .replace(":mentors", Integer.toString(mentors)));
            sql.execute(
                    """
                    insert into member_snapshot (member_id, display_name, headline, time_zone, status, updated_at,
                        industry, career_stage, skills, topics, languages, open_to, goals)
                    select 'mentee-' || n, 'Mentee ' || n, 'Learning', zones[1 + n % 6], 'ACTIVE', now(),
                        industries[1 + n % 8], stages[1 + n % 3], '[]',
                        to_jsonb(array['topic-' || (n % 40), 'topic-' || ((n * 5) % 40)]),
                        case when n % 4 = 0 then '["en","de"]'::jsonb else '["en"]'::jsonb end,
                        '[]', '[]'
                    from generate_series(1, :mentees) n,
                        (select array['Europe/London','America/New_York','Europe/Berlin','Asia/Kolkata',
                            'Asia/Tokyo','America/Los_Angeles'] zones,
                            array['software','finance','health','education','energy','retail','public-sector',
                            'media'] industries,
                            array['STUDENT','EARLY_CAREER','MID_CAREER'] stages) v
                    """
                            .replace(":mentees", Integer.toString(mentees)));
            sql.execute(
                    """
                    insert into mentee_profile (member_id, goals, topics, industries, languages, seeking,
                        must_share_language, max_hours_apart, updated_at, version)
                    select 'mentee-' || n, '["Find a mentor"]', '[]', '[]', '[]',
                        case when n % 2 = 0 then '["TECHNICAL_DEPTH"]'::jsonb else '["CAREER_GUIDANCE"]'::jsonb end,
                        n % 4 = 0, case when n % 5 = 0 then 6 end, now(), 0
                    from generate_series(1, :mentees, 2) n
                    """
                            .replace(":mentees", Integer.toString(mentees)));
            sql.execute("analyze");
        }
    }
}
