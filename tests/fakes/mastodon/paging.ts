// Mastodon's Paginable: items newest first; max_id pages older, since_id gives the newest
// page above a cursor, and min_id gives the page immediately above it (still returned newest
// first). The Link header carries max_id for the next (older) page and min_id for the previous.

export interface PageQuery {
  max_id?: string;
  since_id?: string;
  min_id?: string;
  limit?: number;
}

function compareIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Mastodon's limit_param: the default when absent, otherwise at most twice the default. */
export function pageLimit(requested: number | undefined, defaultLimit: number): number {
  return requested === undefined ? defaultLimit : Math.min(Math.abs(requested), defaultLimit * 2);
}

export function paginate<T extends { id: string }>(items: T[], query: PageQuery, limit: number): T[] {
  const newestFirst = [...items].sort((a, b) => compareIds(b.id, a.id));
  const below = (item: T) => !query.max_id || compareIds(item.id, query.max_id) < 0;
  if (query.min_id) {
    const minId = query.min_id;
    return newestFirst
      .filter((item) => below(item) && compareIds(item.id, minId) > 0)
      .reverse()
      .slice(0, limit)
      .reverse();
  }
  const sinceId = query.since_id;
  return newestFirst
    .filter((item) => below(item) && (!sinceId || compareIds(item.id, sinceId) > 0))
    .slice(0, limit);
}

/** The Link header Mastodon sends with a page; filters such as types[] are carried along. */
export function linkHeader<T extends { id: string }>(
  baseUrl: string,
  path: string,
  page: T[],
  limit: number,
  carried: [string, string][],
): string | undefined {
  const first = page[0];
  const last = page[page.length - 1];
  if (!first || !last) return undefined;
  const href = (cursor: [string, string]) => {
    const params = new URLSearchParams([...carried, cursor]);
    return `<${baseUrl}${path}?${params.toString()}>`;
  };
  const links: string[] = [];
  if (page.length === limit) links.push(`${href(['max_id', last.id])}; rel="next"`);
  links.push(`${href(['min_id', first.id])}; rel="prev"`);
  return links.join(', ');
}
