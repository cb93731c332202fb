package kyodo.subsidies.internal;

/** Where an application stands. */
public enum Status {
    DRAFT,        // 下書き
    SUBMITTED,    // 提出済み（書類確認待ち）
    RETURNED,     // 差戻し（修正依頼）
    ACCEPTED,     // 受理（審査待ち）
    ADOPTED,      // 採択・交付決定
    NOT_ADOPTED,  // 不採択
    WITHDRAWN,    // 取下げ・事業中止
    REPORTED,     // 実績報告済み
    CONFIRMED;    // 額の確定済み

    public String labelKey() {
        return "sub.status." + name();
    }

    public boolean editableByApplicant() {
        return this == DRAFT || this == RETURNED || this == SUBMITTED;
    }

    public boolean awarded() {
        return this == ADOPTED || this == REPORTED || this == CONFIRMED;
    }
}
