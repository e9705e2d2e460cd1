package org.guildhall.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stands in for a packaged service in {@link PlatformTest}: packed into {@code quarkus-run.jar}, it behaves as the file
 * {@code fake-mode} beside the jar says: {@code ok} serves {@code /q/health/ready} and {@code /env}, {@code exit} dies
 * at start, {@code never-ready} answers 503, {@code stubborn} ignores SIGTERM. Every mode but {@code exit} also starts a
 * child process and logs its pid, so a test can see that it is stopped too.
 */
public final class FakeService {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(FakeService.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        String mode = Files.readString(jar.resolveSibling("fake-mode")).trim();
        System.out.println("fake service pid " + ProcessHandle.current().pid() + " starting in mode " + mode);
        if (mode.equals("exit")) {
            System.out.println("FATAL: the database refused the connection");
            System.exit(3);
        }
        Process child = new ProcessBuilder("sleep", "600").start();
        System.out.println("child pid " + child.pid());
        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext(
                "/q/health/ready", exchange -> answer(exchange, mode.equals("never-ready") ? 503 : 200, "{}"));
        server.createContext("/env", exchange -> {
            Map<String, String> environment = new TreeMap<>(System.getenv());
            environment.keySet().removeIf(key -> !key.startsWith("QUARKUS_") && !key.startsWith("KAFKA_"));
            StringBuilder body = new StringBuilder();
            environment.forEach(
                    (key, value) -> body.append(key).append('=').append(value).append('\n'));
            answer(exchange, 200, body.toString());
        });
        server.start();
        if (mode.equals("stubborn")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        System.out.println("fake service listening on " + port);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
