package org.guildhall.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the broker's and the database's INFO chatter out of test and launcher output. */
final class Quiet {

    // java.util.logging holds loggers weakly: keep them, or the levels set here are forgotten
    private static final List<Logger> QUIETED = new ArrayList<>();

    private Quiet() {}

    static synchronized void infrastructureLogging() {
        if (!QUIETED.isEmpty()) {
            return;
        }
        // the broker warns about its own routine (controller activation, topic creation): errors only
        for (String name : List.of("kafka", "org.apache.kafka", "state.change.logger", "io.zonky")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.SEVERE);
            QUIETED.add(logger);
        }
    }
}
