package kyodo.events.internal;

import jakarta.inject.Singleton;
import kyodo.core.OpenDataset;

import java.util.List;

/** /opendata/events.csv: 自治体標準オープンデータセット「イベント一覧」 of the published events (see {@link EventExports}). */
@Singleton
class EventOpenData implements OpenDataset {

    private final EventExports exports;

    EventOpenData(EventExports exports) {
        this.exports = exports;
    }

    private static final About ABOUT = new About("events", "evt.opendata.", 10, EventExports.OPEN_DATA_COLUMNS);

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public String standardKey() {
        return "evt.opendata.standard";
    }

    @Override
    public Table table() {
        return exports.openDataTable();
    }
}
