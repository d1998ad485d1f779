import {assert} from 'chai';
import {courseJsonLd, jsonLdText} from './json-ld.js';
import {sampleCatalog} from '../catalog/index.js';
import {scheduleFor} from '../fees/schedule-for.js';

const edition = sampleCatalog.editions.find((e) => e.id === 'diploma-internationalization-2025')!;
const course = sampleCatalog.courses.find((c) => c.id === edition.courseId)!;
const provider = sampleCatalog.providers.find((p) => p.id === course.providerId);
const schedule = scheduleFor(sampleCatalog, edition.id);

describe('courseJsonLd', () => {
  it('describes the edition as a schema.org Course with its instance, offer and provider', () => {
    const doc = courseJsonLd({course, edition, provider, schedule, now: '2025-09-15', url: 'https://example.org/diploma'}) as any;
    assert.equal(doc['@context'], 'https://schema.org');
    assert.equal(doc['@type'], 'Course');
    assert.equal(doc.name, 'Metropolis Diploma in Internationalization for Local Authorities');
    assert.deepEqual(doc.provider, {'@type': 'Organization', name: 'Metropolis Secretariat General', address: {'@type': 'PostalAddress', addressLocality: 'Barcelona', addressCountry: 'ES'}});
    assert.deepEqual(doc.offers, {'@type': 'Offer', availability: 'https://schema.org/InStock', validThrough: '2025-11-16', url: 'https://example.org/diploma', price: '660.00', priceCurrency: 'EUR', category: 'Paid'});
    const [instance] = doc.hasCourseInstance;
    assert.equal(instance['@type'], 'CourseInstance');
    assert.equal(instance.courseMode, 'onsite');
    assert.equal(instance.startDate, '2025-11-17');
    assert.equal(instance.endDate, '2025-11-21');
    assert.equal(instance.location.address.addressLocality, 'Barcelona');
  });

  it('follows the language and the status, and omits the offer when no fee is published', () => {
    const fr = courseJsonLd({course, edition, provider, schedule, lang: 'fr', now: '2025-12-01'}) as any;
    assert.equal(fr.name, 'Diplôme Metropolis en internationalisation des autorités locales');
    assert.equal(fr.offers.availability, 'https://schema.org/SoldOut');
    const webinar = sampleCatalog.editions.find((e) => e.id === 'learning-station-webinars-next')!;
    const doc = courseJsonLd({course: sampleCatalog.courses.find((c) => c.id === webinar.courseId)!, edition: webinar, provider, now: '2025-09-15'}) as any;
    assert.notProperty(doc, 'offers');
    assert.equal(doc.hasCourseInstance[0].courseMode, 'online');
    assert.notProperty(doc.hasCourseInstance[0], 'startDate');
  });

  it('its script text can never close the script element', () => {
    const hostile = {...course, title: {en: '</script><img src=x onerror=alert(1)>'}};
    const text = jsonLdText(courseJsonLd({course: hostile, edition, provider, schedule, now: '2025-09-15'}));
    assert.notInclude(text, '<');
    assert.equal((JSON.parse(text) as any).name, '</script><img src=x onerror=alert(1)>');
  });
});
