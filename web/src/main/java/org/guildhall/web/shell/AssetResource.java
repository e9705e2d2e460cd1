package org.guildhall.web.shell;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Serves {@link Assets} by their fingerprinted names, cacheable for a year ({@code immutable}); others are 404. */
@Path("/assets")
public class AssetResource {

    @Inject
    Assets assets;

    @GET
    @Path("/{name}")
    public Response asset(@PathParam("name") String name) {
        byte[] content = assets.content(name);
        if (content == null) {
            throw new NotFoundException();
        }
        String type = name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        return Response.ok(content, type)
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .build();
    }
}
