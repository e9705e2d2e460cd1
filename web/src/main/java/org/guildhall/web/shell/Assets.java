package org.guildhall.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The application's own static files, each served under a name that carries its content's hash
 * ({@code /assets/guildhall-<12 hex>.css}), so browsers may keep them for a year ({@link AssetResource}). Libraries
 * come from WebJars under {@code /webjars/<name>/<version>/}, fingerprinted by their version. Templates reach it as
 * {@code inject:assets}.
 */
@ApplicationScoped
@Named("assets")
public class Assets {

    static final String STYLESHEET = "web-assets/guildhall.css";

    /** The htmx WebJar's version: the same as the parent pom's org.webjars.npm:htmx.org (a test checks it is served). */
    public static final String HTMX_VERSION = "2.0.4";

    private final byte[] stylesheet = read(STYLESHEET);
    private final String stylesheetName = "guildhall-" + hash(stylesheet) + ".css";

    /** The stylesheet's fingerprinted URL. */
    public String css() {
        return "/assets/" + stylesheetName;
    }

    public String htmx() {
        return "/webjars/htmx.org/" + HTMX_VERSION + "/dist/htmx.min.js";
    }

    public String script() {
        return "/assets/" + scriptName;
    }

    private final byte[] script = read("web-assets/guildhall.js");
    private final String scriptName = "guildhall-" + hash(script) + ".js";

    /**
     * The charting library (Apache ECharts' "simple" build: bar, line, pie), loaded only by report pages: the same
     * version as the parent pom's org.webjars.npm:echarts.
     */
    public static final String ECHARTS_VERSION = "5.3.1";

    private final byte[] chartScript = read("web-assets/charts.js");
    private final String chartScriptName = "charts-" + hash(chartScript) + ".js";

    public String charts() {
        return "/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.simple.min.js";
    }

    /** The script that draws a report page's charts from their {@code data-chart} attributes. */
    public String chartScript() {
        return "/assets/" + chartScriptName;
    }

    byte[] content(String name) {
        if (name.equals(chartScriptName)) {
            return chartScript;
        }
        if (name.equals(stylesheetName)) {
            return stylesheet;
        }
        if (name.equals(scriptName)) {
            return script;
        }
        return null;
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content))
                    .substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
