package kyodo.directory.volunteers;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.FormValidator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import's shortcut past the bean validator never lets through a row the validator would reject. */
@MicronautTest(transactional = false)
class ImportedRowCheckTest {

    @Inject
    FormValidator validator;
    @Inject
    VolunteerService volunteers;

    static VolunteerInput row(String name, String kana, String email, String phone, String area) {
        return new VolunteerInput(name, kana, email, phone, null, null, "EMAIL", "パソコン", null, List.of("TOWN"),
                List.of("SAT_AM"), area, "北小学校区", "on");
    }

    @Test
    void plainlyValidRowsPassTheValidatorAndEveryOtherRowGetsItsMessages() {
        List<VolunteerInput> rows = List.of(
                row("山田 太郎", "ヤマダ タロウ", "taro@example.jp", "090-1111-2222", "北地区"),
                row("山田 太郎", "やまだ　たろう", "t.a-r_o+x@mail.example.co.jp", null, null),
                row("山田 太郎", "yamada", "taro@example.jp", null, null),
                row("山田 太郎", "ヤマダ", "not an address", null, null),
                row("山田 太郎", "ヤマダ", "a..b@example.jp", null, null),
                row("山田 太郎", "ヤマダ", "taro@example.jp", "12", null),
                row("山田 太郎", "　", "taro@example.jp", null, null),
                row(null, "ヤマダ", null, null, null),
                row("山田 太郎", "ヤマダ", null, null, "地".repeat(101)));
        int shortcuts = 0;
        for (VolunteerInput r : rows) {
            boolean clean = !validator.validate(r).hasErrors();
            if (VolunteerService.plainlyValid(r)) {
                shortcuts++;
                assertTrue(clean, "shortcut for a row the validator rejects: " + r);
            }
            assertEquals(volunteers.check(r).all(), volunteers.checkImported(r).all(), r.toString());
        }
        assertEquals(2, shortcuts);
        assertFalse(VolunteerService.plainlyValid(rows.get(2)));
    }
}
