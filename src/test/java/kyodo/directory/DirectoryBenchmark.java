package kyodo.directory;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kyodo.core.Role;
import kyodo.directory.board.BoardPost;
import kyodo.directory.imports.CsvImportService;
import kyodo.directory.matching.MatchSuggestions;
import kyodo.directory.board.PostInput;
import kyodo.directory.board.PostService;
import kyodo.support.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On demand: {@code ./mvnw -Pbench test -Dtest=DirectoryBenchmark}. Prints (1) the CSV import
 * of {@code bench.rows} volunteer rows (100,000 by default) from a file on disk through the
 * import service, against a plain JDBC batch of the same rows on the same database (the
 * ceiling), median of {@code bench.runs} runs, with the heap used before, at most during
 * (sampled every 20 ms) and after each import; (2) the p95 of the matching suggestions for one
 * request with {@code bench.rows} volunteers in the database.
 * <p>The sizes, a million rows (a 130 MB file; a few minutes in all):
 * {@code ./mvnw -B -o -Pbench test -Dtest=DirectoryBenchmark -Dbench.rows=1000000}
 * (one test: {@code -Dtest='DirectoryBenchmark#importOfVolunteersAgainstAPlainJdbcBatch'}).
 * Targets: the import under 60 s with the heap flat, the suggestions' p95 under 100 ms.
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
class DirectoryBenchmark {

    static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final String[] SKILLS = {"パソコン", "料理", "草刈り", "読み聞かせ", "手話", "写真", "運転", "大工", "書道", "英語"};
    static final String[] DAYS = {"月", "火", "水", "木", "金", "土", "日"};
    static final String[] PERIODS = {"午前", "午後", "夜間"};

    @Inject
    CsvImportService imports;
    @Inject
    PostService posts;
    @Inject
    MatchSuggestions matches;
    @Inject
    TestAccounts accounts;
    @Inject
    Support support;

    /** Plain JDBC on the transaction's connection: the ceiling for inserting the same rows. */
    @Singleton
    static class Support {
        private final DataSource dataSource;
        private final kyodo.core.CityClock clock;

        Support(DataSource dataSource, kyodo.core.CityClock clock) {
            this.dataSource = dataSource;
            this.clock = clock;
        }

        @Transactional
        public void plainBatch(int rows, String marker) throws SQLException {
            plainBatch(rows, marker, false);
        }

