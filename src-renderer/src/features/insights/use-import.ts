// The import flow's state: a chosen CSV file, its preview with the detected format and column
// mapping (which the owner may change), and the commit.
import { useState } from 'react';
import type { ImportPreview } from '@shared/marketing';
import { call, messageOf } from '../../lib/api';
import { CsvFileError, readCsvFile, type ChosenFile } from './read-csv-file';
import { t } from '../../i18n/i18n';

/** Exports that do not say which currency their amounts are in. */
const NEEDS_CURRENCY = new Set(['ga4', 'square']);

export function useImport(defaultCurrency: string, onImported: () => void) {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [currency, setCurrency] = useState(defaultCurrency);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const request = (chosen: ChosenFile, map: Record<string, string>, kind?: ImportPreview['kind']) => ({
    ...chosen,
    mapping: Object.keys(map).length > 0 ? map : undefined,
    currency: kind && NEEDS_CURRENCY.has(kind) ? currency : undefined,
  });

  const run = async (chosen: ChosenFile, map: Record<string, string>) => {
    setBusy(true);
    setError(null);
    try {
      // A first look says which export it is; exports without a currency are read again with one.
      let next = await call('imports.preview', request(chosen, map));
      if (NEEDS_CURRENCY.has(next.kind))
        next = await call('imports.preview', request(chosen, map, next.kind));
      setPreview(next);
    } catch (caught) {
      setPreview(null);
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };

  return {
    file,
    preview,
    currency,
    needsCurrency: preview !== null && NEEDS_CURRENCY.has(preview.kind),
    error,
    result,
    busy,
    async choose(chosen: File) {
      let next: ChosenFile;
      try {
        next = await readCsvFile(chosen);
      } catch (caught) {
        setFile(null);
        setPreview(null);
        setResult(null);
        setError(caught instanceof CsvFileError ? caught.message : messageOf(caught));
        return;
      }
      setFile(next);
      setMapping({});
      setResult(null);
      await run(next, {});
    },
    async remap(field: string, column: string) {
      if (!file || !preview) return;
      const next = { ...preview.mapping, ...mapping, [field]: column };
      if (column === '') delete next[field];
      setMapping(next);
      await run(file, next);
    },
    changeCurrency: setCurrency,
    async refresh() {
      if (file) await run(file, mapping);
    },
    async commit() {
      if (!file || !preview) return;
      setBusy(true);
      try {
        const done = await call('imports.commit', request(file, mapping, preview.kind));
        setResult(
          t('insights:import.imported', { count: done.imported, file: file.fileName }) +
            (done.alreadyImported > 0 ? t('insights:import.already', { count: done.alreadyImported }) : '') +
            (done.skipped > 0 ? t('insights:import.skipped', { count: done.skipped }) : '') +
            '.',
        );
        setFile(null);
        setPreview(null);
        onImported();
      } catch (caught) {
        setError(messageOf(caught));
      } finally {
        setBusy(false);
      }
    },
  };
}
