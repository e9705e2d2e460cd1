package org.guildhall.members.erasurelog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.paging.Page;

/** {@code GET /admin/erasures}: the erasures carried out, newest first, for administrators. */
@Path("/admin/erasures")
@RolesAllowed(Caller.ADMIN)
public class ErasureLogResource {

    private final ErasureLog log;

    ErasureLogResource(ErasureLog log) {
        this.log = log;
    }

    @GET
    public Page<ErasureView> erasures(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return log.list(page, size);
    }
}
