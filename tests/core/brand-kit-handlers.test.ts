import { describe, expect } from 'vitest';
import { DEFAULT_BRAND_KIT, type BrandKit } from '../../src-main/shared/brand-kit/kit';
import { it } from '../support/core-fixture';

it.override({ coreOptions: { publishing: false } });

const kit: BrandKit = {
  ...DEFAULT_BRAND_KIT,
  voice: 'Warm and plain, like talking over the counter.',
  avoidWords: [{ term: 'cheap', suggestion: 'good value' }],
  preferWords: ['fresh', 'local'],
  maxHashtags: 3,
};

describe('brand kit through the core', () => {
  it('starts from the defaults, saves, announces and survives a restart', async ({ t, events, restart }) => {
    expect(await t.call('brandKit.get')).toEqual(DEFAULT_BRAND_KIT);
    expect(await t.call('brandKit.update', kit)).toEqual(kit);
    expect(events).toEqual([{ type: 'brandKit.changed' }, { type: 'plan.changed' }]);
    const reopened = await restart();
    expect(await reopened.call('brandKit.get')).toEqual(kit);
  });

  it('exports a file that imports back, and refuses a file that is not a kit without losing the saved one', async ({
    t,
  }) => {
    await t.call('brandKit.update', kit);
    const { json, fileName } = await t.call('brandKit.export');
    expect(fileName).toBe('cadence-brand-kit.json');
    await t.call('brandKit.update', DEFAULT_BRAND_KIT);
    expect(await t.call('brandKit.import', { json })).toEqual(kit);

    const refused = await t.core.invoke('brandKit.import', { json: '{"dependencies":{}}' });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        key: 'brandKit.file.notKit',
        message:
          'This file is not a Cadence brand kit. Export a kit from Cadence (Brand kit, Export) and import that file.',
      },
    });
    expect(await t.call('brandKit.get')).toEqual(kit);
  });

  it('refuses a kit over its limits with a plain message', async ({ t }) => {
    const result = await t.core.invoke('brandKit.update', { ...kit, voice: 'x'.repeat(2_001) });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/Keep the voice description under 2000/),
      },
    });
    const extra = await t.core.invoke('brandKit.update', { ...kit, colour: 'red' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('post kinds', () => {
  it('default to organic, are set on create and update, and show in summaries', async ({ t }) => {
    const organic = await t.call('posts.create', { body: 'Fresh rolls' });
    expect(organic.kind).toBe('organic');
    const campaign = await t.call('posts.create', { body: 'Spring sale #ad', kind: 'campaign' });
    expect(campaign.kind).toBe('campaign');
    expect((await t.call('posts.update', { id: organic.id, kind: 'campaign' })).kind).toBe('campaign');
    expect((await t.call('posts.update', { id: organic.id, body: 'Still a campaign' })).kind).toBe(
      'campaign',
    );
    const drafts = await t.call('posts.listDrafts');
    expect(drafts.map((d) => d.kind)).toEqual(['campaign', 'campaign']);
    expect(await t.core.invoke('posts.create', { kind: 'paid' })).toMatchObject({ ok: false });
  });
});
