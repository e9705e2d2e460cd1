package org.guildhall.members.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One thing a member did, from one event of another context (or a connection made here). */
@Entity
@Table(name = "member_activity")
public class MemberActivity {

    @Id
    private UUID id;

    @Column(name = "member_id")
    private String memberId;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private BigDecimal amount;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "source_event_id")
    private UUID sourceEventId;

    protected MemberActivity() {}

    public static MemberActivity of(
            String memberId, ActivityKind kind, BigDecimal amount, Instant occurredAt, UUID sourceEventId) {
        MemberActivity activity = new MemberActivity();
        activity.id = UUID.randomUUID();
        activity.memberId = memberId;
        activity.kind = kind;
        activity.amount = amount;
        activity.occurredAt = occurredAt;
        activity.sourceEventId = sourceEventId;
        return activity;
    }

    public static MemberActivity once(String memberId, ActivityKind kind, Instant occurredAt, UUID sourceEventId) {
        return of(memberId, kind, BigDecimal.ONE, occurredAt, sourceEventId);
    }
}
