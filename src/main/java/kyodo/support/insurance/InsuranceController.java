package kyodo.support.insurance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import kyodo.support.insurance.ClaimForms.ClaimForm;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 市民活動総合補償制度: who is covered (public), and accident reports by a group's representative or a coordinator. */
@Produces(MediaType.TEXT_HTML)
@Controller("/support/insurance")
@Secured(SecurityRule.IS_ANONYMOUS)
class InsuranceController {

    static final List<Choice> CLAIM_KINDS = List.of(Choice.keyed("INJURY", "sup.claim.kind.INJURY"),
            Choice.keyed("LIABILITY", "sup.claim.kind.LIABILITY"));
    static final List<Choice> DOCUMENT_KINDS = List.of(Choice.keyed("RULES", "sup.claim.document.RULES"),
            Choice.keyed("PLAN", "sup.claim.document.PLAN"), Choice.keyed("MEMBERS", "sup.claim.document.MEMBERS"),
            Choice.keyed("OTHER", "sup.claim.document.OTHER"));

    private final Claims claims;

    InsuranceController(Claims claims) {
        this.claims = claims;
    }

    @Get
    HttpResponse<?> about(@Nullable Authentication auth) {
        Viewer viewer = Viewer.orNull(auth);
        return Pages.page("support/insurance/about", Map.of("mayReport", viewer != null && claims.mayReport(viewer),
                "figures", claims.byYear()));
    }

    @Get("/claims")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> mine(@Nullable @QueryValue String done, Authentication auth) {
        Viewer viewer = Viewer.of(auth);
        return Pages.page("support/insurance/mine", Map.of("claims", claims.mine(viewer.accountId()),
                "mayReport", claims.mayReport(viewer), "done", "reported".equals(done)));
    }

    @Get("/claims/new")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> form(Authentication auth) {
        Viewer viewer = Viewer.of(auth);
        var groups = claims.groupsFor(viewer);
        ClaimForm form = ClaimForm.empty(UUID.randomUUID().toString(), groups.size() == 1 ? Long.toString(groups.get(0).id()) : "");
        return formPage(viewer, form, FieldErrors.none(), false);
    }

    private HttpResponse<?> formPage(Viewer viewer, ClaimForm form, FieldErrors errors, boolean invalid) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("mayReport", claims.mayReport(viewer));
        model.put("groups", claims.groupsFor(viewer).stream().map(g -> Choice.named(Long.toString(g.id()), g.name())).toList());
        model.put("kinds", CLAIM_KINDS);
        model.put("errors", errors);
        if (!claims.mayReport(viewer) && !errors.has(FieldErrors.FORM)) {
            errors.add(FieldErrors.FORM, "sup.error.notReporter");
            invalid = true;
        }
        return invalid ? Pages.invalid("support/insurance/report", model, errors) : Pages.page("support/insurance/report", model);
    }

    @Post("/claims")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> report(@Body ClaimForm form, Authentication auth) {
        Viewer viewer = Viewer.of(auth);
        try {
            long id = claims.report(viewer, form);
            return Pages.redirect("/support/insurance/claims/" + id + "?done=reported");
        } catch (FormInvalidException e) {
            return formPage(viewer, form, e.errors(), true);
        }
    }

    @Get("/claims/{id:[0-9]+}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> show(long id, @Nullable @QueryValue String done, Authentication auth) {
        return claimPage(Viewer.of(auth), id, done, FieldErrors.none());
    }

    private HttpResponse<?> claimPage(Viewer viewer, long id, String done, FieldErrors errors) {
        return claims.view(viewer, id).<HttpResponse<?>>map(v -> {
            Map<String, Object> model = new HashMap<>();
            model.put("v", v);
            model.put("documentKinds", DOCUMENT_KINDS);
            model.put("done", done == null || !done.matches("[a-z]{1,20}") ? null : "sup.done." + done);
            model.put("errors", errors);
            return errors.hasErrors() ? Pages.invalid("support/insurance/claim", model, errors) : Pages.page("support/insurance/claim", model);
        }).orElse(HttpResponse.notFound());
    }

    @Post(value = "/claims/{id:[0-9]+}/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> attach(long id, @Nullable @Part("documentKind") String documentKind,
                           @Nullable @Part("document") CompletedFileUpload document, Authentication auth) throws IOException {
        Viewer viewer = Viewer.of(auth);
        try {
            claims.attach(viewer, id, documentKind, document == null ? null : document.getFilename(),
                    document == null ? null : document.getBytes());
            return Pages.redirect("/support/insurance/claims/" + id + "?done=attached");
        } catch (FormInvalidException e) {
            if (e.errors().has(FieldErrors.FORM)) {
                return HttpResponse.notFound();
            }
            return claimPage(viewer, id, null, e.errors());
        }
    }

    @Get("/claims/{id:[0-9]+}/documents/{fileId:[0-9]+}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    HttpResponse<?> document(long id, long fileId, Authentication auth) {
        return claims.document(Viewer.of(auth), id, fileId).<HttpResponse<?>>map(f -> HttpResponse.ok(f.content())
                .contentType(f.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")).orElse(HttpResponse.status(HttpStatus.NOT_FOUND));
    }
}
