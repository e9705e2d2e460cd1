package org.guildhall.members.archive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.problem.ProblemException;

/** A member's own data (issue 16): ask for the archive, poll it, download it. Only ever the caller's own. */
@Path("/members/me/data-exports")
@RolesAllowed({Caller.MEMBER, Caller.ADMIN})
public class DataExportResource {

    private final DataExports exports;
    private final Caller caller;

    DataExportResource(DataExports exports, Caller caller) {
        this.exports = exports;
        this.caller = caller;
    }

    /** Asks every service for what it holds about the caller: {@code 202} with the request to poll. */
    @POST
    @APIResponse(
            responseCode = "202",
            description = "The request, collected from every service in the background; poll its Location",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DataExportView.class)))
    public Response request(@Context UriInfo uri) {
        DataExport export = exports.request(caller.memberId());
        return Response.accepted(exports.view(caller.memberId(), export.id()))
                .location(uri.getBaseUriBuilder()
                        .path("members/me/data-exports/{id}")
                        .build(export.id()))
                .build();
    }

    @GET
    @Path("/{id}")
    public DataExportView view(@PathParam("id") String id) {
        return exports.view(caller.memberId(), idOf(id));
    }

    /** The archive, a ZIP with one JSON file per service; {@code 409} while it is being collected. */
    @GET
    @Path("/{id}/archive")
    public Response archive(@PathParam("id") String id) {
        byte[] archive = exports.archive(caller.memberId(), idOf(id));
        return Response.ok(archive)
                .type("application/zip")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"guildhall-my-data-" + LocalDate.now(ZoneOffset.UTC) + ".zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static UUID idOf(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("data-export", id);
        }
    }
}
