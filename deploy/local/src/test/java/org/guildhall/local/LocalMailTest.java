package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The local mail server takes mail over SMTP and lets the recipient read it over IMAP and POP3, as the launcher says. */
class LocalMailTest {

    @Test
    void shouldLetTheRecipientReadOverImapAndPop3WhatWasSentOverSmtp() throws Exception {
        try (LocalMail mail = LocalMail.start(0, 0, 0)) {
            GreenMailUtil.sendTextEmail(
                    "ada@example.org",
                    "notifications@guildhall.local",
                    "Welcome to Guildhall",
                    "Set your networking goals",
                    new ServerSetup(mail.smtpPort(), mail.host(), ServerSetup.PROTOCOL_SMTP));

            assertThat(mail.received()).singleElement().satisfies(message -> assertThat(message.getSubject())
                    .isEqualTo("Welcome to Guildhall"));
            assertThat(subjectsIn("imap", mail.imapPort())).containsExactly("Welcome to Guildhall");
            assertThat(subjectsIn("pop3", mail.pop3Port())).containsExactly("Welcome to Guildhall");
        }
    }

    private static java.util.List<String> subjectsIn(String protocol, int port) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore(protocol);
        store.connect("127.0.0.1", port, "ada@example.org", "ada@example.org");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            java.util.List<String> subjects = new java.util.ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        } finally {
            store.close();
        }
    }
}
