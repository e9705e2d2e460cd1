package org.guildhall.mentoring.archive;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.guildhall.contracts.membership.MemberDataRequested;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.mentoring.MemberDataCollected;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.kit.archive.PersonalData;
import org.guildhall.kit.inbox.EventHandlers;
import org.guildhall.kit.inbox.Inbox;
import org.guildhall.kit.inbox.IncomingEvent;
import org.guildhall.kit.outbox.Outbox;

/**
 * This service's part of a member's own data archive (issue 16): on {@code MemberDataRequested} it collects what it
 * holds about the member (the kit's {@link PersonalData}: every row that names them, so their snapshot, mentor and
 * mentee profiles, requests sent and received, mentorships, interviews asked and hosted, their host limit and
 * appreciation sent and received), seals it with the request's public key and publishes it as
 * {@code MemberDataCollected} on guildhall.mentoring through the outbox, in the handler's transaction. Reads
 * guildhall.membership in a consumer group of its own ({@code mentoring-service-archive}).
 */
@ApplicationScoped
public class MemberDataCollector {

    static final String SERVICE = "mentoring-service";

    /**
     * Two tables are read their own way. A session row names only who logged it, so the member's sessions are those of
     * their mentorships, whoever logged them (the pair reads them all, notes included). A programme row holds every
     * enrolment and the whole matching preview, so the member gets each programme they are enrolled in or coordinate
     * with only their own enrolment and their own line of the preview (their pair, or why they were not matched) and
     * its statistics; the pair rules are the coordinators' working rules about two members and stay out.
     */
    static final PersonalData.Selection SELECTION = PersonalData.Selection.everyTable()
            .readAs(
                    "mentorship_session",
                    """
                    select to_jsonb(s) from mentorship_session s join mentorship m on m.id = s.mentorship_id
                    where ? in (m.mentor_id, m.mentee_id) order by s.session_date, s.id
                    """)
            .readAs(
                    "programme",
                    """
                    select to_jsonb(p) - 'enrolments' - 'pair_rules' - 'preview' || jsonb_build_object(
                        'enrolments', coalesce((select jsonb_agg(e) from jsonb_array_elements(p.enrolments) e
                                                where e ->> 'memberId' = ?), '[]'::jsonb),
                        'preview', case when p.preview is null then null else
                            p.preview - 'pairs' - 'unmatched' || jsonb_build_object(
                                'pairs', coalesce((select jsonb_agg(x) from jsonb_array_elements(p.preview -> 'pairs') x
                                                   where ? in (x ->> 'mentorId', x ->> 'menteeId')), '[]'::jsonb),
                                'unmatched', coalesce((select jsonb_agg(x)
                                                       from jsonb_array_elements(p.preview -> 'unmatched') x
                                                       where x ->> 'menteeId' = ?), '[]'::jsonb)) end)
                    from programme p
                    where p.coordinator_id = ?
                       or exists (select 1 from jsonb_array_elements(p.enrolments) e where e ->> 'memberId' = ?)
                    order by p.created_at, p.id
                    """);

    private final Inbox inbox;
    private final PersonalData personalData;
    private final Outbox outbox;
    private final Clock clock;
    private final EventHandlers handlers;

    MemberDataCollector(Inbox inbox, PersonalData personalData, Outbox outbox, Clock clock) {
        this.inbox = inbox;
        this.personalData = personalData;
        this.outbox = outbox;
        this.clock = clock;
        this.handlers = EventHandlers.on(MembershipEvents.MEMBER_DATA_REQUESTED, this::requested);
    }

    @Incoming("archive-membership")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processAll(records, handlers);
    }

    void requested(IncomingEvent<MemberDataRequested> event) {
        MemberDataRequested request = event.payload();
        Instant now = Instant.now(clock);
        outbox.record(
                MentoringEvents.MEMBER_DATA_COLLECTED,
                request.exportId(),
                new MemberDataCollected(
                        request.exportId(),
                        request.memberId(),
                        SERVICE,
                        personalData.sealedFor(request, SELECTION, now),
                        now));
    }
}
