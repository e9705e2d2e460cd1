package org.guildhall.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.guildhall.notifications.delivery.DeliveryRepository;
import org.guildhall.notifications.notice.Notification;
import org.guildhall.notifications.preference.Preference;
import org.guildhall.notifications.preference.PreferenceRepository;
import org.guildhall.notifications.wording.Wording;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notice kind made from its contract example (the rows of {@link MappingTest}), for members who read each
 * supported language: worded from the bundle, nothing left unfilled, and in their language.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class EveryNoticeInEveryLanguageTest {

    @Inject
    PreferenceRepository preferences;

    @Inject
    DeliveryRepository deliveries;

    private final List<String> members = new java.util.ArrayList<>();

    /** Their e-mails wait for an address that never comes: gone, so they fill no other test's dispatcher run. */
    @AfterEach
    void forgetTheirEmails() {
        QuarkusTransaction.requiringNew().run(() -> members.forEach(deliveries::deleteOf));
        members.clear();
    }

    static Stream<Arguments> rowsInEveryLanguage() {
        return MappingTest.rows()
                .flatMap(row -> Wording.LANGUAGES.stream().map(language -> Arguments.of(row, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("rowsInEveryLanguage")
    void everyNoticeShouldBeWordedInTheReadersLanguageWithNothingLeftUnfilled(MappingTest.Row row, Locale language) {
        Scenario scenario = new Scenario();
        for (String example : List.of(Scenario.ADA, Scenario.GRACE, Scenario.LINUS)) {
            readsIn(scenario.id(example), language);
            members.add(scenario.id(example));
        }
        for (MappingTest.Setup setup : row.before()) {
            scenario.send(setup.type(), setup.as());
        }
        scenario.send(row.type());

        row.told().forEach((exampleMember, kind) -> {
            String memberId = scenario.id(exampleMember);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !Inboxes.of(memberId, kind.slug()).isEmpty());
            Notification told = Inboxes.of(memberId, kind.slug()).get(0);
            for (String text : List.of(told.title(), told.body())) {
                assertThat(text)
                        .as(kind.slug() + " in " + language)
                        .isNotBlank()
                        .doesNotContain("{", "}", "NOT_FOUND", "null", "\uE000", "\uE001");
            }
            if (language.equals(Locale.GERMAN)) {
                assertThat(told.title() + " " + told.body())
                        .as(kind.slug() + " in German")
                        .containsAnyOf("Sie", "Ihr", "Ihnen", "Willkommen", "Danke", "Zeit", "nicht");
            }
        });
    }

    private void readsIn(String memberId, Locale language) {
        QuarkusTransaction.requiringNew().run(() -> {
            Preference preference = Preference.defaultsFor(memberId, Instant.now());
            preference.writeIn(language.getLanguage(), Instant.now());
            preferences.persist(preference);
        });
    }
}
