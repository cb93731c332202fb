package kyodo.core;

import java.math.BigDecimal;

/**
 * A link to a place on the GSI map (地理院地図, maps.gsi.go.jp) from its coordinates: a plain link, no
 * script or tiles on our pages. Without both coordinates, or with ones off the globe, there is no link.
 */
public final class GsiMap {

    /** Latitude and longitude as typed: up to three digits, up to ten decimals, an optional minus. */
    public static final String COORDINATE = "-?\\d{1,3}(\\.\\d{1,10})?";

    private GsiMap() {
    }

    /** {@code https://maps.gsi.go.jp/#16/<lat>/<lon>/}, or null without (valid) coordinates. */
    public static String url(String latitude, String longitude) {
        if (!latitude(latitude) || !longitude(longitude)) {
            return null;
        }
        return "https://maps.gsi.go.jp/#16/" + latitude.strip() + "/" + longitude.strip() + "/";
    }

    public static String url(BigDecimal latitude, BigDecimal longitude) {
        return latitude == null || longitude == null ? null
                : url(latitude.stripTrailingZeros().toPlainString(), longitude.stripTrailingZeros().toPlainString());
    }

    /** A latitude between -90 and 90. */
    public static boolean latitude(String text) {
        Double v = number(text);
        return v != null && Math.abs(v) <= 90;
    }

    /** A longitude between -180 and 180. */
    public static boolean longitude(String text) {
        Double v = number(text);
        return v != null && Math.abs(v) <= 180;
    }

    private static Double number(String text) {
        if (text == null || !text.strip().matches(COORDINATE)) {
            return null;
        }
        return Double.valueOf(text.strip());
    }
}
