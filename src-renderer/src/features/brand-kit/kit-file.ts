// Moving the kit in and out of a file the owner can hand to a helper.
import { KitFileError } from '@shared/brand-kit/kit';
import { t } from '../../i18n/i18n';

/** Saves text as a file through the browser's download, which works the same in Electron and web mode. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; the next tick frees the blob.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Kits are a few kilobytes; anything far larger is not a kit and is refused before reading. */
const MAX_KIT_FILE_BYTES = 1024 * 1024;

export async function readKitFile(file: File): Promise<string> {
  if (file.size > MAX_KIT_FILE_BYTES) {
    throw new KitFileError({
      key: 'brandKit.file.tooLarge',
      message: t('brandKit:tooLarge', { file: file.name }),
    });
  }
  return file.text();
}
