package org.guildhall.mentoring.cohort;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.guildhall.kit.identity.Caller;

/** A programme's enrolments, pair rules and explained preview, for those who run programmes. */
@Path("/programmes/{id}/overview")
@RolesAllowed({Caller.COORDINATOR, Caller.ADMIN})
public class ProgrammeOverviewResource {

    private final ProgrammeOverviews overviews;

    ProgrammeOverviewResource(ProgrammeOverviews overviews) {
        this.overviews = overviews;
    }

    @GET
    public ProgrammeOverview overview(@PathParam("id") UUID id) {
        return overviews.of(id);
    }
}
