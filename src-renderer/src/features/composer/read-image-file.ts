import { LIMITS, MEDIA_TYPES, type MediaType } from '@shared/entities';
import { t } from '../../i18n/i18n';

/** For the file picker: the types, and the HEIC names a system may not give a type. */
export const MEDIA_ACCEPT = [...MEDIA_TYPES, '.heic', '.heif'].join(',');

/** Windows and Linux often give a .heic file no type at all; its name says what it is. */
function typeOf(file: File): string {
  if (file.type !== '') return file.type;
  const extension = /\.(heic|heif)$/i.exec(file.name)?.[1];
  return extension ? `image/${extension.toLowerCase()}` : '';
}

export interface ImageFile {
  fileName: string;
  mimeType: MediaType;
  dataBase64: string;
}

/** A file the owner picked that Cadence cannot attach; the message says why in plain words. */
export class ImageFileError extends Error {}

function isMediaType(type: string): type is MediaType {
  return (MEDIA_TYPES as readonly string[]).includes(type);
}

/** Checks a picked file and reads it as base64 for media.add. The core checks the bytes again. */
export async function readImageFile(file: File): Promise<ImageFile> {
  const fileName = file.name.slice(0, LIMITS.fileName) || 'image';
  const mimeType = typeOf(file);
  if (!isMediaType(mimeType)) {
    throw new ImageFileError(t('composer:media.notImage', { file: fileName }));
  }
  if (file.size === 0) throw new ImageFileError(t('composer:media.empty', { file: fileName }));
  if (file.size > LIMITS.mediaBytes) {
    throw new ImageFileError(t('composer:media.tooLarge', { file: fileName }));
  }
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new ImageFileError(t('composer:media.unreadable', { file: fileName })));
    reader.readAsDataURL(file);
  });
  return { fileName, mimeType, dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}
