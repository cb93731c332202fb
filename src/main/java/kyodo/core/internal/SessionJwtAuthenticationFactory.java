package kyodo.core.internal;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.Optional;

/** The token only names a login session; who is behind it, and with what roles, comes from the database. */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class SessionJwtAuthenticationFactory implements JwtAuthenticationFactory {

    private final SessionAuthentications authentications;

    SessionJwtAuthenticationFactory(SessionAuthentications authentications) {
        this.authentications = authentications;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            Object sessionId = token.getJWTClaimsSet().getClaim(SessionAuthentications.SESSION_ATTRIBUTE);
            return sessionId == null ? Optional.empty() : authentications.forSession(sessionId.toString());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
