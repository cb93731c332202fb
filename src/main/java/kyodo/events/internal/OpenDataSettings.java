package kyodo.events.internal;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The city's identity in the open-data CSV (KYODO_OPENDATA_CITY_CODE, _PREFECTURE, _CITY).
 * The city code is the 6-digit 全国地方公共団体コード.
 */
@ConfigurationProperties("kyodo.opendata")
public class OpenDataSettings {

    private String cityCode = "000000";
    private String prefecture = "";
    private String city = "";

    public String getCityCode() {
        return cityCode;
    }

    public void setCityCode(String cityCode) {
        this.cityCode = cityCode;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
