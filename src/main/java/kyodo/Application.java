package kyodo;

import io.micronaut.runtime.Micronaut;

/** Starts the kyodo portal. With no database configured an embedded MariaDB is started first. */
public class Application {

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .defaultEnvironments("dev")
                .start();
    }
}
