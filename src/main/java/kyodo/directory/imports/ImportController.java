package kyodo.directory.imports;


import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import kyodo.core.CsvFiles;
import kyodo.core.CityClock;
import kyodo.core.Pages;
import kyodo.core.Viewer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff import the center's spreadsheets of groups and volunteers (all or nothing) and export groups.
 * Small files are imported while the person waits; larger ones run in the background and the
 * person follows them on a status page. The upload is copied to a temporary file (never read
 * into memory whole; its size is capped by {@code micronaut.server.multipart.max-file-size}),
 * which the import reads row by row and which is deleted when the import has ended.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/directory")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ImportController {

    /** Files up to this size (about 500 rows) are imported inline; larger ones become a background job. */
    static final int INLINE_MAX_BYTES = 64 * 1024;

    private final CsvImportService imports;
    private final ImportRunner runner;
    private final ImportJobs jobs;
    private final VolunteerExport export;
    private final CityClock clock;

    ImportController(CsvImportService imports, ImportRunner runner, ImportJobs jobs, VolunteerExport export,
                     CityClock clock) {
        this.clock = clock;
        this.imports = imports;
        this.runner = runner;
        this.jobs = jobs;
        this.export = export;
    }

    @Get("/import")
    HttpResponse<?> page(@Nullable @QueryValue String imported, @Nullable @QueryValue Integer rows) {
        Map<String, Object> model = model();
        model.put("imported", imported == null ? "" : imported);
        model.put("rows", rows == null ? 0 : rows);
        return Pages.page("directory/admin/import", model);
    }

    @Post("/import/{kind:(volunteers|groups)}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(String kind, @Nullable @Part("file") CompletedFileUpload file,
                           Authentication authentication) throws IOException {
        Path content = null;
        try {
            if (file == null || file.getSize() == 0) {
                throw new CsvImportService.ImportFailed(List.of(new CsvImportService.RowError(0, "", "dir.error.import.noFile", null)));
            }
            content = saved(file);
            long actor = Viewer.of(authentication).accountId();
            if (Files.size(content) > INLINE_MAX_BYTES) {
                Path owned = content;
                content = null;
                return Pages.redirect("/admin/directory/import/jobs/" + runner.start(actor, kind, file.getFilename(), owned));
            }
            int rows = kind.equals("volunteers")
                    ? imports.importVolunteers(actor, content, CsvImportService.Progress.NONE)
                    : imports.importGroups(actor, content, CsvImportService.Progress.NONE);
            return Pages.redirect("/admin/directory/import?imported=" + kind + "&rows=" + rows);
        } catch (CsvImportService.ImportFailed e) {
            Map<String, Object> model = model();
            model.put("imported", "");
            model.put("rows", 0);
            model.put("failedKind", kind);
            putErrors(model, e.errors(), e.total());
            return Pages.invalid("directory/admin/import", model, kyodo.core.FieldErrors.of("file", "dir.error.import.failed"));
        } finally {
            if (content != null) {
                ImportRunner.delete(content);
            }
        }
    }

    /** Copies the upload to a new temporary file, block by block. */
    private static Path saved(CompletedFileUpload file) throws IOException {
        Path target = Files.createTempFile(ImportRunner.uploadDirectory(), "import-", ".csv");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            ImportRunner.delete(target);
            throw e;
        }
        return target;
    }

    /** The status page of a background import: progress while it runs, then the result or the bad rows. */
    @Get("/import/jobs/{id:[0-9]+}")
    HttpResponse<?> job(@PathVariable long id) {
        ImportJob job = jobs.find(id).orElse(null);
        if (job == null) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("job", job);
        putErrors(model, job.state() == ImportJobs.State.FAILED ? jobs.errors(id) : List.of(), job.errorCount());
        return Pages.page("directory/admin/import-job", model);
    }

    /** The progress part of the status page alone, which the page's script asks for every few seconds. */
    @Get("/import/jobs/{id:[0-9]+}/progress")
    HttpResponse<?> jobProgress(@PathVariable long id) {
        return jobs.find(id).<HttpResponse<?>>map(job -> Pages.page("directory/admin/import-job-progress",
                Map.of("job", job)).header("Cache-Control", "no-store")).orElse(HttpResponse.notFound());
    }

    private static void putErrors(Map<String, Object> model, List<CsvImportService.RowError> errors, int total) {
        model.put("rowErrors", errors.size() > CsvImportService.MAX_REPORTED
                ? errors.subList(0, CsvImportService.MAX_REPORTED) : errors);
        model.put("moreErrors", Math.max(0, total - Math.min(errors.size(), CsvImportService.MAX_REPORTED)));
    }

    @Get("/groups.csv")
    @Produces("text/csv")
    HttpResponse<?> groups(@Nullable @QueryValue String encoding, Authentication authentication) {
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        return CsvFiles.download(DirectoryCsv.fileName(DirectoryCsv.GROUPS_FILE, clock.today()),
                export.groupsCsv(Viewer.of(authentication).accountId(), true, enc), enc);
    }

    private static Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("volunteerColumns", DirectoryCsv.VOLUNTEER_COLUMNS);
        model.put("groupColumns", DirectoryCsv.GROUP_COLUMNS);
        model.put("rowErrors", List.of());
        model.put("moreErrors", 0);
        model.put("failedKind", "");
        return model;
    }
}
