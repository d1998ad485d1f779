/**
 * The sample catalog, built from the seed documents; each record names its source.
 * @module
 */
import type {Catalog} from '../schemas/catalog.js';
import {diplomaCourse, diplomaEdition, diplomaFees} from './diploma.js';
import {learningStationCourses, learningStationEditions} from './learning-station.js';
import {mitiCourses, mitiEditions} from './miti-2014.js';
import {providers} from './providers.js';
import {sampleSources} from './sources.js';

/**
 * The sample catalog: every provider named in the seed documents, the Diploma in
 * Internationalization (3rd edition) with its fee schedule, the MITI trainings of the 2014
 * schedule, and the Learning Station formats. Nothing is invented: what the sources do not say
 * (dates, fees, languages) is marked to be confirmed or announced.
 */
export const sampleCatalog: Catalog = {
  schemaVersion: 1,
  notice: {
    en: 'Sample catalog built from published Metropolis documents, for demonstration.',
    fr: 'Catalogue d’exemple construit à partir de documents publiés par Metropolis, à titre de démonstration.',
    es: 'Catálogo de ejemplo elaborado a partir de documentos publicados por Metropolis, con fines de demostración.',
  },
  providers,
  courses: [diplomaCourse, ...mitiCourses, ...learningStationCourses],
  editions: [diplomaEdition, ...mitiEditions, ...learningStationEditions],
  feeSchedules: [diplomaFees],
  sources: sampleSources,
};
