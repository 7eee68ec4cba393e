package com.shop.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A key and a self-signed certificate for one host name in a PKCS12 key store, and a PKCS12 trust store that holds the
 * certificate, made by the JDK's keytool: what a TLS listener in the tests serves and what its clients trust.
 */
public record SelfSignedCertificate(String hostName, Path keystore, Path truststore, String password) {

    public static final String STORE_TYPE = "PKCS12";

    private static final String ALIAS = "server";
    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

    /** Creates both stores in {@code folder}, protected by {@code password}; the certificate names {@code hostName} only. */
    public static SelfSignedCertificate create(Path folder, String hostName, String password) {
        Path keystore = folder.resolve(hostName + "-keystore.p12");
        Path certificate = folder.resolve(hostName + ".crt");
        Path truststore = folder.resolve(hostName + "-truststore.p12");
        keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=" + hostName, "-ext", "SAN=dns:" + hostName,
                "-keystore", keystore.toString(), "-storetype", STORE_TYPE, "-storepass", password);
        keytool("-exportcert", "-alias", ALIAS, "-file", certificate.toString(),
                "-keystore", keystore.toString(), "-storetype", STORE_TYPE, "-storepass", password);
        keytool("-importcert", "-noprompt", "-alias", ALIAS, "-file", certificate.toString(),
                "-keystore", truststore.toString(), "-storetype", STORE_TYPE, "-storepass", password);
        return new SelfSignedCertificate(hostName, keystore, truststore, password);
    }

    /** Runs the keytool of the JDK this JVM runs on. */
    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool " + arguments[0] + " did not end within " + KEYTOOL_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }
}
