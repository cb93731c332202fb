package kyodo.subsidies.web;

import jakarta.inject.Singleton;
import kyodo.core.HomeSection;
import kyodo.subsidies.SubsidiesApi;

import java.util.Locale;

/** The home page's subsidies slot: calls open now or soon. */
@Singleton
class SubsidyHomeSection implements HomeSection {

    private final SubsidiesApi api;

    SubsidyHomeSection(SubsidiesApi api) {
        this.api = api;
    }

    @Override
    public Slot slot() {
        return Slot.SUBSIDIES;
    }

    @Override
    public String template() {
        return "subsidies/parts";
    }

    @Override
    public Object data(Locale locale) {
        return api.openCalls().stream().limit(5).toList();
    }
}
