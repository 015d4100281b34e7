/**
 * Arrays of objects that keep one elements kind. An empty literal `[]` starts as an array of small integers and
 * becomes an array of objects at its first push, so a list that is sometimes empty comes in two shapes, and
 * optimised code that read one is thrown away and compiled again when it meets the other.
 */

/** An empty array already of the objects kind: pushes and the empty case share one shape. */
export function objectList<T>(): T[] {
  const list = [undefined] as unknown as T[];
  list.pop();
  return list;
}

/** The items of the given lists, in order, in an array of the objects kind. */
export function objectsOf<T>(...lists: T[][]): T[] {
  const out = objectList<T>();
  for (const list of lists) for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}

/**
 * Sorts spans by start, in place, keeping the order of equal starts (as Array.prototype.sort does, so the result is
 * the same). A short list is sorted by insertion: the built-in sort copies the list first, for every sentence.
 */
export function sortByStart<T extends { start: number }>(list: T[]): T[] {
  if (list.length > 32) return list.sort((a, b) => a.start - b.start);
  for (let i = 1; i < list.length; i++) {
    const c = list[i];
    let j = i;
    while (j > 0 && list[j - 1].start > c.start) { list[j] = list[j - 1]; j--; }
    list[j] = c;
  }
  return list;
}
