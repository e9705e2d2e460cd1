package org.guildhall.web.shell;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A form target for the tests only (this is test code): it answers "sent" to a post the CSRF check lets through. */
@Path("/form-probe")
@PermitAll
public class FormProbe {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String post(@FormParam("words") String words) {
        return "sent: " + words;
    }
}
