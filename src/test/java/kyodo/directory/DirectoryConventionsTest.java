package kyodo.directory;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directory's own conventions that its source shows: what a person reads comes from the
 * message bundle, so no Java string holds Japanese words, except the demo city's data and the
 * file formats of the CSV and JSON downloads, which are kept in one place (DirectoryCsv), and the open-data
 * files' column headers (a published format, in the *OpenData datasets).
 */
class DirectoryConventionsTest {

    static final Path SOURCES = Path.of("src/main/java/kyodo/directory");
    static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    /** Left to right: a comment, a text block, a string or a char literal (so quotes in comments and "//" in strings are read right). */
    static final Pattern TOKENS = Pattern.compile(
            "/\\*(?s:.*?)\\*/|//[^\\n]*|(\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\")|'(?:\\\\.|[^'\\\\\\n])*'");

    @Test
    void noJapaneseTextInJavaOutsideDemoDataAndTheFileFormats() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith("DemoData.java") || name.equals("DirectoryCsv.java") || name.endsWith("OpenData.java")) {
                    continue;
                }
                for (String literal : strings(Files.readString(file))) {
                    if (JAPANESE.matcher(literal).find()) {
                        problems.add(SOURCES.relativize(file) + ": " + literal);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "Japanese words belong in the dir.* bundle:\n" + String.join("\n", problems));
    }

    @Test
    void theCheckReadsStringsNotComments() {
        List<String> found = strings("/** the \"団体\" page */ class A { String s = \"団体\"; // \"団体\"\n String t = \"a//b\"; }");
        assertTrue(found.equals(List.of("\"団体\"", "\"a//b\"")), found.toString());
    }

    static List<String> strings(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKENS.matcher(source);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
