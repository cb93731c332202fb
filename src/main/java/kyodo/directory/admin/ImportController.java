package kyodo.directory.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import kyodo.core.CsvFiles;
import kyodo.core.Pages;
import kyodo.core.Roles;
import kyodo.directory.internal.CsvImportService;
import kyodo.directory.internal.DirectoryCsv;
import kyodo.directory.internal.VolunteerExport;
import kyodo.directory.web.Visitors;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff import the center's spreadsheets of groups and volunteers (all or nothing) and export groups. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/directory")
@Secured({Roles.STAFF, Roles.ADMIN})
class ImportController {

    private final CsvImportService imports;
    private final VolunteerExport export;

    ImportController(CsvImportService imports, VolunteerExport export) {
        this.imports = imports;
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
        byte[] content = file == null ? new byte[0] : file.getBytes();
        try {
            if (content.length == 0) {
                throw new CsvImportService.ImportFailed(List.of(new CsvImportService.RowError(0, "", "error.dir.import.noFile", null)));
            }
            long actor = Visitors.id(authentication);
            int rows = kind.equals("volunteers")
                    ? imports.importVolunteers(actor, content, CsvImportService.Progress.NONE)
                    : imports.importGroups(actor, content, CsvImportService.Progress.NONE);
            return Pages.redirect("/admin/directory/import?imported=" + kind + "&rows=" + rows);
        } catch (CsvImportService.ImportFailed e) {
            Map<String, Object> model = model();
            model.put("imported", "");
            model.put("rows", 0);
            model.put("failedKind", kind);
            model.put("rowErrors", e.errors().size() > CsvImportService.MAX_REPORTED
                    ? e.errors().subList(0, CsvImportService.MAX_REPORTED) : e.errors());
            model.put("moreErrors", Math.max(0, e.errors().size() - CsvImportService.MAX_REPORTED));
            return Pages.invalid("directory/admin/import", model, kyodo.core.FieldErrors.of("file", "error.dir.import.failed"));
        }
    }

    @Get("/groups.csv")
    @Produces("text/csv")
    HttpResponse<?> groups(@Nullable @QueryValue String encoding, Authentication authentication) {
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        return CsvFiles.download("団体一覧_" + LocalDate.now() + ".csv",
                export.groupsCsv(Visitors.id(authentication), true, enc), enc);
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
