package org.guildhall.notifications.delivery.email;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.guildhall.kit.edge.TextRules;

/** Renders e-mails from the Qute templates in {@code templates/email}: one HTML and one text template per kind. */
@ApplicationScoped
public class EmailComposer {

    private final Engine engine;
    private final EmailSettings settings;

    EmailComposer(Engine engine, EmailSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    /** The e-mail of one notification of {@code kind} (its slug). */
    public Mail single(String to, String name, String kind, String title, String body) {
        Map<String, Object> data = Map.of("name", name, "title", title, "body", body, "inboxUrl", settings.inboxUrl());
        // the subject and the address are headers: member-written text (a name with a line feed, stored before the
        // edge refused it) must neither break the message nor add a header
        return Mail.withHtml(
                        TextRules.asOneLine(to), TextRules.asOneLine(title), render("email/" + kind + ".html", data))
                .setText(render("email/" + kind + ".txt", data));
    }

    /** One e-mail that gathers a member's batched notifications. */
    public Mail digest(String to, String name, List<DigestItem> items) {
        Map<String, Object> data = Map.of("name", name, "items", items, "inboxUrl", settings.inboxUrl());
        String subject = "Your Guildhall digest: " + items.size() + (items.size() == 1 ? " update" : " updates");
        return Mail.withHtml(TextRules.asOneLine(to), subject, render("email/digest.html", data))
                .setText(render("email/digest.txt", data));
    }

    private String render(String templateId, Map<String, Object> data) {
        Template template = engine.getTemplate(templateId);
        if (template == null) {
            throw new IllegalStateException("no e-mail template " + templateId);
        }
        return template.data(data).render();
    }

    /** One notification inside a digest. */
    public record DigestItem(String title, String body) {}
}
