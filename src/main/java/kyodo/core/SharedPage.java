package kyodo.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public page that anonymous visitors all see alike: its page depends only on the address,
 * the language, the display choice and the data. Core then renders it once for them (without a form
 * token) and serves the stored bytes until any data changes on this instance, or for at most a few
 * seconds (a change made on another instance).
 * Put it on the controller's {@code @Get} method; the page must not read cookies or the session itself,
 * and must show anonymous visitors no form that posts (it is rendered without a form token).
 * <p>
 * A method that takes no {@code Authentication} parameter is also rendered once for all signed-in visitors
 * with the same roles: the layout's name and form token are put in per visitor, and the page may show what
 * depends on the roles ({@code site.signedIn}, the menus). A page that shows anything of the visitor
 * themself (their registrations, their groups) takes {@code @Nullable Authentication} and is rendered
 * for each signed-in visitor; it must not read the visitor from the request any other way.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SharedPage {
}
