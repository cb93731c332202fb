package kyodo.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
