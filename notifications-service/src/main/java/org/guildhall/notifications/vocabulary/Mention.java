package org.guildhall.notifications.vocabulary;

/**
 * Something a notification says about another member: their name or their own words ({@code text}), and what it
 * says instead once that member is erased ({@code whenGone}). Erasure keeps only {@code whenGone}.
 */
public record Mention(String memberId, String text, String whenGone) {

    /** What the notification shows now. */
    String shown() {
        return memberId == null || text == null ? whenGone : text;
    }
}
