package kyodo.support.festa;

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
import kyodo.core.CityClock;
import kyodo.core.Choice;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.directory.DirectoryApi;
import kyodo.support.festa.FestaForms.ExhibitForm;
import kyodo.support.festa.FestaForms.FestaForm;
import kyodo.support.festa.FestaForms.PeriodForm;
import kyodo.support.festa.FestaForms.PostForm;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff: festa editions, their periods, exhibits and photos, the season's board and the exchange session. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/support/festa")
@Secured(SecurityRule.IS_AUTHENTICATED)
class FestaAdminController {

    static final List<Choice> POST_KINDS = List.of(Choice.keyed("WANT", "sup.festa.post.kind.WANT"),
            Choice.keyed("OFFER", "sup.festa.post.kind.OFFER"));

    private final Festas festas;
    private final DirectoryApi directory;
    private final CityClock clock;

    FestaAdminController(Festas festas, DirectoryApi directory, CityClock clock) {
        this.festas = festas;
        this.directory = directory;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> index() {
        return Pages.page("support/admin/festas", indexModel(new FestaForm(Integer.toString(clock.fiscalYear().startYear()), "", "", "", "")));
    }

    private Map<String, Object> indexModel(FestaForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("editions", festas.all());
        model.put("form", form);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body FestaForm form, Authentication auth) {
        try {
            long id = festas.create(form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/support/festa/" + id);
        } catch (FormInvalidException e) {
            return Pages.invalid("support/admin/festas", indexModel(form), e.errors());
        }
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> edition(long id, @Nullable @QueryValue String done) {
        return page(id, null, "saved".equals(done), FieldErrors.none());
    }

    private HttpResponse<?> page(long id, Object form, boolean done, FieldErrors errors) {
        return festas.edition(id).<HttpResponse<?>>map(e -> {
            Festa f = e.festa();
            Map<String, Object> model = new HashMap<>();
            model.put("e", e);
            model.put("festa", form instanceof FestaForm ff ? ff : new FestaForm(Integer.toString(f.fiscalYear()), f.title(), f.summary(),
                    f.exchangeEventId() == null ? "" : f.exchangeEventId().toString(), f.published() ? "true" : ""));
            model.put("period", form instanceof PeriodForm pf ? pf : new PeriodForm("", "", "", ""));
            model.put("exhibit", form instanceof ExhibitForm xf ? xf : new ExhibitForm("", "", "", ""));
            model.put("post", form instanceof PostForm pf ? pf : new PostForm("", "", ""));
            model.put("groups", directory.approvedGroups("", 500).stream().map(g -> Choice.named(Long.toString(g.id()), g.name())).toList());
            model.put("exhibits", e.exhibits().stream().map(x -> Choice.named(Long.toString(x.id()), x.groupName())).toList());
            model.put("postKinds", POST_KINDS);
            model.put("done", done);
            model.put("errors", errors);
            return errors.hasErrors() ? Pages.invalid("support/admin/festa", model, errors) : Pages.page("support/admin/festa", model);
        }).orElse(HttpResponse.notFound());
    }

    private HttpResponse<?> act(long id, Object form, Runnable action) {
        try {
            action.run();
            return Pages.redirect("/admin/support/festa/" + id + "?done=saved");
        } catch (FormInvalidException e) {
            if (e.errors().has(FieldErrors.FORM)) {
                return HttpResponse.notFound();
            }
            return page(id, form, false, e.errors());
        }
    }

    @Post("/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(long id, @Body FestaForm form, Authentication auth) {
        return act(id, form, () -> festas.update(id, form, Viewer.of(auth).accountId()));
    }

    @Post("/{id:[0-9]+}/periods")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> period(long id, @Body PeriodForm form, Authentication auth) {
        return act(id, form, () -> festas.addPeriod(id, form, Viewer.of(auth).accountId()));
    }

    @Post("/{id:[0-9]+}/exhibits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> exhibit(long id, @Body ExhibitForm form, Authentication auth) {
        return act(id, form, () -> festas.addExhibit(id, form, Viewer.of(auth).accountId()));
    }

    @Post("/{id:[0-9]+}/posts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> post(long id, @Body PostForm form, Authentication auth) {
        return act(id, form, () -> festas.addPost(id, form, Viewer.of(auth).accountId()));
    }

    @Post(value = "/{id:[0-9]+}/photos", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> photo(long id, @Nullable @Part("exhibitId") String exhibitId, @Nullable @Part("altText") String altText,
                          @Nullable @Part("photo") CompletedFileUpload photo, Authentication auth) throws IOException {
        String name = photo == null ? null : photo.getFilename();
        byte[] bytes = photo == null ? null : photo.getBytes();
        if (exhibitId == null || !exhibitId.strip().matches("\\d{1,18}")) {
            return page(id, null, false, FieldErrors.of("exhibitId", "sup.error.chooseExhibit"));
        }
        return act(id, null, () -> festas.addPhoto(id, Long.parseLong(exhibitId.strip()), altText, name, bytes, Viewer.of(auth).accountId()));
    }
}
