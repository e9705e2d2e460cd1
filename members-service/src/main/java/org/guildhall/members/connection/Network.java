package org.guildhall.members.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guildhall.contracts.membership.ConnectionEstablished;
import org.guildhall.contracts.membership.ConnectionRemoved;
import org.guildhall.contracts.membership.ConnectionRequested;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.contribution.ActivityKind;
import org.guildhall.members.contribution.Contributions;
import org.guildhall.members.membership.Member;
import org.guildhall.members.membership.MemberErasure;
import org.guildhall.members.membership.MemberRepository;

/** Who is connected to whom: requests, their answers, blocks, and removals. */
@ApplicationScoped
public class Network {

    private final ConnectionRequestRepository requests;
    private final ConnectionRepository connections;
    private final MemberBlockRepository blocks;
    private final MemberRepository members;
    private final Contributions contributions;
    private final Outbox outbox;
    private final Clock clock;

    Network(
            ConnectionRequestRepository requests,
            ConnectionRepository connections,
            MemberBlockRepository blocks,
            MemberRepository members,
            Contributions contributions,
            Outbox outbox,
            Clock clock) {
        this.requests = requests;
        this.connections = connections;
        this.blocks = blocks;
        this.members = members;
        this.contributions = contributions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ConnectionRequest request(String requesterId, String recipientId, String note) {
        ConnectionRequest request = ConnectionRequest.ask(requesterId, recipientId, note, now());
        requireCurrentMember(requesterId, "You");
        requireCurrentMember(recipientId, nameOf(recipientId));
        if (blocks.blocks(recipientId, requesterId)) {
            throw ProblemException.conflict("connection-refused", nameOf(recipientId) + " takes no requests from you");
        }
        if (connections.connected(requesterId, recipientId)) {
            throw ProblemException.conflict(
                    "already-connected", "You are connected with " + nameOf(recipientId) + " already");
        }
        if (requests.pendingBetween(requesterId, recipientId)) {
            throw ProblemException.conflict(
                    "request-pending",
                    "A request between you and " + nameOf(recipientId) + " is waiting for an answer");
        }
        requests.persist(request);
        outbox.record(
                MembershipEvents.CONNECTION_REQUESTED,
                request.id().toString(),
                new ConnectionRequested(
                        request.id().toString(), requesterId, recipientId, note, request.requestedAt()));
        return request;
    }

    @Transactional
    public Connection accept(UUID requestId, String byWhom) {
        ConnectionRequest request = requestFor(requestId, byWhom);
        requireCurrentMember(request.requesterId(), nameOf(request.requesterId()));
        request.accept(byWhom, now());
        return connect(request.requesterId(), request.recipientId(), Connection.Via.REQUEST);
    }

    /** Declines a request; with {@code block}, its sender cannot ask again. */
    @Transactional
    public void decline(UUID requestId, String byWhom, boolean block) {
        ConnectionRequest request = requestFor(requestId, byWhom);
        request.decline(byWhom, now());
        if (block && !blocks.blocks(byWhom, request.requesterId())) {
            blocks.persist(MemberBlock.of(byWhom, request.requesterId(), now()));
        }
    }

    @Transactional
    public void withdraw(UUID requestId, String byWhom) {
        requestFor(requestId, byWhom).withdraw(byWhom, now());
    }

    @Transactional
    public void remove(String memberId, String otherMemberId) {
        Connection connection = connections
                .between(memberId, otherMemberId)
                .orElseThrow(() -> ProblemException.notFound("connection", "with " + otherMemberId));
        connections.delete(connection);
        outbox.record(
                MembershipEvents.CONNECTION_REMOVED,
                connection.id().toString(),
                new ConnectionRemoved(connection.id().toString(), memberId, otherMemberId, now()));
    }

    /** Connects two members (after a request or an introduction), unless they are already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Connection connect(String one, String other, Connection.Via via) {
        if (connections.connected(one, other)) {
            return connections.between(one, other).orElseThrow();
        }
        Instant now = now();
        Connection connection = Connection.between(one, other, via, now);
        connections.persist(connection);
        contributions.recordOnce(one, ActivityKind.CONNECTION_MADE, now, connection.id());
        contributions.recordOnce(other, ActivityKind.CONNECTION_MADE, now, connection.id());
        outbox.record(
                MembershipEvents.CONNECTION_ESTABLISHED,
                connection.id().toString(),
                new ConnectionEstablished(connection.id().toString(), one, other, via.name(), now));
        return connection;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean connected(String one, String other) {
        return connections.connected(one, other);
    }

    @Transactional
    public Page<ConnectionView> connectionsOf(String memberId, int page, int size) {
        Page<Connection> found = connections.of(memberId, page, size);
        Map<String, Member> names =
                members
                        .list(
                                "id in ?1",
                                found.items().stream()
                                        .map(c -> c.otherThan(memberId))
                                        .toList())
                        .stream()
                        .collect(Collectors.toMap(Member::id, Function.identity()));
        return found.map(
                connection -> ConnectionView.of(connection, names.get(connection.otherThan(memberId)), memberId));
    }

    @Transactional
    public Page<ConnectionRequestView> pendingRequests(String memberId, boolean incoming, int page, int size) {
        return requests.pending(memberId, incoming, page, size).map(ConnectionRequestView::of);
    }

    /** Removes everything that ties an erased member to others. */
    void forget(@Observes MemberErasure erasure) {
        connections.deleteAllOf(erasure.memberId());
        requests.deleteAllOf(erasure.memberId());
        blocks.deleteAllOf(erasure.memberId());
    }

    private ConnectionRequest requestFor(UUID requestId, String byWhom) {
        return requests.findByIdOptional(requestId)
                .filter(request -> request.involves(byWhom))
                .orElseThrow(() -> ProblemException.notFound("connection-request", requestId.toString()));
    }

    /**
     * How a problem detail names a member to a person: their display name, or "That member" when there is none (an
     * unknown id or an erased member). Problem details never show member ids, which mean nothing to people.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String nameOf(String memberId) {
        return members.findByIdOptional(memberId)
                .filter(member -> !member.isErased() && member.displayName() != null)
                .map(Member::displayName)
                .orElse("That member");
    }

    /**
     * A member acted on by a request made earlier (a connection request, an introduction) must be a current member
     * now: 409 {@code not-a-current-member} otherwise, though they were one when the request was made.
     */
    public void requireCurrentMember(String memberId, String who) {
        Member member =
                members.findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound("member", memberId));
        if (!member.status().isMember() || member.isErased()) {
            throw ProblemException.conflict("not-a-current-member", who + " must be a current member to connect");
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
