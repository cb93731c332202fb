/**
 * 講座・ワークショップ・イベント (seminars, courses, workshops): registration, waitlist, attendance, reports. Public API: the module's facade and the records and events it publishes.
 */
package kyodo.events;
