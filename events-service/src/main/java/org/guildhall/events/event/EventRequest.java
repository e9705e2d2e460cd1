package org.guildhall.events.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.guildhall.kit.edge.MultiLine;
import org.guildhall.kit.validation.TimeZoneId;

/** What a coordinator sends to create or edit an event. Times are UTC instants; the zone says where it happens. */
public record EventRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) @MultiLine String description,
        @NotNull EventKind type,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @NotNull @TimeZoneId String timeZone,
        @Size(max = 200) String venue,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String onlineUrl,
        @NotNull @Min(1) @Max(100_000) Integer capacity,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        boolean membersOnly,
        @Size(max = 10) List<@NotBlank @Size(max = 32) String> allowedTiers,
        SeatRelease seatRelease,
        @Min(1) @Max(336) Integer offerClaimHours) {

    static final int DEFAULT_OFFER_CLAIM_HOURS = 24;

    EventDetails details() {
        return new EventDetails(
                title,
                description,
                type,
                startsAt,
                endsAt,
                timeZone,
                venue,
                onlineUrl,
                capacity,
                registrationOpensAt,
                registrationClosesAt,
                membersOnly,
                allowedTiers == null ? List.of() : allowedTiers,
                seatRelease == null ? SeatRelease.CONFIRM_AT_ONCE : seatRelease,
                offerClaimHours == null ? DEFAULT_OFFER_CLAIM_HOURS : offerClaimHours);
    }
}
