// TypeDoc plugin: shows a zod enum's values as a union.
//
// A zod schema's type carries `z.enum(['a', 'b'])` as the object `{a: 'a'; b: 'b'}`
// (`ZodMiniEnum<{a: 'a'; b: 'b'}>`, inside every object schema that has an enum field: `Course`,
// `Application`…), so TypeDoc printed an object literal per enum and asked for a description of
// each of its members — 347 of them, all of the form `a: 'a'`. This shows each such object as
// `'a' | 'b'` (`ZodMiniEnum<'a' | 'b'>`), which is what a reader wants to know, and drops the
// object literal, so the "every member documented" check looks at real members only.
import {Converter, LiteralType, ReflectionKind, ReflectionType, UnionType} from 'typedoc';

/** The values when `type` is zod's enum object `{v: 'v', …}`; otherwise undefined. */
function enumValues(type) {
  if (!(type instanceof ReflectionType)) return undefined;
  const {declaration} = type;
  const members = declaration.children ?? [];
  if (members.length === 0 || declaration.signatures?.length || declaration.indexSignatures?.length) return undefined;
  const values = [];
  for (const member of members) {
    const value = member.type?.type === 'literal' ? member.type.value : undefined;
    if (value !== member.name) return undefined;
    values.push(value);
  }
  return {values, declaration};
}

/** Returns `type` with every zod enum inside it replaced by a union of literals. */
function rewrite(type, project) {
  if (!type || typeof type !== 'object') return type;
  const found = enumValues(type);
  if (found) {
    project.removeReflection(found.declaration);
    return new UnionType(found.values.map((value) => new LiteralType(value)));
  }
  for (const key of ['elementType', 'objectType', 'indexType', 'target', 'checkType', 'extendsType', 'trueType', 'falseType', 'parameterType', 'templateType', 'nameType', 'targetType']) {
    if (type[key]) type[key] = rewrite(type[key], project);
  }
  for (const key of ['types', 'elements', 'typeArguments']) {
    if (Array.isArray(type[key])) type[key] = type[key].map((inner) => rewrite(inner, project));
  }
  return type;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const {project} = context;
    for (const reflection of project.getReflectionsByKind(ReflectionKind.All)) {
      if ('type' in reflection && reflection.type) reflection.type = rewrite(reflection.type, project);
      for (const signature of reflection.signatures ?? []) {
        signature.type = rewrite(signature.type, project);
        for (const parameter of signature.parameters ?? []) parameter.type = rewrite(parameter.type, project);
      }
    }
  });
}
