package org.guildhall.web.privacy;

import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.AccountText;

/**
 * The privacy page's "a copy of my data" panel (issue 16), one of its states: not shown (nobody signed in who has
 * joined), nothing asked for yet, the copy being collected (which services are still to answer), ready to download
 * until it expires, or members-service not answering; {@code message} is a refusal worded for the person (an archive
 * already being collected, a service that did not answer).
 */
public record MyData(boolean shown, MembersApi.DataExport export, boolean unavailable, String message) {

    /** For someone who has not joined, or nobody signed in: the panel is not on the page. */
    public static MyData hidden() {
        return new MyData(false, null, false, null);
    }

    /** A member who has no request this browser knows of (or one that has gone): they may ask for a copy. */
    public static MyData none() {
        return new MyData(true, null, false, null);
    }

    public static MyData of(MembersApi.DataExport export) {
        return new MyData(true, export, false, null);
    }

    /** members-service did not answer: the panel says so and offers nothing. */
    public static MyData membersDown() {
        return new MyData(true, null, true, null);
    }

    /** The same state with a sentence for the person above it. */
    public MyData saying(String sentence) {
        return new MyData(shown, export, unavailable, sentence);
    }

    public boolean collecting() {
        return export != null && !export.ready();
    }

    public boolean ready() {
        return export != null && export.ready();
    }

    /** Whether the person may ask for a copy now: not while one is being collected, nor when the service is down. */
    public boolean mayAsk() {
        return shown && !unavailable && !collecting();
    }

    /**
     * After {@code POST /members/me/data-exports} was refused: an archive still being collected (409
     * {@code archive-in-progress}) keeps what this panel knows ({@code current}) and says so; anything else offers a
     * new request with the service's sentence, or {@code unavailableText} when it did not answer.
     */
    static MyData requestRefused(ServiceProblem refusal, MyData current, AccountText account, String unavailableText) {
        if (refusal.status() == 409 && isKind(refusal, "archive-in-progress")) {
            return current.saying(account.data_in_progress());
        }
        return (refusal.unavailable() ? membersDown() : none()).saying(refusal.sentence(unavailableText));
    }

    /**
     * After the archive's download was refused: gone (404: expired, or not this member's) offers a new request; still
     * being collected (409 {@code archive-not-ready}) shows its progress ({@code current}).
     */
    static MyData downloadRefused(ServiceProblem refusal, MyData current, AccountText account, String unavailableText) {
        return switch (refusal.status()) {
            case 404 -> none().saying(account.data_gone());
            case 409 -> current.saying(account.data_not_ready());
            default -> current.saying(refusal.sentence(unavailableText));
        };
    }

    private static boolean isKind(ServiceProblem refusal, String kind) {
        String type = refusal.problem().type();
        return type != null && type.endsWith("/" + kind);
    }
}
