package kyodo.support.donations;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.core.NoScript;

/** The forms of ちい寄附, one validated record each. */
public final class DonationForms {

    private DonationForms() {
    }

    @Introspected
    @Serdeable
    public record ShopForm(
            @NotBlank @Size(max = 100) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String shopName,
            @NotBlank @Size(max = 100) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String area,
            @NotBlank(message = "{sup.error.chooseShopKind}") @Pattern(regexp = "MENU|BOX", message = "{sup.error.chooseShopKind}") @Nullable String shopKind) {

        public ShopForm {
            shopName = FormText.clean(shopName);
            area = FormText.clean(area);
            shopKind = FormText.clean(shopKind);
        }
    }

    @Introspected
    @Serdeable
    public record CampaignForm(
            @NotBlank @Pattern(regexp = "20\\d{2}", message = "{core.error.format}") @Nullable String fiscalYear,
            @NotBlank @Pattern(regexp = "\\d{1,2}", message = "{core.error.number}") @Nullable String number,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String startsOn,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String endsOn,
            @NotBlank @Pattern(regexp = "20\\d{2}", message = "{core.error.format}") @Nullable String fundsFiscalYear) {

        public CampaignForm {
            fiscalYear = FormText.ascii(fiscalYear);
            number = FormText.number(number);
            startsOn = FormText.ascii(startsOn);
            endsOn = FormText.ascii(endsOn);
            fundsFiscalYear = FormText.ascii(fundsFiscalYear);
        }
    }

    /** What one shop raised in the campaign, in yen (「1,200円」 is fine; a negative amount is refused). */
    @Introspected
    @Serdeable
    public record AmountForm(
            @NotBlank(message = "{sup.error.chooseShop}") @Pattern(regexp = "\\d{1,18}", message = "{sup.error.chooseShop}") @Nullable String shopId,
            @NotBlank @Pattern(regexp = "-?\\d{1,9}", message = "{core.error.number}") @Nullable String amount) {

        public AmountForm {
            shopId = FormText.ascii(shopId);
            amount = FormText.number(amount);
        }
    }
}
