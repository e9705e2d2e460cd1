package org.guildhall.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stands in for Keycloak in {@link PlatformTest}: the fake distribution's {@code bin/kc.sh} runs it with kc.sh's
 * arguments. In mode {@code ok} (the file {@code fake-mode} in the distribution) it serves the realm's discovery
 * document on {@code --http-port}, but only once the realm file is in {@code data/import}, as Keycloak would import it;
 * in mode {@code exit} it dies at start.
 */
public final class FakeKeycloak {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("kc.home.dir"));
        String mode = Files.readString(home.resolve("fake-mode")).trim();
        System.out.println("fake keycloak pid " + ProcessHandle.current().pid() + " starting in mode " + mode
                + ", admin " + System.getenv("KC_BOOTSTRAP_ADMIN_USERNAME"));
        if (mode.equals("exit")) {
            System.out.println("ERROR: Failed to start server in (development) mode");
            System.exit(3);
        }
        int port = 0;
        for (String arg : args) {
            if (arg.startsWith("--http-port=")) {
                port = Integer.parseInt(arg.substring("--http-port=".length()));
            }
        }
        Path realm = home.resolve("data/import/guildhall-realm.json");
        String issuer = "http://localhost:" + port + "/realms/guildhall";
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext(
                "/realms/guildhall/.well-known/openid-configuration",
                exchange -> answer(
                        exchange,
                        Files.exists(realm) ? 200 : 404,
                        "{\"issuer\":\"" + issuer + "\",\"token_endpoint\":\"" + issuer
                                + "/protocol/openid-connect/token\"}"));
        server.start();
        System.out.println("fake keycloak listening on " + port);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
