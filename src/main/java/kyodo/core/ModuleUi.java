package kyodo.core;

import io.micronaut.core.annotation.Nullable;

/**
 * What a module adds to the portal's pages, one bean per module: its views live under
 * {@code frontend/views/<viewFolder>/}, its messages in the bundle {@code i18n/<bundle>_ja|en}
 * with every key starting with {@code keyPrefix} (field labels are {@code <prefix>field.<name>},
 * hints {@code <prefix>hint.<name>}), and its stylesheet, if any, is linked from every page.
 */
public record ModuleUi(String viewFolder, String keyPrefix, String bundle, @Nullable String stylesheet) {

    public ModuleUi {
        if (!keyPrefix.endsWith(".")) {
            throw new IllegalArgumentException("A key prefix ends with a dot: " + keyPrefix);
        }
    }
}
