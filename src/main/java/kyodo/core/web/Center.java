package kyodo.core.web;

import kyodo.core.KyodoSettings;

/**
 * The support center's contact as the footer and the contact page show it, from the settings
 * (KYODO_CENTER_*). Empty settings are null, so the pages leave that line out; the map link to the
 * GSI map (地理院地図) is there only when both coordinates are set and make sense.
 */
public record Center(String name, String address, String phone, String hours, String email, String mapUrl) {

    static Center of(KyodoSettings settings) {
        return new Center(blank(settings.getCenterName()), blank(settings.getCenterAddress()), blank(settings.getCenterPhone()),
                blank(settings.getCenterHours()), blank(settings.getCenterEmail()),
                gsiMap(settings.getCenterLatitude(), settings.getCenterLongitude()));
    }

    /** The phone number for a {@code tel:} link: digits and a leading plus only. */
    public String phoneLink() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    /** {@code https://maps.gsi.go.jp/#16/<lat>/<lon>/}, or null without (valid) coordinates. */
    public static String gsiMap(String latitude, String longitude) {
        Double lat = number(latitude);
        Double lon = number(longitude);
        if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            return null;
        }
        return "https://maps.gsi.go.jp/#16/" + latitude.strip() + "/" + longitude.strip() + "/";
    }

    private static Double number(String text) {
        if (text == null || !text.strip().matches("-?\\d{1,3}(\\.\\d{1,10})?")) {
            return null;
        }
        return Double.valueOf(text.strip());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
