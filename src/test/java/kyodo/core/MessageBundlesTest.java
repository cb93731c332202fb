package kyodo.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The message bundles (ARCHITECTURE.md, convention 6): every key starts with its module's prefix,
 * no key is defined twice, both languages have the same keys, and every key a template or a class
 * names exists.
 */
class MessageBundlesTest {

    static final Path I18N = Path.of("frontend/i18n");
    /** bundle → key prefix, as each module's {@link ModuleUi} declares it. */
    static final Map<String, String> PREFIXES = Map.of("core", "core.", "events", "evt.", "directory", "dir.",
            "subsidies", "sub.", "portal", "por.", "points", "pts.", "plan", "pln.", "voices", "voi.", "support", "sup.");
    private static final Pattern KEY_LINE = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]");

    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_ja.properties"))
                    .map(n -> n.substring(0, n.length() - "_ja.properties".length())).sorted().toList();
        }
    }

    static List<String> keyLines(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = KEY_LINE.matcher(line);
            if (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyKeyStartsWithItsModulesPrefixAndIsDefinedOnce() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        for (String bundle : bundles()) {
            String prefix = PREFIXES.get(bundle);
            if (prefix == null) {
                problems.add(bundle + ": a bundle no module declares (add its prefix here and a ModuleUi bean)");
                continue;
            }
            for (String lang : List.of("ja", "en")) {
                Set<String> seen = new java.util.HashSet<>();
                for (String key : keyLines(I18N.resolve(bundle + "_" + lang + ".properties"))) {
                    if (!key.startsWith(prefix)) {
                        problems.add(bundle + "_" + lang + ": " + key + " does not start with " + prefix);
                    }
                    if (!seen.add(key)) {
                        problems.add(bundle + "_" + lang + ": " + key + " is defined twice");
                    }
                    String before = owner.putIfAbsent(lang + ":" + key, bundle);
                    if (before != null && !before.equals(bundle)) {
                        problems.add(key + " is defined in " + before + " and " + bundle);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            Set<String> ja = new TreeSet<>(load(I18N.resolve(bundle + "_ja.properties")).stringPropertyNames());
            Set<String> en = new TreeSet<>(load(I18N.resolve(bundle + "_en.properties")).stringPropertyNames());
            Set<String> onlyJa = new TreeSet<>(ja);
            onlyJa.removeAll(en);
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(ja);
            onlyJa.forEach(k -> problems.add(bundle + ": " + k + " has no English text"));
            onlyEn.forEach(k -> problems.add(bundle + ": " + k + " has no Japanese text"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyKeyThatATemplateOrAClassNamesExists() throws IOException {
        Set<String> defined = new java.util.HashSet<>();
        for (String bundle : bundles()) {
            defined.addAll(load(I18N.resolve(bundle + "_ja.properties")).stringPropertyNames());
        }
        Pattern templateKey = Pattern.compile("#\\{([a-z]{2,4}\\.[A-Za-z0-9_.\\-]+)[(}]");
        Pattern javaKey = Pattern.compile("\"((?:core|evt|dir|sub|por|pts|pln|voi|sup)\\.[A-Za-z0-9_.\\-]*[A-Za-z0-9_])\"");
        Map<String, String> missing = new LinkedHashMap<>();
        scan(Path.of("frontend/views"), ".html", templateKey, defined, missing);
        scan(Path.of("src/main/java"), ".java", javaKey, defined, missing);
        assertEquals(Map.of(), missing, "keys used but not defined (key → first file)");
    }

    /**
     * Files whose Japanese is not UI text: formats and parsing (era names, furigana and date patterns,
     * the national open-data columns, CSV import columns), defaults of settings, and demo data.
     */
    static final Map<String, String> JAPANESE_ALLOWED = Map.ofEntries(
            Map.entry("kyodo/core/JapaneseDates.java", "era dates are a format: 令和2年4月1日"),
            Map.entry("kyodo/core/FiscalYear.java", "年度 is part of the fiscal year's name"),
            Map.entry("kyodo/core/Kana.java", "the furigana pattern (ー・)"),
            Map.entry("kyodo/core/FormText.java", "parsing 円 out of amounts"),
            Map.entry("kyodo/core/KyodoSettings.java", "defaults of the city and center names"),
            Map.entry("kyodo/core/web/ErrorResponses.java", "the bilingual last resort when no page can be rendered"),
            Map.entry("kyodo/core/internal/StartupAccounts.java", "the demo city's accounts"),
            Map.entry("kyodo/events/internal/EventRules.java", "the pattern of session lines (年月日, ～)"),
            Map.entry("kyodo/events/internal/EventExports.java", "the columns of 自治体標準オープンデータセット イベント一覧"),
            Map.entry("kyodo/directory/imports/DirectoryCsv.java", "the CSV import and export columns"),
            Map.entry("kyodo/directory/imports/VolunteerExport.java", "the CSV export columns"),
            Map.entry("kyodo/directory/groups/GroupsOpenData.java", "the open-data columns"),
            Map.entry("kyodo/directory/outreach/LecturesOpenData.java", "the open-data columns"),
            Map.entry("kyodo/subsidies/internal/AdoptedOpenData.java", "the open-data columns"),
            Map.entry("kyodo/plan/internal/PlanItemsOpenData.java", "the open-data columns"),
            Map.entry("kyodo/plan/internal/KpisOpenData.java", "the open-data columns"),
            Map.entry("kyodo/support/donations/ShopsOpenData.java", "the open-data columns"),
            Map.entry("kyodo/portal/cases/CasesOpenData.java", "the open-data columns"));

    @Test
    void noJapaneseTextIsWrittenIntoJava() throws IOException {
        Pattern japaneseLiteral = Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}](?:[^\"\\\\\n]|\\\\.)*\"");
        List<String> problems = new ArrayList<>();
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (name.endsWith("DemoData.java") || JAPANESE_ALLOWED.containsKey(name)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = japaneseLiteral.matcher(line);
                    if (m.find()) {
                        problems.add(name + ":" + (i + 1) + " " + m.group() + " — put it in the module's bundle");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void scan(Path root, String extension, Pattern pattern, Set<String> defined, Map<String, String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(extension)).sorted().toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!defined.contains(key) && !isPrefixOfDefined(key, defined)) {
                        missing.putIfAbsent(key, root.relativize(file).toString());
                    }
                }
            }
        }
    }

    /** A Java string such as "evt.category." + name() names a family of keys, not one. */
    private static boolean isPrefixOfDefined(String key, Set<String> defined) {
        return defined.stream().anyMatch(d -> d.startsWith(key + "."));
    }
}
