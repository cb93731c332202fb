/**
 * Shared kernel: accounts, roles, security, audit log, notifications, dates and fiscal years, CSV, form errors and the layout's extension points (home sections, navigation links).
 */
package kyodo.core;
