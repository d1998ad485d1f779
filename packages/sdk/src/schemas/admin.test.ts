import {assert} from 'chai';
import {rejectedPaths} from '../test-support/catalog-fixtures.js';
import {ActionPreview, AdminIdentity, EditionAdmissionsList} from './admin.js';
import {ApplicationListQuery, parseApiBody} from './api.js';
import {Application, applicationTransitions, ApplicationStatus} from './application.js';

const zeroCounts = Object.fromEntries(ApplicationStatus.options.map((s) => [s, 0]));

describe('admin schemas', () => {
  it('read who is signed in', () => {
    assert.deepEqual(parseApiBody(AdminIdentity, {name: 'maria'}, 'Admin'), {name: 'maria'});
  });

  it('need every status in an edition’s counts', () => {
    const edition = {editionId: 'diploma-2025', courseTitle: 'Diploma', start: '2025-11-17', capacity: 30, counts: zeroCounts, specialFee: {quota: 3, used: 1}};
    assert.equal(parseApiBody(EditionAdmissionsList, {items: [edition]}, 'Editions').items.length, 1);
    const {paid: _paid, ...missing} = zeroCounts;
    assert.deepEqual(rejectedPaths(() => parseApiBody(EditionAdmissionsList, {items: [{...edition, counts: missing}]}, 'Editions')), ['items[0].counts.paid']);
  });

  it('preview an action, the email optional', () => {
    const preview = parseApiBody(ActionPreview, {from: 'paid', status: 'cancelled', refund: {amount: 49500, currency: 'EUR'}, refundReason: 'Refunded 75 %.', cancellationAccepted: true}, 'Preview');
    assert.equal(preview.email, undefined);
    assert.sameMembers(rejectedPaths(() => parseApiBody(ActionPreview, {from: 'paid', status: 'lost', email: {to: 'a@b.c', lang: 'xx', subject: 's', text: 't'}}, 'Preview')), ['status', 'email.lang']);
  });

  it('take the list filters as query-string text', () => {
    const query = parseApiBody(ApplicationListQuery, {country: 'ET', incomeGroup: 'low', membership: 'member', specialFee: 'true'}, 'Query');
    assert.equal(query.specialFee, 'true');
    assert.sameMembers(rejectedPaths(() => parseApiBody(ApplicationListQuery, {country: 'XX', incomeGroup: 'poor', membership: 'yes', specialFee: '1'}, 'Query')), ['country', 'incomeGroup', 'membership', 'specialFee']);
  });

  it('keep history entries of old records (no by, no from) valid', () => {
    const history = Application.shape.history;
    assert.isTrue(history.safeParse([{status: 'submitted', at: '2025-09-15T08:00:00.000Z'}, {status: 'admitted', at: '2025-09-16T08:00:00.000Z', by: 'maria', from: 'under-review'}]).success);
  });

  it('end the lifecycle in rejected, withdrawn and cancelled', () => {
    assert.deepEqual([...applicationTransitions.rejected, ...applicationTransitions.withdrawn, ...applicationTransitions.cancelled], []);
    assert.deepEqual(applicationTransitions.invoiced, ['paid', 'cancelled']);
  });
});
