/**
 * Schema plans: a zod schema written out as plain data (by `compile.ts`, into
 * `schemas/plans.ts`), and a checker that validates input against a plan without zod. Same
 * rules, same parsed value, same field issues as the zod schema (a test compares the two on
 * thousands of mutated inputs), for a fraction of the bytes: the fee calculator checks a
 * partner's inline schedule this way.
 *
 * The checker follows zod 4.6's order of work: a value's type first (a wrong type stops there),
 * then its checks in order, skipped once an earlier problem stops the value (length checks
 * still run on anything with a length, as in zod).
 * @internal
 * @module
 */
import {fieldIssuesOf, ValidationError, type FieldIssue} from '../errors.js';
import {problemFinders, refinements, transforms} from '../schemas/refinements.js';

/** A check on a value that has its type. `m` is the check's own message, if it has one. */
export type PlanCheck =
  | {k: 'regex'; p: string; f?: string; m?: string}
  | {k: 'minLength' | 'maxLength'; n: number; m?: string}
  | {k: 'min' | 'max'; n: number; exclusive?: true; m?: string}
  | {k: 'int'}
  | {k: 'trim'}
  | {k: 'transform'; fn: keyof typeof transforms}
  | {k: 'refine'; fn: keyof typeof refinements; m?: string}
  | {k: 'problems'; fn: keyof typeof problemFinders};

/** A schema as data. */
export type Plan =
  | {t: 'string' | 'number' | 'boolean'; c?: PlanCheck[]}
  | {t: 'values'; v: readonly (string | number | boolean | null)[]; c?: PlanCheck[]}
  | {t: 'array'; e: Plan; c?: PlanCheck[]}
  | {t: 'optional'; i: Plan; c?: PlanCheck[]}
  /** `x`: unknown keys are an error (`never`), checked against a plan, or (absent) dropped. */
  | {t: 'object'; s: Readonly<Record<string, Plan>>; x?: 'never' | Plan; c?: PlanCheck[]}
  /** A discriminated union: the option for each value of the key `d`. */
  | {t: 'union'; d: string; o: Readonly<Record<string, Plan>>; c?: PlanCheck[]};

/** zod's issue shape, before it is worded. */
interface Issue {
  code: string;
  path: PropertyKey[];
  input: unknown;
  message?: string;
  /** Whether later checks still run (zod's `continue`). */
  continue?: boolean;
  [detail: string]: unknown;
}

