/**
 * Arabic words of `<metropolis-course-list>`.
 * @module
 */
import {plural} from '@metropolis-training/sdk/light';
import type {CourseListMessages} from '../en/course-list.js';

// A number in Arabic's own digits, like every count.
const n = (value: number) => plural('ar', value, {other: '#'});

/** @internal */
export const courseList: CourseListMessages = {
  filters: 'تصفية الدورات',
  search: 'البحث عن دورة',
  theme: 'الموضوع',
  format: 'الصيغة',
  provider: 'الجهة المنظِّمة',
  language: 'اللغة',
  status: 'الحالة',
  selected: (count) => plural('ar', count, {zero: 'الكل', one: 'خيار واحد', two: 'خياران', few: '# خيارات', many: '# خيارًا', other: '# خيار'}),
  showPast: 'عرض الدورات السابقة',
  clearFilters: 'مسح عوامل التصفية',
  results: (count) => plural('ar', count, {zero: 'لا دورات', one: 'دورة واحدة', two: 'دورتان', few: '# دورات', many: '# دورة', other: '# دورة'}),
  noMatch: 'لا توجد دورة تطابق عوامل التصفية هذه.',
  noCourses: 'لا توجد دورات لعرضها حاليًا.',
  showMore: (shown, total) => `عرض المزيد من الدورات (${n(shown)} من ${n(total)} معروضة)`,
  dates: 'المواعيد',
  place: 'المكان',
  price: 'الرسوم',
  deadline: 'الطلبات',
};
