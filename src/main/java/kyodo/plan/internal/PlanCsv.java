package kyodo.plan.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.CsvFiles;
import kyodo.core.MailTexts;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's sheets as CSV (UTF-8 with BOM, or Windows-31J), so a city can load the sheets it keeps in Excel.
 * One row per item with every field of the sheet, a 年次計画 column per fiscal year of the plan
 * (「年次計画 H28」), and the 取組実績, 進捗状況 and 今後の方向性 of one fiscal year (年度); an item's results of
 * other years follow on rows that repeat only its number. The column names are the bundle's
 * {@code pln.csv.col.*}. An import is all or nothing: every row is checked first, and any problem is
 * reported with its line, and nothing is written.
 */
@Singleton
public class PlanCsv {

    public record RowError(long line, String column, String key, Object arg) {
    }

    public static final class ImportFailed extends RuntimeException {
        private final List<RowError> errors;

        public ImportFailed(List<RowError> errors) {
            super(errors.size() + " errors", null, false, false);
            this.errors = errors;
        }

        public List<RowError> errors() {
            return errors;
        }
    }

    /** The fixed columns, in export order (keys under pln.csv.col.). */
    static final List<String> COLUMNS = List.of("number", "parent", "name", "repostOf", "division", "department",
            "departmentNote", "relatedDepartments", "issue", "purpose", "content", "related", "target", "actor", "completion");
    static final List<String> RESULT_COLUMNS = List.of("fiscalYear", "result", "mark", "direction");
    static final Map<String, Integer> LIMITS = Map.ofEntries(Map.entry("number", 40), Map.entry("parent", 40),
            Map.entry("name", 300), Map.entry("repostOf", 40), Map.entry("division", 100), Map.entry("department", 100),
            Map.entry("departmentNote", 200), Map.entry("relatedDepartments", 500), Map.entry("issue", 10000),
            Map.entry("purpose", 10000), Map.entry("content", 20000), Map.entry("related", 2000), Map.entry("target", 500),
            Map.entry("actor", 500), Map.entry("completion", 5000), Map.entry("fiscalYear", 10), Map.entry("result", 20000),
            Map.entry("mark", 20), Map.entry("direction", 5000));

    /** One item as read from its row (and its results, from its rows). */
    private static final class Row {
        long line;
        String number;
        Map<String, String> values = new HashMap<>();
        Map<Integer, String> yearPlans = new LinkedHashMap<>();
        List<ResultRow> results = new ArrayList<>();
    }

    private record ResultRow(int year, String text, String mark, String direction) {
    }

    private final PlanRepository plans;
    private final ItemRepository items;
    private final ResultRepository results;
    private final Departments departments;
    private final DepartmentRepository departmentRows;
    private final MailTexts texts;
    private final AuditLog audit;
    private final CityClock clock;

