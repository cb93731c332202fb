package kyodo.core.web;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.CsvFiles;
import kyodo.core.KyodoSettings;
import kyodo.core.OpenDataset;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every module's open datasets ({@link OpenDataset} beans): the files, the catalogue page's model and the
 * DCAT catalogue (JSON-LD, DCAT 2 terms) that data portals harvest.
 */
@Singleton
public class OpenDataCatalog {

    static final Locale JAPANESE = Locale.JAPANESE;

    /** A dataset as the catalogue shows it: its file's address, row count and last change. */
    public record Entry(OpenDataset dataset, String path, String fileName, int rows, LocalDateTime modified) {
    }

    private final List<OpenDataset> datasets;
    private final KyodoSettings settings;
    private final MessageSource messages;
    private final CityClock clock;

    OpenDataCatalog(List<OpenDataset> datasets, KyodoSettings settings, MessageSource messages, CityClock clock) {
        this.datasets = datasets.stream().sorted(Comparator.comparingInt(OpenDataset::order)
                .thenComparing(OpenDataset::name)).toList();
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    public List<OpenDataset> datasets() {
        return datasets;
    }

    public Optional<OpenDataset> find(String name) {
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    static String fileName(OpenDataset dataset) {
        return dataset.name() + ".csv";
    }

    static String path(OpenDataset dataset) {
        return "/opendata/" + fileName(dataset);
    }

    /** The file: the columns' names as its header, then the rows (each exactly as long as the header). */
    public byte[] csv(OpenDataset dataset) {
        return csv(dataset, dataset.table());
    }

    private static byte[] csv(OpenDataset dataset, OpenDataset.Table table) {
        List<String> header = dataset.columns().stream().map(OpenDataset.Column::name).toList();
        for (List<?> row : table.rows()) {
            if (row.size() != header.size()) {
                throw new IllegalStateException("A row of " + dataset.name() + " has " + row.size()
                        + " cells for " + header.size() + " columns");
            }
        }
        return CsvFiles.write(header, table.rows(), CsvFiles.Encoding.UTF8_BOM);
    }

    /** Every dataset with its row count and last change, for the catalogue page and the JSON catalogue. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (OpenDataset d : datasets) {
            OpenDataset.Table table = d.table();
            out.add(new Entry(d, path(d), fileName(d), table.rows().size(), table.modified()));
        }
        return out;
    }

    public String license() {
        return settings.getOpendataLicense();
    }

    public String licenseUrl() {
        return settings.getOpendataLicenseUrl();
    }

    /** The DCAT catalogue: a dcat:Catalog of dcat:Dataset, each with its one CSV dcat:Distribution. */
    public Map<String, Object> dcat() {
        String base = settings.getBaseUrl();
        String license = licenseUrl().isEmpty() ? license() : licenseUrl();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        List<Entry> entries = entries();
        List<Object> list = new ArrayList<>();
        for (Entry e : entries) {
            OpenDataset d = e.dataset();
            Map<String, Object> distribution = new LinkedHashMap<>();
            distribution.put("@type", "dcat:Distribution");
            distribution.put("dct:title", e.fileName());
            distribution.put("dcat:downloadURL", base + e.path());
            distribution.put("dcat:accessURL", base + "/opendata#" + d.name());
            distribution.put("dcat:mediaType", "text/csv");
            distribution.put("dct:format", "CSV");
            distribution.put("dct:license", license);
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("@id", base + "/opendata#" + d.name());
            dataset.put("@type", "dcat:Dataset");
            dataset.put("dct:identifier", d.name());
            dataset.put("dct:title", ja(d.titleKey()));
            dataset.put("dct:description", ja(d.descriptionKey()));
            if (d.standardKey() != null) {
                dataset.put("dct:conformsTo", ja(d.standardKey()));
            }
            dataset.put("dct:license", license);
            dataset.put("dct:publisher", publisher());
            dataset.put("dct:language", "ja");
            if (e.modified() != null) {
                dataset.put("dct:modified", clock.withOffset(e.modified().withNano(0)).toString());
            }
            dataset.put("dcat:landingPage", base + "/opendata#" + d.name());
            dataset.put("dcat:distribution", List.of(distribution));
            list.add(dataset);
        }
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", context);
        catalog.put("@id", base + "/opendata/catalog.json");
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", ja("core.opendata.catalogTitle", settings.getCityName()));
        catalog.put("dct:description", ja("core.opendata.intro"));
        catalog.put("dct:publisher", publisher());
        catalog.put("dct:language", "ja");
        catalog.put("dct:license", license);
        entries.stream().map(Entry::modified).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder())
                .ifPresent(m -> catalog.put("dct:modified", clock.withOffset(m.withNano(0)).toString()));
        catalog.put("foaf:homepage", base + "/opendata");
        catalog.put("dcat:dataset", list);
        return catalog;
    }

    private Map<String, Object> publisher() {
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "foaf:Organization");
        publisher.put("foaf:name", settings.getCenterName());
        return publisher;
    }

    private String ja(String key, Object... args) {
        return messages.getMessage(key, JAPANESE, args).orElse(key);
    }
}
