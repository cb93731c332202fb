package kyodo.support.donations;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FiscalYear;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.support.donations.CampaignRepository.AmountRow;
import kyodo.support.donations.CampaignRepository.CampaignTotal;
import kyodo.support.donations.DonationForms.AmountForm;
import kyodo.support.donations.DonationForms.CampaignForm;
import kyodo.support.donations.DonationForms.ShopForm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** ちい寄附: partner shops, campaigns with their periods, what each shop raised, totals per campaign and year. */
@Singleton
public class Donations {

    /** A fiscal year's campaigns and their sum. */
    public record Year(int fiscalYear, List<CampaignTotal> campaigns) {
        public long total() {
            return campaigns.stream().mapToLong(CampaignTotal::total).sum();
        }
    }

    private final ShopRepository shops;
    private final CampaignRepository campaigns;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    Donations(ShopRepository shops, CampaignRepository campaigns, FormValidator validator, AuditLog audit, CityClock clock) {
        this.shops = shops;
        this.campaigns = campaigns;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Shop> shops() {
        return shops.findAllInOrder();
    }

    @Transactional
    public List<Shop> activeShops() {
        return shops.findActive();
    }

    @Transactional
    public long addShop(ShopForm form, long staffId) {
        FieldErrors errors = validator.validate(form);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        try {
            Shop saved = shops.save(new Shop(null, form.shopName(), form.area(), form.shopKind(), true, staffId, clock.now(), clock.now()));
            audit.record(staffId, "sup.audit.shopAdded", "sup.audit.target.shop", saved.id().toString(), form.shopName());
            return saved.id();
        } catch (DataAccessException duplicate) {
            throw new FormInvalidException("shopName", "sup.error.shopExists");
        }
    }

    @Transactional
    public void setActive(long shopId, boolean active, long staffId) {
        if (shops.setActive(shopId, active, clock.now()) > 0) {
            audit.record(staffId, active ? "sup.audit.shopResumed" : "sup.audit.shopEnded", "sup.audit.target.shop",
                    Long.toString(shopId), null);
        }
    }

    @Transactional
    public long addCampaign(CampaignForm form, long staffId) {
        FieldErrors errors = validator.validate(form);
        LocalDate starts = date(errors, "startsOn", form.startsOn());
        LocalDate ends = date(errors, "endsOn", form.endsOn());
        if (starts != null && ends != null && ends.isBefore(starts)) {
            errors.add("endsOn", "sup.error.periodOrder");
        }
        if (!errors.has("number") && Integer.parseInt(form.number()) < 1) {
            errors.add("number", "core.error.min", 1);
        }
        if (!errors.has("fiscalYear") && starts != null && !new FiscalYear(Integer.parseInt(form.fiscalYear())).contains(starts)) {
            errors.add("startsOn", "sup.error.outsideYear", new FiscalYear(Integer.parseInt(form.fiscalYear())).label());
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        int year = Integer.parseInt(form.fiscalYear());
        int number = Integer.parseInt(form.number());
        if (campaigns.findByFiscalYearAndNumber(year, number).isPresent()) {
            throw new FormInvalidException("number", "sup.error.campaignExists");
        }
        try {
            Campaign saved = campaigns.save(new Campaign(null, year, number, starts, ends, Integer.parseInt(form.fundsFiscalYear()),
                    staffId, clock.now()));
            audit.record(staffId, "sup.audit.campaignAdded", "sup.audit.target.campaign", saved.id().toString(), year + "-" + number);
            return saved.id();
        } catch (DataAccessException duplicate) {
            throw new FormInvalidException("number", "sup.error.campaignExists");
        }
    }

    @Transactional
    public Optional<Campaign> campaign(long id) {
        return campaigns.findById(id);
    }

    @Transactional
    public List<AmountRow> amounts(long campaignId) {
        return campaigns.amounts(campaignId);
    }

    /** Sets what a shop raised in a campaign; never a negative amount. */
    @Transactional
    public void record(long campaignId, AmountForm form, long staffId) {
        FieldErrors errors = validator.validate(form);
        if (!errors.has("amount") && form.amount().startsWith("-")) {
            errors.add("amount", "sup.error.negative");
        }
        if (!errors.has("shopId") && shops.findById(Long.parseLong(form.shopId())).isEmpty()) {
            errors.add("shopId", "sup.error.chooseShop");
        }
        if (campaigns.findById(campaignId).isEmpty()) {
            errors.add(FieldErrors.FORM, "core.error.notFound");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long amount = Long.parseLong(form.amount());
        campaigns.record(campaignId, Long.parseLong(form.shopId()), amount, staffId, clock.now());
        audit.record(staffId, "sup.audit.amountRecorded", "sup.audit.target.campaign", Long.toString(campaignId),
                form.shopId() + ":" + amount);
    }

    /** Every campaign with its totals, by fiscal year, newest first. */
    @Transactional
    public List<Year> years() {
        Map<Integer, List<CampaignTotal>> byYear = new LinkedHashMap<>();
        for (CampaignTotal t : campaigns.totals()) {
            byYear.computeIfAbsent(t.fiscalYear(), y -> new ArrayList<>()).add(t);
        }
        return byYear.entrySet().stream().map(e -> new Year(e.getKey(), e.getValue())).toList();
    }

    @Transactional
    public Optional<CampaignTotal> total(long campaignId) {
        return campaigns.totals().stream().filter(t -> t.campaignId() == campaignId).findFirst();
    }

    @Transactional
    public long fundedFor(int programYear) {
        return campaigns.fundedFor(programYear);
    }

    @Transactional
    public long raisedIn(int fiscalYear) {
        return campaigns.raisedIn(fiscalYear);
    }

    private static LocalDate date(FieldErrors errors, String field, String text) {
        if (errors.has(field) || text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, "core.error.date");
            return null;
        }
    }
}