    PlanCsv(PlanRepository plans, ItemRepository items, ResultRepository results, Departments departments,
            DepartmentRepository departmentRows, MailTexts texts, AuditLog audit, CityClock clock) {
        this.plans = plans;
        this.items = items;
        this.results = results;
        this.departments = departments;
        this.departmentRows = departmentRows;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    private String column(String key) {
        return texts.text("pln.csv.col." + key);
    }

    private String yearColumn(int year) {
        return texts.text("pln.csv.col.yearPlan", PlanYears.era(year));
    }

    /** The mark as a word that Windows-31J can write (完了 / 完了の目途 / 継続中). */
    private String markWord(String mark) {
        return Mark.parse(mark).map(m -> texts.text(m.labelKey())).orElse("");
    }

    /** ✓ / ◇ / ・, 完了 / 完了の目途 / 継続中, or the code. */
    Optional<Mark> readMark(String typed) {
        String s = typed.strip();
        for (Mark m : Mark.values()) {
            if (s.equals(m.name()) || s.equals(texts.text(m.labelKey())) || s.equals(texts.text(m.symbolKey()))
                    || s.equals(texts.text(m.symbolKey()) + " " + texts.text(m.labelKey()))
                    || s.equals(texts.text(m.symbolKey()) + texts.text(m.labelKey()))) {
                return Optional.of(m);
            }
        }
        if (s.equals("\u2714") || s.equals("\u2611") || s.equals("\u221A")) {
            return Optional.of(Mark.DONE);
        }
        if (s.equals("\u00B7") || s.equals("\uFF65") || s.equals("\u2022")) {
            return Optional.of(Mark.CONTINUING);
        }
        return Optional.empty();
    }

    @Transactional
    public String fileName(Plan plan) {
        return texts.text("pln.csv.file", plan.name());
    }

    @Transactional
    public byte[] export(long planId, CsvFiles.Encoding encoding) {
        Plan plan = plans.findById(planId).orElseThrow(Plans::notFound);
        List<String> header = new ArrayList<>();
        COLUMNS.forEach(c -> header.add(column(c)));
        plan.years().forEach(y -> header.add(yearColumn(y)));
        RESULT_COLUMNS.forEach(c -> header.add(column(c)));
        List<Item> all = items.ofPlan(planId);
        Map<Long, Item> byId = new HashMap<>();
        all.forEach(i -> byId.put(i.id(), i));
        Map<Long, List<Link>> links = new HashMap<>();
        items.linksOfPlan(planId).forEach(l -> links.computeIfAbsent(l.itemId(), k -> new ArrayList<>()).add(l));
        Map<Long, Map<Integer, String>> years = new HashMap<>();
        items.yearPlansOfPlan(planId).forEach(y -> years.computeIfAbsent(y.itemId(), k -> new HashMap<>()).put(y.fiscalYear(), y.planText()));
        Map<Long, List<Result>> published = new HashMap<>();
        results.ofPlan(planId).stream().filter(Result::published)
                .forEach(r -> published.computeIfAbsent(r.itemId(), k -> new ArrayList<>()).add(r));
        Map<Long, Department> depts = new HashMap<>();
        departmentRows.findInOrder().forEach(d -> depts.put(d.id(), d));
        List<List<?>> rows = new ArrayList<>();
        for (Item i : all) {
            Department d = i.departmentId() == null ? null : depts.get(i.departmentId());
            Item parent = i.parentId() == null ? null : byId.get(i.parentId());
            String derived = ItemNumber.parentOf(i.number());
            List<String> related = links.getOrDefault(i.id(), List.of()).stream().map(l -> byId.get(l.relatedId()))
                    .filter(java.util.Objects::nonNull).map(r -> r.number() + " " + r.name()).toList();
            List<Object> row = new ArrayList<>(List.of(i.number(),
                    parent == null || parent.number().equals(derived) ? "" : parent.number(), i.name(),
                    i.repostOf() == null || byId.get(i.repostOf()) == null ? "" : byId.get(i.repostOf()).number(),
                    d == null || d.division() == null ? "" : d.division(), d == null ? "" : d.name(), n(i.departmentNote()),
                    n(i.relatedDepartments()), n(i.issue()), n(i.purpose()), n(i.content()), String.join("\n", related),
                    n(i.target()), n(i.actor()), n(i.completion())));
            plan.years().forEach(y -> row.add(years.getOrDefault(i.id(), Map.of()).getOrDefault(y, "")));
            List<Result> rs = published.getOrDefault(i.id(), List.of());
            if (rs.isEmpty()) {
                RESULT_COLUMNS.forEach(c -> row.add(""));
                rows.add(row);
            }
            for (int k = 0; k < rs.size(); k++) {
                Result r = rs.get(k);
                List<Object> line = k == 0 ? row : new ArrayList<>();
                if (k > 0) {
                    line.add(i.number());
                    for (int c = 1; c < COLUMNS.size() + plan.years().size(); c++) {
                        line.add("");
                    }
                }
                line.addAll(List.of(Integer.toString(r.fiscalYear()), n(r.resultText()), markWord(r.mark()), n(r.direction())));
                rows.add(line);
            }
        }
        return CsvFiles.write(header, rows, encoding);
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    /** Imports the sheets into the plan: items are added or changed by number; returns how many items. */
    @Transactional
    public int importCsv(long planId, byte[] content, long actorId) {
        Plan plan = plans.findByIdForUpdate(planId).orElseThrow(Plans::notFound);
        List<CSVRecord> records;
        try {
            records = CsvFiles.parse(content);
        } catch (CsvFiles.CsvFormatException e) {
            throw new ImportFailed(List.of(new RowError(0, "", "pln.error.import.notCsv", null)));
        }
        List<RowError> errors = new ArrayList<>();
        Map<String, String> keyOfHeader = new HashMap<>();
        Map<String, Integer> yearOfHeader = new HashMap<>();
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach(c -> known.put(column(c), c));
        RESULT_COLUMNS.forEach(c -> known.put(column(c), c));
        String yearPrefix = texts.text("pln.csv.col.yearPlan", "").strip();
        List<String> header = records.isEmpty() ? List.of() : records.get(0).getParser().getHeaderNames();
        for (String h : header) {
            String name = h == null ? "" : h.strip();
            if (known.containsKey(name)) {
                keyOfHeader.put(h, known.get(name));
            } else if (name.startsWith(yearPrefix)) {
                int year = PlanYears.parse(name.substring(yearPrefix.length()));
                if (year < 0) {
                    errors.add(new RowError(1, name, "pln.error.import.yearColumn", null));
                } else if (!plan.covers(year)) {
                    errors.add(new RowError(1, name, "pln.error.yearOutsidePeriod", plan.firstYear() + "\u2013" + plan.lastYear()));
                } else {
                    yearOfHeader.put(h, year);
                }
            } else if (!name.isEmpty()) {
                errors.add(new RowError(1, name, "pln.error.import.unknownColumn", null));
            }
        }
        for (String required : List.of("number", "name")) {
            if (!keyOfHeader.containsValue(required)) {
                errors.add(new RowError(1, column(required), "pln.error.import.missingColumn", null));
            }
        }
        if (records.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(0, "", "pln.error.import.empty", null));
        }
        if (!keyOfHeader.containsValue("number") || !keyOfHeader.containsValue("name") || records.isEmpty()) {
            throw new ImportFailed(errors);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (CSVRecord record : records) {
            long line = record.getRecordNumber() + 1;
            Map<String, String> values = new HashMap<>();
            Map<Integer, String> years = new LinkedHashMap<>();
            for (String h : header) {
                String value = record.isSet(h) ? record.get(h).strip() : "";
                if (keyOfHeader.containsKey(h)) {
                    String key = keyOfHeader.get(h);
                    if (value.length() > LIMITS.get(key)) {
                        errors.add(new RowError(line, h.strip(), "core.error.tooLong", LIMITS.get(key)));
                    }
                    values.put(key, value);
                } else if (yearOfHeader.containsKey(h) && !value.isEmpty()) {
                    if (value.length() > 100) {
                        errors.add(new RowError(line, h.strip(), "core.error.tooLong", 100));
                    }
                    years.put(yearOfHeader.get(h), value);
                }
            }
            String number = ItemNumber.normalize(values.getOrDefault("number", ""));
            if (number == null) {
                if (values.values().stream().anyMatch(v -> !v.isEmpty()) || !years.isEmpty()) {
                    errors.add(new RowError(line, column("number"), "core.error.required", null));
                }
                continue;
            }
            String name = stripRepost(values.getOrDefault("name", ""));
            Row row;
            if (!name.isEmpty()) {
                if (rows.containsKey(number)) {
                    errors.add(new RowError(line, column("number"), "pln.error.duplicateNumber", number));
                    continue;
                }
                row = new Row();
                row.line = line;
                row.number = number;
                values.put("name", name);
                row.values = values;
                row.yearPlans = years;
                rows.put(number, row);
            } else {
                row = rows.get(number);
                if (row == null) {
                    errors.add(new RowError(line, column("name"), "core.error.required", null));
                    continue;
                }
            }
            readResult(line, values, plan, errors).ifPresent(row.results::add);
        }
        Map<String, Item> existing = new HashMap<>();
        items.ofPlan(planId).forEach(i -> existing.put(i.number(), i));
        for (Row row : rows.values()) {
            String parent = ItemNumber.normalize(row.values.getOrDefault("parent", ""));
            if (parent != null && !rows.containsKey(parent) && !existing.containsKey(parent)) {
                errors.add(new RowError(row.line, column("parent"), "pln.error.noSuchItem", parent));
            }
            String original = ItemNumber.normalize(row.values.getOrDefault("repostOf", ""));
            if (original != null && (original.equals(row.number) || !rows.containsKey(original) && !existing.containsKey(original))) {
                errors.add(new RowError(row.line, column("repostOf"),
                        original.equals(row.number) ? "pln.error.repostSelf" : "pln.error.noSuchItem", original));
            }
            for (String n : Items.numbersIn(row.values.get("related"))) {
                if (!rows.containsKey(n) && !existing.containsKey(n)) {
                    errors.add(new RowError(row.line, column("related"), "pln.error.noSuchRelated", n));
                }
            }
            if (parent != null && loops(row.number, rows)) {
                errors.add(new RowError(row.line, column("parent"), "pln.error.parentLoop", null));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingLong(RowError::line));
            throw new ImportFailed(errors);
        }
        write(plan, rows, existing, actorId);
        audit.record(actorId, "pln.audit.imported", Plans.TARGET, Long.toString(planId), Integer.toString(rows.size()));
        return rows.size();
    }

    private String stripRepost(String name) {
        String marker = texts.text("pln.repost");
        String s = name.strip();
        return s.endsWith(marker) ? s.substring(0, s.length() - marker.length()).strip() : s;
    }

    private Optional<ResultRow> readResult(long line, Map<String, String> values, Plan plan, List<RowError> errors) {
        String yearText = values.getOrDefault("fiscalYear", "");
        String text = values.getOrDefault("result", "");
        String markText = values.getOrDefault("mark", "");
        String direction = values.getOrDefault("direction", "");
        if (yearText.isEmpty()) {
            if (!text.isEmpty() || !markText.isEmpty() || !direction.isEmpty()) {
                errors.add(new RowError(line, column("fiscalYear"), "core.error.required", null));
            }
            return Optional.empty();
        }
        int year = PlanYears.parse(yearText.replace(texts.text("pln.csv.fiscalYearSuffix"), ""));
        if (year < 0) {
            errors.add(new RowError(line, column("fiscalYear"), "pln.error.year", null));
            return Optional.empty();
        }
        if (!plan.covers(year)) {
            errors.add(new RowError(line, column("fiscalYear"), "pln.error.yearOutsidePeriod",
                    plan.firstYear() + "\u2013" + plan.lastYear()));
            return Optional.empty();
        }
        Mark mark = null;
        if (!markText.isEmpty()) {
            mark = readMark(markText).orElse(null);
            if (mark == null) {
                errors.add(new RowError(line, column("mark"), "pln.error.mark", null));
                return Optional.empty();
            }
        }
        return Optional.of(new ResultRow(year, text.isEmpty() ? null : text, mark == null ? null : mark.name(),
                direction.isEmpty() ? null : direction));
    }

    private static boolean loops(String number, Map<String, Row> rows) {
        String at = number;
        for (int guard = 0; guard < 30; guard++) {
            Row row = rows.get(at);
            if (row == null) {
                return false;
            }
            String parent = ItemNumber.normalize(row.values.getOrDefault("parent", ""));
            if (parent == null) {
                parent = ItemNumber.parentOf(at);
            }
            if (parent == null) {
                return false;
            }
            if (parent.equals(number)) {
                return true;
            }
            at = parent;
        }
        return true;
    }

    private void write(Plan plan, Map<String, Row> rows, Map<String, Item> existing, long actorId) {
        Map<String, Item> saved = new HashMap<>(existing);
        for (Row row : rows.values()) {
            Map<String, String> v = row.values;
            Long departmentId = null;
            String department = blank(v.get("department"));
            if (department != null) {
                departmentId = departments.findOrCreate(department, blank(v.get("division"))).id();
            }
            Item before = existing.get(row.number);
            // Numbers that are not numbers (Furano's concepts) keep the order of the sheet.
            String sortKey = ItemNumber.numeric(row.number) ? ItemNumber.sortKey(row.number) : String.format("8888.%08d", row.line);
            Item item = new Item(before == null ? null : before.id(), plan.id(), null, 1, row.number, sortKey, v.get("name"), null, blank(v.get("issue")), blank(v.get("purpose")),
                    blank(v.get("content")), blank(v.get("target")), blank(v.get("actor")), departmentId,
                    blank(v.get("departmentNote")), blank(v.get("relatedDepartments")), blank(v.get("completion")),
                    before == null ? clock.now() : before.createdAt(), clock.now());
            saved.put(row.number, before == null ? items.save(item) : items.update(item));
        }
        for (Row row : rows.values()) {
            Item item = saved.get(row.number);
            String parentNumber = ItemNumber.normalize(row.values.getOrDefault("parent", ""));
            if (parentNumber == null) {
                parentNumber = ItemNumber.parentOf(row.number);
            }
            Item parent = parentNumber == null ? null : saved.get(parentNumber);
            String originalNumber = ItemNumber.normalize(row.values.getOrDefault("repostOf", ""));
            Item original = originalNumber == null ? null : saved.get(originalNumber);
            items.update(new Item(item.id(), item.planId(), parent == null ? null : parent.id(), depth(row.number, rows, saved),
                    item.number(), item.sortKey(), item.name(), original == null ? null : original.id(), item.issue(),
                    item.purpose(), item.content(), item.target(), item.actor(), item.departmentId(), item.departmentNote(),
                    item.relatedDepartments(), item.completion(), item.createdAt(), item.updatedAt()));
            items.deleteLinks(item.id());
            int position = 1;
            for (String n : Items.numbersIn(row.values.get("related"))) {
                Item target = saved.get(n);
                if (target != null && !target.id().equals(item.id())) {
                    items.addLink(item.id(), target.id(), position++);
                }
            }
            if (!row.yearPlans.isEmpty()) {
                items.deleteYearPlans(item.id());
                row.yearPlans.forEach((year, text) -> items.addYearPlan(item.id(), year, text));
            }
            for (ResultRow r : row.results) {
                results.upsertPublished(item.id(), r.year(), r.text(), r.mark(), r.direction(), actorId, clock.now());
            }
        }
    }

    /** The level of an item: one below an explicit parent, else the count of its number's segments (1-(2)-① is 3). */
    private static int depth(String number, Map<String, Row> rows, Map<String, Item> saved) {
        String at = number;
        int above = 0;
        for (int guard = 0; guard < 30; guard++) {
            Row row = rows.get(at);
            if (row == null) {
                Item outside = saved.get(at);
                return above + (outside == null ? ItemNumber.segments(at).size() : outside.depth());
            }
            String parent = ItemNumber.normalize(row.values.getOrDefault("parent", ""));
            if (parent == null) {
                return above + ItemNumber.segments(at).size();
            }
            above++;
            at = parent;
        }
        return above;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
