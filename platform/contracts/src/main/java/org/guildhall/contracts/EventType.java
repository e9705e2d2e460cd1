package org.guildhall.contracts;

/**
 * One published event type: the topic it goes to, its name and version, and the record its payload reads into. Its
 * CloudEvents type is {@code <topic>.<name>.v<version>}, e.g. {@code guildhall.membership.MemberJoined.v1}.
 */
public record EventType<P>(String topic, String name, int version, Class<P> payloadType) {

    public String type() {
        return topic + "." + name + ".v" + version;
    }

    /** The classpath resource of this type's example payload. */
    String exampleResource() {
        return "/org/guildhall/contracts/examples/" + type() + ".json";
    }
}
