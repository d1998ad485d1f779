import {assert} from 'chai';
import {ValidationError} from '../errors.js';
import {parseCatalog} from '../parse.js';
import {catalogCopy, rejectedPaths} from '../test-support/catalog-fixtures.js';

describe('parseCatalog', () => {
  it('accepts the sample catalog unchanged', () => {
    const sample = catalogCopy();
    assert.deepEqual(parseCatalog(sample), sample);
  });

  it('accepts the sample catalog after a JSON round trip, as a static site serves it', () => {
    const parsed = parseCatalog(JSON.parse(JSON.stringify(catalogCopy())));
    assert.equal(parsed.editions[0]?.id, 'diploma-internationalization-2025');
  });

  it('refuses catalog text with a NUL or a broken character, naming the field', () => {
    const catalog = catalogCopy() as any;
    catalog.courses[0].title.fr = 'Dipl\u0000me';
    catalog.providers[0].name.en = 'Metropolis\ud800';
    assert.sameMembers(rejectedPaths(() => parseCatalog(catalog)), ['courses[0].title.fr', 'providers[0].name.en']);
  });

  it('names the path of a field with the wrong type', () => {
    const catalog = catalogCopy() as any;
    catalog.editions[1].dates.start = 20140527;
    catalog.courses[2].themes = 'water';
    assert.sameMembers(rejectedPaths(() => parseCatalog(catalog)), ['editions[1].dates.start', 'courses[2].themes']);
  });

  it('rejects an unknown course format and lists the allowed ones', () => {
    const catalog = catalogCopy() as any;
    catalog.courses[0].format = 'seminar';
    try {
      parseCatalog(catalog);
      assert.fail('expected a ValidationError');
    } catch (error) {
      assert.instanceOf(error, ValidationError);
      const [issue] = (error as ValidationError).issues;
      assert.equal(issue?.path, 'courses[0].format');
      assert.include(issue?.message, '"webinar"');
      assert.include((error as Error).message, 'courses[0].format');
    }
  });

  it('rejects localized text without English', () => {
    const catalog = catalogCopy() as any;
    catalog.courses[3].title = {fr: 'Atelier', es: 'Taller'};
    catalog.providers[0].name.en = '   ';
    assert.sameMembers(rejectedPaths(() => parseCatalog(catalog)), ['courses[3].title.en', 'providers[0].name.en']);
  });

  it('rejects a negative price and a price in decimal euros', () => {
    const catalog = catalogCopy() as any;
    catalog.feeSchedules[0].listPrice = -66000;
    catalog.feeSchedules[0].rules[0].percent = 50.125;
    assert.sameMembers(rejectedPaths(() => parseCatalog(catalog)), ['feeSchedules[0].listPrice', 'feeSchedules[0].rules[0].percent']);
    const fractional = catalogCopy() as any;
    fractional.feeSchedules[0].listPrice = 660.5;
    assert.deepEqual(rejectedPaths(() => parseCatalog(fractional)), ['feeSchedules[0].listPrice']);
  });

  it('rejects an edition that ends before it starts', () => {
    const catalog = catalogCopy() as any;
    catalog.editions[0].dates = {kind: 'fixed', start: '2025-11-17', end: '2025-11-16'};
    assert.deepEqual(rejectedPaths(() => parseCatalog(catalog)), ['editions[0].dates.end']);
  });

  it('rejects impossible dates, unknown time zones, countries and fields', () => {
    const catalog = catalogCopy() as any;
    catalog.editions[0].dates.start = '2025-02-30';
    catalog.editions[1].timeZone = 'Europe/Atlantis';
    catalog.providers[1].country = 'XX';
    catalog.courses[0].price = 100;
    assert.sameMembers(rejectedPaths(() => parseCatalog(catalog)), [
      'editions[0].dates.start',
      'editions[1].timeZone',
      'providers[1].country',
      'courses[0].price',
    ]);
  });

  it('reports every bad field at once, not only the first', () => {
    const catalog = catalogCopy() as any;
    catalog.editions[0].dates.end = '2025-11-01';
    catalog.courses[0].format = 'seminar';
    catalog.feeSchedules[0].listPrice = -1;
    assert.lengthOf(rejectedPaths(() => parseCatalog(catalog)), 3);
  });

  it('rejects references to records that do not exist, and repeated ids', () => {
    const catalog = catalogCopy() as any;
    catalog.editions[0].fee.scheduleId = 'no-such-schedule';
    catalog.editions[1].courseId = 'no-such-course';
    catalog.courses[0].partnerIds = ['no-such-provider'];
    catalog.providers[1].id = catalog.providers[0].id;
    assert.sameMembers(rejectedPaths(() => parseCatalog(catalog)), [
      'editions[0].fee.scheduleId',
      'editions[1].courseId',
      'courses[0].partnerIds[0]',
      'providers[1].id',
      // Courses of the renamed provider now point at nothing.
      ...catalog.courses.flatMap((c: any, i: number) => (c.providerId === 'miti-seoul' ? [`courses[${i}].providerId`] : [])),
    ]);
  });

  it('rejects what is not a catalog at all', () => {
    assert.deepEqual(rejectedPaths(() => parseCatalog(null)), ['']);
    assert.deepEqual(rejectedPaths(() => parseCatalog([])), ['']);
    assert.include(rejectedPaths(() => parseCatalog({schemaVersion: 2, providers: [], courses: [], editions: [], feeSchedules: []})), 'schemaVersion');
  });

  it('never echoes the rejected value in its message', () => {
    const catalog = catalogCopy() as any;
    catalog.providers[0].country = 'secret@example.org';
    try {
      parseCatalog(catalog);
      assert.fail('expected a ValidationError');
    } catch (error) {
      assert.notInclude((error as Error).message, 'secret@example.org');
    }
  });
});
