package org.guildhall.members.problems;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.sql.SQLException;

/** Exists only in tests: a lock wait that ran out, as PostgreSQL reports it under load. */
@Path("/test-only/busy")
@RolesAllowed("member")
public class BusyResource {

    @GET
    public String busy() {
        throw new PersistenceException("lock", new SQLException("canceling statement due to lock timeout", "55P03"));
    }
}
