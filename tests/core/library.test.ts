// The library of saved pieces through the real dispatch, on real SQLite, and the pure helpers
// the composer uses to fill a template and insert a piece at the caret.
import { describe, expect, it } from 'vitest';
import { fillTemplate, insertPiece, LIBRARY_LIMITS, templateVariables } from '../../src-main/shared/library';
import { test } from '../support/core-fixture';
import { MINUTE } from '../support/time';

describe('library pieces', () => {
  test('are saved, listed by kind then name, changed and deleted', async ({ t }) => {
    const tags = await t.call('library.create', { kind: 'hashtags', name: 'Bakery', body: '#bread #bakery' });
    const signature = await t.call('library.create', { kind: 'snippet', name: 'Signature', body: '— Anna' });
    await t.call('library.create', { kind: 'hashtags', name: 'Autumn', body: '#autumn' });
    const template = await t.call('library.create', {
      kind: 'template',
      name: ' Opening ',
      body: '{business} opens on {date}: {link}',
    });
    expect(template.name).toBe('Opening');
    expect((await t.call('library.list')).map((item) => `${item.kind}:${item.name}`)).toEqual([
      'hashtags:Autumn',
      'hashtags:Bakery',
      'snippet:Signature',
      'template:Opening',
    ]);

    t.clock.advance(MINUTE);
    const changed = await t.call('library.update', { id: tags.id, body: '#bread #sourdough' });
    expect(changed).toMatchObject({ name: 'Bakery', body: '#bread #sourdough' });
    expect(changed.updatedAt).toBeGreaterThan(tags.updatedAt);

    expect(await t.call('library.delete', { id: signature.id })).toEqual({ id: signature.id });
    expect(await t.errorOf('library.delete', { id: signature.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.errorOf('library.update', { id: signature.id, name: 'Gone' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await t.call('library.list')).toHaveLength(3);
  });

  test('refuse a blank name or text, a text over the limit, and an unknown kind', async ({ t }) => {
    const blankName = await t.errorOf('library.create', { kind: 'snippet', name: '  ', body: 'Hi' });
    expect(blankName).toMatchObject({ code: 'INVALID_INPUT' });
    const blankText = await t.errorOf('library.create', { kind: 'snippet', name: 'Hi', body: ' \n ' });
    expect(blankText).toMatchObject({ code: 'INVALID_INPUT' });
    const long = 'x'.repeat(LIBRARY_LIMITS.body + 1);
    expect(await t.errorOf('library.create', { kind: 'snippet', name: 'Hi', body: long })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await t.errorOf('library.create', { kind: 'poem', name: 'Hi', body: 'Hi' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await t.call('library.list')).toEqual([]);
  });

  test('stop at the library limit with a message that says what to do', async ({ t }) => {
    const insert = t.core.database.sqlite.prepare(
      "insert into library_items (id, kind, name, body, created_at, updated_at) values (?, 'snippet', ?, 'x', 0, 0)",
    );
    for (let i = 0; i < LIBRARY_LIMITS.items; i++) insert.run(`piece-${i}`, `Piece ${i}`);
    const error = await t.errorOf('library.create', { kind: 'snippet', name: 'One more', body: 'x' });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', key: 'library.full' });
  });
});

describe('filling a template', () => {
  it('names each variable once, in order', () => {
    expect(templateVariables('{link} at {business}, {date}; again {link} and {other}')).toEqual([
      'link',
      'business',
      'date',
    ]);
  });

  it('fills the variables it has a value for and leaves the others as written', () => {
    const body = 'Come to {business} on {date}! {link}';
    expect(fillTemplate(body, { business: 'Anna’s Bakery', date: 'Friday, 4 December', link: '' })).toBe(
      'Come to Anna’s Bakery on Friday, 4 December! {link}',
    );
    expect(fillTemplate(body, { link: 'https://shop.example/$&' })).toBe(
      'Come to {business} on {date}! https://shop.example/$&',
    );
  });
});

describe('inserting a piece', () => {
  it('spaces it from the words around it and puts the caret after it', () => {
    expect(insertPiece('Fresh bread', '#bakery', 11)).toEqual({ text: 'Fresh bread #bakery', caret: 19 });
    expect(insertPiece('Fresh bread', '#bakery', 5)).toEqual({ text: 'Fresh #bakery bread', caret: 13 });
    expect(insertPiece('', '#bakery', 0)).toEqual({ text: '#bakery', caret: 7 });
    expect(insertPiece('Fresh /ba bread', '#bakery', 6, 9)).toEqual({
      text: 'Fresh #bakery bread',
      caret: 13,
    });
  });
});
