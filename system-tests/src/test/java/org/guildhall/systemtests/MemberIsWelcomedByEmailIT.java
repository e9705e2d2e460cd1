package org.guildhall.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.local.Platform;
import org.guildhall.local.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A member who joins with an address gets the welcome by e-mail, once, through the platform's real SMTP server. */
@ExtendWith(GuildhallPlatform.class)
class MemberIsWelcomedByEmailIT {

    @Test
    void shouldMailTheWelcomeThroughTheLocalSmtpServerOnce(Platform platform) {
        Api api = new Api(platform);
        String memberId = "ada-" + UUID.randomUUID();
        String address = memberId + "@example.org";
        String token = platform.tokens().member(memberId);

        api.joinWithEmail(token, address).then().statusCode(201);

        await("the welcome e-mail")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(
                        () -> assertThat(welcomesMailedTo(platform, address)).hasSize(1));
        await("the welcome's delivery marked sent")
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(welcomeDeliveries(api, token))
                        .singleElement()
                        .satisfies(delivery -> assertThat(delivery).containsEntry("status", "SENT")));
        MimeMessage welcome = welcomesMailedTo(platform, address).get(0);
        assertThat(contentTypeOf(welcome)).startsWith("multipart/alternative");
    }

    private static List<Map<String, Object>> welcomeDeliveries(Api api, String token) {
        List<Map<String, Object>> deliveries = api.to(Service.NOTIFICATIONS, token)
                .when()
                .get("/notifications/me/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return deliveries.stream()
                .filter(delivery -> "welcome".equals(delivery.get("kind")))
                .toList();
    }

    private static List<MimeMessage> welcomesMailedTo(Platform platform, String address) {
        return platform.mail().received().stream()
                .filter(message -> recipientsOf(message).contains(address))
                .filter(message -> subjectOf(message).startsWith("Welcome to Guildhall"))
                .toList();
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

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String contentTypeOf(MimeMessage message) {
        try {
            return message.getContentType();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
