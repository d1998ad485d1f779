import {expect} from '@open-wc/testing';
import {applicationForm as ar} from './ar/application-form.js';
import {courseList as arList} from './ar/course-list.js';
import {feeCalculator as arCalculator} from './ar/fee-calculator.js';
import {applicationForm as en} from './en/application-form.js';
import {courseDetail as enDetail} from './en/course-detail.js';
import {courseList as enList} from './en/course-list.js';
import {feeCalculator as enCalculator} from './en/fee-calculator.js';
import {applicationForm as es} from './es/application-form.js';
import {courseDetail as esDetail} from './es/course-detail.js';
import {courseList as esList} from './es/course-list.js';
import {feeCalculator as esCalculator} from './es/fee-calculator.js';
import {applicationForm as fr} from './fr/application-form.js';
import {courseDetail as frDetail} from './fr/course-detail.js';
import {courseList as frList} from './fr/course-list.js';
import {feeCalculator as frCalculator} from './fr/fee-calculator.js';

// Every count a visitor reads follows the language's CLDR rule: French and Spanish differ at 0
// (French singular, Spanish plural), and no English phrase reads "1 characters".
describe('counted words', () => {
  it('English: singular for 1 only', () => {
    expect([0, 1, 2].map(enList.results)).to.deep.equal(['0 courses', '1 course', '2 courses']);
    expect(en.charactersOver(1)).to.equal('1 character too many');
    expect(en.charactersOver(3)).to.equal('3 characters too many');
    expect(en.errorCount(1)).to.equal('Correct 1 field to send your application:');
    expect(en.sendRateLimited(1)).to.contain('Try again in 1 second.');
    expect(enDetail.quota('Special fee', 1)).to.equal('Special fee: up to 1 place in total.');
    expect(enCalculator.participantCount(1)).to.equal('1 participant');
  });

  it('French: singular for 0 and 1, in every element alike', () => {
    expect([0, 1, 2].map(frList.results)).to.deep.equal(['0 formation', '1 formation', '2 formations']);
    expect(frDetail.quota('Tarif spécial', 0)).to.equal('Tarif spécial : au plus 0 place au total.');
    expect(fr.results(0)).to.equal('0 résultat');
    expect(frCalculator.results(0)).to.equal('0 résultat');
    expect(frList.selected(1)).to.equal('1 sélectionné');
  });

  it('Spanish: plural for 0', () => {
    expect([0, 1, 2].map(esList.results)).to.deep.equal(['0 formaciones', '1 formación', '2 formaciones']);
    expect(esDetail.quota('Tarifa especial', 0)).to.equal('Tarifa especial: hasta 0 plazas en total.');
    expect(es.charactersOver(1)).to.equal('1 carácter de más');
    expect(esCalculator.participantCount(0)).to.equal('0 participantes');
  });

  it('Arabic: zero, one, two (a dual), few (3–10), many (11–99), other, in every element alike', () => {
    const d = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect([0, 1, 2, 3, 11, 100].map(arList.results)).to.deep.equal(['لا دورات', 'دورة واحدة', 'دورتان', `${d(3)} دورات`, `${d(11)} دورة`, `${d(100)} دورة`]);
    expect(ar.charactersOver(2)).to.equal('حرفان زائدان');
    expect(ar.errorCount(1)).to.equal('صحّح حقلًا واحدًا لإرسال طلبك:');
    expect(arCalculator.participantCount(2)).to.equal('مشاركان');
    expect(arCalculator.results(12)).to.equal(`${d(12)} نتيجة`);
  });

  it('writes large counts with the language’s grouping', () => {
    expect(enList.results(1200)).to.equal('1,200 courses');
    expect(frList.results(1200)).to.equal('1\u202f200 formations');
    expect(esList.results(12000)).to.equal('12.000 formaciones');
  });
});
