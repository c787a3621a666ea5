/**
 * A build plugin that compiles the interface's message catalogs
 * (core/i18n/catalogs/<language>.json, ICU MessageFormat strings) to
 * FormatJS's AST when a build imports one, so the app never parses a message
 * at run time and ships no catalog it must compile first. It runs before
 * Vite's own JSON handling, which then turns the compiled JSON into a module
 * as usual. The compiler is FormatJS's own (@formatjs/cli-lib, the same as
 * `formatjs compile --ast`).
 */
import { compile } from '@formatjs/cli-lib';
import type { Plugin } from 'vite';

const CATALOG = /[\\/]core[\\/]i18n[\\/]catalogs[\\/][A-Za-z-]+\.json$/;

export function compiledCatalogs(): Plugin {
  return {
    name: 'letterdesk:compiled-catalogs',
    enforce: 'pre',
    async transform(_code, id) {
      if (!CATALOG.test(id)) return null;
      this.addWatchFile(id);
      return { code: await compile([id], { ast: true, format: 'simple' }), map: null };
    },
  };
}
