package org.guildhall.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;

class SealedDataTest {

    @Test
    void shouldOpenWithThePrivateKeyOnlyWhatWasSealedWithItsPublicKey() {
        KeyPair requester = SealedData.newKeyPair();
        KeyPair someoneElse = SealedData.newKeyPair();
        byte[] data = "{\"name\":\"Ada Lovelace\"}".repeat(100).getBytes(StandardCharsets.UTF_8);

        String sealed = SealedData.seal(data, SealedData.publicKeyText(requester.getPublic()));

        assertThat(sealed).doesNotContain("Ada");
        assertThat(SealedData.open(sealed, SealedData.privateKeyText(requester.getPrivate())))
                .isEqualTo(data);
        assertThatThrownBy(() -> SealedData.open(sealed, SealedData.privateKeyText(someoneElse.getPrivate())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
