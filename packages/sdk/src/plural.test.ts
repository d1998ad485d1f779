import {assert} from 'chai';
import {plural} from './plural.js';

const courses = {one: '# course', other: '# courses'};
const formations = {one: '# formation', other: '# formations'};

describe('plural', () => {
  it('follows each language’s rule for 0 and 1: English plural at 0, French singular', () => {
    assert.equal(plural('en', 0, courses), '0 courses');
    assert.equal(plural('en', 1, courses), '1 course');
    assert.equal(plural('en', 2, courses), '2 courses');
    assert.equal(plural('fr', 0, formations), '0 formation');
    assert.equal(plural('fr', 1, formations), '1 formation');
    assert.equal(plural('fr', 2, formations), '2 formations');
    assert.equal(plural('es', 0, {one: '# plaza', other: '# plazas'}), '0 plazas');
  });

  it('uses the categories a language has, and other for the ones a phrase leaves out', () => {
    const forms = {zero: 'zero #', one: 'one #', two: 'two #', few: 'few #', many: 'many #', other: 'other #'};
    assert.equal(plural('ar-u-nu-latn', 0, forms), 'zero 0');
    assert.equal(plural('ar-u-nu-latn', 2, forms), 'two 2');
    assert.equal(plural('ar-u-nu-latn', 5, forms), 'few 5');
    assert.equal(plural('ar-u-nu-latn', 11, forms), 'many 11');
    assert.equal(plural('ar-u-nu-latn', 100, forms), 'other 100');
    assert.equal(plural('ar-u-nu-latn', 2, {one: 'one #', other: 'other #'}), 'other 2');
  });

  it('writes the count with the locale’s digits and grouping', () => {
    assert.equal(plural('en', 1200, courses), '1,200 courses');
    assert.equal(plural('fr', 1200, formations), '1\u202f200 formations');
    assert.equal(plural('ar-EG', 3, {other: '# دورات'}), `${new Intl.NumberFormat('ar-EG').format(3)} دورات`);
  });
});
