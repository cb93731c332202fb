package kyodo.core.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Serves {@link StaticAssets} under their fingerprinted addresses with a year's caching. A page cached
 * before a release may still ask for an old fingerprint: it gets today's file, revalidated each time.
 */
@Controller(StaticAssets.PREFIX)
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.ALL) // each file's own type, whatever the browser's Accept
class AssetController {

    private static final String FOREVER = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "public, no-cache";

    private final StaticAssets assets;

    AssetController(StaticAssets assets) {
        this.assets = assets;
    }

    @Get("/{hash}/{+path}")
    HttpResponse<byte[]> asset(@PathVariable String hash, @PathVariable String path) {
        return assets.find(path)
                .<HttpResponse<byte[]>>map(asset -> HttpResponse.ok(asset.bytes())
                        .contentType(asset.type())
                        .header("Cache-Control", asset.hash().equals(hash) ? FOREVER : REVALIDATE)
                        .header("ETag", "\"" + asset.hash() + "\""))
                .orElseGet(() -> HttpResponse.status(HttpStatus.NOT_FOUND));
    }
}
