package org.guildhall.testkit.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, for requests no HTTP client sends (issue 11 §8): a malformed request line, a
 * request line or headers beyond the server's limits, a body larger than allowed. It reads one answer, as far as the
 * server sends it before closing.
 */
public final class RawHttp {

    private RawHttp() {}

    /** One answer: its status, its headers (names in lower case) and its body as text. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    /** Sends {@code head} (request line and headers, CRLF-separated and ending with an empty line) and {@code body}. */
    public static Answer send(String host, int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            // written while the answer is read: a server that answers before it has read everything (413) and closes
            // must not reset the connection before its answer is read
            Thread writer = new Thread(
                    () -> {
                        try {
                            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                            if (body != null) {
                                out.write(body);
                            }
                            out.flush();
                        } catch (IOException e) {
                            // the server answered and closed before reading it all
                        }
                    },
                    "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            return read(socket.getInputStream());
        }
    }

    /** A request line of {@code method} and {@code target}, the given extra header lines, and the end of the head. */
    public static String head(String method, String target, String... headerLines) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int headEnd = -1;
        int contentLength = -1;
        try {
            while (true) {
                int read = in.read(buffer);
                if (read < 0) {
                    break;
                }
                raw.write(buffer, 0, read);
                String text = raw.toString(StandardCharsets.ISO_8859_1);
                if (headEnd < 0) {
                    headEnd = text.indexOf("\r\n\r\n");
                    if (headEnd >= 0) {
                        contentLength = contentLength(text.substring(0, headEnd));
                    }
                }
                if (headEnd >= 0 && contentLength >= 0 && raw.size() >= headEnd + 4 + contentLength) {
                    break;
                }
            }
        } catch (SocketTimeoutException | SocketException e) {
            // what arrived before the timeout or the reset is the answer
        }
        String text = raw.toString(StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            throw new IOException("no answer at all");
        }
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return new Answer(status, headers, body);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(
                        line.substring("content-length:".length()).trim());
            }
        }
        return -1;
    }
}
