package kyodo.directory;

/** Kinds of citizen groups (団体の種別). */
public enum GroupType {
    NPO,               // NPO法人
    CIVIC,             // 市民活動団体・任意団体
    NEIGHBORHOOD,      // 自治会・区
    DISTRICT_COUNCIL,  // 地域づくり協議会
    BUSINESS,          // 事業者
    CIRCLE,            // サークル
    OTHER;             // その他

    /** Message key of the Japanese / English label. */
    public String labelKey() {
        return "dir.group.type." + name();
    }
}
