package kyodo.events.internal;

import kyodo.core.CityClock;
import jakarta.inject.Singleton;
import kyodo.core.DemoData;
import kyodo.core.Role;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Demo events modelled on the center's real programme (協働塾, ミニセミナー, オンライン交流会, フェスタ). */
@Singleton
class EventsDemoData implements DemoData {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final EventService events;
    private final RegistrationService registrations;
    private final CityClock clock;

    EventsDemoData(EventService events, RegistrationService registrations, CityClock clock) {
        this.events = events;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void seed(Map<Role, Long> accountsByRole) {
        long staff = accountsByRole.get(Role.STAFF);
        LocalDate base = clock.today().plusDays(21);
        String opens = LOCAL.format(clock.now().minusDays(1).withSecond(0).withNano(0));
        long juku = publish(staff, new EventInput("とみさと協働塾 ゼロからはじめる市民活動", "きょうどうじゅく",
                "まずは一歩を踏み出そう！市民活動スタートアップ講座。会議の進め方、企画書づくり、情報発信を全4回で学びます。"
                        + "\n3回以上出席した方は「まちづくりサポーター」として登録できます。",
                "JUKU", "市民活動推進課", "千葉大学 人文科学研究院教授 清水洋行氏", "市民活動をはじめたい方", "0", "資料代無料",
                "市民活動サポートセンター", "0476-93-1111", "会場は車いすで入場できます。手話通訳が必要な方は申込時にお知らせください。",
                "市民活動サポートセンター 会議室", "さくら市中央1-1", "さくら駅から徒歩5分", "あり（10台）", "35.726600", "140.343300", "", "", "20",
                opens, LOCAL.format(base.minusDays(1).atTime(17, 0)), "0", "参加のきっかけ｜広報紙｜ホームページ｜知人の紹介｜その他", "3",
                base + " 10:00-12:00\n" + base.plusDays(14) + " 10:00-12:00\n" + base.plusDays(28) + " 10:00-12:00\n"
                        + base.plusDays(42) + " 10:00-12:00"));
        publish(staff, new EventInput("伝わる写真講座", "つたわるしゃしんこうざ", "団体の活動を伝える写真の撮り方を学ぶミニセミナーです。スマートフォンをお持ちください。",
                "MINI_SEMINAR", "市民活動サポートセンター", "", "どなたでも", "0", "", "市民活動サポートセンター", "0476-93-1111", "",
                "市民活動サポートセンター", "さくら市中央1-1", "", "あり", "", "", "", "", "12", opens,
                LOCAL.format(base.plusDays(5).atTime(12, 0)), "1", "", "", base.plusDays(6) + " 10:00-12:00"));
        publish(staff, new EventInput("居場所運営者オンライン交流会", "いばしょうんえいしゃおんらいんこうりゅうかい",
                "子ども食堂やサロンなど、居場所を運営する方の情報交換会です。", "KORYUKAI", "市民活動サポートセンター", "", "居場所を運営している方",
                "0", "", "市民活動サポートセンター", "0476-93-1111", "", "", "", "", "", "", "", "true", "https://zoom.example.jp/j/123456789",
                "30", opens, LOCAL.format(base.plusDays(9).atTime(17, 0)), "0", "", "", base.plusDays(10) + " 10:00-12:00"));
        publish(staff, new EventInput("市民活動フェスタ", "しみんかつどうふぇすた", "市内の市民活動団体が一堂に集まる年に一度のお祭りです。",
                "FESTA", "市民活動フェスタ実行委員会", "", "どなたでも", "0", "", "市民活動推進課", "0476-93-1111", "",
                "中央公民館", "さくら市中央2-2", "", "あり（100台）", "", "", "", "", "500", opens,
                LOCAL.format(base.plusDays(40).atTime(17, 0)), "4", "", "", base.plusDays(41) + " 10:00-15:00"));
        Long citizen = accountsByRole.get(Role.CITIZEN);
        if (citizen != null) {
            registrations.register(juku, citizen, new RegistrationService.Request("0", java.util.List.of("広報紙")));
        }
    }

    private long publish(long staff, EventInput input) {
        long id = events.create(input, staff);
        events.publish(id, staff);
        return id;
    }
}
