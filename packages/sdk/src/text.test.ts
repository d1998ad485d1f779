import {assert} from 'chai';
import {pick} from './text.js';

describe('pick', () => {
  const text = {en: 'Barcelona', fr: 'Barcelone', es: 'Barcelona (es)', 'pt-BR': 'Barcelona (pt-BR)'};

  it('returns the requested language', () => {
    assert.equal(pick(text, 'fr'), 'Barcelone');
    assert.equal(pick(text, 'es'), 'Barcelona (es)');
  });

  it('falls back from a regional tag to its base language, ignoring case', () => {
    assert.equal(pick(text, 'fr-CA'), 'Barcelone');
    assert.equal(pick(text, 'ES-mx'), 'Barcelona (es)');
    assert.equal(pick(text, 'pt-br'), 'Barcelona (pt-BR)');
  });

  it('falls back to English for a missing language or none', () => {
    assert.equal(pick(text, 'de'), 'Barcelona');
    assert.equal(pick({en: 'Seoul'}, 'fr'), 'Seoul');
    assert.equal(pick(text, undefined), 'Barcelona');
    assert.equal(pick(text, ''), 'Barcelona');
  });
});
