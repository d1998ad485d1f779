/**
 * Spanish words of `<metropolis-course-list>`.
 * @module
 */
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
  selected: (count) => (count === 0 ? 'todos' : `${count} seleccionado${count === 1 ? '' : 's'}`),
  showPast: 'Mostrar formaciones pasadas',
  clearFilters: 'Borrar filtros',
  results: (count) => (count === 1 ? '1 formación' : `${count} formaciones`),
  noMatch: 'Ninguna formación coincide con estos filtros.',
  noCourses: 'Todavía no hay formaciones que mostrar.',
  showMore: (shown, total) => `Mostrar más formaciones (${shown} de ${total})`,
  dates: 'Fechas',
  place: 'Lugar',
  price: 'Precio',
  listPrice: (price) => `Precio de lista ${price}`,
  deadline: 'Inscripciones',
};
