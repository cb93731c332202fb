package kyodo.portal;

import kyodo.portal.internal.Markdown;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever an editor types, the rendered Markdown cannot carry script: no script element, handler, javascript: link, style or frame. */
class MarkdownTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](  javascript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<p onclick=\"alert(1)\">x</p>",
            "<details open ontoggle=alert(1)>",
            "[x](vbscript:msgbox(1))",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "[x](&#106;avascript:alert(1))",
            "```\n</code><script>alert(1)</script>\n```",
            "<!-- --><script>alert(1)</script> -->",
            "<form action=https://evil.example><input name=x></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    })
    void renderedMarkdownCannotCarryScript(String markdown) {
        String html = Markdown.html("本文\n\n" + markdown + "\n\n**終わり**").toLowerCase(Locale.ROOT);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.matches("(?s).*<[^>]*\\son[a-z]+\\s*=.*"), html);
        assertFalse(html.contains("javascript:") && html.contains("href=\"javascript"), html);
        assertFalse(html.contains("href=\"javascript") || html.contains("src=\"javascript") || html.contains("href=\"vbscript")
                || html.contains("href=\"data:"), html);
        assertFalse(html.contains("<iframe") || html.contains("<svg") || html.contains("<style") || html.contains(" style=")
                || html.contains("<form") || html.contains("<input") || html.contains("<img"), html);
        assertTrue(html.contains("<strong>終わり</strong>"), "the rest is still rendered: " + html);
    }

    @Test
    void formattingListsTablesAndSafeLinksAreKept() {
        String html = Markdown.html("# 見出し\n\n- 一つ目\n- 二つ目\n\n**強調** と [サイト](https://example.jp/a?b=1)\n");
        assertTrue(html.contains("<h1>見出し</h1>"), html);
        assertTrue(html.contains("<li>一つ目</li>"));
        assertTrue(html.contains("<strong>強調</strong>"));
        assertTrue(html.contains("href=\"https://example.jp/a?b&#61;1\"") || html.contains("href=\"https://example.jp/a?b=1\""), html);
        assertEquals("", Markdown.html("  "));
        assertEquals("見出し 一つ目", Markdown.plain("# 見出し\n\n- 一つ目", 100));
    }
}
