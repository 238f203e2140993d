// Settings > Backups: backing up, restoring, the folder, and exporting and importing everything.
export const backups = {
  title: 'Backups',
  intro:
    'Cadence backs up your posts, images and settings every day, and keeps the last 7 days and 4 weeks before them.',
  next: 'Next backup: {{time}}.',
  backUpNow: 'Back up now',
  backingUp: 'Backing up…',
  backedUp_one: 'Backed up {{count}} post.',
  backedUp_other: 'Backed up {{count}} posts.',
  list: 'Your backups',
  none: 'No backups yet.',
  kind: {
    backup: 'Backup',
    'before-restore': 'Saved before a restore',
  },
  posts_one: '{{count}} post',
  posts_other: '{{count}} posts',
  unchecked: 'Not checked by Cadence',
  restore: 'Restore',
  restoreLabel: 'Restore the backup of {{date}}',
  restoreTitle: 'Restore the backup of {{date}}?',
  restoreMessage:
    'Cadence first saves your data as it is now (it is then listed as “Saved before a restore”), then puts back the posts, images and settings of this backup and starts again.',
  restoring: 'Restoring…',
  restored:
    'Restored the backup of {{date}}. Your data from before it is listed as “Saved before a restore”.',
  folder: {
    title: 'Backup folder',
    current: 'Backups go to {{folder}}',
    hint: 'Pick a synced folder (Dropbox, iCloud Drive, OneDrive) or an external drive to keep a copy off this computer.',
    choose: 'Choose folder…',
    path: 'Folder for backups',
    pathHint: 'Type the full path of a folder that exists, such as /Users/you/Dropbox/Cadence.',
    use: 'Use this folder',
    useDefault: 'Use Cadence’s data folder',
    saved: 'Backups now go to {{folder}}.',
  },
  transfer: {
    title: 'Export and import',
    intro:
      'An export is one zip with everything, readable without Cadence: a README inside explains it. Sign-ins stay on this computer.',
    export: 'Export everything',
    exporting: 'Exporting…',
    exported: 'Exported {{posts}} posts and {{images}} images to {{file}} ({{size}}).',
    file: 'Export file to import',
    fileHint: 'The full path of a Cadence export (.zip).',
    import: 'Import an export',
    importing: 'Importing…',
    importHint: 'Cadence imports into a profile that has no posts yet. Reconnect your channels afterwards.',
    imported:
      'Imported {{posts}} posts, {{images}} images and {{channels}} channels. Reconnect your channels in Settings.',
  },
} as const;
