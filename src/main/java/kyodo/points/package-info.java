/**
 * 地域活動ポイント (activity points) earned for volunteering. Public API: the module's facade and its records and events.
 */
package kyodo.points;
