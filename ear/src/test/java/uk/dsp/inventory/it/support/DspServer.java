package uk.dsp.inventory.it.support;

import java.io.File;
import java.net.URI;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** Where the server under test answers, and the EAR the build produced. */
public final class DspServer {

    /** Arquillian starts the server with port offset 100 (arquillian.xml). */
    public static final URI ARQUILLIAN = URI.create("http://127.0.0.1:8180/dsp/");

    private static volatile URI base = ARQUILLIAN;

    private DspServer() {}

    /** The real dsp-inventory.ear, exactly as packaged, not an archive assembled for the test. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("dsp.ear")));
    }

    public static URI resolve(String path) {
        return base.resolve(path);
    }

    /** Points the clients at another server (the crash test's own) until {@link #useArquillianServer()}. */
    public static void useServerAt(URI other) {
        base = other;
    }

    public static void useArquillianServer() {
        base = ARQUILLIAN;
    }
}
