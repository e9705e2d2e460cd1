package org.guildhall.web.shell;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.NotificationsApi;
import org.guildhall.web.api.ServiceProblem;

/**
 * The person looking at a page, read once per request: whether they are signed in, their roles (the token's
 * {@code groups}), their membership from members-service (empty until they join, or when the service is down) and
 * their time zone (the profile's, else UTC). Templates reach it as {@code inject:viewer}.
 */
@RequestScoped
@Named("viewer")
public class Viewer {

    @Inject
    SecurityIdentity identity;

    @Inject
    @RestClient
    MembersApi members;

    @Inject
    @RestClient
    NotificationsApi notifications;

    private Optional<MembersApi.Member> member;
    private boolean membersDown;
    private Long unread;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public boolean coordinator() {
        return identity.hasRole("coordinator");
    }

    public boolean admin() {
        return identity.hasRole("admin");
    }

    /** The token's subject: the member id (docs/security.md). */
    public String id() {
        return identity.getPrincipal().getName();
    }

    /** The membership, empty when the person has not joined yet (members-service answered 404) or it is down. */
    public Optional<MembersApi.Member> member() {
        if (member == null) {
            member = Optional.empty();
            if (signedIn()) {
                try {
                    member = Optional.of(members.me());
                } catch (ServiceProblem e) {
                    membersDown = !e.notFound();
                } catch (RuntimeException e) {
                    membersDown = true;
                }
            }
        }
        return member;
    }

    public boolean joined() {
        return member().isPresent();
    }

    /** members-service could not say whether the person has joined. */
    public boolean membershipUnknown() {
        member();
        return membersDown;
    }

    public String displayName() {
        return member().map(MembersApi.Member::displayName).orElse(signedIn() ? id() : "");
    }

    /** Named "UTC" where times show their zone (ZoneOffset.UTC's id is "Z"). */
    private static final ZoneId UTC = ZoneId.of("UTC");

    /** The zone the person reads times in: their profile's, UTC when they have none. */
    public ZoneId zone() {
        return member().map(MembersApi.Member::timeZone).flatMap(Viewer::zoneOf).orElse(UTC);
    }

    /** Unread notifications, 0 when notifications-service does not answer (the header still renders). */
    public long unread() {
        if (unread == null) {
            unread = 0L;
            if (joined()) {
                try {
                    unread = notifications.unreadCount().unread();
                } catch (RuntimeException e) {
                    unread = 0L;
                }
            }
        }
        return unread;
    }

    static Optional<ZoneId> zoneOf(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
