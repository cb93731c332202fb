package kyodo.core.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The site's own stylesheets, scripts and images under fingerprinted addresses
 * ({@code /assets/<hash>/css/kyodo.css}): the address changes when the file does, so a browser may
 * keep a file for a year and still never shows a stale one after a release. Files are read from
 * {@code classpath:static} once and held in memory (they are a few kilobytes each).
 */
@Singleton
public class StaticAssets {

    static final String PREFIX = "/assets/";
    private static final String STATIC = "/static/";

    /** One file: its bytes, the first 12 hex digits of their SHA-256, and its media type. */
    record Asset(String path, String hash, byte[] bytes, MediaType type) {
        String url() {
            return PREFIX + hash + "/" + path;
        }
    }

    private final ResourceResolver resources;
    private final ConcurrentMap<String, Optional<Asset>> assets = new ConcurrentHashMap<>();

    StaticAssets(ResourceResolver resources) {
        this.resources = resources;
    }

    /** The fingerprinted address of {@code /static/...}; an unknown file keeps its plain address. */
    public String url(String staticPath) {
        if (!staticPath.startsWith(STATIC)) {
            return staticPath;
        }
        return find(staticPath.substring(STATIC.length())).map(Asset::url).orElse(staticPath);
    }

    /** The file at {@code path} below {@code static/}; nothing for a path that climbs out of it. */
    Optional<Asset> find(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("..")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return Optional.empty();
        }
        return assets.computeIfAbsent(path, this::load);
    }

    private Optional<Asset> load(String path) {
        return resources.getResourceAsStream("classpath:static/" + path).map(in -> {
            try (InputStream stream = in) {
                byte[] bytes = stream.readAllBytes();
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
                return new Asset(path, hash, bytes, MediaType.forFilename(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
