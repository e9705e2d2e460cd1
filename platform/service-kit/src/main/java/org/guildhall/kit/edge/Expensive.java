package org.guildhall.kit.edge;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that costs the service far more than an ordinary request (cohort matching, ranking suggestions, a
 * directory search): each caller gets a bounded share of it, enforced by {@link CallerBudget}. Over the share the
 * caller hears 429 with {@code Retry-After}.
 */
@InterceptorBinding
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Expensive {}
