// Backups, restoring one, the full export and importing it: what went wrong and what to do.
export const BACKUP_MESSAGES = {
  folder: {
    notAbsolute: 'Enter the full path of a folder, such as /Users/you/Dropbox/Cadence or C:\\Backups.',
    missing: 'There is no folder at {{folder}}. Create it first, or choose another.',
    notWritable: 'Cadence cannot save files in {{folder}}. Choose a folder you can write to.',
    isDataFolder: 'Choose a folder other than the one Cadence keeps its data in.',
    noDialog: 'Type the full path of the folder instead.',
  },
  write: {
    full: 'Cadence could not back up to {{folder}}: the disk is full. Free some space, or choose another folder.',
    readOnly:
      'Cadence could not back up to {{folder}}: the folder cannot be written to. Choose another folder in Settings, Backups.',
    missing:
      'Cadence could not back up to {{folder}}: the folder is gone (a drive that is not connected?). Connect it, or choose another folder in Settings, Backups.',
    other: 'Cadence could not back up to {{folder}} ({{detail}}). Try again, or choose another folder.',
    damaged:
      'Cadence made a backup but it did not pass its check, so it was not kept. Try again; if it fails again, your data may be damaged: keep the backups you have.',
  },
  automaticFailed: 'Cadence could not make its daily backup',
  restore: {
    notFound: 'That backup is no longer in the backup folder. Choose another one.',
    copyFailed:
      'Cadence could not copy the backup into its data folder ({{detail}}). Nothing was changed. Free some disk space, then try again.',
    damaged:
      'This backup is damaged, so Cadence did not restore it. Nothing was changed. Choose another backup.',
    newer:
      'This backup was made by a newer version of Cadence. Update Cadence, then restore it. Nothing was changed.',
    safetyCopyFailed:
      'Cadence could not first save a copy of your current data, so it restored nothing. {{reason}}',
    startFailed:
      'Cadence could not start on the restored data, so it put your data back as it was ({{detail}}). Choose another backup.',
    busy: 'Cadence is already restoring or importing. Wait until it is done.',
  },
  export: {
    failed:
      'Cadence could not write the export to {{folder}} ({{detail}}). Choose another place and try again.',
  },
  import: {
    hasPosts:
      'Cadence imports an export only into a profile with no posts yet, so nothing you have is mixed up or lost. Open Cadence on a new data folder to import it, or restore a backup instead.',
    notAbsolute: 'Enter the full path of the export file (a .zip), such as /Users/you/cadence-export.zip.',
    notFound: 'There is no file at {{file}}.',
    notExport: 'This file is not a Cadence export. Nothing was changed.',
    damaged: 'This export is damaged ({{detail}}). Nothing was changed.',
    newer:
      'This export was made by a newer version of Cadence. Update Cadence, then import it. Nothing was changed.',
  },
} as const;
