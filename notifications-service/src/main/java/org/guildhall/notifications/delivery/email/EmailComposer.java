package org.guildhall.notifications.delivery.email;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guildhall.kit.edge.TextRules;
import org.guildhall.notifications.preference.UnsubscribeLinks;
import org.guildhall.notifications.vocabulary.CalendarEntry;
import org.guildhall.notifications.vocabulary.Category;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.notifications.wording.Wording;

/**
 * Renders e-mails in the reader's language: one shared layout ({@code templates/email/layout.html} and {@code .txt},
 * {@code digest.*} for digests) filled with the words of the message bundle (the greeting, the kind's closing line, the
 * footer). HTML templates escape every value, so member-written text cannot add markup.
 */
@ApplicationScoped
public class EmailComposer {

    private final Engine engine;
    private final EmailSettings settings;
    private final Wording wording;
    private final UnsubscribeLinks unsubscribe;
    private final WebLinks web;

    EmailComposer(Engine engine, EmailSettings settings, Wording wording, UnsubscribeLinks unsubscribe, WebLinks web) {
        this.engine = engine;
        this.settings = settings;
        this.wording = wording;
        this.unsubscribe = unsubscribe;
        this.web = web;
    }

    /**
     * The e-mail of one notification of {@code kind} to {@code memberId}, in {@code language}. A notice the member
     * may switch off carries a signed one-click unsubscribe link (RFC 8058 headers and the footer); a critical one
     * says why it reaches them whatever their preferences.
     */
    public Mail single(
            String to,
            String memberId,
            String name,
            Locale language,
            NoticeKind kind,
            String title,
            String body,
            CalendarEntry calendar) {
        Map<String, Object> data = common(name, language);
        data.put("title", title);
        data.put("body", body);
        data.put("action", wording.text(language, kind.slug() + ".action", Map.of()));
        String category = wording.text(language, "category." + kind.category().name(), Map.of());
        String unsubscribeUrl = kind.critical() ? null : unsubscribe.link(memberId, Set.of(kind.category()));
        data.put(
                "footer",
                kind.critical()
                        ? wording.text(
                                language,
                                "email.footer.critical",
                                Map.of("why", wording.text(language, kind.slug() + ".always", Map.of())))
                        : wording.text(language, "email.footer", Map.of("category", category)));
        footerLinks(data, language, category, unsubscribeUrl);
        // the subject and the address are headers: member-written text (a name with a line feed, stored before the
        // edge refused it) must neither break the message nor add a header
        Mail mail = Mail.withHtml(
                        TextRules.asOneLine(to), TextRules.asOneLine(title), render("email/layout.html", data))
                .setText(render("email/layout.txt", data));
        if (calendar != null) {
            mail.addAttachment(
                    "event.ics",
                    CalendarFile.of(calendar).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    CalendarFile.MEDIA_TYPE);
        }
        return unsubscribeUrl == null ? mail : oneClick(mail, unsubscribeUrl);
    }

    /** One e-mail that gathers a member's batched notifications; its link switches off the categories it holds. */
    public Mail digest(String to, String memberId, String name, Locale language, List<DigestItem> items) {
        Map<String, Object> data = common(name, language);
        data.put("items", items);
        data.put("intro", wording.text(language, "digest.intro", Map.of()));
        data.put("footer", wording.text(language, "digest.footer", Map.of()));
        Set<Category> categories = EnumSet.noneOf(Category.class);
        items.forEach(item -> categories.add(item.category()));
        String category = categories.stream()
                .map(each -> wording.text(language, "category." + each.name(), Map.of()))
                .collect(Collectors.joining(wording.text(language, "list.separator", Map.of())));
        String unsubscribeUrl = categories.isEmpty() ? null : unsubscribe.link(memberId, categories);
        footerLinks(data, language, category, unsubscribeUrl);
        String subject = wording.text(language, "digest.subject", Map.of("n", items.size()));
        Mail mail = Mail.withHtml(TextRules.asOneLine(to), subject, render("email/digest.html", data))
                .setText(render("email/digest.txt", data));
        return unsubscribeUrl == null ? mail : oneClick(mail, unsubscribeUrl);
    }

    /** RFC 8058: the link, and that a POST to it is all it takes. */
    private static Mail oneClick(Mail mail, String unsubscribeUrl) {
        return mail.addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private void footerLinks(Map<String, Object> data, Locale language, String category, String unsubscribeUrl) {
        data.put("unsubscribeUrl", unsubscribeUrl);
        data.put("unsubscribeLabel", wording.text(language, "email.unsubscribe", Map.of("category", category)));
        data.put("preferencesUrl", web.baseUrl() + "/notifications");
        data.put("preferencesLabel", wording.text(language, "email.preferences", Map.of()));
    }

    private Map<String, Object> common(String name, Locale language) {
        String inboxUrl = settings.inboxUrl().orElse(web.baseUrl() + "/notifications");
        Map<String, Object> data = new HashMap<>();
        data.put("lang", language.getLanguage());
        data.put("hello", wording.text(language, "email.hello", Map.of("name", name)));
        data.put("inboxUrl", inboxUrl);
        data.put("openInbox", wording.text(language, "email.openInbox", Map.of()));
        data.put("inboxLine", wording.text(language, "email.inboxLine", Map.of("url", inboxUrl)));
        return data;
    }

    private String render(String templateId, Map<String, Object> data) {
        Template template = engine.getTemplate(templateId);
        if (template == null) {
            throw new IllegalStateException("no e-mail template " + templateId);
        }
        return template.data(data).render();
    }

    /** One notification inside a digest. */
    public record DigestItem(String title, String body, Category category) {}
}
