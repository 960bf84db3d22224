/**
 * Saving: drop what was left empty. Decap stores an emptied field as "" (or an empty
 * object). The schemas treat a missing optional field as "not given" but "" as a wrong
 * value, so blanks are removed before the file is written. Lists are kept as they are (an
 * empty list is a valid value).
 */

/** The parts of Immutable.js Map/List that pruning uses. */
interface Collection {
  toJS(): unknown;
  map(f: (v: unknown) => unknown): Collection;
  filter(f: (v: unknown) => boolean): Collection;
  size: number;
  push?: unknown;
}

function isCollection(v: unknown): v is Collection {
  return v !== null && typeof v === 'object' && typeof (v as Collection).toJS === 'function' && typeof (v as Collection).filter === 'function';
}

const isList = (v: Collection) => typeof v.push === 'function';

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (isCollection(v) && !isList(v) && v.size === 0);
}

export function prune(v: unknown): unknown {
  if (!isCollection(v)) return v;
  const mapped = v.map(prune);
  return isList(v) ? mapped : mapped.filter((x) => !isBlank(x));
}
