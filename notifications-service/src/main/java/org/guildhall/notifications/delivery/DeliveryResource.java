package org.guildhall.notifications.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;

@Path("/notifications")
public class DeliveryResource {

    private static final String STATUSES = "PENDING|SENT|FAILED|SUPPRESSED|DEFERRED|BATCHED";

    private final DeliveryRepository deliveries;
    private final Caller caller;

    DeliveryResource(DeliveryRepository deliveries, Caller caller) {
        this.deliveries = deliveries;
        this.caller = caller;
    }

    /** The caller's own e-mail deliveries and where each stands, newest first. */
    @GET
    @Path("/me/deliveries")
    @RolesAllowed({Caller.MEMBER, Caller.ADMIN})
    @Transactional
    public Page<DeliveryView> mine(
            @QueryParam("status") @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES) String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return deliveries.list(caller.memberId(), parse(status), page, size).map(DeliveryView::of);
    }

    /** Every delivery, for an admin; narrowed to one member or status when given. */
    @GET
    @Path("/deliveries")
    @RolesAllowed(Caller.ADMIN)
    @Transactional
    public Page<DeliveryView> all(
            @QueryParam("memberId") @Size(max = 255) String memberId,
            @QueryParam("status") @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES) String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return deliveries.list(memberId, parse(status), page, size).map(DeliveryView::of);
    }

    /** How many deliveries stand in each status, for an admin. */
    @GET
    @Path("/deliveries/statistics")
    @RolesAllowed(Caller.ADMIN)
    @Transactional
    public DeliveryStatistics statistics() {
        return DeliveryStatistics.of(deliveries.countByStatus());
    }

    private static DeliveryStatus parse(String status) {
        return status == null ? null : DeliveryStatus.valueOf(status);
    }
}
