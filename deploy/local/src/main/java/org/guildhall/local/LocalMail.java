package org.guildhall.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * A real mail server inside the launcher's JVM (GreenMail): notifications-service sends to its SMTP port, and a person
 * or a test reads what was sent over IMAP or POP3. Any address is accepted; its mailbox's user and password are the
 * address itself ({@code ada@example.org} / {@code ada@example.org}).
 */
public final class LocalMail implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final GreenMail server;
    private final int smtpPort;
    private final int imapPort;
    private final int pop3Port;

    private LocalMail(int smtpPort, int imapPort, int pop3Port) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.pop3Port = pop3Port;
        this.server = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP),
                    new ServerSetup(pop3Port, HOST, ServerSetup.PROTOCOL_POP3)
                })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    /** Starts SMTP, IMAP and POP3 on the given ports (0: a free one each). */
    public static LocalMail start(int smtpPort, int imapPort, int pop3Port) {
        LocalMail mail = new LocalMail(orFree(smtpPort), orFree(imapPort), orFree(pop3Port));
        mail.server.start();
        return mail;
    }

    private static int orFree(int port) {
        return port > 0 ? port : Machine.freePort();
    }

    public String host() {
        return HOST;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    public int pop3Port() {
        return pop3Port;
    }

    /** Every message received so far, oldest first. */
    public List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    @Override
    public void close() {
        server.stop();
    }
}
