package org.guildhall.members.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.bench.PackagedService;

/**
 * Directory latency with 100,000 generated members: the packaged members-service runs against its own PostgreSQL,
 * the members are bulk-inserted with SQL, and typical directory queries go through HTTP one after another.
 *
 * <p>{@code ./mvnw -B -q -pl members-service test-compile exec:java
 * -Dexec.mainClass=org.guildhall.members.bench.DirectoryBenchmark [-Dexec.args="100000 200"]} (members, requests per
 * query); needs {@code members-service/target/quarkus-app} (./mvnw -pl members-service -am install -DskipTests).
 */
public final class DirectoryBenchmark {

    private static final int PORT = 18181;

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        SigningKey key = SigningKey.generate();
        TestTokens tokens = new TestTokens(key, TestTokens.ISSUER);
        try (Postgres postgres = Postgres.startTemporary();
                KafkaBroker kafka = KafkaBroker.startTemporary()) {
            String jdbcUrl = postgres.ensureDatabase("members");
            try (PackagedService service =
                    PackagedService.start("members-service", PORT, jdbcUrl, kafka, key, Map.of())) {
                String token = tokens.member("benchmark-reader");
                long loadStart = System.nanoTime();
                generate(jdbcUrl, members);
                System.out.printf("generated %,d members in %.1f s%n", members, (System.nanoTime() - loadStart) / 1e9);

                Map<String, String> queries = new LinkedHashMap<>();
                queries.put("skill", "skill=kotlin");
                queries.put("text", "q=" + URLEncoder.encode("platform engineer", StandardCharsets.UTF_8));
                queries.put("industry+stage", "industry=finance&careerStage=SENIOR");
                queries.put("location prefix", "location=lon");
                queries.put("openTo+topic", "openTo=MENTORING_OTHERS&topic=leadership");
                queries.put("goal+skill", "goal=FIND_MENTOR&skill=java");
                queries.put("everyone, page 50", "page=50&size=20");
                List<Long> all = new ArrayList<>();
                System.out.printf("%-20s %10s %10s %10s %12s%n", "query", "p50 ms", "p95 ms", "max ms", "totalItems");
                for (Map.Entry<String, String> query : queries.entrySet()) {
                    String uri = "/members?" + query.getValue();
                    for (int i = 0; i < 100; i++) {
                        service.get(uri, token); // warm-up
                    }
                    List<Long> times = new ArrayList<>();
                    String total = "";
                    for (int i = 0; i < requests; i++) {
                        long start = System.nanoTime();
                        String body = service.get(uri, token);
                        times.add(System.nanoTime() - start);
                        total = body.replaceAll(".*\"totalItems\":(\\d+).*", "$1");
                    }
                    all.addAll(times);
                    Collections.sort(times);
                    System.out.printf(
                            "%-20s %10.1f %10.1f %10.1f %12s%n",
                            query.getKey(),
                            PackagedService.ms(times, 50),
                            PackagedService.ms(times, 95),
                            times.get(times.size() - 1) / 1e6,
                            total);
                }
                Collections.sort(all);
                System.out.printf(
                        "%-20s %10.1f %10.1f%n",
                        "all queries", PackagedService.ms(all, 50), PackagedService.ms(all, 95));
                if (Boolean.getBoolean("explain")) {
                    explain(jdbcUrl);
                }
            }
        }
    }

    /** Members with a realistic spread of skills, topics, industries, stages, places and goals. */
    private static void generate(String jdbcUrl, int members) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
                Statement sql = connection.createStatement()) {
            sql.execute(
                    """
                    insert into member (id, display_name, email, headline, bio, industry, career_stage, location,
                        time_zone, skills, topics, languages, open_to, field_visibility, tier, status, expires_at,
                        status_reason, joined_at, updated_at, version)
                    select 'gen-' || n,
                        (array['Ada','Grace','Linus','Barbara','Alan','Edsger','Margaret','Ken','Frances','Dennis'])[1 + n % 10]
                            || ' ' || (array['Lovelace','Hopper','Torvalds','Liskov','Turing','Dijkstra','Hamilton',
                                'Thompson','Allen','Ritchie','Knuth','Backus'])[1 + (n / 10) % 12] || ' ' || n,
                        'gen-' || n || '@example.org',
                        (array['Platform engineer','Data scientist','Engineering manager','Product designer',
                            'Security analyst','Site reliability engineer','Mobile developer','Researcher'])[1 + n % 8]
                            || ' at ' || (array['Acme','Globex','Initech','Umbrella','Hooli'])[1 + n % 5],
                        'Works on ' || (array['payments','search','compilers','infrastructure','analytics',
                            'accessibility','robotics'])[1 + n % 7] || ' and mentors juniors',
                        (array['finance','software','health','education','retail','energy'])[1 + n % 6],
                        (array['STUDENT','EARLY_CAREER','MID_CAREER','SENIOR','EXECUTIVE'])[1 + n % 5],
                        (array['London','Lisbon','Berlin','Boston','Lagos','Bangalore','Toronto','Sydney'])[1 + n % 8],
                        'Europe/London',
                        array[(array['java','kotlin','python','go','rust','sql','react','kubernetes'])[1 + n % 8],
                              (array['testing','design','leadership','data','cloud'])[1 + n % 5]],
                        array[(array['leadership','career-change','machine-learning','open-source'])[1 + n % 4]],
                        array['en'],
                        case when n % 3 = 0 then array['MENTORING_OTHERS'] else array['COLLABORATION'] end,
                        case when n % 20 = 0 then '{"SKILLS": "PRIVATE"}'::jsonb else '{}'::jsonb end,
                        'associate', case when n % 10 = 0 then 'LAPSED' else 'ACTIVE' end,
                        now() + interval '200 days', 'Generated', now(), now(), 0
                    from generate_series(1, :members) n
                    """
                            .replace(":members", Integer.toString(members)));
            sql.execute(
                    """
                    insert into networking_goal (id, member_id, kind, description, target_date, status, created_at,
                        version)
                    select gen_random_uuid(), 'gen-' || n,
                        (array['FIND_MENTOR','EXPLORE_CAREER_PATH','FIND_COLLABORATORS','VOLUNTEER'])[1 + n % 4],
                        null, null, 'OPEN', now(), 0
                    from generate_series(1, :members, 3) n
                    """
                            .replace(":members", Integer.toString(members)));
            sql.execute("analyze member");
            sql.execute("analyze networking_goal");
            sql.execute("vacuum analyze directory_card");
            sql.execute("vacuum analyze directory_text");
        }
    }

    /** The plans of the skill query, as the directory runs it, for looking into where the time goes. */
    private static void explain(String jdbcUrl) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
                Statement sql = connection.createStatement()) {
            for (String query : List.of(
                    "select c.member_id, count(*) over () from directory_card c"
                            + " where c.terms @> array['skill:kotlin']::text[]"
                            + " order by c.sort_name, c.member_id limit 20",
                    "select t.member_id, count(*) over () from directory_text t"
                            + " where t.search @@ websearch_to_tsquery('simple', 'platform engineer')"
                            + " order by ts_rank(t.search, websearch_to_tsquery('simple', 'platform engineer'))"
                            + " desc, t.sort_name, t.member_id limit 20")) {
                var plan = sql.executeQuery("explain (analyze, buffers) " + query);
                while (plan.next()) {
                    System.out.println(plan.getString(1));
                }
            }
        }
    }
}
