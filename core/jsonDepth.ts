/**
 * How deeply a parsed JSON value nests, measured without recursion: a value
 * thousands of levels deep would overflow the stack of any recursive walker
 * (zod's z.lazy, JSON.stringify, structuredClone, our document walkers), so
 * it has to be measured before any of them sees it.
 */

/** True when `value` nests objects/arrays more than `limit` levels deep (the value itself is level 1). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
