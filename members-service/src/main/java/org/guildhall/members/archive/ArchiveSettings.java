package org.guildhall.members.archive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** A member's own data archive (issue 16). */
@ConfigMapping(prefix = "guildhall.member-data")
public interface ArchiveSettings {

    /** The other services whose sealed part an archive waits for (members-service adds its own). */
    @WithDefault("events-service,mentoring-service,notifications-service")
    List<String> services();

    /** How long an assembled archive can be downloaded, and how long a request waits for its parts. */
    @WithDefault("7d")
    Duration availableFor();

    /** How often expired archives and requests are deleted (read by the scheduler). */
    @WithDefault("10m")
    String expireEvery();
}
