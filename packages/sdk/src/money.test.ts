import {assert} from 'chai';
import {formatMoney, formatPercent, minorUnitDigits, percentOf, toBasisPoints} from './money.js';

describe('money', () => {
  it('takes a percent of minor units exactly, rounding half-up', () => {
    assert.equal(percentOf(66000, 50), 33000);
    assert.equal(percentOf(33000, 8), 2640);
    assert.equal(percentOf(1, 50), 1);
    assert.equal(percentOf(125, 10), 13);
    assert.equal(percentOf(999, 33.33), 333);
    assert.equal(toBasisPoints(33.33), 3333);
    assert.equal(toBasisPoints(0.07), 7);
  });

  it('stays exact beyond the range where amount × basis points fits a double', () => {
    assert.equal(percentOf(9_007_199_254_740_991, 50), 4_503_599_627_370_496);
    assert.equal(percentOf(9_007_199_254_740_991, 100), 9_007_199_254_740_991);
  });

  it('formats with each currency’s minor unit', () => {
    assert.equal(minorUnitDigits('EUR'), 2);
    assert.equal(minorUnitDigits('JPY'), 0);
    assert.equal(minorUnitDigits('KWD'), 3);
    assert.equal(formatMoney({amount: 66000, currency: 'EUR'}, 'en'), '€660.00');
    assert.equal(formatMoney({amount: 182160, currency: 'EUR'}, 'en'), '€1,821.60');
    assert.equal(formatMoney({amount: 66000, currency: 'EUR'}, 'fr'), '660,00\u00a0€');
    assert.equal(formatMoney({amount: 1500, currency: 'JPY'}, 'en'), '¥1,500');
    assert.equal(formatPercent(8, 'en'), '8%');
    assert.equal(formatPercent(12.5, 'es'), '12,5\u00a0%');
  });
});

describe('amounts typed as decimal text', () => {
  it('reads them as integer minor units, never through a float', async () => {
    const {parseAmount, amountText} = await import('./money.js');
    assert.equal(parseAmount('330', 'EUR'), 33000);
    assert.equal(parseAmount('0.1', 'EUR'), 10);
    assert.equal(parseAmount('330,5', 'EUR'), 33050);
    assert.equal(parseAmount(' 1 234.56 ', 'EUR'), 123456);
    assert.equal(parseAmount('1000', 'JPY'), 1000);
    for (const bad of ['', '-1', '1.234', '1e3', 'abc', '1.2.3']) assert.isUndefined(parseAmount(bad, 'EUR'), bad);
    assert.equal(amountText(33000, 'EUR'), '330.00');
    assert.equal(amountText(5, 'EUR'), '0.05');
    assert.equal(amountText(1000, 'JPY'), '1000');
  });
});
