// A rollup plugin that shrinks the static text of Lit's css`` and html`` templates, which a
// JavaScript minifier leaves alone: CSS loses comments and the spaces no rule needs; HTML
// loses indentation (runs of white space with a line break become one space, which renders the
// same outside <pre>, and we have none). Expressions (${…}) are untouched.
import {walk} from 'estree-walker';

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // "property: value" → "property:value" (not selectors such as "a :hover", which have no word before).
    .replace(/([\w-]):\s+/g, '$1:')
    .replace(/;}/g, '}')
    .trim();
}

function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

const minifiers = {css: minifyCss, html: minifyHtml, svg: minifyHtml};

/** @returns {import('rollup').Plugin} */
export function minifyLitTemplates() {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/\b(?:html|css|svg)\s*`/.test(code) || id.includes('node_modules')) return null;
      const edits = [];
      walk(this.parse(code), {
        enter(node) {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
          const minify = minifiers[node.tag.name];
          if (!minify) return;
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const small = minify(raw);
            // CSS text between expressions must keep a separating space where one was.
            const kept = node.tag.name === 'css' && /^\s/.test(raw) && quasi !== node.quasi.quasis[0] ? ` ${small}` : small;
            if (kept !== raw) edits.push([quasi.start, quasi.end, kept]);
          }
        },
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return {code: out, map: null};
    },
  };
}
