/**
 * Validating an application from outside (a form, a request body).
 * @module
 */
import {parseWith} from './errors.js';
import {ApplicationInput} from './schemas/application.js';

/** Validates an application; throws `ValidationError` naming each bad field. */
export function parseApplicationInput(input: unknown): ApplicationInput {
  return parseWith(ApplicationInput, input, 'Application');
}
