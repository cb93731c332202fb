package kyodo.portal.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Choice;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.directory.DirectoryApi;
import kyodo.portal.internal.Markdown;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Editors: case studies, started from scratch or from a subsidy project, with photos, the group's consent and a preview. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/portal/cases")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CaseAdminController {

    static final List<Choice> ORIGINS = List.of(Choice.keyed("NONE", "por.case.origin.NONE"),
            Choice.keyed("SUBSIDY", "por.case.origin.SUBSIDY"), Choice.keyed("MATCH", "por.case.origin.MATCH"));

    private final CaseStudies cases;
    private final DirectoryApi directory;

    CaseAdminController(CaseStudies cases, DirectoryApi directory) {
        this.cases = cases;
        this.directory = directory;
    }

    @Get
    HttpResponse<?> index() {
        return Pages.page("portal/admin/cases", Map.of("cases", cases.forEditors(), "projects", cases.projects()));
    }

    @Get("/new")
    HttpResponse<?> newCase(@Nullable @QueryValue Long fromProject) {
        return Pages.page("portal/admin/case-form", model(null, cases.start(UUID.randomUUID().toString(), fromProject), null));
    }

    private Map<String, Object> model(Long id, CaseForm form, String preview) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("action", id == null ? "/admin/portal/cases" : "/admin/portal/cases/" + id);
        model.put("form", form);
        model.put("origins", ORIGINS);
        model.put("groups", directory.approvedGroups("", 500).stream().map(g -> Choice.named(Long.toString(g.id()), g.name())).toList());
        model.put("photos", id == null ? List.of() : cases.photosOf(id));
        model.put("preview", preview);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body CaseForm form, Authentication auth) {
        try {
            long id = cases.create(form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/portal/cases/" + id + "/edit");
        } catch (FormInvalidException e) {
            return Pages.invalid("portal/admin/case-form", model(null, form, null), e.errors());
        }
    }

    @Post("/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> previewNew(@Body CaseForm form) {
        return Pages.page("portal/admin/case-form", model(null, form, Markdown.html(form.body())));
    }

    @Get("/{id:[0-9]+}/edit")
    HttpResponse<?> edit(long id) {
        return cases.find(id, true).<HttpResponse<?>>map(c -> Pages.page("portal/admin/case-form", model(id, CaseForm.of(c), null)))
                .orElse(HttpResponse.notFound());
    }

    @Post("/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(long id, @Body CaseForm form, Authentication auth) {
        try {
            cases.update(id, form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/portal/cases");
        } catch (FormInvalidException e) {
            if (e.errors().has(FieldErrors.FORM)) {
                return HttpResponse.notFound();
            }
            return Pages.invalid("portal/admin/case-form", model(id, form, null), e.errors());
        }
    }

    @Post("/{id:[0-9]+}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> previewEdit(long id, @Body CaseForm form) {
        return Pages.page("portal/admin/case-form", model(id, form, Markdown.html(form.body())));
    }

    @Post(value = "/{id:[0-9]+}/photos", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> photo(long id, @Nullable @Part("altText") String altText, @Nullable @Part("photo") CompletedFileUpload photo,
                          Authentication auth) throws IOException {
        try {
            cases.addPhoto(id, altText, photo == null ? null : photo.getFilename(), photo == null ? null : photo.getBytes(),
                    Viewer.of(auth).accountId());
            return Pages.redirect("/admin/portal/cases/" + id + "/edit");
        } catch (FormInvalidException e) {
            if (e.errors().has(FieldErrors.FORM)) {
                return HttpResponse.notFound();
            }
            return cases.find(id, true).<HttpResponse<?>>map(c -> Pages.invalid("portal/admin/case-form", model(id, CaseForm.of(c), null),
                    e.errors())).orElse(HttpResponse.notFound());
        }
    }
}
