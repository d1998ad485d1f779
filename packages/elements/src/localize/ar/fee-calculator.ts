/**
 * Arabic words of `<metropolis-fee-calculator>`.
 * @module
 */
import {plural} from '@metropolis-training/sdk/light';
import type {FeeCalculatorMessages} from '../en/fee-calculator.js';

// A year in Arabic's own digits, without grouping, like the dates around it.
const year = (value: number) => new Intl.NumberFormat('ar', {useGrouping: false}).format(value);
const contributions = (value: number | undefined) => (value ? `لاشتراكات عام ${year(value)}` : 'لاشتراكاتها');

/** @internal */
export const feeCalculator: FeeCalculatorMessages = {
  title: 'حاسبة الرسوم',
  edition: 'نسخة الدورة',
  chooseEdition: 'اختر نسخة',
  noEditions: 'لا توجد في هذا الفهرس نسخة لها جدول رسوم.',
  unknownEdition: (id) => `لا يوجد في هذا الفهرس جدول رسوم للنسخة «${id}».`,
  noSchedule: 'لم يُقدَّم لهذه الحاسبة أي جدول رسوم.',
  invalidSchedule: (field, message) => `لا يمكن استخدام جدول الرسوم هذا: ${field ? `${field} ` : ''}${message}.`,
  membership: 'العضوية',
  member: (value) => `مدينة عضو مسدِّدة ${contributions(value)}`,
  memberInArrears: (value) => `مدينة عضو غير مسدِّدة ${contributions(value)}`,
  nonMember: 'ليست عضوًا',
  country: 'بلد المشاركين',
  noMatch: 'لا يوجد بلد مطابق',
  results: (count) => plural('ar', count, {zero: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: '# نتائج', many: '# نتيجة', other: '# نتيجة'}),
  incomeGroup: (country, group, classification) => `${country} — ${group} (تصنيف البنك الدولي ${classification})`,
  groups: {low: 'دخل منخفض', 'lower-middle': 'دخل متوسط أدنى', 'upper-middle': 'دخل متوسط أعلى', high: 'دخل مرتفع', unclassified: 'غير مصنَّف'},
  notEconomy: (country) => `${country} — ليس من اقتصادات البنك الدولي`,
  participants: 'المشاركون من المؤسسة نفسها',
  participantsHint: 'من 1 إلى 50',
  date: 'تاريخ التسجيل',
  chooseCountry: 'اختر بلدًا لعرض الرسوم.',
  priceTitle: 'الرسوم المستحقة عليك',
  listPrice: 'السعر الأساسي',
  notApplied: 'غير مطبَّق',
  perParticipant: 'لكل مشارك',
  participantCount: (count) => plural('ar', count, {zero: 'لا مشاركين', one: 'مشارك واحد', two: 'مشاركان', few: '# مشاركين', many: '# مشاركًا', other: '# مشارك'}),
  total: 'المجموع',
  howCalculated: 'كيف تُحسب الرسوم؟',
  refundTitle: 'في حال الإلغاء',
  paid: (currency) => `المبلغ المدفوع (${currency})`,
  cancelledOn: 'تاريخ استلام طلب الإلغاء',
  refund: 'المبلغ المسترَدّ',
  notAccepted: 'غير مقبول',
  lastDay: 'آخر يوم لاسترداد الرسوم',
  noRefundDay: 'لا يُسترَدّ أي مبلغ عند الإلغاء في أي وقت.',
  policy: 'سياسة الإلغاء',
  refundUntil: (day, percent) => `حتى ${day}: يُسترَدّ ${percent} من المبلغ المدفوع`,
  notAcceptedFrom: (day) => `ابتداءً من ${day}: لا يُقبل أي إلغاء`,
  noRefundFrom: (day) => `ابتداءً من ${day}: لا يُسترَدّ أي مبلغ`,
  notAcceptedAlways: 'لا يُقبل أي إلغاء',
  noRefundAlways: 'لا يُسترَدّ أي مبلغ عند الإلغاء',
  startUnknown: 'تاريخ بدء هذه الدورة غير معروف، لذا لا يمكن حساب المبالغ المستردّة.',
  estimate: 'تقدير وفق جدول الرسوم المنشور؛ وتؤكّد الفاتورة المبلغ النهائي.',
  loading: 'جارٍ تحميل الرسوم…',
  loadFailed: 'تعذّر تحميل الرسوم.',
  retry: 'إعادة المحاولة',
  apply: 'تقديم طلب',
  applyFor: (title) => `تقديم طلب: ${title}`,
  totalAnnounced: (total) => `المجموع: ${total}`,
};
