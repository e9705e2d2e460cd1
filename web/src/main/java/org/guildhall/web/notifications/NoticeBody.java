package org.guildhall.web.notifications;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.web.shell.WebAddress;

/**
 * A notice's body, written as plain text for e-mail, cut into the pieces the inbox shows: text, and links where the
 * body names a URL of this very application ({@link WebAddress}), which become relative links. Any other URL, and
 * everything else, stays text that the template escapes: bodies quote members' own words, and no link to another
 * site may be made from them. Templates reach it as {@code inject:noticeBody} (the tag {@code noticeBody}).
 */
@ApplicationScoped
@Named("noticeBody")
public class NoticeBody {

    /** What may be a URL in plain text: a scheme and everything up to white space or a character HTML would quote. */
    private static final Pattern CANDIDATE = Pattern.compile("(?i)https?://[^\\s<>\"'`]+");
    /** Sentence punctuation after a URL belongs to the sentence. */
    private static final String TRAILING = ".,;:!?)]";
    /** What a relative link made here may hold: path, query and fragment characters, nothing to leave the page. */
    private static final Pattern SAFE_HREF = Pattern.compile("/(?!/)[A-Za-z0-9\\-._~/?#=&%+:@!$,;*()]*");

    private final URI base;
    private final String basePath;

    NoticeBody(WebAddress address) {
        this.base = URI.create(address.baseUrl());
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** One piece of a body: text, or a link ({@code href} a path on this application, {@code destination} its kind). */
    @TemplateData
    public record Part(String text, String href, String destination) {

        static Part text(String text) {
            return new Part(text, null, null);
        }

        /** Whether this piece is a link; its {@code text} is then the path it leads to. */
        public boolean link() {
            return href != null;
        }
    }

    /** {@code body} cut into text and links to this application, in order; no parts for no body. */
    public List<Part> parts(String body) {
        List<Part> parts = new ArrayList<>();
        if (body == null || body.isEmpty()) {
            return parts;
        }
        Matcher candidates = CANDIDATE.matcher(body);
        int textFrom = 0;
        while (candidates.find()) {
            String candidate = candidates.group();
            while (!candidate.isEmpty() && TRAILING.indexOf(candidate.charAt(candidate.length() - 1)) >= 0) {
                candidate = candidate.substring(0, candidate.length() - 1);
            }
            Optional<String> href = ownPath(candidate);
            if (href.isPresent()) {
                if (candidates.start() > textFrom) {
                    parts.add(Part.text(body.substring(textFrom, candidates.start())));
                }
                parts.add(new Part(href.get(), href.get(), destination(href.get())));
                textFrom = candidates.start() + candidate.length();
            }
        }
        if (textFrom < body.length()) {
            parts.add(Part.text(body.substring(textFrom)));
        }
        return parts;
    }

    /**
     * The path, query and fragment of {@code url} when it is an address of this application: the same scheme, host
     * and port as the base URL, no user info, under its path; empty for anything else.
     */
    private Optional<String> ownPath(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getRawUserInfo() != null
                || uri.getHost() == null
                || !base.getScheme().equalsIgnoreCase(uri.getScheme())
                || !base.getHost().equalsIgnoreCase(uri.getHost())
                || port(uri) != port(base)) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!basePath.isEmpty() && !path.equals(basePath) && !path.startsWith(basePath + "/")) {
            return Optional.empty();
        }
        String href = path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return SAFE_HREF.matcher(href).matches() ? Optional.of(href) : Optional.empty();
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }

    /** Where a path of this application leads, for the link's words ({@code Text.notice_link}). */
    private String destination(String href) {
        String path = href.substring(basePath.length()).replaceAll("[?#].*", "");
        if (path.matches("/events/[^/]+/?")) {
            return "event";
        }
        if (path.equals("/volunteering")) {
            return "volunteering";
        }
        if (path.equals("/join")) {
            return "join";
        }
        if (path.equals("/notifications")) {
            return "inbox";
        }
        return "page";
    }
}
