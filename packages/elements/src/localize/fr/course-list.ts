/**
 * French words of `<metropolis-course-list>`.
 * @module
 */
import {plural} from '@metropolis-training/sdk/light';
import type {CourseListMessages} from '../en/course-list.js';

/** @internal */
export const courseList: CourseListMessages = {
  filters: 'Filtrer les formations',
  search: 'Rechercher une formation',
  theme: 'Thème',
  format: 'Format',
  provider: 'Organisme',
  language: 'Langue',
  status: 'Statut',
  selected: (count) => (count === 0 ? 'tous' : plural('fr', count, {one: '# sélectionné', other: '# sélectionnés'})),
  showPast: 'Afficher les formations passées',
  clearFilters: 'Effacer les filtres',
  results: (count) => plural('fr', count, {one: '# formation', other: '# formations'}),
  noMatch: 'Aucune formation ne correspond à ces filtres.',
  noCourses: 'Aucune formation à afficher pour le moment.',
  showMore: (shown, total) => `Afficher plus de formations (${shown} sur ${total})`,
  dates: 'Dates',
  place: 'Lieu',
  price: 'Tarif',
  deadline: 'Candidatures',
};
