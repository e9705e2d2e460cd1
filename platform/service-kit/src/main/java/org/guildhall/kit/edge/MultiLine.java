package org.guildhall.kit.edge;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request field as free text that may span lines (a bio, a message, a description). Every other string of a
 * request body is single-line: {@link TextRules} refuses line breaks, control characters and invisible format
 * characters in it at the edge.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {}
