package org.guildhall.kit.edge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value the edge refuses while reading a body; Jackson adds the path to the field, and the kit's problem mapper
 * answers 400 naming that field with {@link #reason()}.
 */
public class RefusedValue extends MismatchedInputException {

    private final String reason;

    public RefusedValue(JsonParser parser, String reason, Class<?> targetType) {
        super(parser, reason, targetType);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
