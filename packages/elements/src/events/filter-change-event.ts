/**
 * `metropolis-filter-change`: the user changed the course list's filters or search.
 * @module
 */

/** The course list's filters: every list is "any of"; an empty list means all. */
export interface CourseFilters {
  themes: string[];
  formats: string[];
  providers: string[];
  languages: string[];
  status: string[];
  query: string;
  showPast: boolean;
}

/** Fired when the user changes a filter, the search or "show past" (not when attributes change). */
export class FilterChangeEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'metropolis-filter-change';
  /** The filters now in force. */
  readonly filters: CourseFilters;

  /** @param filters The filters now in force. */
  constructor(filters: CourseFilters) {
    super(FilterChangeEvent.eventName, {bubbles: true, composed: true});
    this.filters = filters;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'metropolis-filter-change': FilterChangeEvent;
  }
}
