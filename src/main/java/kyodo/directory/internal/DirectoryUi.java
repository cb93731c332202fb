package kyodo.directory.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import kyodo.core.ModuleUi;

@Factory
class DirectoryUi {

    @Singleton
    ModuleUi directoryUi() {
        return new ModuleUi("directory", "dir.", "directory", "/static/css/directory.css");
    }
}
