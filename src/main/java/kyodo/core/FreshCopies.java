package kyodo.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import kyodo.core.internal.database.DataChanges;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Copies of what is read from the data for everyone alike (a home page section, a list of upcoming
 * events), kept under the same rule as the stored public pages: a copy is used only while no data
 * change has committed on this instance since it was made, and for at most five seconds (a change
 * made by another instance), and within one minute of the city's clock (a deadline passes on its minute).
 * Never for what depends on the visitor.
 */
@Singleton
public final class FreshCopies {

    static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final DataChanges changes;
    private final CityClock clock;

    FreshCopies(DataChanges changes, CityClock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** {@code read} for a key, through copies kept for at most {@code maxKeys} keys (null results are kept too). */
    public <K, V> Function<K, V> keep(Function<K, V> read, int maxKeys) {
        Cache<K, Copy<V>> copies = Caffeine.newBuilder().maximumSize(maxKeys)
                .expireAfterWrite(Duration.ofNanos(MAX_AGE_NANOS)).build();
        return key -> {
            long version = changes.version();
            LocalDateTime minute = clock.now().truncatedTo(ChronoUnit.MINUTES);
            Copy<V> copy = copies.getIfPresent(key);
            if (copy != null && copy.version() == version && copy.minute().equals(minute)
                    && System.nanoTime() - copy.madeAt() <= MAX_AGE_NANOS) {
                return copy.value().orElse(null);
            }
            // The version is read before the data: a change committed meanwhile leaves this copy stale.
            V value = read.apply(key);
            copies.put(key, new Copy<>(Optional.ofNullable(value), version, minute, System.nanoTime()));
            return value;
        };
    }

    private record Copy<V>(Optional<V> value, long version, LocalDateTime minute, long madeAt) {
    }
}
