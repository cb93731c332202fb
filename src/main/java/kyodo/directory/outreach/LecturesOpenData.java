package kyodo.directory.outreach;

import jakarta.inject.Singleton;
import kyodo.core.KyodoSettings;
import kyodo.core.MailTexts;
import kyodo.core.OpenDataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** /opendata/lectures.csv: the public catalog of outreach lectures (published, of approved groups). */
@Singleton
class LecturesOpenData implements OpenDataset {

    static final List<Column> COLUMNS = List.of(
            column("NO", Type.INTEGER, "no"),
            column("講座ID", Type.INTEGER, "id"),
            column("講座名", Type.TEXT, "title"),
            column("団体ID", Type.INTEGER, "groupId"),
            column("団体名", Type.TEXT, "group"),
            column("内容", Type.TEXT, "description"),
            column("対象", Type.TEXT, "audiences"),
            column("対象の補足", Type.TEXT, "audienceNote"),
            column("所要時間_分", Type.INTEGER, "minutes"),
            column("料金_円", Type.INTEGER, "fee"),
            column("料金の補足", Type.TEXT, "feeNote"),
            column("依頼者が用意するもの", Type.TEXT, "hostPrepares"),
            column("活動分野", Type.TEXT, "fields"),
            column("対応地域", Type.TEXT, "serviceArea"),
            column("最少人数", Type.INTEGER, "minPeople"),
            column("最多人数", Type.INTEGER, "maxPeople"),
            column("講座のページ", Type.URL, "url"));

    private static Column column(String name, Type type, String key) {
        return new Column(name, type, "dir.opendata.lectures.col." + key);
    }

    private final LectureService lectures;
    private final MailTexts texts;
    private final KyodoSettings settings;

    LecturesOpenData(LectureService lectures, MailTexts texts, KyodoSettings settings) {
        this.lectures = lectures;
        this.texts = texts;
        this.settings = settings;
    }

    private static final About ABOUT = new About("lectures", "dir.opendata.lectures.", 30, COLUMNS);

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Table table() {
        List<Lecture> all = lectures.catalog(new LectureService.Search(null, null, null));
        List<List<?>> rows = new ArrayList<>();
        int no = 0;
        for (Lecture l : all) {
            rows.add(Arrays.asList(++no, l.id(), l.title(), l.groupId(), l.groupName(), n(l.description()).replace("\r", ""),
                    l.audiences().stream().map(a -> texts.text(a.labelKey())).collect(Collectors.joining(";")),
                    n(l.audienceNote()), l.minutes(), l.free() ? 0 : l.feeAmount(), n(l.feeNote()),
                    n(l.hostPrepares()).replace("\r", ""),
                    l.fields().stream().map(f -> texts.text(f.labelKey())).collect(Collectors.joining(";")),
                    n(l.serviceArea()), l.minPeople() == null ? "" : l.minPeople(),
                    l.maxPeople() == null ? "" : l.maxPeople(), settings.getBaseUrl() + "/lectures/" + l.id()));
        }
        return new Table(rows, Table.latest(all.stream().map(Lecture::updatedAt)));
    }

    private static String n(String value) {
        return value == null ? "" : value;
    }
}
