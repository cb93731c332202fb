/**
 * 人材・団体・マッチング (people, groups and matching): the group directory, volunteers, the もとむ/ゆずる board and coordinator matching. Public API: the module's facade and its records and events.
 */
package kyodo.directory;
