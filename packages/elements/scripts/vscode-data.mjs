#!/usr/bin/env node
// Writes VS Code's custom data from custom-elements.json: dist/vscode.html-custom-data.json (each
// tag, its attributes with their documented values) and dist/vscode.css-custom-data.json (the
// --metropolis-* custom properties). An editor lists and documents the elements once the files
// are named in settings: "html.customData" and "css.customData".
import {readFileSync, writeFileSync} from 'node:fs';

const here = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', here), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);

/** The values a type like `'full' | 'compact'` allows, for completion. */
const valuesOf = (type = '') => (/^('[^']*'\s*\|\s*)+'[^']*'$/.test(type.trim()) ? type.split('|').map((v) => ({name: v.trim().slice(1, -1)})) : undefined);

const tags = elements.map((element) => ({
  name: element.tagName,
  description: [element.summary, element.description].filter(Boolean).join('\n\n'),
  attributes: (element.attributes ?? []).map((attribute) => ({
    name: attribute.name,
    description: attribute.description ?? '',
    ...(attribute.type?.text === 'boolean' ? {valueSet: 'v'} : {}),
    ...(valuesOf(attribute.type?.text) ? {values: valuesOf(attribute.type.text)} : {}),
  })),
}));
const properties = new Map();
for (const element of elements) {
  for (const property of element.cssProperties ?? []) properties.set(property.name, {name: property.name, description: property.description ?? ''});
}
writeFileSync(new URL('dist/vscode.html-custom-data.json', here), `${JSON.stringify({version: 1.1, tags}, null, 2)}\n`);
writeFileSync(new URL('dist/vscode.css-custom-data.json', here), `${JSON.stringify({version: 1.1, properties: [...properties.values()]}, null, 2)}\n`);
console.log(`VS Code custom data: ${tags.length} tags, ${properties.size} CSS custom properties`);
