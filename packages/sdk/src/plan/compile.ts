/**
 * Writes zod schemas out as plans (`plan.ts`): run by `npm run plans -w @metropolis-training/sdk`,
 * which regenerates `schemas/plans.ts`; a test fails when that file no longer matches the
 * schemas. Anything a plan cannot express exactly (an inline refinement, a transform other than
 * trim, a union without a discriminator) throws here, naming where it is, rather than being
 * checked differently in the browser.
 * @internal
 * @module
 */
import {FeeSchedule, feeScheduleConsistency} from '../schemas/fee-schedule.js';
import {QuoteRequest} from '../schemas/quote.js';
import {problemFinders, refinements, transforms} from '../schemas/refinements.js';
import {RefundRequest, TimelineRequest} from '../schemas/refund-request.js';
import {z} from '../zod.js';
import type {Plan, PlanCheck} from './plan.js';

/** The schemas the browser bundles check without zod, by the name of their plan. */
export const plannedSchemas = {
  feeSchedulePlan: FeeSchedule,
  quoteRequestPlan: QuoteRequest,
  refundRequestPlan: RefundRequest,
  timelineRequestPlan: TimelineRequest,
} as const;

/** Cross-field checks (zod `superRefine`s) by the name of their finder in `refinements.ts`. */
const namedProblemChecks = new Map<unknown, keyof typeof problemFinders>([[feeScheduleConsistency, 'feeScheduleProblems']]);
const namedRefinements = new Map<unknown, keyof typeof refinements>(Object.entries(refinements).map(([name, fn]) => [fn, name as keyof typeof refinements]));
const namedTransforms = new Map<unknown, keyof typeof transforms>(Object.entries(transforms).map(([name, fn]) => [fn, name as keyof typeof transforms]));
const trimSource = String((z.trim()._zod.def as unknown as {tx: unknown}).tx);

interface ZodLike {
  _zod: {def: Record<string, unknown> & {type: string; checks?: ZodLike[]}; traits: Set<string>};
}

function fail(where: string, what: string): never {
  throw new Error(`Cannot plan ${where || 'the schema'}: ${what}`);
}

function messageOf(def: Record<string, unknown>): {m?: string} {
  const error = def['error'] as ((issue: object) => unknown) | undefined;
  const message = error?.({});
  if (message === undefined) return {};
  if (typeof message !== 'string') fail('', 'a check message that depends on the issue');
  return {m: message};
}

function checkOf(check: ZodLike, where: string): PlanCheck {
  const def = check._zod.def as Record<string, unknown>;
  // Length checks carry zod's own `when` (run on anything with a length); the checker does the same.
  const lengthCheck = def['check'] === 'min_length' || def['check'] === 'max_length';
  if (def['abort'] || (def['when'] && !lengthCheck)) fail(where, `a check with abort or when (${String(def['check'])})`);
  switch (def['check']) {
    case 'string_format': {
      if (def['format'] !== 'regex') fail(where, `the string format ${String(def['format'])}`);
      const pattern = def['pattern'] as RegExp;
      return {k: 'regex', p: pattern.source, ...(pattern.flags ? {f: pattern.flags} : {}), ...messageOf(def)};
    }
    case 'min_length':
      return {k: 'minLength', n: def['minimum'] as number, ...messageOf(def)};
    case 'max_length':
      return {k: 'maxLength', n: def['maximum'] as number, ...messageOf(def)};
    case 'greater_than':
    case 'less_than':
      return {k: def['check'] === 'greater_than' ? 'min' : 'max', n: def['value'] as number, ...(def['inclusive'] ? {} : {exclusive: true as const}), ...messageOf(def)};
    case 'overwrite': {
      const transform = namedTransforms.get(def['tx']);
      if (transform) return {k: 'transform', fn: transform};
      if (String(def['tx']) !== trimSource) fail(where, 'a transform other than trim or one of schemas/refinements.ts');
      return {k: 'trim'};
    }
    case 'custom': {
      const problems = namedProblemChecks.get(check);
      if (problems) return {k: 'problems', fn: problems};
      const refinement = namedRefinements.get(def['fn']);
      if (!refinement) fail(where, 'a refinement that is not one of schemas/refinements.ts');
      return {k: 'refine', fn: refinement, ...messageOf(def)};
    }
    default:
      return fail(where, `the check ${String(def['check'])}`);
  }
}

