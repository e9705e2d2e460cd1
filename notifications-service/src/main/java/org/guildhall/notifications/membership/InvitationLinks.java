package org.guildhall.notifications.membership;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where an invitation sends an imported member: the identity provider's sign-up page (Keycloak's registration endpoint
 * of the realm, for the web application's client, coming back to the web application), where they create their login
 * with the address they were imported with and then claim their membership.
 */
@ConfigMapping(prefix = "guildhall.invitation")
public interface InvitationLinks {

    @WithDefault("http://localhost:8180/realms/guildhall/protocol/openid-connect/registrations"
            + "?client_id=guildhall-web&response_type=code&scope=openid&redirect_uri=http://localhost:8080/")
    String signUpUrl();
}
