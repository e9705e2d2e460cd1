package org.guildhall.notifications.membership;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where an invitation sends an imported member: the web application's join page with the claim first
 * ({@code <guildhall.web.base-url>/join?invited=true}). Not signed in, they meet the identity provider's sign-in page
 * there, which offers to register (with the address they were imported with); once signed in, the page offers to
 * claim their membership. A link straight to Keycloak's registration endpoint would not do: the realm requires PKCE
 * of the web application's client, which only the application's own sign-in flow provides.
 */
@ConfigMapping(prefix = "guildhall.invitation")
public interface InvitationLinks {

    /** The invitation's link, absolute. */
    @WithDefault("${guildhall.web.base-url:http://localhost:8080}/join?invited=true")
    String signUpUrl();
}
