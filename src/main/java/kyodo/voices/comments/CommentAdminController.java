package kyodo.voices.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Choice;
import kyodo.core.CityClock;
import kyodo.core.CsvFiles;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.voices.comments.CommentForms.AssignForm;
import kyodo.voices.comments.CommentForms.DraftForm;
import kyodo.voices.comments.CommentForms.GroupForm;
import kyodo.voices.comments.CommentForms.ResultForm;
import kyodo.voices.comments.CommentForms.SectionForm;
import kyodo.voices.internal.Departments;
import kyodo.voices.internal.VoicesPermissions;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Staff run public comments: prepare and publish a draft, then (after the period, in the draft's department)
 * group the opinions, write the city's view and publish the result.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/voices/comments")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CommentAdminController {

    private static final Set<String> NOTICES = Set.of("created", "saved", "published", "resultPublished", "grouped",
            "groupSaved");

    private final DraftService drafts;
    private final OpinionService opinions;
    private final ResultService results;
    private final Departments departments;
    private final VoicesPermissions permissions;
    private final CityClock clock;

    CommentAdminController(DraftService drafts, OpinionService opinions, ResultService results, Departments departments,
                           VoicesPermissions permissions, CityClock clock) {
        this.drafts = drafts;
        this.opinions = opinions;
        this.results = results;
        this.departments = departments;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list() {
        List<Draft> all = drafts.all();
        return Pages.page("voices/admin/comments", Map.of("drafts", all, "today", clock.today(),
                "departments", departments.names(), "counts", opinions.counts(all.stream().map(Draft::id).toList())));
    }

    @Get("/new")
    HttpResponse<?> newForm(Authentication auth) {
        var today = clock.today();
        DraftForm empty = new DraftForm(null, null, null, today.plusDays(7).toString(),
                today.plusDays(7 + Draft.USUAL_DAYS - 1).toString(), List.of("RESIDENT", "COMMUTER", "BUSINESS", "STAKEHOLDER"),
                null, null);
        return Pages.page("voices/admin/comment-form", formModel(empty, "/admin/voices/comments", auth));
    }

    private Map<String, Object> formModel(DraftForm form, String action, Authentication auth) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("action", action);
        model.put("departmentChoices", departments.choicesFor(Viewer.of(auth)));
        model.put("categories", Arrays.asList(Draft.Category.values()));
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body DraftForm form, Authentication auth) {
        try {
            long id = drafts.create(Viewer.of(auth), form);
            return Pages.redirect("/admin/voices/comments/" + id + "?done=created");
        } catch (FormInvalidException e) {
            return Pages.invalid("voices/admin/comment-form", formModel(form, "/admin/voices/comments", auth), e.errors());
        }
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id, @Nullable @QueryValue String done, Authentication auth) {
        return drafts.find(id).<HttpResponse<?>>map(d -> {
            Map<String, Object> model = showModel(d, auth);
            model.put("notice", done != null && NOTICES.contains(done) ? "voi.pc.notice." + done : null);
            return Pages.page("voices/admin/comment", model);
        }).orElseGet(HttpResponse::notFound);
    }

    private Map<String, Object> showModel(Draft d, Authentication auth) {
        Map<String, Object> model = new HashMap<>();
        model.put("draft", d);
        model.put("today", clock.today());
        model.put("department", departments.names().getOrDefault(d.departmentId(), ""));
        model.put("sections", drafts.sections(d.id()));
        model.put("documents", drafts.documents(d.id()));
        model.put("counts", opinions.counts(List.of(d.id())).getOrDefault(d.id(), OpinionCounts.none(d.id())));
        model.put("mine", permissions.worksFor(Viewer.of(auth), d.departmentId()));
        model.put("sectionForm", new SectionForm(null));
        model.put("errors", FieldErrors.none());
        return model;
    }

    private HttpResponse<?> again(long id, Authentication auth, FieldErrors errors) {
        return drafts.find(id).<HttpResponse<?>>map(d -> {
            Map<String, Object> model = showModel(d, auth);
            model.put("notice", null);
            return Pages.invalid("voices/admin/comment", model, errors);
        }).orElseGet(HttpResponse::notFound);
    }

    @Get("/{id:[0-9]+}/edit")
    HttpResponse<?> editForm(@PathVariable long id, Authentication auth) {
        return drafts.find(id).<HttpResponse<?>>map(d -> Pages.page("voices/admin/comment-form",
                formModel(DraftForm.of(d), "/admin/voices/comments/" + id + "/edit", auth))).orElseGet(HttpResponse::notFound);
    }

    @Post("/{id:[0-9]+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Body DraftForm form, Authentication auth) {
        try {
            drafts.update(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/comments/" + id + "?done=saved");
        } catch (FormInvalidException e) {
            if (drafts.find(id).isEmpty()) {
                return HttpResponse.notFound();
            }
            return Pages.invalid("voices/admin/comment-form", formModel(form, "/admin/voices/comments/" + id + "/edit", auth),
                    e.errors());
        }
    }

    @Post("/{id:[0-9]+}/sections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addSection(@PathVariable long id, @Body SectionForm form, Authentication auth) {
        try {
            drafts.addSection(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/comments/" + id + "?done=saved#sections");
        } catch (FormInvalidException e) {
            return again(id, auth, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/sections/{sectionId:[0-9]+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeSection(@PathVariable long id, @PathVariable long sectionId, Authentication auth) {
        try {
            drafts.removeSection(Viewer.of(auth), id, sectionId);
            return Pages.redirect("/admin/voices/comments/" + id + "?done=saved#sections");
        } catch (FormInvalidException e) {
            return again(id, auth, e.errors());
        }
    }

    @Post(value = "/{id:[0-9]+}/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> addDocument(@PathVariable long id, @Nullable CompletedFileUpload document, Authentication auth)
            throws IOException {
        try {
            drafts.addDocument(Viewer.of(auth), id, document == null ? null : document.getFilename(),
                    document == null ? null : document.getBytes());
            return Pages.redirect("/admin/voices/comments/" + id + "?done=saved#documents");
        } catch (FormInvalidException e) {
            return again(id, auth, e.errors());
        }
    }

    @Get("/{id:[0-9]+}/documents/{documentId:[0-9]+}")
    @Produces(MediaType.ALL)
    HttpResponse<?> document(@PathVariable long id, @PathVariable long documentId) {
        return drafts.document(id, documentId).<HttpResponse<?>>map(CommentController::pdf).orElseGet(HttpResponse::notFound);
    }

    @Post("/{id:[0-9]+}/documents/{documentId:[0-9]+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeDocument(@PathVariable long id, @PathVariable long documentId, Authentication auth) {
        try {
            drafts.removeDocument(Viewer.of(auth), id, documentId);
            return Pages.redirect("/admin/voices/comments/" + id + "?done=saved#documents");
        } catch (FormInvalidException e) {
            return again(id, auth, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(@PathVariable long id, Authentication auth) {
        try {
            drafts.publish(Viewer.of(auth), id);
            return Pages.redirect("/admin/voices/comments/" + id + "?done=published");
        } catch (FormInvalidException e) {
            return again(id, auth, e.errors());
        }
    }

    // ---- after the period: the opinions, their groups and the result ----------------------

    @Get("/{id:[0-9]+}/opinions")
    HttpResponse<?> opinions(@PathVariable long id, @Nullable @QueryValue String done, Authentication auth) {
        Draft d = drafts.find(id).orElse(null);
        if (d == null) {
            return HttpResponse.notFound();
        }
        if (!permissions.seesPersonalData(Viewer.of(auth), d.departmentId())) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        Map<String, Object> model = workModel(auth, id, FieldErrors.none());
        model.put("notice", done != null && NOTICES.contains(done) ? "voi.pc.notice." + done : null);
        return Pages.page("voices/admin/comment-opinions", model);
    }

    private Map<String, Object> workModel(Authentication auth, long id, FieldErrors errors) {
        ResultService.Work w = results.work(Viewer.of(auth), id);
        Map<String, Object> model = new HashMap<>();
        model.put("w", w);
        model.put("today", clock.today());
        model.put("working", !w.draft().resultPublished() && w.draft().ended(clock.today()));
        model.put("sectionChoices", drafts.sections(id).stream().map(s -> Choice.named(s.id().toString(), s.label())).toList());
        model.put("groupChoices", w.groups().stream().map(g -> Choice.named(g.group().id().toString(),
                Integer.toString(g.number()))).toList());
        model.put("groupNumbers", w.groups().stream().collect(java.util.stream.Collectors.toMap(g -> g.group().id(),
                ResultService.GroupLine::number)));
        model.put("newGroup", new GroupForm(null, null, null, null));
        model.put("resultForm", new ResultForm(w.draft().resultChanges()));
        model.put("errors", errors);
        return model;
    }

    private HttpResponse<?> workAgain(long id, Authentication auth, FieldErrors errors) {
        Draft d = drafts.find(id).orElse(null);
        if (d == null) {
            return HttpResponse.notFound();
        }
        if (!permissions.seesPersonalData(Viewer.of(auth), d.departmentId())) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        Map<String, Object> model = workModel(auth, id, errors);
        model.put("notice", null);
        return Pages.invalid("voices/admin/comment-opinions", model, errors);
    }

    @Post("/{id:[0-9]+}/groups")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addGroup(@PathVariable long id, @Body GroupForm form, Authentication auth) {
        try {
            results.addGroup(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/comments/" + id + "/opinions?done=groupSaved#groups");
        } catch (FormInvalidException e) {
            return workAgain(id, auth, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/groups/{groupId:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> updateGroup(@PathVariable long id, @PathVariable long groupId, @Body GroupForm form, Authentication auth) {
        try {
            results.updateGroup(Viewer.of(auth), id, groupId, form);
            return Pages.redirect("/admin/voices/comments/" + id + "/opinions?done=groupSaved#group-" + groupId);
        } catch (FormInvalidException e) {
            return workAgain(id, auth, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> assign(@PathVariable long id, @Body AssignForm form, Authentication auth) {
        try {
            results.assign(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/comments/" + id + "/opinions?done=grouped#opinions");
        } catch (FormInvalidException e) {
            return workAgain(id, auth, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/result")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publishResult(@PathVariable long id, @Body ResultForm form, Authentication auth) {
        try {
            results.publish(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/comments/" + id + "?done=resultPublished");
        } catch (FormInvalidException e) {
            return workAgain(id, auth, e.errors());
        }
    }

    @Get("/{id:[0-9]+}/opinions.csv")
    @Produces("text/csv")
    HttpResponse<?> csv(@PathVariable long id, @Nullable @QueryValue String encoding, Authentication auth) {
        Draft d = drafts.find(id).orElse(null);
        if (d == null) {
            return HttpResponse.notFound();
        }
        if (!permissions.seesPersonalData(Viewer.of(auth), d.departmentId())) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        return CsvFiles.download("opinions-" + id + ".csv", results.csv(Viewer.of(auth), id, enc), enc);
    }
}
