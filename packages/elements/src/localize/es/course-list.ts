/**
 * Spanish words of `<metropolis-course-list>`.
 * @module
 */
import {plural} from '@metropolis-training/sdk/light';
import type {CourseListMessages} from '../en/course-list.js';

/** @internal */
export const courseList: CourseListMessages = {
  filters: 'Filtrar formaciones',
  search: 'Buscar formaciones',
  theme: 'Tema',
  format: 'Formato',
  provider: 'Organiza',
  language: 'Idioma',
  status: 'Estado',
  selected: (count) => (count === 0 ? 'todos' : plural('es', count, {one: '# seleccionado', other: '# seleccionados'})),
  showPast: 'Mostrar formaciones pasadas',
  clearFilters: 'Borrar filtros',
  results: (count) => plural('es', count, {one: '# formación', other: '# formaciones'}),
  noMatch: 'Ninguna formación coincide con estos filtros.',
  noCourses: 'Todavía no hay formaciones que mostrar.',
  showMore: (shown, total) => `Mostrar más formaciones (${shown} de ${total})`,
  dates: 'Fechas',
  place: 'Lugar',
  price: 'Precio',
  deadline: 'Inscripciones',
};
