package org.guildhall.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

class InfrastructureTest {

    @Test
    void shouldRunPostgres17AndCreateDatabasesOnce() throws Exception {
        String url = Postgres.shared().ensureDatabase("testkit_check");
        assertThat(Postgres.shared().ensureDatabase("testkit_check")).isEqualTo(url);
        try (Connection connection = DriverManager.getConnection(url, Postgres.USER, Postgres.PASSWORD)) {
            ResultSet version = connection.createStatement().executeQuery("show server_version");
            version.next();
            assertThat(version.getString(1)).startsWith("17.");
        }
    }

    @Test
    void shouldCarryMessagesThroughTheBrokerAcrossARestart() throws Exception {
        KafkaBroker broker = KafkaBroker.shared();
        send(broker, "before");
        broker.stop();
        assertThat(broker.isRunning()).isFalse();
        broker.start();
        send(broker, "after");

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "group.id", "testkit-check",
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of("testkit.check"));
            List<String> seen = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < 2 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(record.value());
                }
            }
            assertThat(seen).containsExactly("before", "after");
        }
    }

    @Test
    void shouldSignTokensThatTheKeyVerifiesAndRejectTheBadOnes() throws Exception {
        TestTokens tokens = TestTokens.shared();
        JwtClaims claims =
                verify(tokens.forUser("alice").roles("member", "coordinator").sign());
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("member", "coordinator");
        assertThat(claims.getStringClaimValue("email")).isEqualTo("alice@example.org");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> verify(tokens.forUser("bob").expired().sign()))
                .isInstanceOf(InvalidJwtException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> verify(
                        tokens.forUser("bob").issuedBy("https://elsewhere").sign()))
                .isInstanceOf(InvalidJwtException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> verify(
                        tokens.forUser("bob").signedWith(SigningKey.generate()).sign()))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void shouldMeanATokenForEveryServiceUnlessToldOtherwise() throws Exception {
        TestTokens tokens = TestTokens.shared();

        assertThat(verify(tokens.member("alice")).getAudience())
                .containsExactly("members-service", "events-service", "mentoring-service", "notifications-service");
        assertThat(verify(tokens.forUser("bob").audience("elsewhere").sign()).getAudience())
                .containsExactly("elsewhere");
        assertThat(verify(tokens.forUser("bob").audience().sign()).hasAudience())
                .isFalse();
    }

    @Test
    void shouldKeepTheLauncherKeyBetweenRuns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) {
        SigningKey first = SigningKey.loadOrCreate(directory);
        SigningKey second = SigningKey.loadOrCreate(directory);
        assertThat(second.publicKeyBase64()).isEqualTo(first.publicKeyBase64());
    }

    private static JwtClaims verify(String token) throws InvalidJwtException {
        java.security.PublicKey publicKey;
        try {
            publicKey = java.security.KeyFactory.getInstance("RSA")
                    .generatePublic(new java.security.spec.X509EncodedKeySpec(java.util.Base64.getDecoder()
                            .decode(SigningKey.shared().publicKeyBase64())));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new JwtConsumerBuilder()
                .setExpectedIssuer(TestTokens.ISSUER)
                .setSkipDefaultAudienceValidation()
                .setVerificationKey(publicKey)
                .setRequireExpirationTime()
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build()
                .processToClaims(token);
    }

    private static void send(KafkaBroker broker, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "acks", "all",
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>("testkit.check", "k", value)).get();
        }
    }
}
