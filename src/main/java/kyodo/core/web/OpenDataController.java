package kyodo.core.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CsvFiles;
import kyodo.core.OpenDataset;
import kyodo.core.Pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * オープンデータ: the catalogue page listing every module's datasets with their columns and licence, the
 * DCAT catalogue for portals, and each dataset's CSV file under one name ({@code /opendata/groups.csv}).
 */
@Controller("/opendata")
@Secured(SecurityRule.IS_ANONYMOUS)
class OpenDataController {

    private final OpenDataCatalog catalog;
    private final JsonMapper json;

    OpenDataController(OpenDataCatalog catalog, JsonMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> index() {
        return Pages.page("core/opendata", Map.of("entries", catalog.entries(), "license", catalog.license(),
                "licenseUrl", catalog.licenseUrl()));
    }

    @Get("/catalog.json")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    HttpResponse<byte[]> dcat() {
        try {
            return HttpResponse.ok(json.writeValueAsBytes(catalog.dcat()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/{name:[a-z][a-z0-9-]*}.csv")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    HttpResponse<?> file(String name) {
        OpenDataset dataset = catalog.find(name).orElse(null);
        if (dataset == null) {
            return HttpResponse.notFound();
        }
        return CsvFiles.download(OpenDataCatalog.fileName(dataset), catalog.csv(dataset), CsvFiles.Encoding.UTF8_BOM);
    }
}
