export type Catalog = Record<string, string>;
/** The English catalog as the code states it, ids sorted. */
export function extractEnglish(): Promise<Catalog>;
/** The problems with the catalogs, one line each; none means they are complete. */
export function catalogProblems(code: Catalog, catalogs: Record<'en' | 'zh-CN', Catalog>): string[];
