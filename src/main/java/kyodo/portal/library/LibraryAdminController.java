package kyodo.portal.library;

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
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.portal.library.LibraryForms.CornerForm;
import kyodo.portal.library.LibraryForms.NewsletterForm;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Editors: newsletter issues and the 情報コーナー. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/portal")
@Secured(SecurityRule.IS_AUTHENTICATED)
class LibraryAdminController {

    private final Library library;
    private final CityClock clock;

    LibraryAdminController(Library library, CityClock clock) {
        this.library = library;
        this.clock = clock;
    }

    @Get("/newsletters")
    HttpResponse<?> newsletters() {
        return Pages.page("portal/admin/newsletters", issueModel(new NewsletterForm("", "", clock.today().toString(), "")));
    }

    private Map<String, Object> issueModel(NewsletterForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("issues", library.issues());
        model.put("form", form);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post(value = "/newsletters", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> addIssue(@Nullable @Part("issueNumber") String issueNumber, @Nullable @Part("title") String title,
                             @Nullable @Part("publishedOn") String publishedOn, @Nullable @Part("summary") String summary,
                             @Nullable @Part("issueFile") CompletedFileUpload issueFile, Authentication auth) throws IOException {
        NewsletterForm form = new NewsletterForm(issueNumber, title, publishedOn, summary);
        try {
            library.addIssue(form, issueFile == null ? null : issueFile.getFilename(), issueFile == null ? null : issueFile.getBytes(),
                    Viewer.of(auth).accountId());
            return Pages.redirect("/admin/portal/newsletters");
        } catch (FormInvalidException e) {
            return Pages.invalid("portal/admin/newsletters", issueModel(form), e.errors());
        }
    }

    @Get("/corners")
    HttpResponse<?> corners() {
        return Pages.page("portal/admin/corners", cornerModel(new CornerForm("", "", "", "")));
    }

    private Map<String, Object> cornerModel(CornerForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("corners", library.corners());
        model.put("form", form);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/corners")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addCorner(@Body CornerForm form, Authentication auth) {
        try {
            library.addCorner(form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/portal/corners");
        } catch (FormInvalidException e) {
            return Pages.invalid("portal/admin/corners", cornerModel(form), e.errors());
        }
    }

    @Post("/corners/{id:[0-9]+}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeCorner(long id, Authentication auth) {
        library.removeCorner(id, Viewer.of(auth).accountId());
        return Pages.redirect("/admin/portal/corners");
    }
}
