package kyodo.portal.news;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CityClock;
import kyodo.core.Choice;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.portal.internal.Markdown;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Editors (staff, coordinators): news items in Markdown, with a preview rendered as the page will show it. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/portal/news")
@Secured(SecurityRule.IS_AUTHENTICATED)
class NewsAdminController {

    static final List<Choice> CATEGORIES = Arrays.stream(News.Category.values())
            .map(c -> Choice.keyed(c.name(), "por.news.category." + c.name())).toList();

    private final NewsDesk desk;
    private final CityClock clock;

    NewsAdminController(NewsDesk desk, CityClock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> index() {
        return Pages.page("portal/admin/news", Map.of("items", desk.forEditors(), "today", clock.today()));
    }

    @Get("/new")
    HttpResponse<?> newItem() {
        return Pages.page("portal/admin/news-form", model(null, new NewsForm(UUID.randomUUID().toString(), "NOTICE", "", "",
                clock.today().toString(), ""), null));
    }

    private Map<String, Object> model(Long id, NewsForm form, String preview) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("action", id == null ? "/admin/portal/news" : "/admin/portal/news/" + id);
        model.put("form", form);
        model.put("categories", CATEGORIES);
        model.put("preview", preview);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body NewsForm form, Authentication auth) {
        try {
            desk.create(form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/portal/news");
        } catch (FormInvalidException e) {
            return Pages.invalid("portal/admin/news-form", model(null, form, null), e.errors());
        }
    }

    @Post("/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> previewNew(@Body NewsForm form) {
        return preview(null, form);
    }

    @Get("/{id:[0-9]+}/edit")
    HttpResponse<?> edit(long id) {
        return desk.find(id, true).<HttpResponse<?>>map(n -> Pages.page("portal/admin/news-form", model(id, NewsForm.of(n), null)))
                .orElse(HttpResponse.notFound());
    }

    @Post("/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(long id, @Body NewsForm form, Authentication auth) {
        try {
            desk.update(id, form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/portal/news");
        } catch (FormInvalidException e) {
            if (e.errors().has(FieldErrors.FORM)) {
                return HttpResponse.notFound();
            }
            return Pages.invalid("portal/admin/news-form", model(id, form, null), e.errors());
        }
    }

    @Post("/{id:[0-9]+}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> previewEdit(long id, @Body NewsForm form) {
        return preview(id, form);
    }

    private HttpResponse<?> preview(Long id, NewsForm form) {
        try {
            desk.preview(form);
            return Pages.page("portal/admin/news-form", model(id, form, Markdown.html(form.body())));
        } catch (FormInvalidException e) {
            return Pages.invalid("portal/admin/news-form", model(id, form, null), e.errors());
        }
    }

    @Post("/{id:[0-9]+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(long id, Authentication auth) {
        desk.delete(id, Viewer.of(auth).accountId());
        return Pages.redirect("/admin/portal/news");
    }
}
