package kyodo.support.insurance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Choice;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.support.insurance.ClaimForms.NoteForm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff: the claims with the year's figures, one claim with its health details (audited), its workflow and notes. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/support/insurance")
@Secured(SecurityRule.IS_AUTHENTICATED)
class InsuranceAdminController {

    private final Claims claims;

    InsuranceAdminController(Claims claims) {
        this.claims = claims;
    }

    @Get
    HttpResponse<?> index() {
        return Pages.page("support/admin/claims", Map.of("claims", claims.forStaff(), "figures", claims.byYear()));
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(long id, @Nullable @QueryValue String done, Authentication auth) {
        return page(Viewer.of(auth), id, new NoteForm("", ""), "noted".equals(done), FieldErrors.none());
    }

    private HttpResponse<?> page(Viewer viewer, long id, NoteForm form, boolean done, FieldErrors errors) {
        return claims.view(viewer, id).<HttpResponse<?>>map(v -> {
            Map<String, Object> model = new HashMap<>();
            model.put("v", v);
            model.put("form", form);
            model.put("done", done);
            model.put("steps", v.claim().statusValue() == Claim.Status.COMPLETED ? List.of()
                    : List.of(Choice.keyed(v.claim().statusValue().next().name(), "sup.claim.status." + v.claim().statusValue().next().name())));
            model.put("documentKinds", InsuranceController.DOCUMENT_KINDS);
            model.put("errors", errors);
            return errors.hasErrors() ? Pages.invalid("support/admin/claim", model, errors) : Pages.page("support/admin/claim", model);
        }).orElse(HttpResponse.notFound());
    }

    @Post("/{id:[0-9]+}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> note(long id, @Body NoteForm form, Authentication auth) {
        Viewer viewer = Viewer.of(auth);
        try {
            claims.note(id, form, viewer.accountId());
            return Pages.redirect("/admin/support/insurance/" + id + "?done=noted");
        } catch (FormInvalidException e) {
            if (e.errors().has(FieldErrors.FORM)) {
                return HttpResponse.notFound();
            }
            return page(viewer, id, form, false, e.errors());
        }
    }
}
