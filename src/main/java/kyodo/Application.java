package kyodo;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts the kyodo portal. With no database configured an embedded MariaDB is started first. */
@OpenAPIDefinition(info = @Info(title = "kyodo", version = "v1",
        description = "The public API of the kyodo portal for collaborative town-making: public data and the signed-in citizen's own actions. "
                + "Errors are RFC 9457 problem details; times carry the city's offset (RFC 3339); lists come as {items, total, page, size, pages}.",
        license = @License(name = "CC BY 4.0 (data)", url = "https://creativecommons.org/licenses/by/4.0/")))
@SecurityScheme(name = "bearerToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal access token (made on the account page, /account/tokens), sent as Authorization: Bearer <token>. A read token may only read.")
@SecurityScheme(name = "loginCookie", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE, paramName = "kyodo_token",
        description = "The portal's login cookie; writes also send the X-CSRF-TOKEN header (the kyodo_csrf cookie's token).")
public class Application {

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .defaultEnvironments("dev")
                .start();
    }
}
