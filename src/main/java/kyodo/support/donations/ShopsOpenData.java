package kyodo.support.donations;

import jakarta.inject.Singleton;
import kyodo.core.MailTexts;
import kyodo.core.OpenDataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * /opendata/chiikifu-shops.csv: the partner shops of ちい寄附 taking part now, as its public page lists them. Its last
 * change is the latest time a shop was added, ended or resumed.
 */
@Singleton
class ShopsOpenData implements OpenDataset {

    static final List<Column> COLUMNS = List.of(
            column("NO", Type.INTEGER, "no"),
            column("店舗名", Type.TEXT, "name"),
            column("地区", Type.TEXT, "area"),
            column("協力の形", Type.CODE, "kind"),
            column("協力の形の名称", Type.TEXT, "kindLabel"));

    private static Column column(String name, Type type, String key) {
        return new Column(name, type, "sup.opendata.shops.col." + key);
    }

    private final Donations donations;
    private final MailTexts texts;

    ShopsOpenData(Donations donations, MailTexts texts) {
        this.donations = donations;
        this.texts = texts;
    }

    private static final About ABOUT = new About("chiikifu-shops", "sup.opendata.shops.", 70, COLUMNS);

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Table table() {
        List<Shop> all = donations.shops();
        List<List<?>> rows = new ArrayList<>();
        int no = 0;
        for (Shop s : all) {
            if (s.active()) {
                rows.add(Arrays.asList(++no, s.name(), s.area(), s.kind(), texts.text(s.kindKey())));
            }
        }
        return new Table(rows, Table.latest(all.stream().map(s -> s.updatedAt() == null ? s.createdAt() : s.updatedAt())));
    }
}
