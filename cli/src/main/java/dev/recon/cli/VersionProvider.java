package dev.recon.cli;

import dev.recon.Reconciler;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version the build stamped into the core library. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws Exception {
        Properties p = new Properties();
        try (InputStream in = Reconciler.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"recon " + p.getProperty("version", "unknown")};
    }
}
