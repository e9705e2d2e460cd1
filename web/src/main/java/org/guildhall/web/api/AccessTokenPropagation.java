package org.guildhall.web.api;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Sends the signed-in person's OIDC access token (the code flow's, kept in the server-side session; refreshed by
 * Quarkus OIDC when it expires) as {@code Authorization: Bearer} on every call to a service. An anonymous viewer's
 * calls go without it. (Quarkus' quarkus-rest-client-oidc-token-propagation does the same; it is not served from this
 * build's Maven repository.)
 */
public class AccessTokenPropagation implements ClientRequestFilter {

    @Inject
    SecurityIdentity identity;

    @Override
    public void filter(ClientRequestContext request) {
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null && token.getToken() != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
    }
}
