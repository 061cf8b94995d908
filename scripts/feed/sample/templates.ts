/**
 * One template per kind of sample business: its DATAtourisme classes, how its name and texts
 * are written in both languages, its usual capacity, prices, seasons, equipment and labels.
 */
import { ACTIVITIES_TEMPLATES } from './templates/activities';
import { FOOD_TEMPLATES } from './templates/food';
import type { Template } from './templates/kit';
import { LODGING_TEMPLATES } from './templates/lodging';
import { PRODUCTS_TEMPLATES } from './templates/products';

export type { Size, Template, TemplateContext } from './templates/kit';

export const TEMPLATES: Template[] = [
	...LODGING_TEMPLATES,
	...FOOD_TEMPLATES,
	...ACTIVITIES_TEMPLATES,
	...PRODUCTS_TEMPLATES,
];
