import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/exports');

/** A sample export as text; POST_ID (in utm_content) becomes the id of a post the test made. */
export function exportFixture(name: string, postId = 'post-1'): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8').replaceAll('POST_ID', postId);
}
