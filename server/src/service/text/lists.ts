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
