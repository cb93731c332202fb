package kyodo.subsidies.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CityClock;
import kyodo.core.CsvFiles;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.directory.GroupType;
import kyodo.subsidies.internal.Forms.CategoryForm;
import kyodo.subsidies.internal.Forms.CriterionForm;
import kyodo.subsidies.internal.Forms.ProgramForm;
import kyodo.subsidies.internal.Forms.WindowForm;
import kyodo.subsidies.internal.Ledger;
import kyodo.subsidies.internal.LedgerCsv;
import kyodo.subsidies.internal.ProgramCatalog;
import kyodo.subsidies.internal.ProgramCatalog.ProgramView;
import kyodo.subsidies.internal.ProgramFormFiles;
import kyodo.subsidies.internal.ProgramSetup;
import kyodo.subsidies.internal.Rubric;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Staff set up programs: basics, categories, windows, rubric, forms; and see the ledger. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/subsidies")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ProgramAdminController {

    private final ProgramCatalog catalog;
    private final ProgramSetup setup;
    private final Rubric rubric;
    private final ProgramFormFiles formFiles;
    private final Ledger ledger;
    private final LedgerCsv ledgerCsv;
    private final CityClock clock;

    ProgramAdminController(ProgramCatalog catalog, ProgramSetup setup, Rubric rubric, ProgramFormFiles formFiles,
                           Ledger ledger, LedgerCsv ledgerCsv, CityClock clock) {
        this.catalog = catalog;
        this.setup = setup;
        this.rubric = rubric;
        this.formFiles = formFiles;
        this.ledger = ledger;
        this.ledgerCsv = ledgerCsv;
        this.clock = clock;
    }

    private static long me(Authentication auth) {
        return Long.parseLong(auth.getName());
    }

    @Get
    HttpResponse<?> list() {
        return listPage(setup.newForm(), null);
    }

    private HttpResponse<?> listPage(ProgramForm form, FieldErrors errors) {
        Map<String, Object> model = Map.of("programs", catalog.programs(), "form", form,
                "groupTypes", Arrays.asList(GroupType.values()));
        return errors == null ? Pages.page("subsidies/admin/programs", model)
                : Pages.invalid("subsidies/admin/programs", model, errors);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body ProgramForm form, Authentication auth) {
        try {
            long id = setup.create(me(auth), form);
            return Pages.redirect("/admin/subsidies/programs/" + id + "?created=1");
        } catch (FormInvalidException e) {
            return listPage(form, e.errors());
        }
    }

    @Get("/programs/{id}")
    HttpResponse<?> show(@PathVariable long id) {
        return catalog.view(id).<HttpResponse<?>>map(v -> page(v, Map.of(), null)).orElse(HttpResponse.notFound());
    }

    /** The program page with its five forms; {@code forms} replaces the one that was posted. */
    private HttpResponse<?> page(ProgramView v, Map<String, Object> forms, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("v", v);
        model.put("now", clock.now());
        model.put("form", ProgramForm.of(v.program()));
        model.put("categoryForm", CategoryForm.empty());
        model.put("windowForm", WindowForm.empty(v.windows().size() + 1));
        model.put("criterionForm", CriterionForm.empty());
        model.put("groupTypes", Arrays.asList(GroupType.values()));
        model.putAll(forms);
        return errors == null ? Pages.page("subsidies/admin/program", model)
                : Pages.invalid("subsidies/admin/program", model, errors);
    }

    /** Runs one change of the program page: back to the page's section, or the page again with the messages. */
    private HttpResponse<?> act(long id, String anchor, Runnable action, Map<String, Object> form) {
        if (catalog.view(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        try {
            action.run();
            return Pages.redirect("/admin/subsidies/programs/" + id + "?saved=1#" + anchor);
        } catch (FormInvalidException e) {
            return page(catalog.view(id).orElseThrow(), form, e.errors());
        }
    }

    @Post("/programs/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Body ProgramForm form, Authentication auth) {
        return act(id, "basics", () -> setup.update(me(auth), id, form), Map.of("form", form));
    }

    @Post("/programs/{id}/categories")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addCategory(@PathVariable long id, @Body CategoryForm form, Authentication auth) {
        return act(id, "categories", () -> setup.addCategory(me(auth), id, form), Map.of("categoryForm", form));
    }

    @Post("/programs/{id}/windows")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addWindow(@PathVariable long id, @Body WindowForm form, Authentication auth) {
        return act(id, "windows", () -> setup.addWindow(me(auth), id, form), Map.of("windowForm", form));
    }

    @Post("/programs/{id}/criteria")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addCriterion(@PathVariable long id, @Body CriterionForm form, Authentication auth) {
        return act(id, "rubric", () -> rubric.addCriterion(me(auth), id, form), Map.of("criterionForm", form));
    }

    @Post("/programs/{id}/criteria/standard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addStandard(@PathVariable long id, Authentication auth) {
        return act(id, "rubric", () -> rubric.addStandardCriteria(me(auth), id), Map.of());
    }

    @Post("/programs/{id}/criteria/{criterionId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeCriterion(@PathVariable long id, @PathVariable long criterionId, Authentication auth) {
        return act(id, "rubric", () -> rubric.removeCriterion(me(auth), id, criterionId), Map.of());
    }

    @Post(value = "/programs/{id}/forms", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> addForm(@PathVariable long id, @Nullable @Part("formTitle") String formTitle,
                            @Nullable @Part("formFile") CompletedFileUpload formFile, Authentication auth)
            throws IOException {
        String name = formFile == null ? null : formFile.getFilename();
        byte[] bytes = formFile == null ? null : formFile.getBytes();
        return act(id, "forms", () -> formFiles.addForm(me(auth), id, formTitle, name, bytes),
                Map.of("formTitle", formTitle == null ? "" : formTitle));
    }

    @Post("/programs/{id}/forms/{fileId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeForm(@PathVariable long id, @PathVariable long fileId, Authentication auth) {
        return act(id, "forms", () -> formFiles.removeForm(me(auth), id, fileId), Map.of());
    }

    // ---- ledger --------------------------------------------------------------------------

    @Get("/programs/{id}/ledger")
    HttpResponse<?> ledger(@PathVariable long id) {
        return ledger.report(id).<HttpResponse<?>>map(r -> Pages.page("subsidies/admin/ledger",
                Map.of("r", r, "printedAt", clock.now()))).orElse(HttpResponse.notFound());
    }

    @Get("/programs/{id}/ledger.csv")
    @Produces("text/csv")
    HttpResponse<?> ledgerCsv(@PathVariable long id, @Nullable @QueryValue String encoding) {
        return ledgerCsv.export(id, CsvFiles.Encoding.fromParameter(encoding))
                .<HttpResponse<?>>map(d -> CsvFiles.download(d.fileName(), d.content(), d.encoding()))
                .orElse(HttpResponse.notFound());
    }
}
