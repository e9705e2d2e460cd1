package org.guildhall.notifications.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.guildhall.notifications.Scenario.ADA;
import static org.guildhall.notifications.Scenario.GRACE;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.notifications.Inboxes;
import org.guildhall.notifications.Scenario;
import org.guildhall.notifications.preference.EmailMode;
import org.guildhall.notifications.preference.Preference;
import org.guildhall.notifications.preference.PreferenceRepository;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/** The membership events that tell nobody but keep what the service knows, fed with the contract's examples. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ReadModelEventsTest {

    @Inject
    MemberSnapshotRepository contacts;

    @Inject
    PreferenceRepository preferences;

    @Inject
    ConnectionMadeRepository connections;

    @Inject
    MembershipTermRepository terms;

    @Test
    void shouldKeepTheContactFromJoiningAndProfileUpdates() {
        Scenario scenario = new Scenario();
        String ada = scenario.id(ADA);

        scenario.send(MembershipEvents.MEMBER_JOINED);
        scenario.send(MembershipEvents.MEMBER_PROFILE_UPDATED);

        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> contacts.of(ada).isPresent()));
        MemberSnapshot contact =
                QuarkusTransaction.requiringNew().call(() -> contacts.of(ada).orElseThrow());
        assertThat(contact.displayName()).contains("Ada Lovelace");
        assertThat(contact.email()).contains("ada@example.org");
        assertThat(contact.timeZone()).contains("Europe/London");
    }

    @Test
    void aMemberNeverSeenShouldBecomeAContactFromTheirProfileButNotFromTheirStatus() {
        // docs/messaging.md, read models: an event that carries the contact makes it, one that does not waits
        Scenario scenario = new Scenario();
        String ada = scenario.id(ADA);
        Scenario other = new Scenario();
        String statusOnly = other.id(ADA);

        other.send(MembershipEvents.MEMBERSHIP_STATUS_CHANGED);
        scenario.send(MembershipEvents.MEMBER_PROFILE_UPDATED);

        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> contacts.of(ada).isPresent()
                        && terms.findByIdOptional(statusOnly).isPresent()));
        MemberSnapshot contact =
                QuarkusTransaction.requiringNew().call(() -> contacts.of(ada).orElseThrow());
        assertThat(contact.displayName()).contains("Ada Lovelace");
        assertThat(contact.email()).contains("ada@example.org");
        // the status change was handled (its term is kept) without making a contact it has nothing for
        assertThat(QuarkusTransaction.requiringNew().call(() -> contacts.of(statusOnly)))
                .isEmpty();
    }

    @Test
    void shouldNameTheRequesterFromTheContactItKeeps() {
        Scenario scenario = new Scenario();
        scenario.send(MembershipEvents.MEMBER_JOINED);
        scenario.send(MembershipEvents.CONNECTION_REQUESTED);

        String grace = scenario.id(GRACE);
        await().atMost(Duration.ofSeconds(30)).until(() -> !Inboxes.of(grace, NoticeKind.CONNECTION_REQUESTED.slug())
                .isEmpty());
        assertThat(Inboxes.of(grace).get(0).title()).isEqualTo("Ada Lovelace would like to connect");
    }

    @Test
    void shouldKeepAConnectionUntilItIsRemoved() {
        Scenario scenario = new Scenario();
        String ada = scenario.id(ADA);
        scenario.send(MembershipEvents.CONNECTION_ESTABLISHED);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> connections.connectedSince(ada, Instant.EPOCH))
                .contains(scenario.id(GRACE)));

        scenario.send(MembershipEvents.CONNECTION_REMOVED);

        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> connections.connectedSince(ada, Instant.EPOCH))
                .isEmpty());
    }

    @Test
    void shouldForgetEverythingAboutAnErasedMember() {
        Scenario scenario = new Scenario();
        String ada = scenario.id(ADA);
        scenario.send(MembershipEvents.MEMBER_JOINED);
        await().atMost(Duration.ofSeconds(30)).until(() -> !Inboxes.of(ada).isEmpty());
        QuarkusTransaction.requiringNew().run(() -> {
            Preference preference = Preference.defaultsFor(ada, Instant.now());
            preference.change(EmailMode.DAILY_DIGEST, 9, null, null, null, Set.of(), Instant.now());
            preferences.persist(preference);
        });

        scenario.send(MembershipEvents.MEMBER_ERASED);

        await().atMost(Duration.ofSeconds(30)).until(() -> Inboxes.of(ada).isEmpty());
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(contacts.of(ada)).isEmpty();
            assertThat(preferences.findByIdOptional(ada)).isEmpty();
        });
    }
}
