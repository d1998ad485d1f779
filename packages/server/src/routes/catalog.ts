/**
 * `GET /v1/catalog` and the `/catalog*.json` files: the catalog, in every language or in one, serialized and compressed once, with strong ETags.
 * @module
 */
import {Hono, type Context} from 'hono';
import type {AppDeps, AppEnv} from '../context.js';
import {catalogInLanguage, UiLanguage, type Catalog} from '@metropolis-training/sdk';
import {prepareBody, sendPrepared, type PreparedBody} from '../encoding.js';
import {invalidField} from '../problem.js';

/** The catalog as served: every language, or one page language's texts (SDK `catalogInLanguage`). */
export type CatalogVariant = 'all' | UiLanguage;

/** Each variant serialized and compressed once per catalog (at start, and after a publication). */
function preparedCatalogs(catalog: Catalog): Record<CatalogVariant, PreparedBody> {
  const json = (value: unknown) => prepareBody(JSON.stringify(value), 'application/json; charset=utf-8');
  return {all: json(catalog), ...Object.fromEntries(UiLanguage.options.map((lang) => [lang, json(catalogInLanguage(catalog, lang))]))} as Record<CatalogVariant, PreparedBody>;
}

/**
 * The catalog handler: `/v1/catalog` (`?lang=en|fr|es|ar` for one language's texts) and the public
 * files `/catalog.json`, `/catalog.{en,fr,es,ar}.json`, which any
 * site may load; `/v1/catalog` follows `ALLOWED_ORIGINS` like the rest of the API.
 */
export function catalogHandlers(deps: AppDeps): {api: (c: Context<AppEnv>) => Response; file: (variant: CatalogVariant) => (c: Context<AppEnv>) => Response} {
  let prepared = {catalog: deps.catalog.catalog, bodies: preparedCatalogs(deps.catalog.catalog)};
  const send = (c: Context<AppEnv>, variant: CatalogVariant) => {
    // The catalog is replaced whole when a course is published: prepare the new one once.
    const {catalog} = deps.catalog;
    if (prepared.catalog !== catalog) prepared = {catalog, bodies: preparedCatalogs(catalog)};
    return sendPrepared(c, prepared.bodies[variant], 'public, max-age=300');
  };
  return {
    api: (c) => {
      const lang = c.req.query('lang');
      if (lang === undefined) return send(c, 'all');
      if (!(UiLanguage.options as readonly string[]).includes(lang)) throw invalidField('validation', 'The request has invalid fields', 'lang', `must be one of: ${UiLanguage.options.map((l) => JSON.stringify(l)).join(', ')}`);
      return send(c, lang as UiLanguage);
    },
    file: (variant) => (c) => {
      c.header('Access-Control-Allow-Origin', '*');
      return send(c, variant);
    },
  };
}

/** `GET /v1/catalog`. */
export function catalogRoutes(api: (c: Context<AppEnv>) => Response): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/catalog', api);
}
