// The SDK in a Node script: the catalog from a Metropolis Training server (or the sample catalog
// when none is given), the editions open on a day, a quote, and an application sent with the
// API client. Run: node examples/sdk-node/open-courses.mjs [server URL] [YYYY-MM-DD]
//   e.g. node examples/sdk-node/open-courses.mjs http://localhost:8080 2025-09-15
import {ApiError, createClient, formatMoney, pick, quote, sampleCatalog, scheduleFor, statusOf} from '@metropolis-training/sdk';

const [server, day = new Date().toISOString().slice(0, 10)] = process.argv.slice(2);
const client = server ? createClient({baseUrl: server}) : undefined;
// Validated on arrival: a malformed answer throws a ValidationError naming the field.
const catalog = client ? await client.catalog() : sampleCatalog;

const open = catalog.editions.filter((edition) => statusOf(edition, day) === 'open');
console.log(`Open on ${day}: ${open.length} of ${catalog.editions.length} editions`);
for (const edition of open) {
  const course = catalog.courses.find((c) => c.id === edition.courseId);
  console.log(`- ${edition.id}: ${pick(course.title, 'en')}`);
}

// A price computed here from the published schedule (the server computes it again).
const diploma = 'diploma-internationalization-2025';
const estimate = quote(scheduleFor(catalog, diploma), {date: day, membership: 'member', country: 'EG', participants: 1});
console.log(`Estimate for a member from Egypt: ${formatMoney(estimate.total, 'en')}`);

if (client) {
  const application = {
    editionId: diploma,
    lang: 'en',
    applicant: {givenName: 'Amina', familyName: 'Haddad', email: 'amina.haddad@city.example', organization: 'Cairo Governorate', position: 'International relations officer', city: 'Cairo', country: 'EG', careerStage: 'mid-career'},
    membership: {claim: 'not-sure'},
    motivation: 'To build our city’s international strategy.',
    consent: {privacy: true},
  };
  try {
    // Validated before sending; retried with one Idempotency-Key.
    const receipt = await client.apply(application);
    console.log(`Application ${receipt.reference}: ${formatMoney(receipt.quote.total, 'en')}`);
  } catch (error) {
    if (error instanceof ApiError) console.log(`Refused (${error.status}):`, error.issues);
    else throw error;
  }
}