        /** With {@code distinct}, every volunteer's list of skills differs from every other's. */
        @Transactional
        public void plainBatch(int rows, String marker, boolean distinct) throws SQLException {
            Timestamp now = Timestamp.valueOf(clock.now());
            Connection c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO dir_volunteer (name, name_kana, email, phone, contact_method, skills, qualifications,
                      field_mask, availability, area, school_district, consent_share, active, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")) {
                for (int i = 0; i < rows; i++) {
                    ps.setString(1, "人材 " + i);
                    ps.setString(2, "ジンザイ");
                    ps.setString(3, "p" + i + "@example.jp");
                    ps.setString(4, "090-0000-" + String.format("%04d", i % 10_000));
                    ps.setString(5, "EMAIL");
                    ps.setString(6, SKILLS[i % SKILLS.length] + (distinct ? "（" + i + "）" : "") + " " + marker);
                    ps.setString(7, null);
                    ps.setInt(8, 1 << (i % 18));
                    ps.setInt(9, 1 << (i % 21));
                    ps.setString(10, "地区" + (i % 12));
                    ps.setString(11, "小学校区" + (i % 40));
                    ps.setBoolean(12, i % 2 == 0);
                    ps.setTimestamp(13, now);
                    ps.setTimestamp(14, now);
                    ps.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }

        @Transactional
        public int delete(String marker) throws SQLException {
            try (PreparedStatement ps = dataSource.getConnection()
                    .prepareStatement("DELETE FROM dir_volunteer WHERE skills LIKE ?")) {
                ps.setString(1, "% " + marker);
                return ps.executeUpdate();
            }
        }
    }

    /** Writes the volunteer list to a file, row by row (the benchmark holds no more of it than the app does). */
    static Path csv(int rows, String marker) throws IOException {
        Path file = Files.createTempFile("directory-bench-", ".csv");
        String[] fields = {"子育て", "まちづくり", "防災", "高齢者福祉", "環境・リサイクル", "文化・芸術"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("氏名,フリガナ,メールアドレス,電話番号,連絡方法,特技・技能,資格,活動分野,活動できる時間,地域,小学校区,連絡先提供の同意\r\n");
            StringBuilder sb = new StringBuilder(200);
            for (int i = 0; i < rows; i++) {
                sb.setLength(0);
                sb.append("人材 ").append(i).append(",ジンザイ,p").append(i).append("@example.jp,090-0000-")
                        .append(String.format("%04d", i % 10_000)).append(",メール,").append(SKILLS[i % SKILLS.length])
                        .append(' ').append(marker).append(",,").append(fields[i % fields.length]).append(',')
                        .append(DAYS[i % 7]).append(PERIODS[i % 3]).append(",地区").append(i % 12).append(",小学校区")
                        .append(i % 40).append(',').append(i % 2 == 0 ? "はい" : "いいえ").append("\r\n");
                out.append(sb);
            }
        }
        return file;
    }

    /**
     * The heap in use, sampled while something runs: the most seen (garbage included), and the most
     * left after any collection during the run (what the run holds on to).
     */
    static final class HeapSampler implements AutoCloseable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile long max;
        private volatile boolean running = true;
        private final Thread thread;
        private final java.util.concurrent.atomic.AtomicLong maxAfterGc = new java.util.concurrent.atomic.AtomicLong();
        private final List<Runnable> unlisten = new ArrayList<>();

        HeapSampler() {
            for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    javax.management.NotificationListener listener = (notification, handback) -> {
                        if (notification.getType().equals(
                                com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                    (javax.management.openmbean.CompositeData) notification.getUserData());
                            long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                    .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                            maxAfterGc.accumulateAndGet(after, Math::max);
                        }
                    };
                    emitter.addNotificationListener(listener, null, null);
                    unlisten.add(() -> {
                        try {
                            emitter.removeNotificationListener(listener);
                        } catch (javax.management.ListenerNotFoundException ignored) {
                            // already gone
                        }
                    });
                }
            }
            max = used();
            thread = new Thread(() -> {
                while (running) {
                    max = Math.max(max, used());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long used() {
            return memory.getHeapMemoryUsage().getUsed();
        }

        long max() {
            return max;
        }

        /** The most heap left after a collection during the run (0 when none ran). */
        long maxAfterGc() {
            return maxAfterGc.get();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
            unlisten.forEach(Runnable::run);
        }
    }

    static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @Test
    void importOfVolunteersAgainstAPlainJdbcBatch() throws Exception {
        long actor = accounts.create(Role.STAFF).id();
        Path file = csv(ROWS, "bench-import");
        long fileBytes = Files.size(file);
        long[] importMs = new long[RUNS];
        long[] batchMs = new long[RUNS];
        String[] heap = new String[RUNS];
        long[] progressCalls = {0};
        try {
            for (int run = 0; run < RUNS; run++) {
                System.gc();
                long before;
                long peak;
                long peakAfterGc;
                long after;
                long t0 = System.nanoTime();
                try (HeapSampler sampler = new HeapSampler()) {
                    before = sampler.used();
                    assertEquals(ROWS, imports.importVolunteers(actor, file, (stage, done, total) -> progressCalls[0]++));
                    importMs[run] = (System.nanoTime() - t0) / 1_000_000;
                    peak = sampler.max();
                    peakAfterGc = sampler.maxAfterGc();
                }
                System.gc();
                after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                heap[run] = mb(before) + "/" + mb(peak) + "/" + mb(peakAfterGc) + "/" + mb(after) + " MB";
                support.delete("bench-import");
                long t1 = System.nanoTime();
                support.plainBatch(ROWS, "bench-batch");
                batchMs[run] = (System.nanoTime() - t1) / 1_000_000;
                support.delete("bench-batch");
            }
        } finally {
            Files.deleteIfExists(file);
        }
        long imp = median(importMs);
        long batch = median(batchMs);
        System.out.printf("%nBENCHMARK directory CSV import: %,d rows (%,d MB file on disk), median of %d runs%n", ROWS,
                mb(fileBytes), RUNS);
        System.out.printf("  CSV import (scan, check, insert): %,d ms = %,.0f rows/s  runs=%s%n", imp,
                ROWS * 1000.0 / imp, Arrays.toString(importMs));
        System.out.printf("  plain JDBC batch (ceiling):       %,d ms = %,.0f rows/s  runs=%s%n", batch,
                ROWS * 1000.0 / batch, Arrays.toString(batchMs));
        System.out.printf("  import / ceiling throughput: %.2f; import under 60 s: %s; progress reports: %,d%n",
                (double) batch / imp, imp < 60_000, progressCalls[0] / RUNS);
        System.out.printf("  heap used before / max during / max left after a GC during / after (after a GC) each import (max heap %,d MB): %s%n",
                mb(Runtime.getRuntime().maxMemory()), Arrays.toString(heap));
    }

    @Test
    void suggestionsWithManyVolunteers() throws Exception {
        long actor = accounts.create(Role.STAFF).id();
        long poster = accounts.create(Role.CITIZEN).id();
        List<String> fields = List.of("ELDERLY", "TOWN");
        long id = posts.create(poster, new PostInput("REQUEST", "HELP", "ベンチマーク依頼", "本文", null, null,
                List.of("SAT_AM", "SAT_PM"), "公民館", "小学校区7", "地区7", "パソコン、料理、手話", fields, "2", null,
                null, null, null, null));
        posts.approve(actor, id);
        BoardPost post = posts.find(id).orElseThrow();
        System.out.printf("%nBENCHMARK directory suggestions: %,d volunteers, 50 samples of one request's top 20%n", ROWS);
        for (boolean distinct : new boolean[]{false, true}) {
            support.plainBatch(ROWS, "bench-suggest", distinct);
            try {
                long t0 = System.nanoTime();
                matches.suggest(post, MatchSuggestions.Filters.none(), 20, java.util.Locale.JAPANESE);
                long first = (System.nanoTime() - t0) / 1000;
                for (int i = 0; i < 5; i++) {
                    matches.suggest(post, MatchSuggestions.Filters.none(), 20, java.util.Locale.JAPANESE);
                }
                int samples = 50;
                long[] micros = new long[samples];
                for (int i = 0; i < samples; i++) {
                    long t1 = System.nanoTime();
                    assertEquals(20, matches.suggest(post, MatchSuggestions.Filters.none(), 20, java.util.Locale.JAPANESE).size());
                    micros[i] = (System.nanoTime() - t1) / 1000;
                }
                Arrays.sort(micros);
                long p50 = micros[samples / 2];
                long p95 = micros[(int) Math.ceil(samples * 0.95) - 1];
                System.out.printf("  %s: p50 %.1f ms, p95 %.1f ms (target p95 < 100 ms), max %.1f ms; "
                                + "first request (reads the copy, searches the words) %.0f ms%n",
                        distinct ? "every list of skills different" : "10 shared lists of skills", p50 / 1000.0,
                        p95 / 1000.0, micros[samples - 1] / 1000.0, first / 1000.0);
            } finally {
                support.delete("bench-suggest");
            }
        }
    }

}
