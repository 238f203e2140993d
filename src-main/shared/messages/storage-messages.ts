// Why Cadence cannot save, and what to do, by the problem the disk reported.
export const STORAGE_MESSAGES = {
  unknown: "Cadence can't save right now; try again.",
  full: "Cadence can't save: the disk is full. Free some space; Cadence will try again.",
  'read-only':
    "Cadence can't save: its data folder is read-only. Make the folder writable again; Cadence will try again.",
  io: "Cadence can't save: the disk reported an error. Check that the drive holding Cadence's data is connected; Cadence will try again.",
  damaged:
    "Cadence can't save: its database file is damaged. Quit Cadence and put back cadence.db from a backup of its data folder.",
  keys: {
    damaged:
      'Cadence’s saved account keys ({{file}}) are damaged. Reconnect your accounts to save them again.',
    locked:
      'Cadence could not unlock a saved account key with this computer’s keychain. Reconnect the account.',
    noKeychain:
      'Cadence cannot keep account keys safe on this computer because the system keychain is not available. Nothing was saved. Unlock or set up the keychain (on Linux: GNOME Keyring or KWallet) and try again.',
  },
} as const;
