// The system's folder and file dialogs, for choosing where backups and exports go and which
// export to import. Electron supplies them; web mode has none, and the owner types paths instead.
export interface FilePicker {
  /** A folder for the backups, or null when the owner cancelled. */
  chooseFolder(): Promise<string | null>;
  /** Where to save an export, offering `defaultName`; null when cancelled. */
  chooseExportFile(defaultName: string): Promise<string | null>;
  /** An export (a .zip) to import; null when cancelled. */
  chooseImportFile(): Promise<string | null>;
}
