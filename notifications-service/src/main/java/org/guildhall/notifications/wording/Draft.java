package org.guildhall.notifications.wording;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.guildhall.notifications.vocabulary.CalendarEntry;
import org.guildhall.notifications.vocabulary.NoticeKind;

/**
 * What to tell one member before it is worded for them: the kind (its words are in the message bundle under its slug,
 * or {@code <slug>.<variant>}), the values its words take, and which of them name or quote other members (erasure
 * takes those out later, see {@code Mentions}).
 */
public final class Draft {

    private final UUID sourceId;
    private final String memberId;
    private final NoticeKind kind;
    private String variant;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Mentioned> mentioned = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> nameLists = new LinkedHashMap<>();
    private CalendarEntry calendar;

    private Draft(UUID sourceId, String memberId, NoticeKind kind) {
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public static Draft of(UUID sourceId, String memberId, NoticeKind kind) {
        return new Draft(sourceId, memberId, kind);
    }

    /** Words other than the kind's own: {@code <slug>.<variant>.title} and {@code .body}. */
    public Draft variant(String variant) {
        this.variant = variant;
        return this;
    }

    /** A value: text, a number, a boolean, or a {@link Moment}; null where it is missing (templates test it). */
    public Draft with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** A word of the bundle chosen by a value: {@code <prefix><value>}, e.g. a membership status. */
    public Draft term(String name, String prefix, String value) {
        values.put(name, value == null ? null : new Term(prefix + value, value));
        return this;
    }

    /** Another member's name; once they are erased it reads "a former member" in the reader's language. */
    public Draft name(String name, String otherMemberId, String displayName) {
        mentioned.put(name, new Mentioned(otherMemberId, displayName, null, null));
        values.put(name, "");
        return this;
    }

    /**
     * Other members' names (member id to name, in order) as one list, each erased on its own; null for nobody, for the
     * template to test.
     */
    public Draft names(String name, Map<String, String> namesById) {
        if (namesById.isEmpty()) {
            values.put(name, null);
            return this;
        }
        nameLists.put(name, new LinkedHashMap<>(namesById));
        values.put(name, "");
        return this;
    }

    /** Another member's own words, in quotes; once they are erased, the bundle's {@code goneKey} (or nothing). */
    public Draft quote(String name, String otherMemberId, String words, String goneKey) {
        return words(name, otherMemberId, words, "quote", goneKey);
    }

    /**
     * Another member's own words, set in the bundle's {@code textKey} (whose {@code {words}} they fill); once they
     * are erased, the bundle's {@code goneKey} replaces the whole (the empty text where it is null). Missing words
     * leave the value null, for the template to test.
     */
    public Draft words(String name, String otherMemberId, String words, String textKey, String goneKey) {
        if (words == null || words.isBlank()) {
            values.put(name, null);
            return this;
        }
        mentioned.put(name, new Mentioned(otherMemberId, words, textKey, goneKey));
        values.put(name, "");
        return this;
    }

    /** What the notice puts in the member's calendar (its e-mail attaches it). */
    public Draft calendar(CalendarEntry entry) {
        this.calendar = entry;
        return this;
    }

    public CalendarEntry calendar() {
        return calendar;
    }

    public UUID sourceId() {
        return sourceId;
    }

    public String memberId() {
        return memberId;
    }

    public NoticeKind kind() {
        return kind;
    }

    /** The bundle key its title and body sit under. */
    public String key() {
        return variant == null ? kind.slug() : kind.slug() + "." + variant;
    }

    Map<String, Object> values() {
        return values;
    }

    Map<String, Mentioned> mentioned() {
        return mentioned;
    }

    Map<String, Map<String, String>> nameLists() {
        return nameLists;
    }

    /** A value that is a word of the bundle. */
    record Term(String key, String fallback) {}

    /** Another member named or quoted. */
    record Mentioned(String memberId, String text, String textKey, String goneKey) {}
}