interface Payload {
  value: unknown;
  issues: Issue[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const stops = (payload: Payload, from = 0) => payload.issues.slice(from).some((issue) => issue.continue !== true);
const typeIssue = (expected: string, input: unknown, extra?: object): Issue => ({code: 'invalid_type', expected, input, path: [], ...extra});
const lengthOrigin = (value: unknown) => (Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown');

function prefixed(key: PropertyKey, issues: Issue[]): Issue[] {
  for (const issue of issues) issue.path.unshift(key);
  return issues;
}

function runCheck(check: PlanCheck, payload: Payload): void {
  const input = payload.value as never;
  const fail = (issue: Omit<Issue, 'path' | 'input'> & {code: string}) => payload.issues.push({path: [], input, continue: true, ...issue});
  switch (check.k) {
    case 'regex':
      if (!new RegExp(check.p, check.f).test(input)) fail({code: 'invalid_format', origin: 'string', format: 'regex', pattern: `/${check.p}/${check.f ?? ''}`, message: check.m});
      return;
    case 'minLength':
      if ((input as string).length < check.n) fail({code: 'too_small', origin: lengthOrigin(input), minimum: check.n, inclusive: true, message: check.m});
      return;
    case 'maxLength':
      if ((input as string).length > check.n) fail({code: 'too_big', origin: lengthOrigin(input), maximum: check.n, inclusive: true, message: check.m});
      return;
    case 'min':
      if (check.exclusive ? !(input > check.n) : !(input >= check.n)) fail({code: 'too_small', origin: 'number', minimum: check.n, inclusive: !check.exclusive, message: check.m});
      return;
    case 'max':
      if (check.exclusive ? !(input < check.n) : !(input <= check.n)) fail({code: 'too_big', origin: 'number', maximum: check.n, inclusive: !check.exclusive, message: check.m});
      return;
    case 'int':
      // zod's safe-integer format: not a whole number stops the value; outside the safe range too, above it.
      if (!Number.isInteger(input)) payload.issues.push(typeIssue('int', input, {format: 'safeint', continue: false}));
      else if (!Number.isSafeInteger(input)) fail(input > 0 ? {code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER, inclusive: true} : {code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER, inclusive: true});
      return;
    case 'trim':
      payload.value = (input as string).trim();
      return;
    case 'transform':
      payload.value = transforms[check.fn](input);
      return;
    case 'refine':
      if (!(refinements[check.fn] as (value: unknown) => boolean)(input)) fail({code: 'custom', message: check.m});
      return;
    case 'problems':
      for (const problem of problemFinders[check.fn](input)) payload.issues.push({code: 'custom', continue: true, ...problem, path: [...problem.path]});
  }
}

function runChecks(checks: readonly PlanCheck[], payload: Payload): void {
  let stopped = stops(payload);
  for (const check of checks) {
    if (check.k === 'minLength' || check.k === 'maxLength') {
      // zod runs length checks on anything with a length, unless a problem explicitly stopped the value.
      if (payload.issues.some((issue) => issue.continue === false) || (payload.value as {length?: unknown} | null | undefined)?.length === undefined) continue;
    } else if (stopped) {
      continue;
    }
    const before = payload.issues.length;
    runCheck(check, payload);
    if (!stopped && payload.issues.length > before) stopped = stops(payload, before);
  }
}

function run(plan: Plan, value: unknown): Payload {
  const payload: Payload = {value, issues: []};
  parse(plan, payload);
  if (plan.c) runChecks(plan.c, payload);
  return payload;
}

/** zod's handling of one property's result: absent optional keys add nothing, present ones keep even `undefined`. */
function addProperty(result: Payload, out: Payload & {value: Record<string, unknown>}, key: string, input: Record<string, unknown>, optional: boolean): void {
  const present = key in input;
  if (!present && optional) return;
  out.issues.push(...prefixed(key, result.issues));
  if (!present) {
    if (!result.issues.length) out.issues.push({code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key]});
    return;
  }
  if (result.value !== undefined || present) out.value[key] = result.value;
}

function parse(plan: Plan, payload: Payload): void {
  const input = payload.value;
  switch (plan.t) {
    case 'string':
    case 'boolean':
      if (typeof input !== plan.t) payload.issues.push(typeIssue(plan.t, input));
      return;
    case 'number':
      if (typeof input !== 'number' || !Number.isFinite(input)) {
        const received = typeof input === 'number' ? (Number.isNaN(input) ? 'NaN' : 'Infinity') : undefined;
        payload.issues.push(typeIssue('number', input, received ? {received} : {}));
      }
      return;
    case 'values':
      if (!plan.v.includes(input as never)) payload.issues.push({code: 'invalid_value', values: plan.v, input, path: []});
      return;
    case 'optional': {
      if (input === undefined) return;
      const inner = run(plan.i, input);
      payload.value = inner.value;
      payload.issues.push(...inner.issues);
      return;
    }
    case 'array': {
      if (!Array.isArray(input)) return void payload.issues.push(typeIssue('array', input));
      const out: unknown[] = Array(input.length);
      for (let i = 0; i < input.length; i++) {
        const result = run(plan.e, input[i]);
        payload.issues.push(...prefixed(i, result.issues));
        out[i] = result.value;
      }
      payload.value = out;
      return;
    }
    case 'union': {
      if (!isObject(input)) return void payload.issues.push(typeIssue('object', input));
      const tag = input[plan.d];
      const option = typeof tag === 'string' && Object.hasOwn(plan.o, tag) ? plan.o[tag] : undefined;
      if (!option) return void payload.issues.push({code: 'invalid_union', errors: [], note: 'No matching discriminator', discriminator: plan.d, options: Object.keys(plan.o), input, path: [plan.d]});
      const result = run(option, input);
      payload.value = result.value;
      payload.issues.push(...result.issues);
      return;
    }
    case 'object': {
      if (!isObject(input)) return void payload.issues.push(typeIssue('object', input));
      const out = {value: {} as Record<string, unknown>, issues: payload.issues};
      for (const [key, field] of Object.entries(plan.s)) {
        // Never copied: assigning it would replace the result's prototype.
        if (key !== '__proto__') addProperty(run(field, input[key]), out, key, input, field.t === 'optional');
      }
      if (plan.x) {
        const unknown: string[] = [];
        for (const key in input) {
          if (Object.hasOwn(plan.s, key)) continue;
          if (plan.x === 'never') unknown.push(key);
          else if (key !== '__proto__') addProperty(run(plan.x, input[key]), out, key, input, plan.x.t === 'optional');
        }
        // Describes the input's shape, not the parsed value: the object's own checks still run.
        if (unknown.length) payload.issues.push({code: 'unrecognized_keys', keys: unknown, input, path: [], continue: true});
      }
      payload.value = out.value;
    }
  }
}

/** Checks `input` against `plan`: the parsed value (trimmed as the schema trims), or every bad field. */
export function checkPlan<T>(plan: Plan, input: unknown): {value: T} | {issues: FieldIssue[]} {
  const {value, issues} = run(plan, input);
  return issues.length ? {issues: fieldIssuesOf(issues)} : {value: value as T};
}

/** {@link checkPlan}, throwing a {@link ValidationError} as the zod parse would. */
export function parsePlan<T>(plan: Plan, input: unknown, subject: string): T {
  const result = checkPlan<T>(plan, input);
  if ('value' in result) return result.value;
  throw new ValidationError(subject, result.issues);
}
