package kyodo.core;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Settings of the deployment, from application.yml or environment variables
 * (KYODO_CITY_NAME, KYODO_BASE_URL, ...).
 */
@ConfigurationProperties("kyodo")
public class KyodoSettings {

    private String cityName = "さくら市";
    private String cityNameEn = "Sakura City";
    private String centerName = "市民活動サポートセンター";
    private String baseUrl = "http://localhost:8080";
    private String centerAddress = "";
    private String centerPhone = "";
    private String centerHours = "";
    private String centerEmail = "";
    private String centerLatitude = "";
    private String centerLongitude = "";
    private String opendataLicense = "CC BY 4.0";
    private String opendataLicenseUrl = "https://creativecommons.org/licenses/by/4.0/deed.ja";

    public String getCityName() {
        return cityName;
    }

    public void setCityName(String cityName) {
        this.cityName = cityName;
    }

    public String getCityNameEn() {
        return cityNameEn;
    }

    public void setCityNameEn(String cityNameEn) {
        this.cityNameEn = cityNameEn;
    }

    public String getCenterName() {
        return centerName;
    }

    public void setCenterName(String centerName) {
        this.centerName = centerName;
    }

    /** Used in links sent by e-mail. */
    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The center's postal address, shown in the footer and under every e-mail. */
    public String getCenterAddress() {
        return centerAddress;
    }

    public void setCenterAddress(String centerAddress) {
        this.centerAddress = centerAddress == null ? "" : centerAddress.strip();
    }

    public String getCenterPhone() {
        return centerPhone;
    }

    public void setCenterPhone(String centerPhone) {
        this.centerPhone = centerPhone == null ? "" : centerPhone.strip();
    }

    /** Opening hours as the center writes them (e.g. 9:00～17:00（月曜休館）). */
    public String getCenterHours() {
        return centerHours;
    }

    public void setCenterHours(String centerHours) {
        this.centerHours = centerHours == null ? "" : centerHours.strip();
    }

    public String getCenterEmail() {
        return centerEmail;
    }

    public void setCenterEmail(String centerEmail) {
        this.centerEmail = centerEmail == null ? "" : centerEmail.strip();
    }

    /** The center's latitude (decimal degrees, e.g. 36.6833), for the map link on the contact page; empty for none. */
    public String getCenterLatitude() {
        return centerLatitude;
    }

    public void setCenterLatitude(String centerLatitude) {
        this.centerLatitude = centerLatitude == null ? "" : centerLatitude.strip();
    }

    /** The center's longitude (decimal degrees, e.g. 139.9667); empty for none. */
    public String getCenterLongitude() {
        return centerLongitude;
    }

    public void setCenterLongitude(String centerLongitude) {
        this.centerLongitude = centerLongitude == null ? "" : centerLongitude.strip();
    }

    /** The licence of every open-data file (KYODO_OPENDATA_LICENSE), by name: CC BY 4.0 unless the city says otherwise. */
    public String getOpendataLicense() {
        return opendataLicense;
    }

    public void setOpendataLicense(String opendataLicense) {
        this.opendataLicense = opendataLicense == null || opendataLicense.isBlank() ? "CC BY 4.0" : opendataLicense.strip();
    }

    /** The licence's text on the web (KYODO_OPENDATA_LICENSE_URL); empty when the licence has no page. */
    public String getOpendataLicenseUrl() {
        return opendataLicenseUrl;
    }

    public void setOpendataLicenseUrl(String opendataLicenseUrl) {
        this.opendataLicenseUrl = opendataLicenseUrl == null ? "" : opendataLicenseUrl.strip();
    }
}
