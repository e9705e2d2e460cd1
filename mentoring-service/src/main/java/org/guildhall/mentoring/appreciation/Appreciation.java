package org.guildhall.mentoring.appreciation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.contracts.mentoring.AppreciationSent;
import org.guildhall.kit.problem.ProblemException;

/** A member thanked another for something they did together. */
@Entity
@Table(name = "appreciation")
public class Appreciation {

    @Id
    private UUID id;

    @Column(name = "from_member_id")
    private String fromMemberId;

    @Column(name = "to_member_id")
    private String toMemberId;

    @Enumerated(EnumType.STRING)
    private AppreciationContext context;

    @Column(name = "context_id")
    private String contextId;

    private String message;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Appreciation() {}

    public static Appreciation send(
            String from, String to, AppreciationContext context, String contextId, String message, Instant now) {
        if (from.equals(to)) {
            throw ProblemException.badRequest("self-appreciation", "toMemberId: thank someone else");
        }
        Appreciation appreciation = new Appreciation();
        appreciation.id = UUID.randomUUID();
        appreciation.fromMemberId = from;
        appreciation.toMemberId = to;
        appreciation.context = context;
        appreciation.contextId = contextId;
        appreciation.message = message.strip();
        appreciation.sentAt = now;
        return appreciation;
    }

    public AppreciationSent sent() {
        return new AppreciationSent(
                id.toString(), fromMemberId, toMemberId, context.name(), contextId, message, sentAt);
    }

    public UUID id() {
        return id;
    }

    public String fromMemberId() {
        return fromMemberId;
    }

    public String toMemberId() {
        return toMemberId;
    }

    public AppreciationContext context() {
        return context;
    }

    public String contextId() {
        return contextId;
    }

    public String message() {
        return message;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
