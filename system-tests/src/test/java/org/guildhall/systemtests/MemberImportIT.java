package org.guildhall.systemtests;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.guildhall.local.Platform;
import org.guildhall.local.Service;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An association moves in (issue 16): an administrator imports 1,000 people from a spreadsheet into the running
 * platform, and each of them is invited, once, by notifications-service: one invitation in their inbox (under the
 * {@code imported-} id members-service gave them), no welcome, and one invitation e-mail through the real SMTP server.
 * It runs late ({@link Order}): the thousand members it adds would crowd the rolls and reports other classes look at.
 */
@ExtendWith(GuildhallPlatform.class)
@Order(Integer.MAX_VALUE - 1)
class MemberImportIT {

    private static final int PEOPLE = 1_000;
    private static final String INVITATION_SUBJECT = "Your Guildhall membership is waiting for you";

    @Test
    void shouldInviteEachOfAThousandImportedPeopleOnceInTheirInboxAndByEmail(Platform platform) {
        Api api = new Api(platform);
        String admin = platform.tokens().admin("import-admin-" + UUID.randomUUID());
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("E-mail;First name;Last name;Tier;Member since\n");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String address = "moved-in-" + run + "-" + i + "@example.org";
            addresses.add(address);
            csv.append(address).append(";Person;Number ").append(i).append(";associate;2021-03-01\n");
        }

        String location = api.to(Service.MEMBERS, admin)
                .contentType("text/csv")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/members/imports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        JsonPath done = await("the import of " + PEOPLE + " rows")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> api.to(Service.MEMBERS, admin)
                                .get(location)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        progress -> "DONE".equals(progress.getString("status")));
        assertThat(done.getInt("created")).isEqualTo(PEOPLE);
        assertThat(done.getInt("failed")).isZero();

        await("one invitation e-mail to each of them")
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(
                        () -> assertThat(invitationsMailed(platform, run)).hasSize(PEOPLE));
        Map<String, Long> mailed = invitationsMailed(platform, run);
        assertThat(mailed.keySet()).containsExactlyInAnyOrderElementsOf(addresses);
        assertThat(mailed.values()).containsOnly(1L);

        List<String> imported = importedIds(api, admin, run);
        assertThat(imported).hasSize(PEOPLE).allSatisfy(id -> assertThat(id).startsWith("imported-"));
        for (String id : imported) {
            assertThat(kindsInInbox(api, platform.tokens().member(id)))
                    .as("the inbox of %s", id)
                    .isEqualTo(Map.of("invitation", 1L));
        }
    }

    /** Per address of this run, how many invitation e-mails the SMTP server received. */
    private static Map<String, Long> invitationsMailed(Platform platform, String run) {
        Map<String, Long> mailed = new TreeMap<>();
        for (MimeMessage message : platform.mail().received()) {
            if (!subjectOf(message).startsWith(INVITATION_SUBJECT)) {
                continue;
            }
            for (String recipient : recipientsOf(message)) {
                if (recipient.startsWith("moved-in-" + run + "-")) {
                    mailed.merge(recipient, 1L, Long::sum);
                }
            }
        }
        return mailed;
    }

    /** The ids of this run's people on the administrator's roll, page by page. */
    private static List<String> importedIds(Api api, String admin, String run) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> found = api.to(Service.MEMBERS, admin)
                    .queryParam("q", "moved-in-" + run)
                    .queryParam("page", page)
                    .queryParam("size", 100)
                    .get("/admin/members")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.id");
            ids.addAll(found);
            if (found.size() < 100) {
                return ids;
            }
        }
    }

    private static Map<String, Long> kindsInInbox(Api api, String token) {
        List<String> kinds = api.to(Service.NOTIFICATIONS, token)
                .accept(ContentType.JSON)
                .queryParam("size", 100)
                .get("/notifications/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.kind");
        return kinds.stream().collect(groupingBy(kind -> kind, TreeMap::new, counting()));
    }

    private static List<String> recipientsOf(MimeMessage message) {
        try {
            Object[] to = message.getRecipients(Message.RecipientType.TO);
            return to == null
                    ? List.of()
                    : Arrays.stream(to).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
