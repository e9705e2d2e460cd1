package org.guildhall.notifications.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects what a notice says about other members, so that their erasure can take it out of other members' inboxes
 * (GDPR Art. 17): the notice's text holds a placeholder where a name or a member's own words go, filled in when read.
 */
public final class Mentions {

    /** Placeholders use private-use characters, which no template of ours contains. */
    static final char OPEN = '\uE000';

    static final char CLOSE = '\uE001';

    static final String FORMER_MEMBER = "a former member";

    private final List<Mention> items = new ArrayList<>();

    /** The member's name in a text; once they are erased it reads "a former member". */
    public String name(String memberId, String name) {
        return add(new Mention(memberId, name, FORMER_MEMBER));
    }

    /** Words the member wrote, in a text; once they are erased it reads {@code whenGone} instead. */
    public String words(String memberId, String words, String whenGone) {
        return add(new Mention(memberId, words, whenGone));
    }

    public List<Mention> list() {
        return List.copyOf(items);
    }

    private String add(Mention mention) {
        items.add(mention);
        return OPEN + Integer.toString(items.size() - 1) + CLOSE;
    }

    /** The text with each placeholder filled; a replacement that opens a sentence starts with a capital. */
    public static String render(String template, List<Mention> mentions) {
        if (template == null || template.indexOf(OPEN) < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int at = 0;
        while (at < template.length()) {
            char c = template.charAt(at);
            int close = c == OPEN ? template.indexOf(CLOSE, at) : -1;
            Integer index = close < 0 ? null : parse(template.substring(at + 1, close));
            if (index == null || index >= mentions.size()) {
                out.append(c);
                at++;
                continue;
            }
            String shown = mentions.get(index).shown();
            shown = shown == null ? "" : shown;
            if (opensSentence(out) && !shown.isEmpty() && mentions.get(index).text() == null) {
                shown = shown.substring(0, 1).toUpperCase(Locale.ROOT) + shown.substring(1);
            }
            out.append(shown);
            at = close + 1;
        }
        // words left out leave the space that separated them
        return out.toString().strip();
    }

    private static boolean opensSentence(StringBuilder before) {
        String text = before.toString().stripTrailing();
        return text.isEmpty() || text.endsWith(".") || text.endsWith(":") || text.endsWith("\u201d");
    }

    private static Integer parse(String digits) {
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(digits);
    }
}
