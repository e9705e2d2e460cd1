package org.guildhall.members.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.kit.problem.ProblemException;

/** One member asking another to connect, with a note ("we met at ..."). */
@Entity
@Table(name = "connection_request")
public class ConnectionRequest {

    public enum Status {
        PENDING,
        ACCEPTED,
        DECLINED,
        WITHDRAWN
    }

    @Id
    private UUID id;

    @Column(name = "requester_id")
    private String requesterId;

    @Column(name = "recipient_id")
    private String recipientId;

    private String note;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected ConnectionRequest() {}

    public static ConnectionRequest ask(String requesterId, String recipientId, String note, Instant now) {
        if (requesterId.equals(recipientId)) {
            throw ProblemException.badRequest("self-connection", "recipientId: you cannot connect with yourself");
        }
        ConnectionRequest request = new ConnectionRequest();
        request.id = UUID.randomUUID();
        request.requesterId = requesterId;
        request.recipientId = recipientId;
        request.note = note;
        request.status = Status.PENDING;
        request.requestedAt = now;
        return request;
    }

    public void accept(String byWhom, Instant now) {
        requireRecipient(byWhom, "accept");
        decide(Status.ACCEPTED, now);
    }

    public void decline(String byWhom, Instant now) {
        requireRecipient(byWhom, "decline");
        decide(Status.DECLINED, now);
    }

    public void withdraw(String byWhom, Instant now) {
        if (!requesterId.equals(byWhom)) {
            throw ProblemException.forbidden("Only the member who asked can withdraw a request");
        }
        decide(Status.WITHDRAWN, now);
    }

    private void requireRecipient(String byWhom, String action) {
        if (!recipientId.equals(byWhom)) {
            throw ProblemException.forbidden("Only the member asked can " + action + " a request");
        }
    }

    private void decide(Status outcome, Instant now) {
        if (status != Status.PENDING) {
            throw ProblemException.conflict(
                    "request-decided", "The request is " + status + " already; only a pending one can change");
        }
        status = outcome;
        decidedAt = now;
    }

    public boolean involves(String memberId) {
        return requesterId.equals(memberId) || recipientId.equals(memberId);
    }

    public UUID id() {
        return id;
    }

    public String requesterId() {
        return requesterId;
    }

    public String recipientId() {
        return recipientId;
    }

    public String note() {
        return note;
    }

    public Status status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
