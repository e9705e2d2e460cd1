package org.guildhall.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fixtures' promises that other tests' isolation rests on. */
class CommunityTest {

    @Test
    void shouldNeverHandTheSamePrivateLanguageOutTwice() {
        Set<String> seen = new HashSet<>();
        for (int call = 0; call < 50; call++) {
            String language = Community.privateLanguage();
            assertThat(language).matches("[a-z]{2,3}");
            assertThat(seen.add(language))
                    .as("private language %s handed out again after %d calls", language, call)
                    .isTrue();
        }
    }
}
