package io.redispool.connection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Certificates made for one test run with the openssl command: a CA, a server certificate
 * for localhost and 127.0.0.1, and the bad ones (wrong name, untrusted CA, expired), all
 * sharing the server's key so a running server can switch between them.
 */
final class TestCertificates {

    private static final char[] PASSWORD = "changeit".toCharArray();

    final Path directory;

    private TestCertificates(Path directory) {
        this.directory = directory;
    }

    static boolean opensslAvailable() {
        try {
            return new ProcessBuilder("openssl", "version").start().waitFor() == 0;
        }
        catch (IOException | InterruptedException ex) {
            return false;
        }
    }

    static TestCertificates generate() throws IOException, InterruptedException {
        TestCertificates certificates = new TestCertificates(Files.createTempDirectory("redis-pool-tls"));
        certificates.write("san.ext", "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        certificates.write("wrong.ext", "subjectAltName=DNS:other.example\n");
        certificates.write("index.txt", "");
        certificates.write("serial", "1000\n");
        certificates.write("ca.cnf",
                String.join("\n", "[ ca ]", "default_ca = test", "[ test ]", "dir = .", "database = index.txt",
                        "new_certs_dir = .", "serial = serial", "default_md = sha256", "policy = any", "[ any ]",
                        "commonName = supplied", ""));
        for (String key : List.of("ca", "other-ca", "server", "client")) {
            certificates.openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", key + ".key");
        }
        certificates.openssl("req", "-x509", "-new", "-key", "ca.key", "-days", "2", "-subj", "/CN=redis-pool test CA",
                "-out", "ca.crt");
        certificates.openssl("req", "-x509", "-new", "-key", "other-ca.key", "-days", "2", "-subj", "/CN=untrusted CA",
                "-out", "other-ca.crt");
        certificates.openssl("req", "-new", "-key", "server.key", "-subj", "/CN=localhost", "-out", "server.csr");
        certificates.openssl("req", "-new", "-key", "client.key", "-subj", "/CN=client", "-out", "client.csr");
        certificates.sign("server.csr", "ca", "san.ext", "server.crt");
        certificates.sign("server.csr", "ca", "wrong.ext", "wrong-name.crt");
        certificates.sign("server.csr", "other-ca", "san.ext", "untrusted.crt");
        certificates.sign("client.csr", "ca", null, "client.crt");
        certificates.openssl("ca", "-batch", "-config", "ca.cnf", "-cert", "ca.crt", "-keyfile", "ca.key", "-in",
                "server.csr", "-out", "expired.crt", "-startdate", "20200101000000Z", "-enddate", "20200102000000Z",
                "-extfile", "san.ext", "-notext");
        certificates.openssl("pkcs12", "-export", "-inkey", "client.key", "-in", "client.crt", "-out", "client.p12",
                "-passout", "pass:changeit");
        return certificates;
    }

    Path file(String name) {
        return this.directory.resolve(name);
    }

    /**
     * An SSL context trusting the test CA, optionally presenting the client certificate.
     */
    SSLContext context(boolean withClientCertificate) throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(file("ca.crt"))) {
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        KeyManagerFactory keyManagers = null;
        if (withClientCertificate) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file("client.p12"))) {
                keys.load(in, PASSWORD);
            }
            keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, PASSWORD);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init((keyManagers != null) ? keyManagers.getKeyManagers() : null, trustManagers.getTrustManagers(),
                null);
        return context;
    }

    private void sign(String csr, String ca, String extensions, String out) throws IOException, InterruptedException {
        if (extensions != null) {
            openssl("x509", "-req", "-in", csr, "-CA", ca + ".crt", "-CAkey", ca + ".key", "-CAcreateserial", "-days",
                    "2", "-extfile", extensions, "-out", out);
        }
        else {
            openssl("x509", "-req", "-in", csr, "-CA", ca + ".crt", "-CAkey", ca + ".key", "-CAcreateserial", "-days",
                    "2", "-out", out);
        }
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(file(name), content, StandardCharsets.US_ASCII);
    }

    private void openssl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(this.directory.toFile())
            .redirectErrorStream(true)
            .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("openssl " + arguments[0] + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
    }

}
