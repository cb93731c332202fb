package kyodo.voices.comments;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.AccountsApi;
import kyodo.core.AccountSummary;
import kyodo.core.Choice;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.voices.comments.CommentForms.OpinionForm;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * パブリックコメント for citizens: the drafts open for comment and past ones with their results, a draft with its
 * documents, the opinion form, and the receipt (where an opinion can be changed until the period ends).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/voices/comments")
@Secured(SecurityRule.IS_ANONYMOUS)
class CommentController {

    private final DraftService drafts;
    private final OpinionService opinions;
    private final ResultService results;
    private final AccountsApi accounts;
    private final CityClock clock;

    CommentController(DraftService drafts, OpinionService opinions, ResultService results, AccountsApi accounts,
                      CityClock clock) {
        this.drafts = drafts;
        this.opinions = opinions;
        this.results = results;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list() {
        List<Draft> all = drafts.publishedDrafts();
        return Pages.page("voices/comments", Map.of("drafts", all, "today", clock.today(),
                "counts", opinions.counts(all.stream().map(Draft::id).toList())));
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id) {
        return drafts.published(id).<HttpResponse<?>>map(d -> {
            Map<String, Object> model = new HashMap<>();
            model.put("draft", d);
            model.put("sections", drafts.sections(id));
            model.put("documents", drafts.documents(id));
            model.put("today", clock.today());
            model.put("result", results.result(id).orElse(null));
            return Pages.page("voices/comment", model);
        }).orElseGet(HttpResponse::notFound);
    }

    /** A document of a published draft (PDF). */
    @Get("/{id:[0-9]+}/documents/{documentId:[0-9]+}")
    @Produces(MediaType.ALL)
    HttpResponse<?> document(@PathVariable long id, @PathVariable long documentId) {
        if (drafts.published(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        return drafts.document(id, documentId).<HttpResponse<?>>map(CommentController::pdf).orElseGet(HttpResponse::notFound);
    }

    static HttpResponse<?> pdf(Document d) {
        return HttpResponse.ok(d.content()).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename*=UTF-8''"
                        + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Get("/{id:[0-9]+}/opinion")
    HttpResponse<?> form(@PathVariable long id, @Nullable Authentication authentication) {
        Draft d = drafts.published(id).orElse(null);
        if (d == null) {
            return HttpResponse.notFound();
        }
        if (d.signInRequired() && authentication == null) {
            return Pages.redirect("/login?next=" + URLEncoder.encode("/voices/comments/" + id + "/opinion", StandardCharsets.UTF_8));
        }
        String name = authentication == null ? null : accounts.find(Viewer.of(authentication).accountId())
                .map(AccountSummary::displayName).orElse(null);
        String category = d.categories().size() == 1 ? d.categories().get(0).name() : null;
        return Pages.page("voices/opinion-form", formModel(d, new OpinionForm(null, category, name, null, null), authentication));
    }

    private Map<String, Object> formModel(Draft d, OpinionForm form, @Nullable Authentication authentication) {
        Map<String, Object> model = new HashMap<>();
        model.put("draft", d);
        model.put("form", form);
        model.put("open", d.open(clock.today()));
        model.put("today", clock.today());
        model.put("signedIn", authentication != null);
        model.put("sections", sectionChoices(d.id()));
        model.put("categories", d.categories().stream().map(c -> Choice.keyed(c.name(), c.labelKey())).toList());
        model.put("action", "/voices/comments/" + d.id() + "/opinion");
        model.put("errors", FieldErrors.none());
        return model;
    }

    private List<Choice> sectionChoices(long draftId) {
        return drafts.sections(draftId).stream().map(s -> Choice.named(s.id().toString(), s.label())).toList();
    }

    @Post("/{id:[0-9]+}/opinion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(@PathVariable long id, @Body OpinionForm form, @Nullable Authentication authentication) {
        Draft d = drafts.published(id).orElse(null);
        if (d == null) {
            return HttpResponse.notFound();
        }
        try {
            Opinion saved = opinions.submit(Viewer.orNull(authentication), id, form);
            return Pages.redirect("/voices/comments/receipts/" + saved.receiptToken());
        } catch (FormInvalidException e) {
            return Pages.invalid("voices/opinion-form", formModel(d, form, authentication), e.errors());
        }
    }

    @Get("/receipts/{token:[0-9a-f]+}")
    HttpResponse<?> receipt(@PathVariable String token, @Nullable @QueryValue String done) {
        return opinions.receipt(token).<HttpResponse<?>>map(r -> Pages.page("voices/opinion-receipt",
                        receiptModel(r, OpinionForm.of(r.opinion()), "edited".equals(done)))
                .header("Cache-Control", "no-store")).orElseGet(HttpResponse::notFound);
    }

    private Map<String, Object> receiptModel(OpinionService.Receipt r, OpinionForm form, boolean edited) {
        Map<String, Object> model = new HashMap<>();
        model.put("r", r);
        model.put("form", form);
        model.put("open", r.draft().open(clock.today()));
        model.put("edited", edited);
        model.put("sections", sectionChoices(r.draft().id()));
        model.put("categories", r.draft().categories().stream().map(c -> Choice.keyed(c.name(), c.labelKey())).toList());
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/receipts/{token:[0-9a-f]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> edit(@PathVariable String token, @Body OpinionForm form) {
        OpinionService.Receipt r = opinions.receipt(token).orElse(null);
        if (r == null) {
            return HttpResponse.notFound();
        }
        try {
            opinions.edit(token, form);
            return Pages.redirect("/voices/comments/receipts/" + token + "?done=edited");
        } catch (FormInvalidException e) {
            return Pages.invalid("voices/opinion-receipt", receiptModel(r, form, false), e.errors()).header("Cache-Control", "no-store");
        }
    }
}
