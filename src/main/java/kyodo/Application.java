package kyodo;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/** Starts the kyodo portal. With no database configured an embedded MariaDB is started first. */
@OpenAPIDefinition(info = @Info(title = "kyodo", version = "v1",
        description = "The public API of the kyodo portal for collaborative town-making: public data and the signed-in citizen's own actions.",
        license = @License(name = "CC BY 4.0 (data)", url = "https://creativecommons.org/licenses/by/4.0/")))
public class Application {

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .defaultEnvironments("dev")
                .start();
    }
}
