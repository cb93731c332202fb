package kyodo.core;

/**
 * Text with markup that could run in a browser (a script or frame tag, an event handler attribute, a
 * javascript: link) is refused with a message, whatever field it is typed in. Pages escape text anyway;
 * refusing it keeps it out of the database, the PDF and the mails too.
 */
public final class NoScript {

    /** For {@code @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}")}. */
    public static final String PATTERN = "^(?![\\s\\S]*(?i:<\\s*/?\\s*(?:script|iframe|frame|object|embed|style|svg|math|img|link|meta|base|form|input|textarea|button)\\b"
            + "|(?:java|vb)script\\s*:|data\\s*:\\s*text/html|<[^>]{0,300}\\bon[a-z]+\\s*=|&#))[\\s\\S]*$";

    private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

    private NoScript() {
    }

    public static boolean safe(String text) {
        return text == null || COMPILED.matcher(text).matches();
    }
}
