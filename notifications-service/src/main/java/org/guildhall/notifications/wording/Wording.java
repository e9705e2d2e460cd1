package org.guildhall.notifications.wording;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.guildhall.notifications.vocabulary.Mentions;
import org.guildhall.notifications.vocabulary.Notice;

/**
 * The one place the words of notices come from: the message bundle {@code messages/notices} (English, the fallback
 * for a key another language lacks) and its translations, each value a Qute template. Times are shown in the reader's
 * zone and language, with the place's local time where its zone differs; relative words ("in 3 hours", "tomorrow")
 * are worked out in the reader's zone at {@link Reader#now()}.
 */
@ApplicationScoped
public class Wording {

    /** The languages notices are written in; the first is the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    static final String BUNDLE = "messages.notices";

    /** Hours ahead within which a time is told in hours rather than as today or tomorrow. */
    private static final long HOURS_TOLD_AS_HOURS = 6;

    private final Engine engine;
    private final String bundleName;
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    @Inject
    Wording(Engine engine) {
        this(engine, BUNDLE);
    }

    /** Words from another bundle (a test's). */
    Wording(Engine engine, String bundleName) {
        this.engine = engine;
        this.bundleName = bundleName;
    }

    /** The supported language a tag names ("de", "de-AT", "German" not), or English. */
    public static Locale language(String tag) {
        if (tag == null || tag.isBlank()) {
            return Locale.ENGLISH;
        }
        String wanted = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return LANGUAGES.stream()
                .filter(language -> language.getLanguage().equals(wanted))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** The first of {@code tags} that names a supported language, if any. */
    public static Optional<Locale> firstSupported(Collection<String> tags) {
        if (tags == null) {
            return Optional.empty();
        }
        return tags.stream()
                .filter(tag -> tag != null && !tag.isBlank())
                .map(tag -> Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage())
                .flatMap(wanted -> LANGUAGES.stream()
                        .filter(language -> language.getLanguage().equals(wanted)))
                .findFirst();
    }

    /** The draft worded for its reader: title and body from the bundle, other members as mentions. */
    public Notice notice(Draft draft, Reader reader) {
        Map<String, Object> values = values(draft, reader);
        Mentions mentions = new Mentions();
        draft.mentioned().forEach((name, mentioned) -> {
            if (mentioned.textKey() == null) {
                values.put(
                        name,
                        mentions.words(
                                mentioned.memberId(),
                                mentioned.text(),
                                text(reader.language(), "mention.formerMember", Map.of())));
            } else {
                String words = text(reader.language(), mentioned.textKey(), Map.of("words", mentioned.text()));
                String gone = mentioned.goneKey() == null ? "" : text(reader.language(), mentioned.goneKey(), Map.of());
                values.put(name, mentions.words(mentioned.memberId(), words, gone));
            }
        });
        String formerMember = text(reader.language(), "mention.formerMember", Map.of());
        String separator = text(reader.language(), "list.separator", Map.of());
        draft.nameLists()
                .forEach((name, namesById) -> values.put(
                        name,
                        namesById.entrySet().stream()
                                .map(named -> mentions.words(named.getKey(), named.getValue(), formerMember))
                                .collect(Collectors.joining(separator))));
        return new Notice(
                draft.sourceId(),
                draft.memberId(),
                draft.kind(),
                text(reader.language(), draft.key() + ".title", values),
                text(reader.language(), draft.key() + ".body", values),
                mentions.list(),
                draft.calendar());
    }

    /** A text of the bundle in {@code language}, its values filled; English where the language lacks the key. */
    public String text(Locale language, String key, Map<String, ?> values) {
        Locale bundleLanguage = bundleHolding(language, key);
        Template template = parsed.computeIfAbsent(
                bundleLanguage + "/" + key,
                ignored -> engine.parse(bundle(bundleLanguage).getString(key)));
        TemplateInstance instance = template.instance();
        values.forEach(instance::data);
        return instance.render();
    }

    /** The draft's values as its reader reads them: times formatted, relative words added, terms translated. */
    private Map<String, Object> values(Draft draft, Reader reader) {
        Map<String, Object> values = new HashMap<>();
        draft.values().forEach((name, value) -> {
            if (value instanceof Moment moment) {
                values.put(name, moment(moment, reader));
                String relative = relative(moment, reader);
                values.put(name + "Relative", relative);
                values.put(name + "RelativeTitle", capitalised(relative, reader.language()));
            } else if (value instanceof Collection<?> items
                    && !items.isEmpty()
                    && items.stream().allMatch(Moment.class::isInstance)) {
                values.put(
                        name,
                        items.stream()
                                .map(item -> moment((Moment) item, reader))
                                .collect(Collectors.joining(text(reader.language(), "list.separator", Map.of()))));
            } else if (value instanceof Draft.Term term) {
                values.put(
                        name,
                        hasKey(reader.language(), term.key())
                                ? text(reader.language(), term.key(), Map.of())
                                : term.fallback());
            } else {
                values.put(name, value);
            }
        });
        return values;
    }

    /** "Thu 1 July, 18:00", or with a place in another zone "Thu 1 July, 18:00 in Berlin (01:00 Fri in Tokyo)". */
    public String moment(Moment moment, Reader reader) {
        Locale language = reader.language();
        ZoneId here = reader.zone();
        DateTimeFormatter full = DateTimeFormatter.ofPattern(text(language, "time.full", Map.of()), language);
        ZonedDateTime readerTime = moment.at().atZone(here);
        if (moment.placeZone() == null) {
            return full.format(readerTime);
        }
        ZoneId place = ZoneId.of(moment.placeZone());
        ZonedDateTime placeTime = moment.at().atZone(place);
        if (placeTime.getOffset().equals(readerTime.getOffset())) {
            return full.format(placeTime);
        }
        String shortKey =
                readerTime.toLocalDate().equals(placeTime.toLocalDate()) ? "time.short" : "time.shortOtherDay";
        DateTimeFormatter brief = DateTimeFormatter.ofPattern(text(language, shortKey, Map.of()), language);
        return text(
                language,
                "time.elsewhere",
                Map.of(
                        "there", full.format(placeTime),
                        "place", placeName(place),
                        "here", brief.format(readerTime),
                        "readerPlace", placeName(here)));
    }

    /** "in 40 minutes", "in 3 hours", "today", "tomorrow", "in 5 days": in the reader's zone, at their now. */
    public String relative(Moment moment, Reader reader) {
        Locale language = reader.language();
        Duration ahead = Duration.between(reader.now(), moment.at());
        long minutes = ahead.toMinutes();
        if (minutes < 1) {
            return text(language, "relative.now", Map.of());
        }
        if (minutes < 60) {
            return text(language, "relative.minutes", Map.of("n", minutes));
        }
        if (minutes < HOURS_TOLD_AS_HOURS * 60) {
            return text(language, "relative.hours", Map.of("n", Math.round(minutes / 60.0)));
        }
        long days = ChronoUnit.DAYS.between(
                reader.now().atZone(reader.zone()).toLocalDate(),
                moment.at().atZone(reader.zone()).toLocalDate());
        if (days == 0) {
            return text(language, "relative.today", Map.of());
        }
        if (days == 1) {
            return text(language, "relative.tomorrow", Map.of());
        }
        return text(language, "relative.days", Map.of("n", days));
    }

    private boolean hasKey(Locale language, String key) {
        return bundle(language).containsKey(key);
    }

    private Locale bundleHolding(Locale language, String key) {
        if (!bundle(language).containsKey(key)) {
            throw new MissingResourceException("no words for " + key, bundleName, key);
        }
        return LANGUAGES.contains(language) ? language : Locale.ENGLISH;
    }

    private ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(
                bundleName,
                LANGUAGES.contains(language) ? language : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String placeName(ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    private static String capitalised(String text, Locale language) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(language) + text.substring(1);
    }
}
