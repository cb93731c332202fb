package kyodo.support.letters;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.support.letters.LetterForms.CeremonyForm;
import kyodo.support.letters.LetterForms.ConsentForm;
import kyodo.support.letters.LetterForms.RoundForm;

import java.util.HashMap;
import java.util.Map;

/** Staff: nomination rounds, the committee's tallies, the selection, consent, the ceremony and the certificates. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/support/letters")
@Secured(SecurityRule.IS_AUTHENTICATED)
class LetterAdminController {

    private final Rounds rounds;
    private final Committee committee;
    private final Selection selection;
    private final Certificates certificates;
    private final CertificatePdf pdf;
    private final Recipients recipients;
    private final CityClock clock;

    LetterAdminController(Rounds rounds, Committee committee, Selection selection, Certificates certificates,
                          CertificatePdf pdf, Recipients recipients, CityClock clock) {
        this.rounds = rounds;
        this.committee = committee;
        this.selection = selection;
        this.certificates = certificates;
        this.pdf = pdf;
        this.recipients = recipients;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> index() {
        int year = clock.fiscalYear().startYear();
        return Pages.page("support/admin/letters", indexModel(new RoundForm(Integer.toString(year), "", "")));
    }

    private Map<String, Object> indexModel(RoundForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("rounds", rounds.all());
        model.put("years", recipients.years());
        model.put("form", form);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/rounds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> open(@Body RoundForm form, Authentication auth) {
        try {
            long id = rounds.open(form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/support/letters/rounds/" + id);
        } catch (FormInvalidException e) {
            return Pages.invalid("support/admin/letters", indexModel(form), e.errors());
        }
    }

    @Get("/rounds/{id:[0-9]+}")
    HttpResponse<?> round(long id, @Nullable @QueryValue String done) {
        return rounds.find(id).<HttpResponse<?>>map(r -> Pages.page("support/admin/round", roundModel(r,
                r.ceremonyOn() == null ? new CeremonyForm("", "") : new CeremonyForm(r.ceremonyOn().toString(), r.ceremonyPlace()),
                done))).orElse(HttpResponse.notFound());
    }

    private Map<String, Object> roundModel(LetterRound round, CeremonyForm ceremony, String done) {
        Map<String, Object> model = new HashMap<>();
        model.put("round", round);
        model.put("lines", committee.lines(round.id(), null));
        model.put("closed", round.closedOn(clock.today()));
        model.put("form", ceremony);
        model.put("done", done == null || !done.matches("[a-zA-Z]{1,20}") ? null : "sup.done." + done);
        model.put("pdfAvailable", pdf.available());
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/rounds/{id:[0-9]+}/ceremony")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> ceremony(long id, @Body CeremonyForm form, Authentication auth) {
        try {
            rounds.ceremony(id, form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/support/letters/rounds/" + id + "?done=ceremony");
        } catch (FormInvalidException e) {
            return rounds.find(id).<HttpResponse<?>>map(r -> Pages.invalid("support/admin/round", roundModel(r, form, null), e.errors()))
                    .orElse(HttpResponse.notFound());
        }
    }

    @Post("/nominations/{id:[0-9]+}/select")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> select(long id, Authentication auth) {
        return decide(id, true, auth);
    }

    @Post("/nominations/{id:[0-9]+}/not-select")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> notSelect(long id, Authentication auth) {
        return decide(id, false, auth);
    }

    private HttpResponse<?> decide(long id, boolean selected, Authentication auth) {
        Nomination n = selection.find(id).orElse(null);
        if (n == null) {
            return HttpResponse.notFound();
        }
        try {
            selection.select(id, selected, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/support/letters/rounds/" + n.roundId() + "?done=" + (selected ? "selected" : "notSelected"));
        } catch (FormInvalidException e) {
            return invalidRound(n.roundId(), e.errors());
        }
    }

    @Post("/nominations/{id:[0-9]+}/consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> consent(long id, @Body ConsentForm form, Authentication auth) {
        Nomination n = selection.find(id).orElse(null);
        if (n == null) {
            return HttpResponse.notFound();
        }
        try {
            selection.consent(id, form.given(), Viewer.of(auth).accountId());
            return Pages.redirect("/admin/support/letters/rounds/" + n.roundId() + "?done=consent");
        } catch (FormInvalidException e) {
            return invalidRound(n.roundId(), e.errors());
        }
    }

    private HttpResponse<?> invalidRound(long roundId, FieldErrors errors) {
        LetterRound r = rounds.find(roundId).orElseThrow();
        return Pages.invalid("support/admin/round", roundModel(r, r.ceremonyOn() == null ? new CeremonyForm("", "")
                : new CeremonyForm(r.ceremonyOn().toString(), r.ceremonyPlace()), null), errors);
    }

    /** The certificate to print from the browser. */
    @Get("/nominations/{id:[0-9]+}/certificate")
    HttpResponse<?> certificate(long id, Authentication auth) {
        return certificates.of(id, Viewer.of(auth).accountId()).<HttpResponse<?>>map(c -> Pages.page("support/admin/certificate",
                Map.of("c", c, "pdfAvailable", pdf.available()))).orElse(HttpResponse.notFound());
    }

    @Get("/nominations/{id:[0-9]+}/certificate.pdf")
    @Produces("application/pdf")
    HttpResponse<?> certificatePdf(long id, Authentication auth) {
        Certificates.Certificate c = certificates.of(id, Viewer.of(auth).accountId()).orElse(null);
        if (c == null) {
            return HttpResponse.notFound();
        }
        return pdf.render(c).<HttpResponse<?>>map(bytes -> HttpResponse.ok(bytes).contentType("application/pdf")
                        .header("Content-Disposition", "inline; filename=\"certificate-" + c.fiscalYear() + "-" + c.number() + ".pdf\"")
                        .header("Cache-Control", "no-store"))
                .orElse(HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE));
    }
}
