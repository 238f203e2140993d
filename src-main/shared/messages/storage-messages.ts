// Why Cadence cannot save, and what to do, by the problem the disk reported.
export const STORAGE_MESSAGES = {
  unknown: "Cadence can't save right now; try again.",
  full: "Cadence can't save: the disk is full. Free some space; Cadence will try again.",
  'read-only':
    "Cadence can't save: its data folder is read-only. Make the folder writable again; Cadence will try again.",
  io: "Cadence can't save: the disk reported an error. Check that the drive holding Cadence's data is connected; Cadence will try again.",
  damaged:
    "Cadence can't save: its database file is damaged. Quit Cadence and put back cadence.db from a backup of its data folder.",
} as const;
