/**
 * The words of quotes and refunds in Arabic.
 * @module
 */
import {formatDay as day} from '../dates.js';
import {formatMoney, formatPercent} from '../money.js';
import {plural} from '../plural.js';
import {labels} from './labels/ar.js';
import type {IncomeGroup} from '../schemas/vocabulary.js';
import {country, type FeeMessages} from './messages.js';

const lang = 'ar';
const incomeGroupNames: Record<IncomeGroup, string> = {low: 'منخفض الدخل', 'lower-middle': 'ذي دخل متوسط أدنى', 'upper-middle': 'ذي دخل متوسط أعلى', high: 'مرتفع الدخل', unclassified: 'غير مصنَّف'};
// Numbers in Arabic's own digits, like every count; a year without grouping.
const n = (value: number) => plural(lang, value, {other: '#'});
const year = (value: number) => new Intl.NumberFormat(lang, {useGrouping: false}).format(value);
// The dual follows the case: "مشاركان" as a subject, "مشاركَين" after a preposition.
const participantCount = (count: number, subject = false) => plural(lang, count, {zero: 'لا مشاركين', one: 'مشارك واحد', two: subject ? 'مشاركان' : 'مشاركَين', few: '# مشاركين', many: '# مشاركًا', other: '# مشارك'});
const places = (count: number) => plural(lang, count, {zero: 'لا مقاعد', one: 'مقعد واحد', two: 'مقعدان', few: '# مقاعد', many: '# مقعدًا', other: '# مقعد'});
const daysBefore = (days: number) => plural(lang, days, {zero: 'في يوم البدء', one: 'قبل البدء بيوم واحد', two: 'قبل البدء بيومين', few: 'قبل البدء بـ# أيام', many: 'قبل البدء بـ# يومًا', other: 'قبل البدء بـ# يوم'});
const range = (first: number, last: number) => (first === last ? `المشارك ${n(first)}` : `المشاركون ${n(first)}–${n(last)}`);

/** The words of quotes and refunds in Arabic. @internal */
export const feeMessagesAr: FeeMessages = {
  labels,
  reasons: {
    member: (r, label) => `${label}: تخفيض ${formatPercent(r.percent, lang)} لأعضاء Metropolis المسدِّدين لاشتراكاتهم${r.year ? ` لعام ${year(r.year)}` : ''}`,
    'member-in-arrears': (r) => `لا ينطبق سعر الأعضاء: اشتراكات العضوية${r.year ? ` لعام ${year(r.year)}` : ''} غير مسدَّدة`,
    'not-member': () => 'لا ينطبق سعر الأعضاء: غير عضو في Metropolis',
    income: (r, label) => `${label}: تخفيض ${formatPercent(r.percent, lang)} لاقتصاد ${incomeGroupNames[r.group]} (${country(r.country, lang)}، البنك الدولي ${r.classification})`,
    'income-members-only': () => 'لا تنطبق الرسوم المخفّضة: مخصّصة لأعضاء Metropolis المسدِّدين لاشتراكاتهم فقط',
    'income-not-economy': (r) => `لا تنطبق الرسوم المخفّضة: لا تشمل قائمة اقتصادات البنك الدولي ${country(r.country, lang)}`,
    'income-unclassified': (r) => `لا تنطبق الرسوم المخفّضة: لم يصنّف البنك الدولي ${country(r.country, lang)} (${r.classification})`,
    'income-no-rate': (r) => `لا رسوم مخفّضة لاقتصاد ${incomeGroupNames[r.group]} (${country(r.country, lang)}، البنك الدولي ${r.classification})`,
    'income-no-places': () => 'لا تنطبق الرسوم المخفّضة: لم تبقَ مقاعد',
    group: (r, label) => `${label}: تخفيض ${formatPercent(r.percent, lang)} لـ${participantCount(r.participants)} من المؤسسة نفسها`,
    'group-too-small': (r) => `لا ينطبق تخفيض المجموعات: يلزم ${participantCount(r.minParticipants, true)} على الأقل من المؤسسة نفسها`,
    'early-bird': (r, label) => `${label}: تخفيض ${formatPercent(r.percent, lang)} للطلبات المقدَّمة حتى ${day(r.lastDay, lang)} ضمنًا`,
    'early-bird-over': (r) => `لا ينطبق تخفيض التسجيل المبكر: انتهى العرض في ${day(r.lastDay, lang)}`,
    'fixed-price': (r, label) => `${label}: ${formatMoney(r.price, lang)}`,
    'not-in-category': (r, label) => `لا ينطبق: خارج فئة «${label}»`,
    exclusive: (r, other) => `لا يُجمع مع «${other}»`,
  },
  parts: (pieces) => pieces.map((p) => `${range(p.first, p.last)}: ${p.reason}`).join('. '),
  quotaNote: (quota) => `الرسوم المخفّضة رهن بتوفّر المقاعد: ${places(quota)} لكل نسخة إجمالًا.`,
  splitNote: (special, participants) => special === 0
    ? 'لم تبقَ أي مقاعد بالرسوم المخفّضة.'
    : `لم يبقَ بالرسوم المخفّضة إلا ${places(special)}: يستفيد منها ${range(1, special)} من أصل ${n(participants)}.`,
  refundBefore: (on, cutoff, days, p) => `إلغاء بتاريخ ${day(on, lang)}، قبل ${day(cutoff, lang)} (${daysBefore(days)}): يُسترَدّ ${formatPercent(p, lang)} من المبلغ المدفوع. ويتحمّل المشارك الرسوم المصرفية.`,
  refundNoneAccepted: (on, cutoff, days) => `مرفوض: لا يُقبل أي إلغاء ابتداءً من ${day(cutoff, lang)} (${daysBefore(days)})؛ وقد قُدِّم الطلب بتاريخ ${day(on, lang)}.`,
  refundNothing: (on, cutoff, days) => `إلغاء بتاريخ ${day(on, lang)}، ابتداءً من ${day(cutoff, lang)} (${daysBefore(days)}): لا يُسترَدّ أي مبلغ.`,
  refundNoPolicy: (accepted) => (accepted ? 'لا يَرُدّ هذا الجدول أي مبلغ عند الإلغاء.' : 'لا يقبل هذا الجدول أي إلغاء.'),
};
