package org.guildhall.kit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;

/**
 * The CPU time of checking one RS256 signature (SHA256withRSA, a 2048-bit key, as Keycloak signs access tokens), the
 * check OIDC makes on every request with a bearer token: once per {@code -XX:} option set, to compare the launcher's
 * C1-only services ({@code -XX:TieredStopAtLevel=1}) with C2. A single file without dependencies, run with the JVM
 * options under test: {@code java -XX:TieredStopAtLevel=1
 * platform/service-kit/src/test/java/org/guildhall/kit/bench/SignatureCheckBenchmark.java [seconds]} (default 20 s of
 * checks, the first half warm-up). Prints the microseconds of this thread's CPU per check in the second half.
 */
public final class SignatureCheckBenchmark {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        byte[] token = ("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEiLCJyb2xlcyI6WyJtZW1iZXIiXX0")
                .getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key.getPrivate());
        signer.update(token);
        byte[] signature = signer.sign();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long half = System.nanoTime() + seconds * 500_000_000L;
        long checks = 0;
        long cpuAtHalf = -1;
        while (System.nanoTime() < end) {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key.getPublic());
            verifier.update(token);
            if (!verifier.verify(signature)) {
                throw new IllegalStateException("the signature did not verify");
            }
            if (cpuAtHalf < 0 && System.nanoTime() >= half) {
                cpuAtHalf = threads.getCurrentThreadCpuTime();
                checks = 0;
            }
            checks++;
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuAtHalf;
        System.out.printf(
                "%s %s: %d checks in the measured half, %.1f µs of CPU per check%n",
                Runtime.version(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                checks,
                cpu / 1e3 / checks);
    }
}
