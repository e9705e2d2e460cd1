package org.guildhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.guildhall.web.admin.AdminText;
import org.guildhall.web.coordinator.ConsoleText;
import org.guildhall.web.mentoring.MentoringText;
import org.guildhall.web.report.ReportText;
import org.guildhall.web.shell.Text;
import org.junit.jupiter.api.Test;

/**
 * The web application's message bundles stay within what Quarkus 3.33 generates correctly: its generated bundle class
 * splits its lookup after 300 messages and passes the wrong argument to the second part (a {@code VerifyError} at
 * start), so a bundle holds at most 300 messages; every method has its text in the bundle's properties file.
 */
class MessageBundlesTest {

    static final int MOST_MESSAGES_PER_BUNDLE = 300;

    static final List<Class<?>> BUNDLES = List.of(
            Text.class,
            MentoringText.class,
            AdminText.class,
            ReportText.class,
            ConsoleText.class,
            org.guildhall.web.shell.AccountText.class);

    @Test
    void shouldKeepEveryBundleWithinThreeHundredMessages() {
        for (Class<?> bundle : BUNDLES) {
            assertThat(messages(bundle)).as(bundle.getSimpleName()).hasSizeLessThanOrEqualTo(MOST_MESSAGES_PER_BUNDLE);
        }
    }

    @Test
    void shouldHaveATextForEveryMessageOfEveryBundle() throws IOException {
        for (Class<?> bundle : BUNDLES) {
            MessageBundle annotation = bundle.getAnnotation(MessageBundle.class);
            Properties texts = new Properties();
            try (InputStream in = getClass()
                    .getResourceAsStream(
                            "/messages/" + annotation.value() + "_" + annotation.locale() + ".properties")) {
                assertThat(in).as(annotation.value()).isNotNull();
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(texts.stringPropertyNames()).as(annotation.value()).containsAll(messages(bundle));
        }
    }

    private static List<String> messages(Class<?> bundle) {
        return Arrays.stream(bundle.getMethods())
                .filter(method -> method.isAnnotationPresent(Message.class))
                .map(java.lang.reflect.Method::getName)
                .toList();
    }
}
