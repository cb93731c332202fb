package kyodo.portal.news;

import jakarta.inject.Singleton;
import kyodo.core.HomeSection;

import java.util.List;
import java.util.Locale;

/** The home page's news slot: the latest items published and not expired; nothing (the slot's empty state) when there is none. */
@Singleton
class NewsHomeSection implements HomeSection {

    private final NewsDesk desk;

    NewsHomeSection(NewsDesk desk) {
        this.desk = desk;
    }

    @Override
    public Slot slot() {
        return Slot.NEWS;
    }

    @Override
    public String template() {
        return "portal/news/home";
    }

    @Override
    public Object data(Locale locale) {
        List<News> latest = desk.visible("", 5);
        return latest.isEmpty() ? null : latest;
    }
}
