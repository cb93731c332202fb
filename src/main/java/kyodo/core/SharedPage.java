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
 * seconds (a change made on another instance). Signed-in visitors always get it rendered for them.
 * Put it on the controller's {@code @Get} method; the page must not read cookies or the session itself,
 * and must show anonymous visitors no form that posts (it is rendered without a form token).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SharedPage {
}
