package org.guildhall.web.shell;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * This application's own public address, as members reach it ({@code guildhall.web.base-url},
 * {@code GUILDHALL_WEB_BASE_URL}): the same value notifications-service builds the links in its notices from, so that
 * the inbox can tell a link to here from any other.
 */
@ConfigMapping(prefix = "guildhall.web")
public interface WebAddress {

    /** The base URL, an absolute {@code http} or {@code https} URL without a trailing slash, e.g. {@code http://localhost:8080}. */
    @WithDefault("http://localhost:8080")
    String baseUrl();
}
