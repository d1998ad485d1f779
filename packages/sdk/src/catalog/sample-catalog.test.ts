import {assert} from 'chai';
import {sampleCatalog} from './index.js';
import {pick} from '../text.js';

const editions = new Map(sampleCatalog.editions.map((e) => [e.id, e]));
const courses = new Map(sampleCatalog.courses.map((c) => [c.id, c]));
const providers = new Map(sampleCatalog.providers.map((p) => [p.id, p]));

describe('sampleCatalog', () => {
  it('names every provider of the seed documents', () => {
    const expected: Record<string, [string, string]> = {
      'metropolis-secretariat': ['Barcelona', 'ES'],
      'miti-seoul': ['Seoul', 'KR'],
      'miti-mashhad': ['Mashhad', 'IR'],
      'miti-cairo': ['Cairo', 'EG'],
      'miti-mexico-city': ['Mexico City', 'MX'],
      'miti-paris-idf': ['Paris', 'FR'],
      'university-of-melbourne': ['Melbourne', 'AU'],
    };
    for (const [id, [city, country]] of Object.entries(expected)) {
      const provider = providers.get(id);
      assert.exists(provider, id);
      assert.equal(provider!.city?.en, city);
      assert.equal(provider!.country, country);
    }
    assert.include(pick(providers.get('miti-seoul')!.hostInstitution!, 'en'), 'SHRDC');
    assert.include(pick(providers.get('miti-mashhad')!.hostInstitution!, 'en'), 'ISCO');
    assert.include(pick(providers.get('miti-cairo')!.hostInstitution!, 'en'), 'HBRC');
    assert.include(pick(providers.get('miti-mexico-city')!.hostInstitution!, 'en'), 'EAPDF');
  });

  it('carries the Diploma’s 3rd edition as the brochure gives it', () => {
    const edition = editions.get('diploma-internationalization-2025')!;
    assert.deepEqual(edition.dates, {kind: 'fixed', start: '2025-11-17', end: '2025-11-21'});
    assert.equal(edition.timeZone, 'Europe/Madrid');
    assert.equal(edition.editionNumber, 3);
    assert.deepEqual(edition.location, {mode: 'in-person', city: {en: 'Barcelona', fr: 'Barcelone', es: 'Barcelona'}, country: 'ES'});
    const course = courses.get(edition.courseId)!;
    assert.equal(course.format, 'diploma');
    assert.lengthOf(course.lessons!, 5);
    assert.lengthOf(course.skills!, 8);
    assert.lengthOf(course.methodology!.pillars, 5);
    assert.lengthOf(course.evaluation!.requirements, 3);
    assert.lengthOf(course.included!, 9);
    assert.lengthOf(course.notIncluded!, 5);
    assert.lengthOf(course.registrationProcess!, 3);
    assert.exists(course.objective);
    assert.exists(course.audience?.idealParticipants);
    assert.deepEqual(course.partnerIds, ['university-of-melbourne']);
    const schedule = sampleCatalog.feeSchedules.find((s) => edition.fee.kind === 'schedule' && s.id === edition.fee.scheduleId)!;
    assert.equal(schedule.listPrice, 66000);
    assert.equal(schedule.currency, 'EUR');
    assert.deepEqual(schedule.refundPolicy.tiers, [{daysBeforeStart: 30, percent: 75}]);
    assert.equal(schedule.refundPolicy.afterLastTier, 'not-accepted');
  });

  it('lists every MITI training of the 2014 schedule with its dates and city', () => {
    const expected: Record<string, [string, string | undefined, string | undefined]> = {
      'miti-water-supplies-2014': ['Seoul', '2014-05-27', '2014-06-03'],
      'miti-electronic-governance-2014': ['Seoul', '2014-06-24', '2014-07-02'],
      'miti-overweight-obesity-policies-2014': ['Mexico City', '2014-07-29', '2014-08-01'],
      'miti-urban-management-2014': ['Seoul', '2014-08-24', '2014-08-31'],
      'miti-climate-change-2014': ['Seoul', '2014-10-21', '2014-10-31'],
      'miti-municipal-finance-investment-2014': ['Mashhad', undefined, undefined],
      'miti-gis-urban-planning-2014': ['Mashhad', undefined, undefined],
    };
    for (const [id, [city, start, end]] of Object.entries(expected)) {
      const edition = editions.get(id);
      assert.exists(edition, id);
      assert.equal(edition!.location.mode === 'online' ? undefined : edition!.location.city.en, city);
      if (start) assert.deepEqual(edition!.dates, {kind: 'fixed', start, end: end!});
      else assert.deepEqual(edition!.dates, {kind: 'to-be-confirmed', period: '2014-10'}, `${id} stays unconfirmed`);
    }
  });

  it('invents no fee, date or language the seeds do not give', () => {
    for (const edition of sampleCatalog.editions) {
      if (edition.id === 'diploma-internationalization-2025') continue;
      assert.equal(edition.fee.kind, 'to-be-announced', edition.id);
      assert.deepEqual(edition.languages, [], edition.id);
    }
    for (const id of ['learning-station-webinars-next', 'learning-station-online-courses-next']) {
      assert.deepEqual(editions.get(id)!.dates, {kind: 'to-be-announced'});
      assert.equal(editions.get(id)!.location.mode, 'online');
    }
    assert.equal(courses.get('learning-station-webinars')!.format, 'webinar');
    assert.equal(courses.get('learning-station-online-courses')!.format, 'online-course');
  });

  it('cites a listed seed document in every record', () => {
    const files = new Set(sampleCatalog.sources!.map((s) => s.file));
    const records = [...sampleCatalog.providers, ...sampleCatalog.courses, ...sampleCatalog.editions];
    for (const record of records) {
      assert.isNotEmpty(record.sources, record.id);
      for (const source of record.sources) assert.isTrue(files.has(source), `${record.id} cites ${source}`);
    }
  });

  it('has French and Spanish titles and summaries for every course', () => {
    for (const course of sampleCatalog.courses) {
      for (const lang of ['fr', 'es']) {
        assert.isString(course.title[lang], `${course.id} title.${lang}`);
        assert.isString(course.summary[lang], `${course.id} summary.${lang}`);
      }
    }
  });
});
