import assert from 'node:assert/strict';
import type {UiLanguage} from '@metropolis-training/sdk';
import {admittedMail, cancelledMail, invoiceMail, paidMail, rejectedMail, type AdmissionFacts} from './admissions-messages.js';

const bank = {accountHolder: 'Metropolis Association', iban: 'ES91 2100 0418 4502 0005 1332', bic: 'CAIXESBBXXX', bankName: 'CaixaBank'};
const facts = (lang: UiLanguage): AdmissionFacts => ({lang, givenName: 'Amina', familyName: 'Haddad', reference: 'MT-2025-0042', courseTitle: 'Diploma', start: '2025-11-17'});
const invoice = (lang: UiLanguage) => invoiceMail({...facts(lang), number: '2025-0007', issuedOn: '2025-09-20', total: {amount: 60720, currency: 'EUR'}, bank, invoiceUrl: 'https://training.example/v1/invoices/x?key=k'});

/** The amount 607.20 EUR as each language writes it (Intl: non-breaking spaces in fr and es). */
const amounts: Record<UiLanguage, RegExp> = {en: /€607\.20/, fr: /607,20\s€/, es: /607,20\s€/, ar: /٦٠٧٫٢٠|607[.,]20/};

describe('admissions mails', () => {
  for (const lang of ['en', 'fr', 'es', 'ar'] as const) {
    describe(lang, () => {
      it('admitted: subject, reference and that the invoice follows', () => {
        const mail = admittedMail(facts(lang));
        assert.match(mail.subject, /MT-2025-0042/);
        assert.match(mail.text, /Amina Haddad/);
        assert.match(mail.text, /MT-2025-0042/);
      });

      it('not admitted: subject, reference, and the admin’s reason when one was given', () => {
        const mail = rejectedMail({...facts(lang), reason: 'The edition is full.'});
        assert.match(mail.subject, /MT-2025-0042/);
        assert.match(mail.text, /Amina Haddad/);
        assert.match(mail.text, /The edition is full\./);
        assert.doesNotMatch(rejectedMail(facts(lang)).text, /undefined/);
      });

      it('invoiced: number, date, amount in the language, bank details, reference to quote, link', () => {
        const mail = invoice(lang);
        assert.match(mail.subject, /2025-0007 \(MT-2025-0042\)/);
        assert.match(mail.text, amounts[lang]);
        for (const fact of ['ES91 2100 0418 4502 0005 1332', 'CAIXESBBXXX', 'CaixaBank', 'Metropolis Association', '2025-0007 MT-2025-0042', 'https://training.example/v1/invoices/x?key=k']) assert.ok(mail.text.includes(fact), fact);
      });

      it('paid: the amount received', () => {
        const mail = paidMail({...facts(lang), paid: {amount: 60720, currency: 'EUR'}});
        assert.match(mail.text, amounts[lang]);
      });

      it('cancelled: the refund and its reason, or that none is due', () => {
        const refunded = cancelledMail({...facts(lang), refund: {amount: 60720, currency: 'EUR'}, reason: 'REASON'});
        assert.match(refunded.text, amounts[lang]);
        assert.match(refunded.text, /REASON/);
        const none = cancelledMail({...facts(lang), refund: {amount: 0, currency: 'EUR'}, reason: 'LATE'});
        assert.doesNotMatch(none.text, /0[.,]00/);
        assert.match(none.text, /LATE/);
      });
    });
  }

  it('is written in each language’s own words', () => {
    assert.equal(admittedMail(facts('en')).subject, 'You are admitted: Diploma (MT-2025-0042)');
    assert.equal(admittedMail(facts('fr')).subject, 'Vous êtes admis : Diploma (MT-2025-0042)');
    assert.equal(admittedMail(facts('es')).subject, 'Ha sido admitido/a: Diploma (MT-2025-0042)');
    assert.match(rejectedMail({...facts('fr'), reason: 'Complet'}).text, /Motif du Secrétariat : Complet/);
    assert.match(invoice('en').text, /Invoice date: 20 September 2025/);
    assert.match(invoice('fr').text, /Date de facture : 20 septembre 2025/);
    assert.match(invoice('es').text, /Fecha de factura: 20 de septiembre de 2025/);
    assert.match(invoice('fr').text, /frais bancaires sont à la charge du participant/);
    assert.match(cancelledMail({...facts('es'), refund: {amount: 0, currency: 'EUR'}, reason: ''}).text, /no corresponde ningún reembolso/);
  });
});
