package kyodo.support.letters;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LetterRoundRepository extends CrudRepository<LetterRound, Long> {

    Optional<LetterRound> findByFiscalYear(int fiscalYear);

    @Query(value = "SELECT * FROM sup_letter_round WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<LetterRound> findByIdForUpdate(long id);

    @Query(value = "SELECT * FROM sup_letter_round ORDER BY fiscal_year DESC", nativeQuery = true)
    List<LetterRound> findAllNewestFirst();

    /** The round whose period holds the day, if any. */
    @Query(value = "SELECT * FROM sup_letter_round WHERE opens_on <= :day AND closes_on >= :day ORDER BY fiscal_year DESC LIMIT 1",
            nativeQuery = true)
    Optional<LetterRound> findOpenOn(LocalDate day);

    @Query(value = "UPDATE sup_letter_round SET next_number = next_number + 1 WHERE id = :id", nativeQuery = true)
    int takeNumber(long id);

    @Query(value = "UPDATE sup_letter_round SET ceremony_on = :ceremonyOn, ceremony_place = :place WHERE id = :id", nativeQuery = true)
    int setCeremony(long id, @Nullable LocalDate ceremonyOn, @Nullable String place);

    @Query(value = "UPDATE sup_letter_round SET opens_on = :opensOn, closes_on = :closesOn WHERE id = :id", nativeQuery = true)
    int setPeriod(long id, LocalDate opensOn, LocalDate closesOn);
}
