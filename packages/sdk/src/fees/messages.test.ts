import {assert} from 'chai';
import {feeMessagesAr} from './messages-ar.js';
import {feeMessagesEn} from './messages.js';
import {feeMessagesEs} from './messages-es.js';
import {feeMessagesFr} from './messages-fr.js';

// Counts in quotes and refunds follow each language's plural rule (Intl.PluralRules).
describe('fee sentences count by each language’s rule', () => {
  it('English: "1 day", "1 place", plural otherwise', () => {
    assert.include(feeMessagesEn.refundBefore('2025-10-16', '2025-10-17', 1, 75), '(1 day before the start)');
    assert.include(feeMessagesEn.refundNothing('2025-10-16', '2025-10-17', 30), '(30 days before the start)');
    assert.equal(feeMessagesEn.quotaNote(1), 'Special fees are subject to availability: 1 place per edition in total.');
    assert.equal(feeMessagesEn.quotaNote(0), 'Special fees are subject to availability: 0 places per edition in total.');
    assert.equal(feeMessagesEn.splitNote(1, 3), 'Only 1 special-fee place is left: participant 1 of 3 gets it.');
    assert.equal(feeMessagesEn.splitNote(2, 3), 'Only 2 special-fee places are left: participants 1–2 of 3 get it.');
  });

  it('French: singular for 0 and 1', () => {
    assert.equal(feeMessagesFr.quotaNote(0), 'Tarifs spéciaux dans la limite des places disponibles : 0 place par édition au total.');
    assert.include(feeMessagesFr.refundNoneAccepted('2025-10-20', '2025-10-17', 1), '(1 jour avant le début)');
    assert.include(feeMessagesFr.refundNoneAccepted('2025-10-20', '2025-10-17', 30), '(30 jours avant le début)');
  });

  it('Spanish: plural for 0', () => {
    assert.equal(feeMessagesEs.quotaNote(0), 'Tarifas especiales sujetas a disponibilidad: 0 plazas por edición en total.');
    assert.include(feeMessagesEs.refundNothing('2025-10-20', '2025-10-17', 1), '(1 día antes del inicio)');
    assert.equal(feeMessagesEs.splitNote(1, 2), 'Solo queda 1 plaza con tarifa especial: la obtiene el participante 1 de 2.');
  });

  it('Arabic: its six forms (two is a dual; 3–10 a plural; 11–99 a singular), digits through Intl', () => {
    const d = (n: number) => new Intl.NumberFormat('ar').format(n);
    assert.include(feeMessagesAr.refundBefore('2025-10-16', '2025-10-17', 1, 75), '(قبل البدء بيوم واحد)');
    assert.include(feeMessagesAr.refundBefore('2025-10-16', '2025-10-18', 2, 75), '(قبل البدء بيومين)');
    assert.include(feeMessagesAr.refundNothing('2025-10-20', '2025-10-17', 3), `(قبل البدء بـ${d(3)} أيام)`);
    assert.include(feeMessagesAr.refundNothing('2025-10-20', '2025-10-17', 30), `(قبل البدء بـ${d(30)} يومًا)`);
    assert.include(feeMessagesAr.refundNothing('2025-10-20', '2025-10-17', 100), `(قبل البدء بـ${d(100)} يوم)`);
    assert.equal(feeMessagesAr.quotaNote(0), 'الرسوم المخفّضة رهن بتوفّر المقاعد: لا مقاعد لكل نسخة إجمالًا.');
    assert.equal(feeMessagesAr.quotaNote(2), 'الرسوم المخفّضة رهن بتوفّر المقاعد: مقعدان لكل نسخة إجمالًا.');
    assert.equal(feeMessagesAr.splitNote(2, 3), `لم يبقَ بالرسوم المخفّضة إلا مقعدان: يستفيد منها المشاركون ${d(1)}–${d(2)} من أصل ${d(3)}.`);
    // The dual follows the case: a subject, then after a preposition.
    assert.equal(feeMessagesAr.reasons['group-too-small']({code: 'group-too-small', minParticipants: 2}, 'تسجيل المجموعات', 'ar'), 'لا ينطبق تخفيض المجموعات: يلزم مشاركان على الأقل من المؤسسة نفسها');
    assert.include(feeMessagesAr.reasons.group({code: 'group', percent: 10, participants: 2}, 'تسجيل المجموعات', 'ar'), 'لـمشاركَين من المؤسسة نفسها');
    assert.include(feeMessagesAr.reasons.group({code: 'group', percent: 10, participants: 11}, 'تسجيل المجموعات', 'ar'), `لـ${d(11)} مشاركًا من المؤسسة نفسها`);
  });
});
