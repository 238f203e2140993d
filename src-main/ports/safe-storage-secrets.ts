// Account secrets encrypted by the OS keychain (safeStorage) and kept as base64 in
// <data>/secrets.json. Plain text never touches the disk: without OS encryption, nothing is stored.
import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { z } from 'zod';
import type { SecretStore } from '../core/ports';
import { AppError } from '../shared/errors';
import { say } from '../shared/messages/owner-message';

export const SECRETS_FILE = 'secrets.json';

const SecretsFile = z.record(z.string(), z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/));
type SecretsFile = z.infer<typeof SecretsFile>;

/**
 * On Linux without a keyring, Electron "encrypts" with a fixed key (the basic_text backend).
 * That protects nothing, so it counts as no encryption.
 */
function encryptionAvailable(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

export function safeStorageSecretStore(dataDir: string): SecretStore {
  const file = join(dataDir, SECRETS_FILE);
  // Writes are read-modify-write of one file, so they run one at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const load = async (): Promise<SecretsFile> => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    const parsed = SecretsFile.safeParse(safeJson(text));
    if (!parsed.success) {
      throw new AppError('INTERNAL', say('storage.keys.damaged', { file }));
    }
    return parsed.data;
  };

  const save = async (secrets: SecretsFile): Promise<void> => {
    const temp = `${file}.${randomUUID()}.tmp`;
    await writeFile(temp, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    try {
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  };

  return {
    get encrypted() {
      return encryptionAvailable();
    },
    get: (key) =>
      serial(async () => {
        const stored = (await load())[key];
        if (stored === undefined) return null;
        if (!encryptionAvailable()) throw unavailable();
        try {
          return safeStorage.decryptString(Buffer.from(stored, 'base64'));
        } catch {
          throw new AppError('INTERNAL', say('storage.keys.locked'));
        }
      }),
    set: (key, value) =>
      serial(async () => {
        if (!encryptionAvailable()) throw unavailable();
        const secrets = await load();
        secrets[key] = safeStorage.encryptString(value).toString('base64');
        await save(secrets);
      }),
    delete: (key) =>
      serial(async () => {
        const secrets = await load();
        if (!(key in secrets)) return;
        delete secrets[key];
        await save(secrets);
      }),
  };
}

function unavailable(): AppError {
  return new AppError('INTERNAL', say('storage.keys.noKeychain'));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
