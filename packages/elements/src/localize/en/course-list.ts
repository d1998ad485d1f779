/**
 * English words of `<metropolis-course-list>`.
 * @module
 */
import {plural} from '@metropolis-training/sdk/light';

/** @internal */
export const courseList = {
  filters: 'Filter courses',
  search: 'Search courses',
  theme: 'Theme',
  format: 'Format',
  provider: 'Provider',
  language: 'Language',
  status: 'Status',
  selected: (count: number) => (count === 0 ? 'all' : plural('en', count, {other: '# selected'})),
  showPast: 'Show past courses',
  clearFilters: 'Clear filters',
  results: (count: number) => plural('en', count, {one: '# course', other: '# courses'}),
  noMatch: 'No course matches these filters.',
  noCourses: 'There are no courses to show yet.',
  showMore: (shown: number, total: number) => `Show more courses (${shown} of ${total} shown)`,
  dates: 'Dates',
  place: 'Place',
  price: 'Price',
  deadline: 'Applications',
};

/** The shape of every language's words for the course list. */
export type CourseListMessages = typeof courseList;