/** The plan of one zod schema. */
export function planOf(schema: ZodLike, where = ''): Plan {
  const def = schema._zod.def;
  if (def['error']) fail(where, 'a message set on the schema itself');
  const checks: PlanCheck[] = [];
  if (def['check'] === 'number_format') {
    if (def['format'] !== 'safeint') fail(where, `the number format ${String(def['format'])}`);
    checks.push({k: 'int'});
  } else if (schema._zod.traits.has('$ZodCheck')) {
    fail(where, `a schema that is also a check (${def.type})`);
  }
  checks.push(...(def.checks ?? []).map((check) => checkOf(check, where)));
  const c = checks.length ? {c: checks} : {};
  const at = (key: string) => (where ? `${where}.${key}` : key);
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
      if (def['coerce']) fail(where, 'coercion');
      return {t: def.type, ...c};
    case 'enum':
      return {t: 'values', v: Object.values(def['entries'] as object), ...c};
    case 'literal':
      return {t: 'values', v: def['values'] as string[], ...c};
    case 'array':
      return {t: 'array', e: planOf(def['element'] as ZodLike, `${where}[]`), ...c};
    case 'optional':
      return {t: 'optional', i: planOf(def['innerType'] as ZodLike, where), ...c};
    case 'object': {
      const shape = def['shape'] as Record<string, ZodLike>;
      const s = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, planOf(field, at(key))]));
      const catchall = def['catchall'] as ZodLike | undefined;
      const x = catchall === undefined ? {} : catchall._zod.def.type === 'never' ? {x: 'never' as const} : {x: planOf(catchall, at('*'))};
      return {t: 'object', s, ...x, ...c};
    }
    case 'union': {
      const discriminator = def['discriminator'] as string | undefined;
      if (!discriminator) fail(where, 'a union without a discriminator');
      const o: Record<string, Plan> = {};
      for (const option of def['options'] as ZodLike[]) {
        const tag = ((option._zod.def['shape'] as Record<string, ZodLike> | undefined)?.[discriminator]?._zod.def['values'] as unknown[] | undefined) ?? [];
        if (tag.length !== 1 || typeof tag[0] !== 'string') fail(where, `an option whose ${discriminator} is not one string literal`);
        o[tag[0] as string] = planOf(option, `${where}(${discriminator}: ${String(tag[0])})`);
      }
      return {t: 'union', d: discriminator, o, ...c};
    }
    default:
      return fail(where, `the type ${def.type}`);
  }
}

/** Nodes of `plans` that occur more than once and are worth a name (as JSON, largest first). */
function sharedNodes(plans: readonly Plan[]): string[] {
  const counts = new Map<string, number>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if ('t' in node) {
      const json = JSON.stringify(node);
      counts.set(json, (counts.get(json) ?? 0) + 1);
    }
    for (const value of Object.values(node)) visit(value);
  };
  plans.forEach(visit);
  return [...counts].filter(([json, n]) => n > 1 && json.length > 40).map(([json]) => json).sort((a, b) => b.length - a.length);
}

/** The text of `schemas/plans.ts`: every planned schema, as data; repeated parts are named once. */
export function plansModule(): string {
  const planned = Object.entries(plannedSchemas).map(([name, schema]) => [name, planOf(schema as unknown as ZodLike)] as const);
  const shared = sharedNodes(planned.map(([, plan]) => plan));
  const names = new Map(shared.map((json, i) => [json, `part${i}`]));
  // Writes a node as TypeScript, naming shared parts (but not the part being defined).
  const write = (node: unknown, indent: string, defining?: string): string => {
    const json = JSON.stringify(node);
    if (json !== defining && names.has(json)) return names.get(json)!;
    if (Array.isArray(node)) return node.every((v) => typeof v !== 'object' || v === null) ? json : `[\n${node.map((v) => `${indent}  ${write(v, `${indent}  `)}`).join(',\n')},\n${indent}]`;
    if (node && typeof node === 'object') return `{\n${Object.entries(node).map(([k, v]) => `${indent}  ${JSON.stringify(k)}: ${write(v, `${indent}  `)}`).join(',\n')},\n${indent}}`;
    return json;
  };
  // Smaller parts first: a larger part may use them.
  const parts = [...shared].reverse().map((json) => `const ${names.get(json)}: Plan = ${write(JSON.parse(json), '', json)};\n`);
  const plans = planned.map(([name, plan]) => `/** The plan of \`${name.replace(/Plan$/, '').replace(/^./, (c) => c.toUpperCase())}\`. @internal */\nexport const ${name}: Plan = ${write(plan, '')};\n`);
  return [
    '// Generated by `npm run plans -w @metropolis-training/sdk` (src/plan/compile.ts) from the zod',
    '// schemas; do not edit. A test fails when this file no longer matches them.',
    '/**',
    ' * The zod schemas that browser bundles check without zod, as plans (`plan/plan.ts`).',
    ' * @internal',
    ' * @module',
    ' */',
    "import type {Plan} from '../plan/plan.js';",
    '',
    '// Parts used more than once.',
    ...parts,
    ...plans,
  ].join('\n');
}
