/**
 * 市政への参画 (citizen participation in the city's decisions): public comment on draft plans, opinions to the
 * city and letters to the mayor, citizen members of councils, and citizen questionnaires. Public API: the module's
 * facade ({@link kyodo.voices.VoicesApi}) with its figures, and the questionnaire engine
 * ({@link kyodo.voices.QuestionnaireEngine}) that the directory's yearly group survey uses too.
 */
package kyodo.voices;
