package kyodo.core.web;

import org.unbescape.html.HtmlEscape;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A shared page rendered for every signed-in visitor with the same roles, kept with two marks where one
 * visitor's page has their name and their form token: serving it to a visitor puts theirs in (escaped as
 * the template would have). What is kept holds nothing of anyone.
 */
final class PersonalPage {

    /**
     * Drawn anew at every start and never sent (every page is filled in before it goes out), so nothing a
     * person writes into a page (a post, an event's title) can be taken for a mark.
     */
    private static final String NONCE = new BigInteger(128, new SecureRandom()).toString(36);
    /** Rendered where the visitor's name goes ({@code site.visitor.name}). */
    static final String NAME_MARK = "kyodo-shared-name-" + NONCE;
    /** Rendered where the visitor's form token goes ({@code csrfToken}). */
    static final String TOKEN_MARK = "kyodo-shared-token-" + NONCE;

    private final byte[][] parts;
    /** After part i comes the name (true) or the token (false); nothing after the last part. */
    private final boolean[] nameAfter;
    private final int length;

    private PersonalPage(byte[][] parts, boolean[] nameAfter) {
        this.parts = parts;
        this.nameAfter = nameAfter;
        int total = 0;
        for (byte[] part : parts) {
            total += part.length;
        }
        this.length = total;
    }

    /** The page as rendered with the marks, cut at each of them. */
    static PersonalPage of(String rendered) {
        List<byte[]> parts = new ArrayList<>();
        List<Boolean> names = new ArrayList<>();
        int from = 0;
        while (true) {
            int name = rendered.indexOf(NAME_MARK, from);
            int token = rendered.indexOf(TOKEN_MARK, from);
            int next = name < 0 ? token : token < 0 ? name : Math.min(name, token);
            if (next < 0) {
                break;
            }
            boolean isName = next == name;
            parts.add(rendered.substring(from, next).getBytes(StandardCharsets.UTF_8));
            names.add(isName);
            from = next + (isName ? NAME_MARK.length() : TOKEN_MARK.length());
        }
        parts.add(rendered.substring(from).getBytes(StandardCharsets.UTF_8));
        boolean[] nameAfter = new boolean[names.size()];
        for (int i = 0; i < nameAfter.length; i++) {
            nameAfter[i] = names.get(i);
        }
        return new PersonalPage(parts.toArray(byte[][]::new), nameAfter);
    }

    /** This visitor's page, as UTF-8. */
    byte[] fill(String name, String token) {
        byte[] escapedName = escape(name).getBytes(StandardCharsets.UTF_8);
        byte[] escapedToken = escape(token).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 8 * (escapedName.length + escapedToken.length));
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(parts[i]);
            if (i < nameAfter.length) {
                out.writeBytes(nameAfter[i] ? escapedName : escapedToken);
            }
        }
        return out.toByteArray();
    }

    /** Bytes kept. */
    int weight() {
        return length;
    }

    /** As {@code th:text} and {@code th:value} escape (markup-significant characters only). */
    private static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text == null ? "" : text);
    }
}
