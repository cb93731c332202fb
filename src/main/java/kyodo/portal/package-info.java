/**
 * The citizen-facing portal: home page, news, stories, plan progress and voices.
 */
package kyodo.portal;
