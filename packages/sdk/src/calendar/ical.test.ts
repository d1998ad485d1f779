import {assert} from 'chai';
import ICAL from 'ical.js';
import {editionCalendar} from './ical.js';
import {sampleCatalog} from '../catalog/index.js';
import type {Edition} from '../schemas/edition.js';

const diplomaEdition = sampleCatalog.editions.find((e) => e.id === 'diploma-internationalization-2025')!;
const diplomaCourse = sampleCatalog.courses.find((c) => c.id === diplomaEdition.courseId)!;
const stamp = new Date('2025-09-15T08:30:00Z');

describe('editionCalendar', () => {
  it('writes one all-day event that a real iCalendar parser reads back', () => {
    const ics = editionCalendar({course: diplomaCourse, edition: diplomaEdition, stamp, url: 'https://example.org/diploma'})!;
    const calendar = new ICAL.Component(ICAL.parse(ics));
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    assert.equal(event.summary, 'Metropolis Diploma in Internationalization for Local Authorities');
    assert.equal(event.location, 'Barcelona, Spain');
    assert.equal(event.uid, 'diploma-internationalization-2025@metropolis-training');
    assert.isTrue(event.startDate.isDate);
    assert.equal(event.startDate.toString(), '2025-11-17');
    // DTEND is exclusive for dates: the day after the last day, 21 November.
    assert.equal(event.endDate.toString(), '2025-11-22');
    assert.equal(event.description, diplomaCourse.summary.en);
    assert.equal(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('url'), 'https://example.org/diploma');
    assert.equal(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString(), '2025-09-15T08:30:00Z');
  });

  it('ends lines with CRLF and folds them at 75 octets, never inside a character', () => {
    const ics = editionCalendar({course: diplomaCourse, edition: diplomaEdition, stamp, lang: 'fr'})!;
    assert.match(ics, /\r\n$/);
    assert.notMatch(ics.replace(/\r\n/g, ''), /[\r\n]/);
    for (const line of ics.split('\r\n')) assert.isAtMost(new TextEncoder().encode(line).length, 75, line);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    assert.equal(event.description, diplomaCourse.summary.fr);
  });

  it('escapes commas, semicolons, backslashes and newlines in text, which then parse back intact', () => {
    const hostile = {...diplomaCourse, title: {en: 'A, B; C \\ D\nE <img src=x onerror=alert(1)>'}};
    const ics = editionCalendar({course: hostile, edition: diplomaEdition, stamp})!;
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    assert.equal(event.summary, 'A, B; C \\ D\nE <img src=x onerror=alert(1)>');
  });

  it('marks a cancelled edition, and makes no file while the dates are not fixed', () => {
    const cancelled: Edition = {...diplomaEdition, cancelled: true};
    assert.include(editionCalendar({course: diplomaCourse, edition: cancelled, stamp}), 'STATUS:CANCELLED');
    const tbc = sampleCatalog.editions.find((e) => e.dates.kind === 'to-be-confirmed')!;
    assert.isUndefined(editionCalendar({course: diplomaCourse, edition: tbc, stamp}));
  });
});
