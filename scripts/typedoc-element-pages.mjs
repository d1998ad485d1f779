// TypeDoc plugin: an element class's page opens with what the element is, then its tag name,
// events, slots, parts and custom properties, in that order.
//
// The element classes carry their description as `@summary` (the custom elements manifest's
// field, which editors show); TypeDoc would print it as one more block tag among the parts. This
// makes it the page's lead paragraph instead and orders the other tags as a reader scans them.
import {Converter, ReflectionKind} from 'typedoc';

const order = ['@tagname', '@attr', '@fires', '@slot', '@csspart', '@cssprop'];

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Class)) {
      const {comment} = reflection;
      const summary = comment?.getTag('@summary');
      if (!comment || !summary) continue;
      if (comment.summary.length === 0) comment.summary = summary.content;
      comment.removeTags('@summary');
      const rank = (tag) => (order.includes(tag.tag) ? order.indexOf(tag.tag) : order.length);
      comment.blockTags.sort((a, b) => rank(a) - rank(b));
    }
  });
}
