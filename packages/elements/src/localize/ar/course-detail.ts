/**
 * Arabic words of `<metropolis-course-detail>`.
 * @module
 */
import {plural} from '@metropolis-training/sdk/light';
import type {CourseDetailMessages} from '../en/course-detail.js';

// Numbers in Arabic's own digits, like every count; a year without grouping.
const n = (value: number) => plural('ar', value, {other: '#'});
const year = (value: number) => new Intl.NumberFormat('ar', {useGrouping: false}).format(value);

/** @internal */
export const courseDetail: CourseDetailMessages = {
  notFound: (id) => `لا يحتوي الفهرس على نسخة الدورة «${id}».`,
  noEdition: 'لم تُحدَّد لهذا العنصر أي نسخة من الدورة.',
  partlyInEnglish: 'بعض أجزاء هذه الدورة موصوفة باللغة الإنجليزية فقط.',
  onlyInEnglish: 'هذه الدورة موصوفة باللغة الإنجليزية فقط.',
  edition: (edition) => `النسخة رقم ${n(edition)}`,
  dates: 'المواعيد',
  place: 'المكان',
  languages: 'اللغات',
  partners: 'بالشراكة مع',
  supporters: 'بدعم من',
  deadline: 'آخر موعد لتقديم الطلبات',
  lastRefundDay: 'آخر يوم لاسترداد الرسوم',
  price: 'الرسوم',
  sessionLength: 'مدة الجلسة',
  themes: 'المواضيع',
  objective: 'الهدف',
  skills: 'المهارات التي ستكتسبها',
  methodology: 'المنهجية',
  audience: 'من يمكنه المشاركة؟',
  idealParticipants: 'المشارك المثالي هو:',
  lessons: 'محتوى الدورة',
  evaluation: 'التقييم والشهادة',
  included: 'ما تشمله الرسوم',
  notIncluded: 'ما لا تشمله الرسوم',
  registration: 'التسجيل والقبول',
  fees: 'رسوم التسجيل',
  feeCaption: 'رسوم التسجيل لكل مشارك',
  feeRate: 'الفئة',
  feeWho: 'من يدفعها',
  feePrice: 'المبلغ',
  listPriceLabel: 'السعر الأساسي',
  nonMembers: 'غير الأعضاء',
  members: 'الأعضاء',
  participants: 'المشاركون',
  allParticipants: 'جميع المشاركين',
  memberRate: (percent, contributionsYear) => `الأعضاء المسدِّدون لاشتراكاتهم${contributionsYear ? ` لعام ${year(contributionsYear)}` : ''}: تخفيض ${percent}`,
  incomeCountries: {
    low: 'البلدان المنخفضة الدخل',
    'lower-middle': 'البلدان ذات الدخل المتوسط الأدنى',
    'upper-middle': 'البلدان ذات الدخل المتوسط الأعلى',
    middle: 'البلدان المتوسطة الدخل',
    high: 'البلدان المرتفعة الدخل',
  },
  fromCountries: (who, countries, percent) => `${who} من ${countries}: تخفيض ${percent}`,
  quota: (label, places) => `${label}: ${plural('ar', places, {zero: 'لا مقاعد', one: 'مقعد واحد', two: 'مقعدان', few: '# مقاعد', many: '# مقعدًا', other: '# مقعد'})} كحدٍّ أقصى إجمالًا.`,
  group: (who, min, percent) => `${who}، ${plural('ar', min, {zero: '# أشخاص', one: 'شخص واحد', two: 'شخصان', few: '# أشخاص', many: '# شخصًا', other: '# شخص'})} أو أكثر من المؤسسة نفسها: تخفيض ${percent} لكلٍّ منهم`,
  earlyBird: (who, day, percent) => `${who} الذين يقدّمون طلباتهم حتى ${day}: تخفيض ${percent}`,
  category: (who) => `${who} في هذه الفئة`,
  cancellation: 'سياسة الإلغاء',
  refundFirst: (until, percent) => `تُسترَدّ نسبة ${percent} من المبلغ المدفوع عن طلبات الإلغاء الواردة في ${until} أو قبله.`,
  refundBetween: (from, until, percent) => `تُسترَدّ نسبة ${percent} من المبلغ المدفوع عن طلبات الإلغاء الواردة من ${from} إلى ${until}.`,
  notAcceptedFrom: (from) => `لا يُقبل أي إلغاء ابتداءً من ${from}.`,
  noRefundFrom: (from) => `ابتداءً من ${from} يُقبل الإلغاء دون استرداد أي مبلغ.`,
  notAccepted: 'لا يُقبل أي إلغاء.',
  noRefund: 'يُقبل الإلغاء دون استرداد أي مبلغ.',
  testimonials: 'ماذا يقول المشاركون',
};
