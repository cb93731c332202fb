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
}
