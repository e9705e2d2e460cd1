package org.guildhall.testkit.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the HTTP layer answers by itself, checked on a raw socket (issue 11 §8): a request line that is not HTTP (400),
 * a request line or headers beyond the codec's limits (414, 431) and a body beyond the allowed size, declared or
 * streamed in chunks (413). Each must be an {@code application/problem+json} with the status in its body.
 */
public final class HttpLayerProblems {

    /** Beyond Netty's limits in every Guildhall application (64 KiB request line, 64 KiB of headers). */
    private static final int BEYOND_CODEC_LIMITS = 70_000;

    /** Beyond {@code quarkus.http.limits.max-body-size} (256 KiB in the services, 10 MiB by Quarkus' default). */
    private static final int BEYOND_BODY_LIMIT = 11 * 1024 * 1024;

    private HttpLayerProblems() {}

    /**
     * Every difference from the rule for the application on {@code port}; {@code jsonPost} is a path that takes a
     * JSON body by {@code POST}, {@code get} one answered to {@code GET}.
     */
    public static List<String> check(String host, int port, String get, String jsonPost) throws IOException {
        return check(host, port, get, jsonPost, null);
    }

    /** As {@link #check(String, int, String, String)}, with a bearer token so that a body is read past security. */
    public static List<String> check(String host, int port, String get, String jsonPost, String bearer)
            throws IOException {
        String authorization = bearer == null ? "X-No-Token: none" : "Authorization: Bearer " + bearer;
        List<String> failures = new ArrayList<>();
        expect(
                failures,
                "a request line whose HTTP version is not one",
                400,
                RawHttp.send(host, port, "GET " + get + " HTTP/x.y\r\nHost: localhost\r\n\r\n", null));
        expect(
                failures,
                "a header name with a space in it",
                400,
                RawHttp.send(
                        host,
                        port,
                        "GET " + get + " HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\nConnection: close\r\n\r\n",
                        null));
        expect(
                failures,
                "a request line of " + BEYOND_CODEC_LIMITS + " characters",
                414,
                RawHttp.send(
                        host,
                        port,
                        RawHttp.head("GET", get + "?q=" + "a".repeat(BEYOND_CODEC_LIMITS), "Connection: close"),
                        null));
        expect(
                failures,
                "a header of " + BEYOND_CODEC_LIMITS + " bytes",
                431,
                RawHttp.send(
                        host,
                        port,
                        RawHttp.head("GET", get, "X-Padding: " + "a".repeat(BEYOND_CODEC_LIMITS), "Connection: close"),
                        null));
        byte[] large = ("{\"title\":\"" + "a".repeat(BEYOND_BODY_LIMIT) + "\"}").getBytes();
        expect(
                failures,
                "a declared body of " + large.length + " bytes",
                413,
                RawHttp.send(
                        host,
                        port,
                        RawHttp.head(
                                "POST",
                                jsonPost,
                                "Content-Type: application/json",
                                "Content-Length: " + large.length,
                                "Connection: close"),
                        large));
        expect(
                failures,
                "a chunked body of " + large.length + " bytes",
                413,
                RawHttp.send(
                        host,
                        port,
                        RawHttp.head(
                                "POST",
                                jsonPost,
                                "Content-Type: application/json",
                                "Transfer-Encoding: chunked",
                                authorization,
                                "Connection: close"),
                        chunked(large)));
        return failures;
    }

    private static void expect(List<String> failures, String what, int status, RawHttp.Answer answer) {
        if (answer.status() != status) {
            failures.add(what + ": answered " + answer.status() + ", not " + status);
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            failures.add(what + ": answered " + answer.status() + " as '" + answer.contentType()
                    + "', not application/problem+json: " + abbreviated(answer.body()));
        } else if (!answer.body().contains("\"status\":" + answer.status())) {
            failures.add(what + ": the problem's body does not carry its status: " + abbreviated(answer.body()));
        }
    }

    private static byte[] chunked(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int chunk = 64 * 1024;
        for (int start = 0; start < body.length; start += chunk) {
            int length = Math.min(chunk, body.length - start);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes());
            out.write(body, start, length);
            out.writeBytes("\r\n".getBytes());
        }
        out.writeBytes("0\r\n\r\n".getBytes());
        return out.toByteArray();
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
