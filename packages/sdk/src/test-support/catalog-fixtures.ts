/**
 * Helpers shared by the SDK's tests. Not part of the package.
 * @internal
 * @module
 */
import {assert} from 'chai';
import {ValidationError} from '../errors.js';
import type {Catalog} from '../schemas/catalog.js';
import {sampleCatalog} from '../catalog/index.js';

/** A deep copy of the sample catalog to break in a test. */
export function catalogCopy(): Catalog {
  return structuredClone(sampleCatalog);
}

/** Runs `fn`, asserts it throws a ValidationError, and returns the paths it names. */
export function rejectedPaths(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    assert.instanceOf(error, ValidationError);
    return (error as ValidationError).issues.map((i) => i.path);
  }
  assert.fail('expected a ValidationError');
}
