// The CSV import's steps: a file read (size limit and encodings as the marketing imports), its
// preview with the owner's column mapping, then the import of the rows that are ready.
import { useState } from 'react';
import type { PostImportField, PostImportPreview } from '@shared/post-import';
import { call, messageOf } from '../../lib/api';
import { CsvFileError, readCsvFile, type ChosenFile } from '../insights/read-csv-file';

export function usePostImport(onImported: (count: number) => void) {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<PostImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const ask = async (chosen: ChosenFile, mapping?: PostImportPreview['mapping']) => {
    setBusy(true);
    try {
      setPreview(await call('postImport.preview', { ...chosen, ...(mapping ? { mapping } : {}) }));
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return {
    file,
    preview,
    error,
    busy,
    async choose(picked: File) {
      setPreview(null);
      try {
        const chosen = await readCsvFile(picked);
        setFile(chosen);
        await ask(chosen);
      } catch (failure) {
        setFile(null);
        setError(failure instanceof CsvFileError ? failure.message : messageOf(failure));
      }
    },
    async map(field: PostImportField, column: string | null) {
      if (!file || !preview) return;
      await ask(file, { ...preview.mapping, [field]: column });
    },
    async commit() {
      if (!file || !preview) return;
      setBusy(true);
      try {
        const result = await call('postImport.commit', { ...file, mapping: preview.mapping });
        setFile(null);
        setPreview(null);
        setError(null);
        onImported(result.imported);
      } catch (failure) {
        // The preview and the file stay, so the owner can fix the cause and import again.
        setError(messageOf(failure));
      } finally {
        setBusy(false);
      }
    },
  };
}
