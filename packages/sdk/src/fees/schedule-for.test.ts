import {assert} from 'chai';
import {scheduleFor} from './schedule-for.js';
import {sampleCatalog} from '../catalog/index.js';

describe('scheduleFor', () => {
  it('finds the schedule an edition names', () => {
    assert.equal(scheduleFor(sampleCatalog, 'diploma-internationalization-2025')?.id, 'diploma-internationalization-2025-fees');
  });

  it('is undefined for an unknown edition, or one whose fee is not announced', () => {
    assert.isUndefined(scheduleFor(sampleCatalog, 'no-such-edition'));
    assert.isUndefined(scheduleFor(sampleCatalog, 'learning-station-webinars-next'));
  });
});
