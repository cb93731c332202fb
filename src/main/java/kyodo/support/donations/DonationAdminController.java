package kyodo.support.donations;

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
import kyodo.core.CityClock;
import kyodo.core.Choice;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.support.donations.DonationForms.AmountForm;
import kyodo.support.donations.DonationForms.CampaignForm;
import kyodo.support.donations.DonationForms.ShopForm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff: ちい寄附's partner shops, campaigns, and what each shop raised in a campaign. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/support/donations")
@Secured(SecurityRule.IS_AUTHENTICATED)
class DonationAdminController {

    static final List<Choice> KINDS = List.of(Choice.keyed("MENU", "sup.shop.kind.MENU"), Choice.keyed("BOX", "sup.shop.kind.BOX"));

    private final Donations donations;
    private final CityClock clock;

    DonationAdminController(Donations donations, CityClock clock) {
        this.donations = donations;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> index(@Nullable @QueryValue String done) {
        String year = Integer.toString(clock.fiscalYear().startYear());
        return Pages.page("support/admin/donations", model(new ShopForm("", "", ""), new CampaignForm(year, "", "", "", year),
                "added".equals(done)));
    }

    private Map<String, Object> model(ShopForm shop, CampaignForm campaign, boolean done) {
        Map<String, Object> model = new HashMap<>();
        model.put("shops", donations.shops());
        model.put("years", donations.years());
        model.put("shop", shop);
        model.put("campaign", campaign);
        model.put("kinds", KINDS);
        model.put("done", done);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/shops")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addShop(@Body ShopForm form, Authentication auth) {
        try {
            donations.addShop(form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/support/donations?done=added");
        } catch (FormInvalidException e) {
            String year = Integer.toString(clock.fiscalYear().startYear());
            return Pages.invalid("support/admin/donations", model(form, new CampaignForm(year, "", "", "", year), false), e.errors());
        }
    }

    @Post("/shops/{id:[0-9]+}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> endShop(long id, Authentication auth) {
        donations.setActive(id, false, Viewer.of(auth).accountId());
        return Pages.redirect("/admin/support/donations");
    }

    @Post("/shops/{id:[0-9]+}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resumeShop(long id, Authentication auth) {
        donations.setActive(id, true, Viewer.of(auth).accountId());
        return Pages.redirect("/admin/support/donations");
    }

    @Post("/campaigns")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addCampaign(@Body CampaignForm form, Authentication auth) {
        try {
            long id = donations.addCampaign(form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/support/donations/campaigns/" + id);
        } catch (FormInvalidException e) {
            return Pages.invalid("support/admin/donations", model(new ShopForm("", "", ""), form, false), e.errors());
        }
    }

    @Get("/campaigns/{id:[0-9]+}")
    HttpResponse<?> campaign(long id, @Nullable @QueryValue String done) {
        return donations.campaign(id).<HttpResponse<?>>map(c -> Pages.page("support/admin/campaign",
                campaignModel(c, new AmountForm("", ""), "recorded".equals(done)))).orElse(HttpResponse.notFound());
    }

    private Map<String, Object> campaignModel(Campaign campaign, AmountForm form, boolean done) {
        Map<String, Object> model = new HashMap<>();
        model.put("c", campaign);
        model.put("total", donations.total(campaign.id()).orElseThrow());
        model.put("amounts", donations.amounts(campaign.id()));
        model.put("shops", donations.activeShops().stream().map(s -> Choice.named(Long.toString(s.id()), s.name() + "（" + s.area() + "）"))
                .toList());
        model.put("form", form);
        model.put("done", done);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/campaigns/{id:[0-9]+}/amounts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> record(long id, @Body AmountForm form, Authentication auth) {
        Campaign campaign = donations.campaign(id).orElse(null);
        if (campaign == null) {
            return HttpResponse.notFound();
        }
        try {
            donations.record(id, form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/support/donations/campaigns/" + id + "?done=recorded");
        } catch (FormInvalidException e) {
            return Pages.invalid("support/admin/campaign", campaignModel(campaign, form, false), e.errors());
        }
    }
}
