// Preloaded into every Node test process (`node --import`): exposes node:test's describe/it and
// hooks as globals, as mocha does in the browser, so one test file runs under both runners.
import {after, afterEach, before, beforeEach, describe, it} from 'node:test';

Object.assign(globalThis, {after, afterEach, before, beforeEach, describe, it});
