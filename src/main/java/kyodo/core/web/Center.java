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

    /** The center's place on the GSI map: see {@link kyodo.core.GsiMap}. */
    public static String gsiMap(String latitude, String longitude) {
        return kyodo.core.GsiMap.url(latitude, longitude);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
