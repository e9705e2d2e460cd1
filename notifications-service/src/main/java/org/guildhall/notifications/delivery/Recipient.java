package org.guildhall.notifications.delivery;

import java.util.Optional;

/**
 * Whom an e-mail goes to: the member's address, the name it greets them by and the zone their day runs in, as this
 * service knows them. The delivery feature asks {@link Recipients} for it.
 */
public record Recipient(String memberId, String email, String displayName, String timeZone, String profileLanguage) {

    /** The address, if the member's profile carries one. */
    public Optional<String> address() {
        return Optional.ofNullable(email).filter(address -> !address.isBlank());
    }

    /** The name an e-mail greets them by. */
    public String greetingName() {
        return displayName == null ? "member" : displayName;
    }

    public Optional<String> zone() {
        return Optional.ofNullable(timeZone);
    }

    /** The language their profile suggests (a language tag), if any. */
    public Optional<String> language() {
        return Optional.ofNullable(profileLanguage);
    }
}
