package org.guildhall.notifications.preference;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.guildhall.notifications.vocabulary.Category;
import org.jboss.logging.Logger;

/**
 * Signed, expiring one-click unsubscribe links: the token names the member, the categories whose e-mail it switches
 * off and when it stops working, and carries an HMAC-SHA256 of all three, so nobody can make one for someone else or
 * stretch its life. Following it needs no sign-in.
 */
@ApplicationScoped
@Startup // in production a missing key stops the start, not the first e-mail
public class UnsubscribeLinks {

    private static final Logger LOG = Logger.getLogger(UnsubscribeLinks.class);
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final UnsubscribeSettings settings;
    private final Clock clock;

    UnsubscribeLinks(UnsubscribeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        byte[] secret = settings.secret()
                .filter(text -> !text.isBlank())
                .map(text -> text.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    if (LaunchMode.current() == LaunchMode.NORMAL) {
                        // links signed with a key of this process alone would die with it and fail on other replicas
                        throw new IllegalStateException(
                                "GUILDHALL_UNSUBSCRIBE_SECRET (guildhall.unsubscribe.secret) is not set: production needs"
                                        + " one key, 32+ random characters, for every replica and restart");
                    }
                    LOG.warn(
                            "guildhall.unsubscribe.secret is not set: unsubscribe links work until this process stops");
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The link that switches off the member's e-mail of {@code categories}, from now until it expires. */
    public String link(String memberId, Set<Category> categories) {
        return settings.publicUrl() + "/notifications/unsubscribe?token=" + token(memberId, categories);
    }

    String token(String memberId, Set<Category> categories) {
        Instant expires = Instant.now(clock).plus(settings.validFor());
        String payload = memberId + "|"
                + categories.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "|"
                + expires.getEpochSecond();
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(mac(bytes));
    }

    /** What a token asks, if it is ours, intact and not expired. */
    public Optional<Unsubscription> read(String token) {
        try {
            int dot = token.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            byte[] payload = DECODE.decode(token.substring(0, dot));
            byte[] signature = DECODE.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            if (parts.length != 3 || !Instant.now(clock).isBefore(expires)) {
                return Optional.empty();
            }
            Set<Category> categories = EnumSet.noneOf(Category.class);
            for (String name : parts[1].split(",")) {
                categories.add(Category.valueOf(name));
            }
            return Optional.of(new Unsubscription(parts[0], categories));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** A member's wish to hear no more e-mail of some categories. */
    public record Unsubscription(String memberId, Set<Category> categories) {}
}
