package org.guildhall.members.membership;

import java.util.Map;
import java.util.UUID;

/** Test people and the requests they send. */
final class Joiners {

    private Joiners() {}

    /** A member id nobody has used: each test joins people of its own. */
    static String newPersonId() {
        return "person-" + UUID.randomUUID();
    }

    static Map<String, Object> adaJoining() {
        return Map.of(
                "displayName", "Ada Lovelace",
                "headline", "Analytical engine programmer",
                "location", "London",
                "timeZone", "Europe/London");
    }

    static Map<String, Object> joiningWith(String field, Object value) {
        Map<String, Object> request = new java.util.HashMap<>(adaJoining());
        request.put(field, value);
        return request;
    }
}
