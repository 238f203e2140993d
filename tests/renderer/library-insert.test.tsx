// @vitest-environment happy-dom
// Inserting library pieces in the post text: the "/" list typed at the start of a word, driven
// from the text field by the keyboard, the "Insert from library" menu with its search, and a
// template that asks for its link and fills {business} and {date}.
import { act, useRef, useState } from 'react';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import type { LibraryItem } from '@shared/library';
import { LibraryInsert } from '../../src-renderer/src/features/library/library-insert';
import { useLibraryStore } from '../../src-renderer/src/features/library/library-store';
import { mountedRoot } from './support/mounted-root';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

const piece = (id: string, kind: LibraryItem['kind'], name: string, body: string): LibraryItem => ({
  id,
  kind,
  name,
  body,
  updatedAt: 0,
});
// In the core's order: by kind, then name.
const PIECES = [
  piece('h2', 'hashtags', 'Autumn tags', '#autumn'),
  piece('h1', 'hashtags', 'Bakery tags', '#bread #bakery'),
  piece('s1', 'snippet', 'Signature', '— Anna'),
  piece('t1', 'template', 'Opening', '{business} opens on {date}: {link}'),
];

const mounted = mountedRoot();
let text: () => string;
beforeEach(async () => {
  useLibraryStore.setState({ items: PIECES, loadError: null });
  await mounted.render(<Composer />);
});

function Composer() {
  const [body, setBody] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  text = () => body;
  return (
    <>
      <textarea
        aria-label="Text"
        ref={field}
        value={body}
        onChange={(event) => setBody(event.target.value)}
      />
      <LibraryInsert
        textarea={field}
        text={body}
        context={{ business: 'Anna’s Bakery', date: 'Friday, December 4, 2026' }}
        onText={setBody}
      />
    </>
  );
}

const textarea = () => mounted.host.querySelector('textarea')!;

async function type(value: string) {
  const field = textarea();
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(field, value);
    field.setSelectionRange(value.length, value.length);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function press(target: Element, key: string) {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

const options = () =>
  [...mounted.host.querySelectorAll('[role="option"]')].map((option) => option.textContent);

it('opens the "/" list at the start of a word, moves with the arrows and inserts with Enter', async () => {
  await type('Fresh bread /tags');
  expect(options()).toEqual(['Autumn tagsHashtag group', 'Bakery tagsHashtag group']);
  const listId = textarea().getAttribute('aria-controls')!;
  expect(mounted.host.querySelector(`#${CSS.escape(listId)}`)!.getAttribute('role')).toBe('listbox');
  expect(textarea().getAttribute('aria-activedescendant')).toBe(`${listId}-option-0`);

  await press(textarea(), 'ArrowDown');
  expect(textarea().getAttribute('aria-activedescendant')).toBe(`${listId}-option-1`);
  expect(mounted.host.querySelector('[aria-selected="true"]')!.textContent).toContain('Bakery tags');

  await press(textarea(), 'Enter');
  expect(text()).toBe('Fresh bread #bread #bakery');
  expect(options()).toEqual([]);
  expect(textarea().hasAttribute('aria-activedescendant')).toBe(false);
});

it('leaves a "/" inside a word alone, and closes the list on Escape until another "/"', async () => {
  await type('and/or');
  expect(options()).toEqual([]);
  await type('Hello /sig');
  expect(options()).toEqual(['SignatureSnippet']);
  await press(textarea(), 'Escape');
  expect(options()).toEqual([]);
  await type('Hello /sign');
  expect(options()).toEqual([]);
  await type('Hello /sign /');
  expect(options()).toHaveLength(4);
});

it('stays out of the way while the library is empty', async () => {
  await act(async () => useLibraryStore.setState({ items: [] }));
  await type('See r/bakery and /new');
  expect(mounted.host.querySelector('[role="listbox"]')).toBeNull();
  expect(textarea().hasAttribute('aria-controls')).toBe(false);
  await press(textarea(), 'Enter');
  expect(text()).toBe('See r/bakery and /new');
});

it('finds a piece from the menu’s search and inserts it where the caret is', async () => {
  await type('Thanks for reading');
  const menu = [...mounted.host.querySelectorAll('button')].find(
    (b) => b.textContent === 'Insert from library',
  )!;
  await act(async () => menu.click());
  expect(menu.getAttribute('aria-expanded')).toBe('true');
  const search = mounted.host.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  expect(search.getAttribute('aria-label')).toBe('Find a piece');
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(search, 'anna');
    search.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect(options()).toEqual(['SignatureSnippet']);
  await press(search, 'Enter');
  expect(text()).toBe('Thanks for reading — Anna');
});

it('asks for a template’s link, then fills the business, the date and the link', async () => {
  await type('/open');
  await press(textarea(), 'Enter');
  const link = mounted.host.querySelector<HTMLInputElement>('input[type="url"]')!;
  expect(mounted.host.querySelector(`label[for="${link.id}"]`)!.textContent).toBe('Link for this post');
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
      link,
      'https://shop.example',
    );
    link.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => link.form!.requestSubmit());
  expect(text()).toBe('Anna’s Bakery opens on Friday, December 4, 2026: https://shop.example');
});
