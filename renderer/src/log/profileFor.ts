/** The publication profile a sending goes to: the one named (either language), as the officer typed it. */
import type { Publication } from '../../../core/publication';

export function profileFor(publications: readonly Publication[], name: string): Publication | null {
  const wanted = name.trim().toLowerCase();
  if (!wanted) return null;
  return (
    publications.find(
      (profile) => profile.nameEn.trim().toLowerCase() === wanted || profile.nameZh.trim() === name.trim(),
    ) ?? null
  );
}
