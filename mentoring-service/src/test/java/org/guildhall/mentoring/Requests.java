package org.guildhall.mentoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies, named by what they ask for. */
public final class Requests {

    private Requests() {}

    public static Map<String, Object> mentorTaking(int capacity, String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("topics", List.of("data-engineering", "machine-learning", "leadership"));
        body.put("industries", List.of("software"));
        body.put("offers", List.of("TECHNICAL_DEPTH", "CAREER_GUIDANCE"));
        body.put("languages", List.of(language));
        body.put("capacity", capacity);
        body.put("acceptingRequests", true);
        return body;
    }

    public static Map<String, Object> mentorWith(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    public static Map<String, Object> menteeSharing(String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("goals", List.of("Lead a data team"));
        body.put("topics", List.of("data-engineering", "machine-learning"));
        body.put("languages", List.of(language));
        body.put("seeking", List.of("TECHNICAL_DEPTH"));
        body.put("mustShareLanguage", true);
        return body;
    }

    public static Map<String, Object> menteeWith(Map<String, Object> body, String field, Object value) {
        return mentorWith(body, field, value);
    }

    public static Map<String, Object> askFor(String mentorId) {
        return Map.of(
                "mentorId", mentorId, "message", "I would value your guidance", "goals", List.of("Lead a data team"));
    }
}
