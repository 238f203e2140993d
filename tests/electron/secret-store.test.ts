import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SECRETS_FILE, safeStorageSecretStore } from '../../src-main/ports/safe-storage-secrets';
import { tempDir } from '../support/temp-dir';
import { safeStorage } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const SECRET = 'app-password-abcd-efgh-ijkl';
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  safeStorage.isEncryptionAvailable.mockReturnValue(true);
  safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
});
afterEach(() => cleanup());

describe('safeStorage secret store', () => {
  it('round-trips a secret and writes only the encrypted bytes, base64', async () => {
    const store = safeStorageSecretStore(dir);
    expect(store.encrypted).toBe(true);
    await store.set('bluesky:shop', SECRET);
    expect(await store.get('bluesky:shop')).toBe(SECRET);
    expect(await safeStorageSecretStore(dir).get('bluesky:shop')).toBe(SECRET);

    const text = readFileSync(join(dir, SECRETS_FILE), 'utf8');
    expect(text).not.toContain(SECRET);
    const stored = JSON.parse(text) as Record<string, string>;
    expect(Buffer.from(stored['bluesky:shop']!, 'base64').toString('latin1')).not.toContain(SECRET);
    expect(safeStorage.encryptString).toHaveBeenCalledWith(SECRET);
  });

  it('returns null for an unknown key and forgets deleted ones', async () => {
    const store = safeStorageSecretStore(dir);
    expect(await store.get('nope')).toBeNull();
    await store.set('a', 'one');
    await store.set('b', 'two');
    await store.delete('a');
    expect(await store.get('a')).toBeNull();
    expect(await store.get('b')).toBe('two');
  });

  it('keeps every secret when writes overlap, and leaves no temp files', async () => {
    const store = safeStorageSecretStore(dir);
    await Promise.all(['a', 'b', 'c', 'd'].map((key) => store.set(key, `value-${key}`)));
    for (const key of ['a', 'b', 'c', 'd']) expect(await store.get(key)).toBe(`value-${key}`);
    expect(readdirSync(dir)).toEqual([SECRETS_FILE]);
  });

  it('refuses to store anything when the OS cannot encrypt, and says why', async () => {
    safeStorage.isEncryptionAvailable.mockReturnValue(false);
    const store = safeStorageSecretStore(dir);
    expect(store.encrypted).toBe(false);
    await expect(store.set('bluesky:shop', SECRET)).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/keychain is not available.*Nothing was saved/),
    });
    expect(existsSync(join(dir, SECRETS_FILE))).toBe(false);
  });

  it.runIf(process.platform === 'linux')("treats Linux's fixed-key fallback as no encryption", async () => {
    safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    const store = safeStorageSecretStore(dir);
    expect(store.encrypted).toBe(false);
    await expect(store.set('k', SECRET)).rejects.toThrow(/keychain/);
    expect(existsSync(join(dir, SECRETS_FILE))).toBe(false);
  });

  it('explains a damaged file instead of overwriting it', async () => {
    writeFileSync(join(dir, SECRETS_FILE), '{"k": 42');
    const store = safeStorageSecretStore(dir);
    await expect(store.set('other', 'x')).rejects.toThrow(/damaged/);
    expect(readFileSync(join(dir, SECRETS_FILE), 'utf8')).toBe('{"k": 42');
  });

  it('explains a secret the keychain can no longer unlock', async () => {
    writeFileSync(join(dir, SECRETS_FILE), JSON.stringify({ k: Buffer.from('garbage').toString('base64') }));
    await expect(safeStorageSecretStore(dir).get('k')).rejects.toThrow(/Reconnect the account/);
  });
});
