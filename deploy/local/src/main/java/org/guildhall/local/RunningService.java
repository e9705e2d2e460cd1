package org.guildhall.local;

import java.net.URI;
import java.nio.file.Path;

/** A service process the platform started: what a status table shows. */
public record RunningService(Service service, long pid, int port, Path logFile) {

    public String name() {
        return service.serviceName();
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }
}
