package kyodo.core;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules for the templates that a reading of their text can check (ARCHITECTURE.md, "Conventions"). */
class TemplateConventionsTest {

    static final Path VIEWS = Path.of("frontend/views");

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    /** Attributes whose content Thymeleaf replaces, so what the file holds is only a placeholder. */
    private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove");

    /**
     * Every Japanese word a person reads comes from a message bundle: text in a template must be a
     * placeholder that th:text (or a fragment) replaces, and an attribute with Japanese must be set by th:.
     */
    @Test
    void noJapaneseTextIsWrittenIntoATemplate() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template));
            for (Element element : doc.getAllElements()) {
                boolean replaced = REPLACING.stream().anyMatch(element::hasAttr)
                        || element.parents().stream().anyMatch(p -> REPLACING.stream().anyMatch(p::hasAttr));
                for (TextNode text : element.textNodes()) {
                    if (!replaced && JAPANESE.matcher(text.text()).find()) {
                        problems.add(VIEWS.relativize(template) + ": text \"" + text.text().strip() + "\"");
                    }
                }
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey();
                    if (!name.startsWith("th:") && JAPANESE.matcher(attribute.getValue()).find()
                            && !element.hasAttr("th:" + name) && !element.attr("th:attr").contains(name + "=")
                            && !replaced) {
                        problems.add(VIEWS.relativize(template) + ": attribute " + name + "=\"" + attribute.getValue() + "\"");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyScrollingTableUsesTheSharedFragment() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            if (template.endsWith(Path.of("layout/parts.html"))) {
                continue;
            }
            String text = Files.readString(template);
            if (text.contains("table-scroll")) {
                problems.add(VIEWS.relativize(template) + ": write layout/parts :: scrollingTable(label, table), "
                        + "which makes the region focusable and named");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
