// Backups (daily and on request), restoring one, and the full export and its import. A restore
// or an import replaces the database, so it ends by starting the core again on the new file.
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import type { backupsContract, BackupsState } from '../../shared/contract/backups';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import { BackupFolder } from '../backups/backup-folder';
import { BackupLibrary } from '../backups/backup-library';
import { BackupWork } from '../backups/backup-work';
import { DailyBackups } from '../backups/daily-backups';
import type { RestartCore } from '../backups/database-swap';
import { defaultExportName, exportFileIn, writeExport } from '../backups/data-export';
import { readExport, stageImport } from '../backups/data-import';
import type { FilePicker } from '../backups/file-picker';
import { detailOf } from '../backups/files';
import {
  replaceDatabase,
  saveSafetyCopy,
  stageBackup,
  stagedFile,
  summaryOf,
} from '../backups/restore-backup';
import { newestMigration } from '../db/migration-journal';
import type { AppDatabase } from '../db/open-database';
import type { Notifier } from '../ports';
import type { ContractHandlers, CoreContext, DomainModule } from './types';

export interface BackupsDeps {
  dataDir: string;
  migrationsFolder: string;
  db: AppDatabase;
  sqlite: Database.Database;
  notifier: Notifier;
  /** The system's dialogs; null in web mode. */
  picker: FilePicker | null;
  restart: RestartCore;
  /** Whether the daily backup runs. */
  automatic: boolean;
}

export function backupsDomain(ctx: CoreContext, deps: BackupsDeps): DomainModule<typeof backupsContract> {
  const imagePath = (sha256: string) => ctx.media.pathFor(sha256);
  const folder = new BackupFolder(deps.dataDir);
  const library = new BackupLibrary({
    folder,
    clock: ctx.clock,
    sqlite: deps.sqlite,
    imagePath,
    timeZone: () => ctx.profile.get().timeZone,
  });
  const work = new BackupWork();
  const daily = new DailyBackups({ clock: ctx.clock, library, work, notifier: deps.notifier });
  const schema = newestMigration(deps.migrationsFolder);
  const replace = {
    dataDir: deps.dataDir,
    migrationsFolder: deps.migrationsFolder,
    library,
    restart: deps.restart,
  };
  let replacing = false;

  const state = (): BackupsState => ({
    folder: folder.path,
    isDefaultFolder: folder.isDefault,
    canPick: deps.picker !== null,
    backups: library.list(),
    nextAt: daily.nextAt,
    problem: daily.problem,
  });
  const useFolder = (chosen: string | null) => {
    folder.choose(chosen);
    daily.rearm();
    return state();
  };
  /** One restore or import at a time: each ends by replacing the database. */
  const exclusively = async <T>(task: () => Promise<T>): Promise<T> => {
    if (replacing) throw new AppError('CONFLICT', say('backups.restore.busy'));
    replacing = true;
    try {
      return await task();
    } finally {
      replacing = false;
    }
  };

  const handlers: ContractHandlers<typeof backupsContract> = {
    'backups.list': () => state(),
    'backups.now': async () => {
      const made = await work.run(() => library.create('backup'));
      daily.rearm();
      return made;
    },
    'backups.restore': ({ name }) =>
      exclusively(async () => {
        const { staged, safetyCopy } = await work.run(async () => {
          const { staged, checked } = stageBackup(replace, name);
          const safetyCopy = await saveSafetyCopy(replace, staged);
          library.restoreImages(checked.images);
          return { staged, safetyCopy };
        });
        const restored = summaryOf(library, name);
        await replaceDatabase(replace, staged);
        return { restored, safetyCopy };
      }),
    'backups.setFolder': ({ folder: chosen }) => useFolder(chosen),
    'backups.chooseFolder': async () => {
      if (!deps.picker) throw new AppError('INVALID_INPUT', say('backups.folder.noDialog'));
      const chosen = await deps.picker.chooseFolder();
      return chosen === null ? state() : useFolder(chosen);
    },
    'data.export': async () => {
      const now = ctx.clock.now();
      const { timeZone } = ctx.profile.get();
      let file: string;
      if (deps.picker) {
        const chosen = await deps.picker.chooseExportFile(defaultExportName(now, timeZone));
        if (chosen === null) return null;
        file = chosen;
      } else {
        file = exportFileIn(folder.path, now, timeZone);
      }
      return work.run(() => {
        try {
          if (!deps.picker) folder.ensure();
          return writeExport({ db: deps.db, now, schema, imagePath }, file);
        } catch (error) {
          throw new AppError(
            'STORAGE',
            say('backups.export.failed', { folder: dirname(file), detail: detailOf(error) }),
          );
        }
      });
    },
    'data.import': ({ file }) =>
      exclusively(async () => {
        const { posts } = deps.sqlite.prepare('select count(*) as posts from posts').get() as {
          posts: number;
        };
        if (posts > 0) throw new AppError('CONFLICT', say('backups.import.hasPosts'));
        if (file === undefined && !deps.picker)
          throw new AppError('INVALID_INPUT', say('backups.import.notAbsolute'));
        const path = file ?? (await deps.picker!.chooseImportFile());
        if (path === null) return null;
        const { staged, result } = await work.run(async () => {
          const exported = readExport(path, schema);
          const staged = stagedFile(deps.dataDir, 'importing');
          const { result } = stageImport(exported, {
            staged,
            migrationsFolder: deps.migrationsFolder,
            imagePath,
          });
          await saveSafetyCopy(replace, staged);
          return { staged, result };
        });
        await replaceDatabase(replace, staged);
        return result;
      }),
  };

  return {
    handlers,
    start: () => {
      if (deps.automatic) daily.start();
    },
    stop: async () => {
      daily.stop();
      await work.idle();
    },
    whenIdle: () => work.idle(),
  };
}
