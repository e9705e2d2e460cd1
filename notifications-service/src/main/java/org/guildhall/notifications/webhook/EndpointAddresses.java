package org.guildhall.notifications.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may be sent to: {@code http} or {@code https} only, no user info, and no host that resolves to a
 * loopback, private, link-local, carrier-grade NAT, unique-local, multicast or unspecified address unless the
 * deployment allows loopback ({@code guildhall.webhooks.allow-loopback}) or private ranges ({@code allow-private}).
 * Checked when an endpoint is registered and again before each attempt, since a name may resolve elsewhere later.
 */
@ApplicationScoped
public class EndpointAddresses {

    private final WebhookSettings settings;

    EndpointAddresses(WebhookSettings settings) {
        this.settings = settings;
    }

    /** Why {@code url} may not receive webhooks, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("has no host");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refusal(address);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    private Optional<String> refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return settings.allowLoopback() ? Optional.empty() : Optional.of("resolves to a loopback address");
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return Optional.of("resolves to an unspecified or multicast address");
        }
        if (isPrivate(address)) {
            return settings.allowPrivate()
                    ? Optional.empty()
                    : Optional.of("resolves to a private or link-local address");
        }
        return Optional.empty();
    }

    private static boolean isPrivate(InetAddress address) {
        if (address.isSiteLocalAddress() || address.isLinkLocalAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT 100.64.0.0/10
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18.0.0/15
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return false;
    }
}
