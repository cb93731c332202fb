/**
 * 補助金 (citizen-activity subsidies): programs, windows, review rounds, awards and the budget ledger. Public API: the module's facade and its records and events.
 */
package kyodo.subsidies;
