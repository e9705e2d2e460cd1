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
 * -Dexec.mainClass=org.guildhall.members.bench.DirectoryBenchmark [-Dexec.args="100000 200 100"]} (members, requests per
 * query, warm-up requests per query); needs {@code members-service/target/quarkus-app} (./mvnw -pl members-service -am install -DskipTests).
 * {@code -Dguildhall.repos=<repository>,<another>} compares builds side by side: each repository's packaged
 * members-service runs on the same database (ports 18181, 18182, ...), and the builds take turns request by request.
 */
public final class DirectoryBenchmark {

    private static final int PORT = 18181;

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        // one or more builds, each a repository holding members-service/target/quarkus-app (PackagedService)
        List<String> repos = List.of(System.getProperty("guildhall.repos", System.getProperty("guildhall.repo", "."))
                .split(","));
        SigningKey key = SigningKey.generate();
        TestTokens tokens = new TestTokens(key, TestTokens.ISSUER);
        List<PackagedService> services = new ArrayList<>();
        try (Postgres postgres = Postgres.startTemporary();
                KafkaBroker kafka = KafkaBroker.startTemporary()) {
            String jdbcUrl = postgres.ensureDatabase("members");
            for (int i = 0; i < repos.size(); i++) {
                System.setProperty("guildhall.repo", repos.get(i).strip());
                // the benchmark times queries one after another; the caller's share of @Expensive calls (60 a
                // minute) would answer it 429 after the first minute
                services.add(PackagedService.start(
                        "members-service",
                        PORT + i,
                        jdbcUrl,
                        kafka,
                        key,
                        Map.of("GUILDHALL_EDGE_EXPENSIVE_PER_MINUTE", "1000000")));
            }
            // the directory answers members in good standing only: the reader is one of the generated, active ones
            String token = tokens.member("gen-1");
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
            List<List<Long>> all = new ArrayList<>();
            repos.forEach(repo -> all.add(new ArrayList<>()));
            System.out.printf(
                    "%-20s %-24s %10s %10s %10s %12s%n", "query", "build", "p50 ms", "p95 ms", "max ms", "totalItems");
            for (Map.Entry<String, String> query : queries.entrySet()) {
                String uri = "/members?" + query.getValue();
                for (int i = 0; i < warmUp; i++) {
                    for (PackagedService service : services) {
                        service.get(uri, token); // warm-up
                    }
                }
                List<List<Long>> times = new ArrayList<>();
                List<String> totals = new ArrayList<>();
                for (PackagedService service : services) {
                    times.add(new ArrayList<>());
                    totals.add("");
                }
                // the builds take turns, request by request, so that a change of load falls on each alike
                for (int i = 0; i < requests; i++) {
                    for (int s = 0; s < services.size(); s++) {
                        long start = System.nanoTime();
                        String body = services.get(s).get(uri, token);
                        times.get(s).add(System.nanoTime() - start);
                        totals.set(s, body.replaceAll(".*\"totalItems\":(\\d+).*", "$1"));
                    }
                }
                for (int s = 0; s < services.size(); s++) {
                    List<Long> sorted = times.get(s);
                    all.get(s).addAll(sorted);
                    Collections.sort(sorted);
                    System.out.printf(
                            "%-20s %-24s %10.1f %10.1f %10.1f %12s%n",
                            query.getKey(),
                            repos.get(s),
                            PackagedService.ms(sorted, 50),
                            PackagedService.ms(sorted, 95),
                            sorted.get(sorted.size() - 1) / 1e6,
                            totals.get(s));
                }
            }
            for (int s = 0; s < services.size(); s++) {
                Collections.sort(all.get(s));
                System.out.printf(
                        "%-20s %-24s %10.1f %10.1f%n",
                        "all queries",
                        repos.get(s),
                        PackagedService.ms(all.get(s), 50),
                        PackagedService.ms(all.get(s), 95));
            }
            if (Boolean.getBoolean("explain")) {
                explain(jdbcUrl);
            }
        } finally {
            services.forEach(PackagedService::close);
        }
    }

    /**
     * Members with a realistic spread of skills, topics, industries, stages, places and goals. Their names are drawn
     * from a hash of the number, independent of everything else, as real names are: names taken from {@code n} itself
     * (before stop 25) put every Ada and Alan, a fifth of the members and first by name, among the even numbers, none
     * of whom had the odd-numbered skills, so a page walking the names in order read a fifth of the directory first.
     */
    private static void generate(String jdbcUrl, int members) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
                Statement sql = connection.createStatement()) {
            sql.execute(
                    """
                    insert into member (id, display_name, email, headline, bio, industry, career_stage, location,
                        time_zone, skills, topics, languages, open_to, field_visibility, tier, status, expires_at,
                        status_reason, joined_at, updated_at, version)
                    select 'gen-' || n,
                        (array['Ada','Grace','Linus','Barbara','Alan','Edsger','Margaret','Ken','Frances','Dennis'])
                                [1 + get_byte(decode(md5(n::text), 'hex'), 0) % 10]
                            || ' ' || (array['Lovelace','Hopper','Torvalds','Liskov','Turing','Dijkstra','Hamilton',
                                'Thompson','Allen','Ritchie','Knuth','Backus'])[1 + get_byte(decode(md5(n::text), 'hex'), 1) % 12]
                            || ' ' || n,
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

    /**
     * The plans of the seven queries as {@code DirectorySearch} sends them for a member: the page, then the total
     * counted only up to one past {@code DirectorySearch.EXACT_TOTAL_UP_TO} (or past the page asked for). For looking
     * into where the time goes.
     */
    private static void explain(String jdbcUrl) throws Exception {
        String text = "websearch_to_tsquery('simple', 'platform engineer')";
        String card = " from directory_card c";
        String byName = " order by c.sort_name, c.member_id";
        Map<String, String[]> queries = new LinkedHashMap<>();
        queries.put("skill", new String[] {card + " where c.terms @> array['skill:kotlin']::text[]", byName, "c"});
        queries.put("text", new String[] {
            " from directory_text t where t.search @@ " + text,
            " order by ts_rank(t.search, " + text + ") desc, t.sort_name, t.member_id",
            "t"
        });
        queries.put("industry+stage", new String[] {
            card + " where c.terms @> array['industry:finance','stage:SENIOR']::text[]", byName, "c"
        });
        queries.put(
                "location prefix",
                new String[] {card + " where c.location like 'lon%' and not c.location_private", byName, "c"});
        queries.put("openTo+topic", new String[] {
            card + " where c.terms @> array['topic:leadership','open:MENTORING_OTHERS']::text[]", byName, "c"
        });
        queries.put(
                "goal+skill",
                new String[] {card + " where c.terms @> array['skill:java','goal:FIND_MENTOR']::text[]", byName, "c"});
        queries.put("everyone, page 50", new String[] {card, byName + " offset 1000", "c"});
        try (Connection connection = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
                Statement sql = connection.createStatement()) {
            for (Map.Entry<String, String[]> query : queries.entrySet()) {
                String where = query.getValue()[0];
                String order = query.getValue()[1];
                String alias = query.getValue()[2];
                explain(
                        sql,
                        query.getKey() + ", the page",
                        "select " + alias + ".member_id" + where + order + " limit 20");
                int countUpTo = where.equals(card) ? 1_020 : 1_000;
                explain(
                        sql,
                        query.getKey() + ", the total up to " + countUpTo,
                        "select count(*) from (select 1" + where + " limit " + (countUpTo + 1) + ") counted");
            }
        }
    }

    private static void explain(Statement sql, String what, String query) throws Exception {
        System.out.printf("%n-- %s: %s%n", what, query);
        var plan = sql.executeQuery("explain (analyze, buffers) " + query);
        while (plan.next()) {
            System.out.println(plan.getString(1));
        }
    }
}
