// A plain-text secret store for tests that restart the core in another process. Never used
// by the app: Electron keeps secrets with safeStorage.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SecretStore } from '../../src-main/core/ports';

export function fileSecretStore(path: string): SecretStore {
  const read = (): Record<string, string> => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {});
  const write = (values: Record<string, string>) => {
    writeFileSync(`${path}.tmp`, JSON.stringify(values));
    renameSync(`${path}.tmp`, path);
  };
  return {
    encrypted: false,
    get: async (key) => read()[key] ?? null,
    set: async (key, value) => write({ ...read(), [key]: value }),
    delete: async (key) => {
      const values = read();
      delete values[key];
      write(values);
    },
  };
}
