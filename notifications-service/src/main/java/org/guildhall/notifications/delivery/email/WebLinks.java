package org.guildhall.notifications.delivery.email;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where e-mails send members back to: the web application's public address. */
@ConfigMapping(prefix = "guildhall.web")
public interface WebLinks {

    /** The web application's public base URL, without a trailing slash. */
    @WithDefault("http://localhost:8080")
    String baseUrl();
}
