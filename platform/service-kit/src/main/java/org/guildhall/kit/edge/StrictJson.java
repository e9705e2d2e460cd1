package org.guildhall.kit.edge;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * The edge's reading of JSON, in every service (issue 11 §3, §8): strict types (no number where a string, an enum, a
 * date or a boolean is expected, no text where a number is), no {@code null} inside an array or a map, every string
 * held to {@link TextRules} and normalised to NFC, every instant and date within {@link DomainTime}. A refused value
 * is a {@link RefusedValue} or a Jackson mismatch with the path to the field, which the problem mapper turns into a 400
 * that names the field.
 *
 * <p>It is the REST layer's mapper only (a JAX-RS {@code ContextResolver}): the service's own events, read from Kafka
 * with the application's mapper, carry what other services accepted under their rules, and a stricter reading there
 * would turn an old event into a poison message.
 */
@Provider
public class StrictJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    StrictJson(ObjectMapper application) {
        this.strict = application.copy();
        customize(strict);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    /** Makes {@code mapper} read as the edge does. */
    public static void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.DateTime, LogicalType.Enum}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        // [1, null] is a client's bug, never a value: refuse it with the index rather than fail later on it
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));

        SimpleModule edge = new SimpleModule("guildhall-edge");
        edge.addDeserializer(String.class, new EdgeString(false));
        edge.addDeserializer(Instant.class, new InRange<>(Instant.class, Instant::parse, DomainTime::refusal));
        edge.addDeserializer(
                OffsetDateTime.class,
                new InRange<>(
                        OffsetDateTime.class, OffsetDateTime::parse, value -> DomainTime.refusal(value.toInstant())));
        edge.addDeserializer(
                ZonedDateTime.class,
                new InRange<>(
                        ZonedDateTime.class, ZonedDateTime::parse, value -> DomainTime.refusal(value.toInstant())));
        edge.addDeserializer(LocalDate.class, new InRange<>(LocalDate.class, LocalDate::parse, DomainTime::refusal));
        edge.addDeserializer(
                LocalDateTime.class, new InRange<>(LocalDateTime.class, LocalDateTime::parse, DomainTime::refusal));
        mapper.registerModule(edge);
    }

    /** A string held to {@link TextRules}: single-line unless its property is {@link MultiLine}. */
    static final class EdgeString extends StdDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        EdgeString(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            boolean wanted = property != null && property.getAnnotation(MultiLine.class) != null;
            return wanted == multiLine ? this : new EdgeString(wanted);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            Optional<String> refusal = TextRules.refusal(text, multiLine);
            if (refusal.isPresent()) {
                throw new RefusedValue(p, refusal.get(), String.class);
            }
            return TextRules.normalised(text);
        }
    }

    /** A date or time read from ISO-8601 text only (as java.time parses it), then held to {@link DomainTime}. */
    static final class InRange<T> extends StdDeserializer<T> {

        private final Function<String, T> parse;
        private final Function<T, Optional<String>> rule;

        InRange(Class<T> type, Function<String, T> parse, Function<T, Optional<String>> rule) {
            super(type);
            this.parse = parse;
            this.rule = rule;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(p, "must be ISO-8601 text such as 2027-02-10T09:00:00Z", handledType());
            }
            String text = p.getText().trim();
            if (text.isEmpty()) {
                return null;
            }
            T value;
            try {
                value = parse.apply(text);
            } catch (DateTimeException e) {
                throw new RefusedValue(p, "must be ISO-8601 text such as 2027-02-10T09:00:00Z", handledType());
            }
            Optional<String> refusal = rule.apply(value);
            if (refusal.isPresent()) {
                throw new RefusedValue(p, refusal.get(), handledType());
            }
            return value;
        }
    }
}
