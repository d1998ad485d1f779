import assert from 'node:assert/strict';
import {quote, sampleCatalog, scheduleFor, type UiLanguage} from '@metropolis-training/sdk';
import {confirmationMail, proposalReceivedMail, proposalStatusMail} from './messages.js';

const edition = sampleCatalog.editions.find((e) => e.id === 'diploma-internationalization-2025')!;
const course = sampleCatalog.courses.find((c) => c.id === edition.courseId)!;
const schedule = scheduleFor(sampleCatalog, edition.id)!;

function mail(lang: UiLanguage) {
  const priced = quote(schedule, {date: '2025-09-15', membership: 'member', country: 'ES', lang});
  return confirmationMail({lang, givenName: 'Amina', familyName: 'Haddad', reference: 'MT-2025-0042', course, edition, quote: priced});
}

describe('confirmation of receipt', () => {
  it('says in English what was received, for how much, and what happens next', () => {
    const {subject, text} = mail('en');
    assert.equal(subject, 'Application received: Metropolis Diploma in Internationalization for Local Authorities (MT-2025-0042)');
    assert.match(text, /^Dear Amina Haddad,/);
    assert.match(text, /17 November 2025 – 21 November 2025, Barcelona/);
    assert.match(text, /Reference: MT-2025-0042/);
    assert.match(text, /Quoted total: €330\.00/);
    const steps = ['Assessment', 'Admission', 'Invoice', 'Payment by bank transfer'].map((s) => text.indexOf(s));
    assert.ok(steps.every((i, n) => i > 0 && (n === 0 || i > steps[n - 1]!)), 'the four steps, in order');
  });

  it('is written in French and in Spanish for applications in those languages', () => {
    const fr = mail('fr');
    assert.match(fr.subject, /^Candidature reçue : /);
    assert.match(fr.text, /17 novembre 2025 – 21 novembre 2025/);
    assert.match(fr.text, /Référence : MT-2025-0042/);
    assert.match(fr.text, /330,00\s€/);
    assert.match(fr.text, /virement bancaire/);
    const es = mail('es');
    assert.match(es.subject, /^Solicitud recibida: /);
    assert.match(es.text, /17 de noviembre de 2025/);
    assert.match(es.text, /transferencia bancaria/);
  });

  it('is written in Arabic for an application sent from an Arabic page, amounts and dates through Intl', () => {
    const ar = mail('ar');
    assert.match(ar.subject, /^تم استلام الطلب: .+ \(MT-2025-0042\)$/);
    assert.match(ar.text, /^السيد\/السيدة Amina Haddad المحترم\/المحترمة،/);
    assert.match(ar.text, /(21|٢١) نوفمبر (2025|٢٠٢٥)، /, 'the Arabic comma before the place');
    assert.match(ar.text, /الرقم المرجعي: MT-2025-0042/);
    assert.match(ar.text, /(17|١٧) نوفمبر (2025|٢٠٢٥)/);
    assert.match(ar.text, /(330|٣٣٠)[.٫](00|٠٠)/);
    assert.match(ar.text, /تحويل مصرفي/);
  });
});

describe('proposal mails', () => {
  const facts = (lang: UiLanguage) => ({lang, givenName: 'Lucía', familyName: 'Ortega', reference: 'MP-2026-0007', title: 'Cable cars as public transport'});

  it('confirm receipt in each language with the title, the reference and the three next steps', () => {
    const subjects = {en: 'Proposal received: ', fr: 'Proposition reçue : ', es: 'Propuesta recibida: ', ar: 'تم استلام المقترح: '};
    for (const lang of ['en', 'fr', 'es', 'ar'] as const) {
      const {subject, text} = proposalReceivedMail(facts(lang));
      assert.equal(subject, `${subjects[lang]}Cable cars as public transport (MP-2026-0007)`);
      assert.match(text, /Lucía Ortega/);
      assert.match(text, /\n {2}Cable cars as public transport\n/);
      assert.match(text, /MP-2026-0007/);
      assert.match(text, /\n1\. .+\n2\. .+\n3\. .+\n/, lang);
    }
  });

  it('tell each decision with the note, and leave the note out when there is none', () => {
    const accepted = proposalStatusMail({...facts('es'), status: 'accepted', note: 'Le escribiremos en octubre.'});
    assert.equal(accepted.subject, 'Su propuesta ha sido aceptada: Cable cars as public transport (MP-2026-0007)');
    assert.match(accepted.text, /Nota de la Secretaría:\nLe escribiremos en octubre\./);
    const declined = proposalStatusMail({...facts('ar'), status: 'declined'});
    assert.match(declined.subject, /^بخصوص مقترحك: /);
    assert.doesNotMatch(declined.text, /ملاحظة من الأمانة/);
    const review = proposalStatusMail({...facts('en'), status: 'under-review'});
    assert.match(review.text, /has started reviewing your proposal/);
  });
});
