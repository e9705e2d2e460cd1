package org.guildhall.systemtests;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toCollection;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.guildhall.local.Platform;
import org.guildhall.local.RunningService;
import org.guildhall.local.Service;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/architecture.md on one machine: beside the shared platform's events-service and notifications-service a second replica of
 * each runs against the same PostgreSQL databases and Kafka broker, and together they
 *
 * <ul>
 *   <li>share the partitions of {@code guildhall.membership} in the consumer group {@code events-service};
 *   <li>take registrations through both replicas at once without overbooking an event;
 *   <li>publish each outbox row once, from one relay at a time, and when the active relay's process is killed the
 *       survivor takes over;
 *   <li>send a reminder that both notifications replicas find due once;
 *   <li>notify nobody twice, and mail every notification exactly once.
 * </ul>
 *
 * <p>The tests build on each other and run in order; the ledger {@link #expected} counts every notification each member
 * should have by the end. The class runs after every other of this JVM ({@code junit-platform.properties} orders
 * classes by {@link Order}): the publisher it kills is most often the platform's own events-service, which a later
 * test could then not use. The replicas it starts stop after it.
 */
@ExtendWith(GuildhallPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(Integer.MAX_VALUE)
class ScaleOutIT {

    private static final int CAPACITY = 5;
    private static final String MEMBERSHIP_TOPIC = "guildhall.membership";
    private static final String EVENTS_TOPIC = "guildhall.events";
    private static final String ACTIVE_PUBLISHER = "is the active publisher";
    private static final String RELAY_PAUSED = "Outbox relay paused";
    private static final String REMINDER = "event-reminder";

    /**
     * notifications-service runs its reminder job every {@link GuildhallPlatform#REMINDERS_EVERY} on each replica: so
     * long after a reminder is due, each replica has run the job at least once while it was.
     */
    private static final Duration EACH_REMINDER_JOB_RAN = GuildhallPlatform.REMINDERS_EVERY.plusSeconds(5);

    private final AtomicInteger busyAnswers = new AtomicInteger();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Platform platform;
    private Api api;
    private List<RunningService> startedHere = List.of();
    /** The first instance and the replica, of each. */
    private List<RunningService> events;

    private List<RunningService> notifications;
    private String coordinator;
    private final List<Member> members = new ArrayList<>();
    /** Per member, how many notifications of each kind they should have. */
    private final Map<String, Map<String, Long>> expected = new TreeMap<>();
    /** Per event of this test, how many records it should have on {@code guildhall.events}. */
    private final Map<String, Integer> published = new LinkedHashMap<>();

    private List<Member> reminded;
    private Instant remindersDueSince;
    private TopicReader eventsTopic;

    record Member(String id, String token, String email) {}

    @BeforeAll
    void startASecondReplicaOfEventsAndNotificationsAndRegisterForAnEventTomorrow(Platform platform) {
        this.platform = platform;
        this.api = new Api(platform);
        startedHere = platform.startReplicas(List.of(Service.EVENTS, Service.NOTIFICATIONS));
        events = List.of(first(Service.EVENTS), startedHere.get(0));
        notifications = List.of(first(Service.NOTIFICATIONS), startedHere.get(1));
        coordinator = platform.tokens().coordinator("scale-coordinator-" + UUID.randomUUID());
        eventsTopic = TopicReader.fromStart(platform.kafka().bootstrapServers(), EVENTS_TOPIC);
        for (int i = 0; i < 3 * CAPACITY; i++) {
            members.add(joinedMember());
        }

        // starts a little less than 24 hours from now: from the next run on, each reminder job finds it due
        Instant tomorrow = Instant.now().plus(Duration.ofHours(24)).minus(Duration.ofMinutes(10));
        String eventId = publishedEvent(events.get(0), "Scale-out eve", tomorrow, 10);
        reminded = members.subList(0, 3);
        for (int i = 0; i < reminded.size(); i++) {
            Member member = reminded.get(i);
            assertThat(register(events.get(i % 2), member, eventId)).isEqualTo("CONFIRMED");
            expect(member, "registration-confirmed");
            expect(member, REMINDER);
            published.merge(eventId, 1, Integer::sum);
        }
        // their registrations are in notifications-service's read model once they are told of them
        await("the registrations for tomorrow in notifications-service")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(
                        () -> assertThat(reminded).allSatisfy(member -> assertThat(kinds(member, notifications.get(0)))
                                .containsKey("registration-confirmed")));
        remindersDueSince = Instant.now();
    }

    @AfterAll
    void stopTheReplicasStartedHere() {
        if (eventsTopic != null) {
            eventsTopic.close();
        }
        for (RunningService replica : startedHere) {
            if (platform.replicas().contains(replica)) {
                platform.stop(replica);
            }
        }
    }

    @Test
    @Order(1)
    void shouldShareTheMembershipPartitionsBetweenBothEventsReplicas() throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrapServers()))) {
            int partitions = admin.describeTopics(List.of(MEMBERSHIP_TOPIC))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .get(MEMBERSHIP_TOPIC)
                    .partitions()
                    .size();
            assertThat(partitions).as("partitions of %s", MEMBERSHIP_TOPIC).isGreaterThan(1);

            // each replica runs one consumer of the channel membership in the group events-service
            await("both events-service replicas holding partitions of " + MEMBERSHIP_TOPIC)
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("events-service"))
                                .all()
                                .get(10, TimeUnit.SECONDS)
                                .get("events-service");
                        assertThat(group.groupState()).isEqualTo(GroupState.STABLE);
                        List<Set<Integer>> held = group.members().stream()
                                .<Set<Integer>>map(member -> member.assignment().topicPartitions().stream()
                                        .filter(partition -> partition.topic().equals(MEMBERSHIP_TOPIC))
                                        .map(TopicPartition::partition)
                                        .collect(toCollection(TreeSet::new)))
                                .toList();
                        assertThat(held)
                                .as("the partitions each consumer holds: %s", group.members())
                                .hasSize(2)
                                .allSatisfy(mine -> assertThat(mine).isNotEmpty());
                        Set<Integer> all = new TreeSet<>();
                        held.forEach(all::addAll);
                        assertThat(all).hasSize(partitions);
                        assertThat(held.get(0)).doesNotContainAnyElementsOf(held.get(1));
                    });
        }
    }

    @Test
    @Order(2)
    void shouldNotOverbookAnEventWhenMembersRegisterAtOnceThroughBothReplicas() throws Exception {
        String eventId = publishedEvent(events.get(1), "Scale-out summit", inAMonth(), CAPACITY);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(members.size());
        Map<String, Future<String>> answers = new LinkedHashMap<>();
        try {
            for (int i = 0; i < members.size(); i++) {
                RunningService through = events.get(i % 2);
                Member member = members.get(i);
                answers.put(member.id(), clients.submit(() -> {
                    go.await();
                    return register(through, member, eventId);
                }));
            }
            go.countDown();
            Map<String, String> told = new TreeMap<>();
            for (Map.Entry<String, Future<String>> answer : answers.entrySet()) {
                told.put(answer.getKey(), answer.getValue().get(60, TimeUnit.SECONDS));
            }

            List<Map<String, Object>> registrations = api.to(events.get(0), coordinator)
                    .queryParam("size", 100)
                    .get("/events/{id}/registrations", eventId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items");
            assertThat(registrations.stream().collect(groupingBy(r -> (String) r.get("status"), counting())))
                    .isEqualTo(Map.of("CONFIRMED", (long) CAPACITY, "WAITLISTED", 2L * CAPACITY));
            assertThat(registrations.stream()
                            .collect(toMap(r -> (String) r.get("memberId"), r -> (String) r.get("status"))))
                    .as("what each member was told is what the event holds")
                    .isEqualTo(told);
            assertThat(registrations.stream().map(r -> ((Number) r.get("arrival")).intValue()))
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(1, members.size()).boxed().toList());
            List<Map<String, Object>> waitlist = api.to(events.get(1), coordinator)
                    .get("/events/{id}/waitlist", eventId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("$");
            assertThat(waitlist.stream().map(r -> ((Number) r.get("position")).intValue()))
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, 2 * CAPACITY).boxed().toList());

            for (Member member : members) {
                expect(
                        member,
                        told.get(member.id()).equals("CONFIRMED")
                                ? "registration-confirmed"
                                : "registration-waitlisted");
            }
            published.merge(eventId, members.size(), Integer::sum);
            System.out.printf(
                    "[scale-out] %d registrations for %d seats through both replicas at once; %d answers 503 (busy),"
                            + " tried again%n",
                    members.size(), CAPACITY, busyAnswers.get());
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    @Order(3)
    void shouldPublishEachEventOnceAndLetTheSurvivorPublishWhenTheActivePublisherIsKilled() {
        // both replicas recorded events in the outbox: two relays publishing at once would put some on the topic twice
        await("each event of this test on " + EVENTS_TOPIC + ", once")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(recordsPerEvent()).isEqualTo(published));
        // and told: no relay is in the middle of a batch when the active one is killed
        await("every notification so far")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(notificationsBesidesReminders()).isEqualTo(expectedBesidesReminders()));
        List<RunningService> publishing =
                events.stream().filter(ScaleOutIT::isTheActivePublisher).toList();
        assertThat(publishing)
                .as("events-service replicas whose relay publishes")
                .hasSize(1);
        RunningService active = publishing.get(0);
        RunningService survivor = events.get(0).equals(active) ? events.get(1) : events.get(0);
        long claimedBefore = linesOf(survivor.logFile()).stream()
                .filter(line -> line.contains(ACTIVE_PUBLISHER))
                .count();

        platform.kill(active);
        Instant killed = Instant.now();
        String eventId = publishedEvent(survivor, "Scale-out after the crash", inAMonth(), 10);
        Member member = members.get(3);
        assertThat(register(survivor, member, eventId)).isEqualTo("CONFIRMED");
        expect(member, "registration-confirmed");
        published.merge(eventId, 1, Integer::sum);

        await("the survivor's relay taking over")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> linesOf(survivor.logFile()).stream()
                                .filter(line -> line.contains(ACTIVE_PUBLISHER))
                                .count()
                        > claimedBefore);
        await("the registration on " + EVENTS_TOPIC)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(recordsPerEvent()).isEqualTo(published));
        await("the registration told to the member")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(titles(member, notifications.get(1)))
                        .contains("You have a seat at Scale-out after the crash"));
        System.out.printf(
                "[scale-out] killed the publisher %s (pid %d); %s published and told %d ms later%n",
                active.logFile().getFileName(),
                active.pid(),
                survivor.logFile().getFileName(),
                Duration.between(killed, Instant.now()).toMillis());
    }

    @Test
    @Order(4)
    void shouldRemindEachRegistrantOnceAndMailEveryNotificationExactlyOnce() {
        await("the reminders for tomorrow's event")
                .atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(
                        () -> assertThat(reminded).allSatisfy(member -> assertThat(kinds(member, notifications.get(1)))
                                .containsEntry(REMINDER, 1L)));
        // until both reminder jobs have run while the reminders were due, and a little after
        Duration left = Duration.between(Instant.now(), remindersDueSince.plus(EACH_REMINDER_JOB_RAN));
        Duration holding = left.compareTo(Duration.ofSeconds(5)) > 0 ? left : Duration.ofSeconds(5);
        AtomicInteger round = new AtomicInteger();
        await("every notification once, and mailed once")
                .during(holding)
                .atMost(holding.plus(Duration.ofSeconds(60)))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    assertThat(notificationsNow(round.getAndIncrement())).isEqualTo(expected);
                    Map<String, Long> told = notificationsPerMember();
                    assertThat(mailsPerMember())
                            .as(() -> "e-mails per member; what the dispatchers reported: " + dispatchWarnings())
                            .allSatisfy((member, mailed) -> assertThat(mailed)
                                    .as("e-mails to %s, told %d times", member, told.get(member))
                                    .isLessThanOrEqualTo(told.get(member)));
                });
        // and none lost: an e-mail whose member's joining committed while it was planned once waited 10 minutes
        // (DeliveryPlanner's planning lock, MemberNotYetKnownTest)
        await("every notification mailed")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    Map<String, Long> told = notificationsPerMember();
                    Map<String, Long> mailed = mailsPerMember();
                    assertThat(members).allSatisfy(member -> assertThat(mailed.get(member.id()))
                            .as(() -> String.format(
                                    "e-mails to %s, told %d times; deliveries: %s",
                                    member.id(), told.get(member.id()), deliveries(member)))
                            .isEqualTo(told.get(member.id())));
                });
    }

    private List<Object> deliveries(Member member) {
        return api.to(notifications.get(1), member.token())
                .queryParam("size", 100)
                .get("/notifications/me/deliveries")
                .then()
                .extract()
                .jsonPath()
                .getList("items");
    }

    /** The e-mail dispatchers' warnings of both notifications-service replicas (a failed send waits its backoff). */
    private List<String> dispatchWarnings() {
        return notifications.stream()
                .flatMap(instance -> linesOf(instance.logFile()).stream()
                        .filter(line -> line.contains("E-mail delivery") || line.contains("Digest to"))
                        .map(line -> instance.logFile().getFileName() + ": " + line))
                .toList();
    }

    // ---- the members and what they are told

    /**
     * A new member who joined with an e-mail address, so that notifications-service also mails them. Joining publishes
     * {@code MemberJoined} and {@code MembershipStatusChanged} (to {@code ACTIVE}); only the welcome is told, the first
     * status being part of it.
     */
    private Member joinedMember() {
        String id = "scale-" + UUID.randomUUID();
        Member member = new Member(id, platform.tokens().member(id), id + "@example.org");
        api.joinWithEmail(member.token(), member.email()).then().statusCode(201);
        expect(member, "welcome");
        return member;
    }

    private void expect(Member member, String kind) {
        expected.computeIfAbsent(member.id(), id -> new TreeMap<>()).merge(kind, 1L, Long::sum);
    }

    private Map<String, Map<String, Long>> expectedBesidesReminders() {
        Map<String, Map<String, Long>> besides = new TreeMap<>();
        expected.forEach((member, kinds) -> {
            Map<String, Long> rest = new TreeMap<>(kinds);
            rest.remove(REMINDER);
            besides.put(member, rest);
        });
        return besides;
    }

    /** Per member, their notifications by kind, each member read on one notifications replica, in turn. */
    private Map<String, Map<String, Long>> notificationsNow(int round) {
        Map<String, Map<String, Long>> now = new TreeMap<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            now.put(member.id(), kinds(member, notifications.get((i + round) % 2)));
        }
        return now;
    }

    private Map<String, Map<String, Long>> notificationsBesidesReminders() {
        Map<String, Map<String, Long>> now = notificationsNow(0);
        now.values().forEach(kinds -> kinds.remove(REMINDER));
        return now;
    }

    private Map<String, Long> notificationsPerMember() {
        Map<String, Long> total = new TreeMap<>();
        expected.forEach((member, kinds) -> total.put(
                member, kinds.values().stream().mapToLong(Long::longValue).sum()));
        return total;
    }

    private Map<String, Long> kinds(Member member, RunningService instance) {
        return inbox(member, instance).stream()
                .collect(groupingBy(item -> (String) item.get("kind"), TreeMap::new, counting()));
    }

    private List<String> titles(Member member, RunningService instance) {
        return inbox(member, instance).stream()
                .map(item -> (String) item.get("title"))
                .toList();
    }

    private List<Map<String, Object>> inbox(Member member, RunningService instance) {
        return api.to(instance, member.token())
                .queryParam("size", 100)
                .get("/notifications/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    /** Per member of this test, the e-mails the local mail server received for them. */
    private Map<String, Long> mailsPerMember() {
        Map<String, String> byAddress = new HashMap<>();
        members.forEach(member -> byAddress.put(member.email(), member.id()));
        Map<String, Long> mails = new TreeMap<>();
        members.forEach(member -> mails.put(member.id(), 0L));
        for (MimeMessage message : platform.mail().received()) {
            for (String recipient : recipientsOf(message)) {
                String member = byAddress.get(recipient);
                if (member != null) {
                    mails.merge(member, 1L, Long::sum);
                }
            }
        }
        return mails;
    }

    private static List<String> recipientsOf(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString)
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- events and registrations

    /** Drafts and publishes an event open to every member, as the coordinator; returns its id. */
    private String publishedEvent(RunningService through, String title, Instant startsAt, int capacity) {
        Map<String, Object> event = new HashMap<>();
        event.put("title", title);
        event.put("type", "MEETUP");
        event.put("startsAt", startsAt.toString());
        event.put("endsAt", startsAt.plus(Duration.ofHours(2)).toString());
        event.put("timeZone", "Europe/London");
        event.put("venue", "Guildhall, London");
        event.put("capacity", capacity);
        event.put("membersOnly", false);
        String id = api.to(through, coordinator)
                .contentType(ContentType.JSON)
                .body(event)
                .post("/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        api.to(through, coordinator).post("/events/{id}/publish", id).then().statusCode(200);
        published.merge(id, 1, Integer::sum);
        return id;
    }

    /**
     * Registers the member through one instance and returns the status it answers. A request that waited too long
     * for the event's lock is answered 503 and changed nothing; a client tries it again.
     */
    private String register(RunningService through, Member member, String eventId) {
        HttpRequest request = HttpRequest.newBuilder(through.baseUrl().resolve("/events/" + eventId + "/registrations"))
                .header("Authorization", "Bearer " + member.token())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (response.statusCode() == 503 && attempt < 10) {
                busyAnswers.incrementAndGet();
                continue;
            }
            assertThat(response.statusCode())
                    .as("registering %s through %s: %s", member.id(), through.baseUrl(), response.body())
                    .isEqualTo(201);
            return JsonPath.from(response.body()).getString("status");
        }
    }

    private static Instant inAMonth() {
        return Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
    }

    /** Per event of this test, its records on {@code guildhall.events}, each event id (ce_id) counted once. */
    private Map<String, Integer> recordsPerEvent() {
        List<ConsumerRecord<String, String>> records = eventsTopic.records();
        Map<String, Integer> perEvent = new LinkedHashMap<>();
        for (String eventId : published.keySet()) {
            List<String> ids = records.stream()
                    .filter(record -> eventId.equals(record.key()))
                    .map(record -> TopicReader.header(record, "ce_id"))
                    .toList();
            assertThat(ids).as("event ids of %s's records", eventId).doesNotHaveDuplicates();
            perEvent.put(eventId, ids.size());
        }
        return perEvent;
    }

    // ---- the replicas

    private RunningService first(Service service) {
        return platform.processes().stream()
                .filter(running -> running.service() == service)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(service.serviceName() + " is not running"));
    }

    /** Whether the last word of this instance's outbox relay was that it publishes (and not that it paused since). */
    private static boolean isTheActivePublisher(RunningService instance) {
        List<String> relay = linesOf(instance.logFile()).stream()
                .filter(line -> line.contains(ACTIVE_PUBLISHER) || line.contains(RELAY_PAUSED))
                .toList();
        return !relay.isEmpty() && relay.get(relay.size() - 1).contains(ACTIVE_PUBLISHER);
    }

    private static List<String> linesOf(Path log) {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
