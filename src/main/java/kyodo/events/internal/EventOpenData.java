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

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String titleKey() {
        return "evt.opendata.title";
    }

    @Override
    public String descriptionKey() {
        return "evt.opendata.description";
    }

    @Override
    public String standardKey() {
        return "evt.opendata.standard";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Column> columns() {
        return EventExports.OPEN_DATA_COLUMNS;
    }

    @Override
    public Table table() {
        return exports.openDataTable();
    }
}
