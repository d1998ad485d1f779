/**
 * `metropolis-catalog-load` and `metropolis-catalog-error`: the catalog arrived, or could not.
 * @module
 */
import type {Catalog} from '@metropolis-training/sdk';

/** Fired when an element has loaded and validated its catalog. */
export class CatalogLoadEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'metropolis-catalog-load';
  /** The validated catalog. */
  readonly catalog: Catalog;

  /** @param catalog The validated catalog. */
  constructor(catalog: Catalog) {
    super(CatalogLoadEvent.eventName, {bubbles: true, composed: true});
    this.catalog = catalog;
  }
}

/** Fired when an element could not load its catalog (the element shows the error and a retry). */
export class CatalogErrorEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'metropolis-catalog-error';
  /** What went wrong: an ApiError, NetworkError, TimeoutError or ValidationError of the SDK. */
  readonly error: Error;

  /** @param error What went wrong. */
  constructor(error: Error) {
    super(CatalogErrorEvent.eventName, {bubbles: true, composed: true});
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'metropolis-catalog-load': CatalogLoadEvent;
    'metropolis-catalog-error': CatalogErrorEvent;
  }
}
