/**
 * The SDK's validation error: what every parse of outside input throws.
 * @module
 */
import type {z} from './zod.js';

/** One problem with one field of the input. */
export interface FieldIssue {
  /** Where the field is, as `applicant.email` or `editions[2].dates.end`; empty for the whole input. */
  readonly path: string;
  /** A stable machine-readable code (zod's issue code, or `custom`). */
  readonly code: string;
  /** What is wrong, in English, naming no personal data. */
  readonly message: string;
}

/**
 * Thrown when input (a catalog file, a fee schedule, a quote request, an application, an HTTP
 * response) does not match its schema. `issues` names the path of each bad field.
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  /** Every problem found, one per bad field. */
  readonly issues: readonly FieldIssue[];

  /**
   * @param subject What was being validated, e.g. "Catalog" or "Quote request".
   * @param issues The problems found.
   */
  constructor(subject: string, issues: readonly FieldIssue[]) {
    super(`${subject} is invalid: ${issues.map(formatIssue).join('; ')}`);
    this.issues = issues;
  }
}

function formatIssue(issue: FieldIssue): string {
  return issue.path ? `${issue.path} ${issue.message}` : issue.message;
}

/** Formats a zod path as `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  const type = typeof value;
  return type === 'object' || type === 'undefined' ? (type === 'object' ? 'an object' : 'nothing') : `a ${type}`;
}

const expectedNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  literal: 'a fixed value',
};

/**
 * English messages for zod issues. Passed per parse (not through zod's global config), so a
 * host application that also uses zod keeps its own messages. Never quotes the input value:
 * it may be personal data. @internal
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'int' && typeof issue.input === 'number') return 'must be a whole number';
      return `must be ${expectedNames[issue.expected] ?? issue.expected}, not ${describeType(issue.input)}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min === 1 ? 'must not be empty' : `must have at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at least ${min} item${min === 1 ? '' : 's'}`;
      return issue.inclusive ? `must be at least ${min}` : `must be greater than ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must have at most ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at most ${max} items`;
      return issue.inclusive ? `must be at most ${max}` : `must be less than ${max}`;
    }
    case 'invalid_format':
      return issue.format === 'email' ? 'must be an email address' : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'is not a known field';
    case 'invalid_union': {
      const options = (issue as {options?: unknown[]}).options;
      return options?.length ? `must be one of: ${options.map((v) => JSON.stringify(v)).join(', ')}` : 'does not match any allowed form';
    }
    case 'invalid_key':
      return 'has an invalid key';
    case 'invalid_element':
      return 'has an invalid element';
    case 'invalid_value':
      // A missing choice is missing, whatever the choices are.
      if (issue.input === undefined) return 'is required';
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return 'is invalid';
  }
}

/**
 * Validates `input` against `schema` and returns the parsed value, or throws a
 * {@link ValidationError} naming every bad field. Unknown keys are reported one per key.
 * @internal
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown, subject: string): z.output<S> {
  const result = checkWith(schema, input);
  if ('value' in result) return result.value;
  throw new ValidationError(subject, result.issues);
}

/**
 * Validates `input` against `schema` without throwing: the parsed value, or every bad field
 * (as {@link ValidationError} would list them). For forms that show problems as they go.
 */
export function checkWith<S extends z.ZodMiniType>(schema: S, input: unknown): {value: z.output<S>} | {issues: FieldIssue[]} {
  const result = schema.safeParse(input, {error: describeIssue, reportInput: true});
  return result.success ? {value: result.data} : {issues: toFieldIssues(result.error.issues)};
}

/**
 * Field issues from issues found without zod (schema plans), worded as zod's would be: the
 * check's own message, else the English message of the issue's code. @internal
 */
export function fieldIssuesOf(issues: readonly {code: string; path: PropertyKey[]; message?: string | undefined}[]): FieldIssue[] {
  return toFieldIssues(issues.map((issue) => ({...issue, message: issue.message ?? describeIssue(issue as z.core.$ZodRawIssue)}) as z.core.$ZodIssue));
}

/**
 * Flattens zod issues into field issues: one per unknown key, and only the first problem of
 * each field (a date that is both malformed and impossible is reported once). @internal
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  const out = collectFieldIssues(issues);
  const seen = new Set<string>();
  return out.filter((issue) => !seen.has(issue.path) && seen.add(issue.path));
}

function collectFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({path: formatPath([...issue.path, key]), code: issue.code, message: issue.message});
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the closest alternative's issues rather than a bare "no match".
      const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      const nested = collectFieldIssues(best.map((i) => ({...i, path: [...issue.path, ...i.path]})));
      out.push(...(nested.length ? nested : [{path: formatPath(issue.path), code: issue.code, message: issue.message}]));
    } else {
      out.push({path: formatPath(issue.path), code: issue.code, message: issue.message});
    }
  }
  return out;
}
