package org.guildhall.notifications.delivery.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/** A real SMTP server (GreenMail) on a free port, and the mailer pointed at it instead of its mock. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;
    private static int port;

    @Override
    public Map<String, String> start() {
        port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(port),
                "guildhall.email.backoff", "1m");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The running server, for a test to read what arrived or to take it down and bring it back. */
    public static GreenMail server() {
        return server;
    }

    /** Brings the server back on the same port after a test stopped it. */
    public static void restart() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for GreenMail", e);
        }
    }
}
