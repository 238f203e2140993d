// The lint rule that keeps the core's domains apart (CORE_DOMAINS in eslint.config.js): a file
// may import only the folders its domain lists.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The import restrictions ESLint reports for `from` (in `folder`) importing `source` (none: allowed). */
async function refusals(from: string, source: string, folder = 'src-main/core'): Promise<string[]> {
  const code = `import { thing } from '${source}';\nexport const used = thing;\n`;
  const [result] = await eslint.lintText(code, { filePath: resolve(root, folder, from) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('core module boundaries', () => {
  it('keep stores and tables out of connectors, at any depth', async () => {
    expect(await refusals('connectors/x/x-api.ts', '../../store/post-store')).toEqual([
      expect.stringContaining('core/connectors may import store/image-facts'),
    ]);
    expect(await refusals('connectors/registry.ts', '../outbox/outbox-store')).toHaveLength(1);
    expect(await refusals('connectors/registry.ts', '../db/schema')).toHaveLength(1);
    expect(await refusals('connectors/bluesky/bluesky-images.ts', '../../store/image-facts')).toEqual([]);
    expect(await refusals('connectors/x/x-api.ts', '../connector')).toEqual([]);
  });

  it('keep the channel services in connectors off the channels table and its store', async () => {
    for (const service of ['account-directory', 'channel-connections', 'credential-renewal']) {
      expect(await refusals(`connectors/${service}.ts`, '../db/schema')).toHaveLength(1);
      expect(await refusals(`connectors/${service}.ts`, '../store/channel-store')).toHaveLength(1);
      expect(await refusals(`connectors/${service}.ts`, './channel-records')).toEqual([]);
    }
  });

  it('let a domain import the folders it lists, and no other', async () => {
    expect(await refusals('store/post-store.ts', '../outbox/send-in-progress')).toEqual([]);
    expect(await refusals('store/post-store.ts', '../inbox/inbox-store')).toHaveLength(1);
    expect(await refusals('outbox/outbox.ts', '../store/post-store')).toEqual([]);
    expect(await refusals('imports/import-service.ts', '../marketing/campaign-store')).toHaveLength(1);
    expect(await refusals('inbox/sources/registry.ts', '../../connectors/connector')).toEqual([]);
  });

  it('keep handlers, startup, create-core and dispatch for the composers, and the kernel free of domains', async () => {
    expect(await refusals('outbox/outbox.ts', '../handlers/types')).toHaveLength(1);
    expect(await refusals('inbox/inbox-sync.ts', '../startup/services')).toHaveLength(1);
    expect(await refusals('startup/services.ts', '../inbox/inbox-sync')).toEqual([]);
    expect(await refusals('startup/domains.ts', '../handlers/inbox-handlers')).toEqual([]);
    expect(await refusals('plan/plan-service.ts', '../create-core')).toHaveLength(1);
    expect(await refusals('clock.ts', './store/post-store')).toHaveLength(1);
    expect(await refusals('dispatch.ts', './handlers/types')).toEqual([]);
    expect(await refusals('create-core.ts', './inbox/inbox-store')).toEqual([]);
    expect(await refusals('handlers/inbox-handlers.ts', '../inbox/inbox-store')).toEqual([]);
  });

  it('let shared folders such as contract/ import each other, and nothing outside shared', async () => {
    const shared = (from: string, source: string) => refusals(from, source, 'src-main/shared');
    expect(await shared('contract/plan.ts', '../brand-kit/kit')).toEqual([]);
    expect(await shared('contract/plan.ts', './common')).toEqual([]);
    expect(await shared('contract/plan.ts', '../../core/plan/plan-service')).toHaveLength(1);
    expect(await shared('contract/plan.ts', 'node:fs')).toHaveLength(1);
    expect(await shared('entities.ts', './brand-kit/kit')).toEqual([]);
    expect(await shared('entities.ts', '../core/clock')).toHaveLength(1);
    expect(await shared('entities.ts', 'electron')).toHaveLength(1);
  });

  it('still keep electron out of every part of the core', async () => {
    expect(await refusals('outbox/outbox.ts', 'electron')).toHaveLength(1);
    expect(await refusals('clock.ts', 'electron')).toHaveLength(1);
    expect(await refusals('handlers/posts-handlers.ts', 'electron')).toHaveLength(1);
  });
});
