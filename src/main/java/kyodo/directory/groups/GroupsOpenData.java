package kyodo.directory.groups;

import jakarta.inject.Singleton;
import kyodo.core.KyodoSettings;
import kyodo.core.MailTexts;
import kyodo.core.OpenDataset;
import kyodo.directory.internal.ActivityField;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * /opendata/groups.csv: the approved groups as their public page shows them. No contact details: a
 * group's contact may be a private person's phone, so the file links the group's page instead; the
 * private contact, the representative and the review notes are never in it.
 */
@Singleton
class GroupsOpenData implements OpenDataset {

    static final List<Column> COLUMNS = List.of(
            column("NO", Type.INTEGER, "no"),
            column("団体ID", Type.INTEGER, "id"),
            column("団体名", Type.TEXT, "name"),
            column("団体名_カナ", Type.TEXT, "kana"),
            column("種別", Type.TEXT, "type"),
            column("活動分野", Type.TEXT, "fields"),
            column("活動地域", Type.TEXT, "area"),
            column("小学校区", Type.TEXT, "district"),
            column("設立年", Type.INTEGER, "founded"),
            column("会員数", Type.INTEGER, "members"),
            column("活動内容", Type.TEXT, "description"),
            column("活動日", Type.TEXT, "days"),
            column("活動場所", Type.TEXT, "place"),
            column("ウェブサイト", Type.URL, "website"),
            column("SNS", Type.TEXT, "social"),
            column("団体のページ", Type.URL, "url"));

    private static Column column(String name, Type type, String key) {
        return new Column(name, type, "dir.opendata.groups.col." + key);
    }

    private final GroupFinder groups;
    private final MailTexts texts;
    private final KyodoSettings settings;

    GroupsOpenData(GroupFinder groups, MailTexts texts, KyodoSettings settings) {
        this.groups = groups;
        this.texts = texts;
        this.settings = settings;
    }

    private static final About ABOUT = new About("groups", "dir.opendata.groups.", 20, COLUMNS);

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Table table() {
        List<Group> all = groups.search(new GroupFinder.Search(null, null, null, null), 1, Integer.MAX_VALUE / 2).groups();
        List<List<?>> rows = new ArrayList<>();
        int no = 0;
        for (Group g : all) {
            rows.add(java.util.Arrays.asList(++no, g.id(), g.name(), n(g.nameKana()), texts.text(g.type().labelKey()),
                    fields(g.fields(), texts),
                    n(g.area()), n(g.schoolDistrict()), g.foundedYear() == null ? "" : g.foundedYear(),
                    g.memberCount() == null ? "" : g.memberCount(), n(g.description()).replace("\r", ""),
                    n(g.activityDays()), n(g.activityPlace()), n(g.website()), n(g.socialLinks()).replace("\r", ""),
                    settings.getBaseUrl() + "/groups/" + g.id()));
        }
        return new Table(rows, Table.latest(all.stream().map(Group::updatedAt)));
    }

    static String n(String value) {
        return value == null ? "" : value;
    }

    /** Fields of activity in Japanese, separated by semicolons. */
    static String fields(List<ActivityField> fields, MailTexts texts) {
        return fields.stream().map(f -> texts.text(f.labelKey())).collect(Collectors.joining(";"));
    }
}
