package org.guildhall.contracts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * How personal data travels in an event without being readable on the topic (issue 16, a member's own data): the
 * requester publishes an RSA public key, the producer seals its data with it, and only the requester, holding the
 * private key, can open it. When the requester deletes the private key, every copy left on the topics is unreadable.
 *
 * <p>Format (base64 of): 2 bytes length of the wrapped key, the AES-256 key wrapped with RSA-OAEP (SHA-256, MGF1
 * SHA-256), a 12-byte IV, then the gzipped data encrypted with AES-GCM (128-bit tag).
 */
public final class SealedData {

    private static final String RSA = "RSA/ECB/OAEPWithSHA-256AndMGF1Padding";
    private static final OAEPParameterSpec OAEP =
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedData() {}

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as it travels: base64 of its X.509 encoding. */
    public static String publicKeyText(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The private key as the requester keeps it: base64 of its PKCS #8 encoding. */
    public static String privateKeyText(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String seal(byte[] data, String publicKeyText) {
        try {
            PublicKey publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyText)));
            KeyGenerator keys = KeyGenerator.getInstance("AES");
            keys.init(256);
            SecretKey secret = keys.generateKey();
            Cipher wrap = Cipher.getInstance(RSA);
            wrap.init(Cipher.ENCRYPT_MODE, publicKey, OAEP);
            byte[] wrapped = wrap.doFinal(secret.getEncoded());
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, secret, new GCMParameterSpec(128, iv));
            byte[] encrypted = aes.doFinal(gzip(data));
            ByteBuffer sealed = ByteBuffer.allocate(2 + wrapped.length + iv.length + encrypted.length);
            sealed.putShort((short) wrapped.length).put(wrapped).put(iv).put(encrypted);
            return Base64.getEncoder().encodeToString(sealed.array());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("could not seal the data with the given key", e);
        }
    }

    public static byte[] open(String sealedText, String privateKeyText) {
        try {
            PrivateKey privateKey = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyText)));
            ByteBuffer sealed = ByteBuffer.wrap(Base64.getDecoder().decode(sealedText));
            byte[] wrapped = new byte[sealed.getShort() & 0xffff];
            sealed.get(wrapped);
            byte[] iv = new byte[12];
            sealed.get(iv);
            byte[] encrypted = new byte[sealed.remaining()];
            sealed.get(encrypted);
            Cipher unwrap = Cipher.getInstance(RSA);
            unwrap.init(Cipher.DECRYPT_MODE, privateKey, OAEP);
            SecretKey secret = new SecretKeySpec(unwrap.doFinal(wrapped), "AES");
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, secret, new GCMParameterSpec(128, iv));
            return gunzip(aes.doFinal(encrypted));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("the sealed data cannot be opened with this key", e);
        }
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] data) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("not gzip", e);
        }
    }
}
