package org.guildhall.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * An RSA key pair that signs tokens locally. Services verify with {@link #publicKeyBase64()} as
 * {@code quarkus.oidc.public-key}. Tests use one per JVM; the launcher keeps one under {@code .guildhall/keys}.
 */
public final class SigningKey {

    private static SigningKey shared;

    private final KeyPair keyPair;

    private SigningKey(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    public static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new SigningKey(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of this JVM's tests. */
    public static synchronized SigningKey shared() {
        if (shared == null) {
            shared = generate();
        }
        return shared;
    }

    /** Reads the key pair kept in {@code directory}, creating it (readable by the owner only) on first use. */
    public static SigningKey loadOrCreate(Path directory) {
        Path privateFile = directory.resolve("signing-key.pk8");
        Path publicFile = directory.resolve("signing-key.pub");
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory factory = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = factory.generatePrivate(
                        new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(Files.readString(privateFile))));
                PublicKey publicKey = factory.generatePublic(
                        new X509EncodedKeySpec(Base64.getMimeDecoder().decode(Files.readString(publicFile))));
                return new SigningKey(new KeyPair(publicKey, privateKey));
            }
            SigningKey key = generate();
            Files.createDirectories(directory);
            Files.writeString(
                    privateFile,
                    Base64.getMimeEncoder().encodeToString(key.privateKey().getEncoded()));
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(publicFile, key.publicKeyBase64());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable signing key in " + directory, e);
        }
    }

    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    /** The public key as base64 DER, the form {@code quarkus.oidc.public-key} takes. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded());
    }
}
