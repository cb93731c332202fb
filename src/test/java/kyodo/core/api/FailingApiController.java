package kyodo.core.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * An API route that always fails, for {@link ApiContractTest} only (it sets the property): a 500 must be a
 * problem like any other error, without the exception's message or a stack trace.
 */
@Requires(env = "test")
@Requires(property = FailingApiController.PROPERTY, value = "true")
@io.swagger.v3.oas.annotations.Hidden
@Controller("/api/v1/test-failure")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class FailingApiController {

    static final String PROPERTY = "kyodo.test.failing-api-route";
    static final String SECRET = "secret-detail-of-the-failure";

    @Get
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
