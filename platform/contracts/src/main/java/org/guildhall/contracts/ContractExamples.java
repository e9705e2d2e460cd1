package org.guildhall.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * The examples of the published language and the checks that producers and consumers run against them in their
 * contract tests. A producer checks that what it emits {@linkplain #assertConforms conforms}; a consumer feeds its
 * handler {@linkplain #example the example}.
 */
public final class ContractExamples {

    /** Reads payloads as consumers must: unknown fields are ignored (payload changes are additive). */
    public static final ObjectMapper LENIENT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final ObjectMapper STRICT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ContractExamples() {}

    /** The example payload of {@code type}, as JSON text. */
    public static String example(EventType<?> type) {
        try (InputStream in = ContractExamples.class.getResourceAsStream(type.exampleResource())) {
            if (in == null) {
                throw new IllegalStateException("no example for " + type.type() + " at " + type.exampleResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example payload of {@code type}, read into its record. */
    public static <P> P examplePayload(EventType<P> type) {
        return read(type, example(type));
    }

    /** Reads a payload of {@code type} the way a consumer does. */
    public static <P> P read(EventType<P> type, String json) {
        try {
            return LENIENT.readValue(json, type.payloadType());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.type() + " payload: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Fails unless {@code json} is a payload of {@code type}: it reads strictly into the payload record, carries every
     * field of the example and no field the contract lacks, and its timestamps are ISO-8601 text.
     */
    public static void assertConforms(EventType<?> type, String json) {
        JsonNode emitted;
        JsonNode example;
        try {
            emitted = STRICT.readTree(json);
            example = STRICT.readTree(example(type));
            STRICT.treeToValue(emitted, type.payloadType());
        } catch (JsonProcessingException e) {
            throw new AssertionError(type.type() + " payload does not match its record: " + e.getOriginalMessage(), e);
        }
        Set<String> expected = fieldNames(example);
        Set<String> actual = fieldNames(emitted);
        if (!expected.equals(actual)) {
            throw new AssertionError(
                    type.type() + " payload fields " + actual + " differ from the contract's " + expected);
        }
        example.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual() && emitted.get(field.getKey()).isNumber()) {
                throw new AssertionError(type.type() + " field " + field.getKey() + " must be text, as in the example");
            }
        });
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
