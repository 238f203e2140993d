/** The Electron executable `npm install` downloaded, or null when the download was skipped or failed. */
export function electronBinary(): string | null;
