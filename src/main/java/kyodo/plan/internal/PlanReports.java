package kyodo.plan.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What citizens read: the plan as a tree with filters (mark, department, fiscal year, text), and the
 * progress report of a fiscal year (every item with its published result, the counts of each mark, the KPIs).
 */
@Singleton
public class PlanReports {

    /** The tree filters; null or blank means "any". */
    public record Filter(Mark mark, Long departmentId, String text) {
        public boolean any() {
            return mark != null || departmentId != null || (text != null && !text.isBlank());
        }
    }

    /** One line of the report: an item with its level, department and result of the year. */
    public record Line(Item item, String levelName, Department department, Result result, boolean heading, Item original) {
    }

    public record YearReport(Plan plan, int fiscalYear, List<Line> lines, List<Kpis.View> kpis) {
        public long count(Mark mark) {
            return lines.stream().filter(l -> l.result() != null && mark.name().equals(l.result().mark())).count();
        }

        public long reported() {
            return lines.stream().filter(l -> l.result() != null).count();
        }

        public List<Mark> marks() {
            return List.of(Mark.values());
        }

        public long items() {
            return lines.stream().filter(l -> !l.heading()).count();
        }
    }

    private final Plans plans;
    private final Kpis kpis;

    PlanReports(Plans plans, Kpis kpis) {
        this.plans = plans;
        this.kpis = kpis;
    }

    /** The nodes to show: those matching the filter and the headings above them. */
    public List<PlanBook.Node> filter(PlanBook book, Filter filter) {
        if (!filter.any()) {
            return book.roots();
        }
        List<PlanBook.Node> kept = new ArrayList<>();
        for (PlanBook.Node n : book.roots()) {
            PlanBook.Node k = keep(book, n, filter);
            if (k != null) {
                kept.add(k);
            }
        }
        return kept;
    }

    private PlanBook.Node keep(PlanBook book, PlanBook.Node node, Filter filter) {
        List<PlanBook.Node> children = new ArrayList<>();
        for (PlanBook.Node c : node.children()) {
            PlanBook.Node k = keep(book, c, filter);
            if (k != null) {
                children.add(k);
            }
        }
        if (!children.isEmpty() || matches(book, node.item(), filter)) {
            return new PlanBook.Node(node.item(), children);
        }
        return null;
    }

    static boolean matches(PlanBook book, Item item, Filter filter) {
        Result r = book.result(item);
        if (filter.mark() != null && (r == null || !filter.mark().name().equals(r.mark()))) {
            return false;
        }
        if (filter.departmentId() != null && !filter.departmentId().equals(item.departmentId())) {
            return false;
        }
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return true;
        }
        String n = ItemNumber.normalize(filter.text());
        if (n != null && item.number().equals(n)) {
            return true;
        }
        for (String field : new String[]{item.number(), item.name(), item.issue(), item.purpose(), item.content(),
                item.target(), item.actor(), item.relatedDepartments(), item.completion(),
                r == null ? null : r.resultText(), r == null ? null : r.direction(),
                book.department(item) == null ? null : book.department(item).name()}) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    @Transactional
    public YearReport year(Plan plan, int fiscalYear, boolean publishedOnly) {
        PlanBook book = plans.book(plan, fiscalYear, publishedOnly);
        List<Line> lines = new ArrayList<>();
        for (Item item : book.items()) {
            lines.add(new Line(item, book.levelName(item), book.department(item), book.result(item), !book.leaf(item),
                    book.original(item)));
        }
        return new YearReport(plan, fiscalYear, lines, kpis.views(plan.id()));
    }
}
