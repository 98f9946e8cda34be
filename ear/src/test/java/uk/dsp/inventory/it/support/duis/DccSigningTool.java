package uk.dsp.inventory.it.support.duis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The DCC's reference signing tool (npm @smartdcc/duis-sign-wrap, dist/tool.jar), run as a separate
 * JVM: an independent check that what we sign, and what we accept, is what the DCC would.
 * It validates against its own DUIS 5.1 schema before signing or verifying.
 */
public final class DccSigningTool {

    /** ear's failsafe sets it; the default suits a run from the ear module's directory. */
    static final String JAR_PROPERTY = "dcc.tool.jar";

    private static final String DEFAULT_JAR = "target/dcc-tool/node_modules/@smartdcc/duis-sign-wrap/dist/tool.jar";
    private static final String PACKAGE = "uk.co.smartdcc.boxed.xmldsig.";
    private static final long TIMEOUT_SECONDS = 60;

    /** Exit codes: 0 ok, 1 environment, 2 application error, 3 missing key material, 10 validation failed. */
    public record Result(int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private final Path jar;

    public DccSigningTool() {
        this(Path.of(System.getProperty(JAR_PROPERTY, DEFAULT_JAR)));
    }

    public DccSigningTool(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("DCC signing tool not found at " + jar.toAbsolutePath()
                    + " (npm install @smartdcc/duis-sign-wrap, or set -D" + JAR_PROPERTY + ")");
        }
        this.jar = jar;
    }

    /**
     * Signs with the given certificate (PEM or DER) and key (PKCS#8 PEM, see SigningIdentity#writeTo).
     * Without preserveCounter the tool replaces the RequestID's counter with its clock's millis.
     */
    public String sign(String xml, Path certificate, Path privateKey, boolean preserveCounter) {
        // Given no key, the tool quietly signs with its bundled key for the RequestID's originator
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
        List<String> arguments = new ArrayList<>(List.of("-"));
        if (preserveCounter) {
            arguments.add("--preserveCounter");
        }
        arguments.add(certificate.toString());
        arguments.add(privateKey.toString());
        Result result = run("Sign", xml, arguments);
        if (!result.ok()) {
            throw new IllegalStateException(
                    "DCC tool refused to sign (exit " + result.exitCode() + "): " + result.stderr());
        }
        return result.stdout();
    }

    /**
     * Checks the schema and the signature with the certificate's key. The tool does not compare the
     * certificate with the signature's X509IssuerSerial; without a certificate it looks the serial up
     * among its own bundled test certificates. On success stdout is the signed content, canonicalised.
     */
    public Result validate(String signedXml, Path certificate) {
        List<String> arguments = new ArrayList<>(List.of("-"));
        if (certificate != null) {
            arguments.add(certificate.toString());
        }
        return run("Validate", signedXml, arguments);
    }

    private Result run(String mainClass, String xml, List<String> arguments) {
        Path work = null;
        try {
            work = Files.createTempDirectory("dcc-tool");
            // Files rather than pipes: no reader threads, and no deadlock on a full pipe
            Path in = Files.writeString(work.resolve("in.xml"), xml, StandardCharsets.UTF_8);
            Path out = work.resolve("out");
            Path err = work.resolve("err");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    jar.toString(),
                    PACKAGE + mainClass));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command)
                    .redirectInput(in.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "DCC tool " + mainClass + " still running after " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the DCC tool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the DCC tool", e);
        } finally {
            delete(work);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temp directory left behind is not worth failing a test for
        }
    }
}
