/**
 * The member registry: who is a member organization, and until which year its contributions
 * are paid. Membership rates are decided here, never from what an applicant claims.
 * @module
 */
import type {FeeSchedule, Member, MembershipStatus, MemberRecord} from '@metropolis-training/sdk';
import type {Queryable} from './db/index.js';

interface MemberRow {
  id: string;
  name: string;
  city: string;
  country: string;
  contributions_paid_through: number | null;
}

/**
 * A name folded for matching: Unicode-normalized, accents removed, lower case, single spaces.
 * "  MÉXICO  city" and "mexico city" match; "Mexico" and "Mexico City" do not.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function toRecord(row: MemberRow): MemberRecord {
  return {
    id: row.id,
    name: row.name,
    city: row.city,
    country: row.country,
    ...(row.contributions_paid_through === null ? {} : {contributionsPaidThrough: row.contributions_paid_through}),
  };
}

const COLUMNS = 'id, name, city, country, contributions_paid_through';

/** Every member, by name, with contribution status (admin only). */
export async function listMembers(db: Queryable): Promise<MemberRecord[]> {
  return (await db.query<MemberRow>(`SELECT ${COLUMNS} FROM members ORDER BY name, id`)).map(toRecord);
}

/** Every member as the public sees it: name, city, country — never contribution status. */
export async function listPublicMembers(db: Queryable): Promise<Member[]> {
  const rows = await db.query<Omit<MemberRow, 'contributions_paid_through'>>('SELECT id, name, city, country FROM members ORDER BY name, id');
  return rows.map(({id, name, city, country}) => ({id, name, city, country}));
}

/** The most members `GET /v1/members?q=` lists. */
export const MEMBER_SEARCH_LIMIT = 20;

/**
 * Members as the public sees them whose folded name (see {@link nameKey}) contains the folded
 * `query`, by name, at most `limit` of them.
 */
export async function searchPublicMembers(db: Queryable, query: string, limit = MEMBER_SEARCH_LIMIT): Promise<Member[]> {
  // position() rather than LIKE: the query's % and _ are text, not wildcards.
  const rows = await db.query<Omit<MemberRow, 'contributions_paid_through'>>(
    'SELECT id, name, city, country FROM members WHERE position($1 in name_key) > 0 ORDER BY name, id LIMIT $2',
    [nameKey(query), limit],
  );
  return rows.map(({id, name, city, country}) => ({id, name, city, country}));
}

/** The member with `id`, if any. */
export async function getMember(db: Queryable, id: string): Promise<MemberRecord | undefined> {
  const [row] = await db.query<MemberRow>(`SELECT ${COLUMNS} FROM members WHERE id = $1`, [id]);
  return row && toRecord(row);
}

/** The member whose name matches `name` (see {@link nameKey}), if any; the first by id when several do. */
export async function findMemberByName(db: Queryable, name: string): Promise<MemberRecord | undefined> {
  const [row] = await db.query<MemberRow>(`SELECT ${COLUMNS} FROM members WHERE name_key = $1 ORDER BY id LIMIT 1`, [nameKey(name)]);
  return row && toRecord(row);
}

/** Creates or replaces a member; true when it was created. */
export async function putMember(db: Queryable, member: MemberRecord, sample = false): Promise<boolean> {
  const [row] = await db.query<{created: boolean}>(
    `INSERT INTO members (id, name, name_key, city, country, contributions_paid_through, sample)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, city = excluded.city,
       country = excluded.country, contributions_paid_through = excluded.contributions_paid_through,
       sample = excluded.sample, updated_at = now()
     RETURNING (xmax = 0) AS created`,
    [member.id, member.name, nameKey(member.name), member.city, member.country, member.contributionsPaidThrough ?? null, sample],
  );
  return row?.created ?? false;
}

/** Deletes a member; false when there was none. */
export async function deleteMember(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('DELETE FROM members WHERE id = $1 RETURNING id', [id])).length > 0;
}

/**
 * The contributions year a member must have paid for the member rate: the schedule's
 * membership rule's `contributionsYear`, else the year before the application's.
 */
export function requiredContributionsYear(schedule: FeeSchedule | undefined, applicationDate: string): number {
  const rule = schedule?.rules.find((r) => r.kind === 'membership');
  return rule?.contributionsYear ?? Number(applicationDate.slice(0, 4)) - 1;
}

/** Membership as the fee rules see it: up to date, in arrears, or not a member at all. */
export function membershipStatus(member: MemberRecord | undefined, requiredYear: number): MembershipStatus {
  if (!member) return 'non-member';
  return (member.contributionsPaidThrough ?? 0) >= requiredYear ? 'member' : 'member-in-arrears';
}

/**
 * The demo registry seeded by `SEED_DEMO_MEMBERS=1`: sample data, marked in every name and in
 * the `sample` column, never real membership or contribution records. The cities are named as
 * Metropolis members in the seed documents; the contribution years are invented for the demo
 * (Dakar is the one in arrears).
 */
export const sampleMembers: readonly MemberRecord[] = [
  {id: 'sample-barcelona', name: 'Barcelona (sample data)', city: 'Barcelona', country: 'ES', contributionsPaidThrough: 2024},
  {id: 'sample-cairo', name: 'Cairo (sample data)', city: 'Cairo', country: 'EG', contributionsPaidThrough: 2024},
  {id: 'sample-mashhad', name: 'Mashhad (sample data)', city: 'Mashhad', country: 'IR', contributionsPaidThrough: 2024},
  {id: 'sample-mexico-city', name: 'Mexico City (sample data)', city: 'Mexico City', country: 'MX', contributionsPaidThrough: 2024},
  {id: 'sample-seoul', name: 'Seoul (sample data)', city: 'Seoul', country: 'KR', contributionsPaidThrough: 2024},
  {id: 'sample-johannesburg', name: 'Johannesburg (sample data)', city: 'Johannesburg', country: 'ZA', contributionsPaidThrough: 2024},
  {id: 'sample-kampala', name: 'Kampala (sample data)', city: 'Kampala', country: 'UG', contributionsPaidThrough: 2024},
  {id: 'sample-dakar', name: 'Dakar (sample data)', city: 'Dakar', country: 'SN', contributionsPaidThrough: 2022},
];

/** Seeds {@link sampleMembers} when the registry is empty; returns how many were added. */
export async function seedSampleMembers(db: {transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>}): Promise<number> {
  return db.transaction(async (tx) => {
    // Lock so that two instances starting together do not both seed.
    await tx.query('LOCK TABLE members IN SHARE ROW EXCLUSIVE MODE');
    const [{count}] = (await tx.query<{count: number}>('SELECT count(*)::int AS count FROM members')) as [{count: number}];
    if (count > 0) return 0;
    for (const member of sampleMembers) await putMember(tx, member, true);
    return sampleMembers.length;
  });
}
