/**
 * The days of the week as the office's data writes them, Monday first. A module of its own so
 * that the browser's filters take these seven codes without the opening-hours logic.
 */
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
