import { LIMITS } from '@shared/entities';

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export interface ImageFile {
  fileName: string;
  mimeType: ImageType;
  dataBase64: string;
}

/** A file the owner picked that Cadence cannot attach; the message says why in plain words. */
export class ImageFileError extends Error {}

function isImageType(type: string): type is ImageType {
  return (IMAGE_TYPES as readonly string[]).includes(type);
}

/** Checks a picked file and reads it as base64 for media.add. The core checks the bytes again. */
export async function readImageFile(file: File): Promise<ImageFile> {
  const fileName = file.name.slice(0, LIMITS.fileName) || 'image';
  const mimeType = file.type;
  if (!isImageType(mimeType)) {
    throw new ImageFileError(
      `“${fileName}” is not an image Cadence can attach. Use a PNG, JPEG, GIF or WebP file.`,
    );
  }
  if (file.size === 0) throw new ImageFileError(`“${fileName}” is empty.`);
  if (file.size > LIMITS.mediaBytes) {
    throw new ImageFileError(`“${fileName}” is larger than 20 MB. Choose a smaller image.`);
  }
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () =>
      reject(new ImageFileError(`“${fileName}” could not be read. Try choosing it again.`));
    reader.readAsDataURL(file);
  });
  return { fileName, mimeType, dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}
