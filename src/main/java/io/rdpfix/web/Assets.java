package io.rdpfix.web;

import io.quarkus.qute.TemplateGlobal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The page's own static files and htmx under names that change with their content, so that a
 * browser may keep them for a year: {@code /assets/<hash>/app.css}. The plain names stay, answered
 * "no-cache"; htmx's stays under /webjars.
 */
public final class Assets {
    /** htmx's version, as its webjar says. */
    static final String HTMX_VERSION = webjarVersion("org.webjars.npm", "htmx.org");
    /** The files and their types, by name in order; their bytes are read once. */
    static final Map<String, Asset> FILES = files(
            own("app.css", "text/css;charset=UTF-8"),
            own("app.js", "text/javascript;charset=UTF-8"),
            new Source("htmx.min.js", "META-INF/resources/webjars/htmx.org/" + HTMX_VERSION + "/dist/htmx.min.js",
                    "text/javascript;charset=UTF-8"));
    /** The first 12 hex digits of the SHA-256 of every file above, in order. */
    static final String VERSION = version();

    /** Where the page links its own files: {@code /assets/<hash>}. */
    @TemplateGlobal
    public static final String assets = "/assets/" + VERSION;
    /** htmx, from its webjar, as the app's own files are served: versioned and gzipped once. */
    @TemplateGlobal
    public static final String htmx = assets + "/htmx.min.js";

    /** A file's bytes, as they are and gzipped, and its type. */
    record Asset(Encoded bytes, String type) {
    }

    private Assets() {
    }

    static Optional<Asset> find(String version, String name) {
        return VERSION.equals(version) ? Optional.ofNullable(FILES.get(name)) : Optional.empty();
    }

    /** A file served under a name, read from a resource of the build, with its type. */
    private record Source(String name, String resource, String type) {
    }

    /** One of the app's own static files, from META-INF/resources, where its plain name serves it too. */
    private static Source own(String name, String type) {
        return new Source(name, "META-INF/resources/" + name, type);
    }

    private static Map<String, Asset> files(Source... sources) {
        Map<String, Asset> files = new TreeMap<>();
        for (Source source : sources) {
            files.put(source.name(), new Asset(Encoded.of(read(source.resource())), source.type()));
        }
        return Collections.unmodifiableMap(files);
    }

    private static String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : FILES.keySet()) {
                digest.update(name.getBytes(StandardCharsets.US_ASCII));
                digest.update(FILES.get(name).bytes().identity());
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String webjarVersion(String group, String artifact) {
        Properties properties = new Properties();
        try (InputStream in = new java.io.ByteArrayInputStream(read("META-INF/maven/" + group + "/" + artifact + "/pom.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
