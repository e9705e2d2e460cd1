package org.guildhall.contracts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A payload that names members other than by its key: an event about a registration, a mentorship or a connection
 * names the members in it. The service-kit's inbox reads this to keep an erased member erased when such an event
 * arrives after their {@code MemberErased} (docs/messaging.md, "An erasure outlasts late events"). Not part of the
 * JSON: a method, not a component.
 */
public interface NamesMembers {

    /** The ids of the members this event names (a member id, as {@code MemberJoined} gives it), without nulls. */
    List<String> namedMembers();

    /** {@code ids} without the nulls among them (an optional field naming nobody). */
    static List<String> of(String... ids) {
        return Arrays.stream(ids).filter(Objects::nonNull).toList();
    }
}
