import '../../components/page.css';
import './brand-kit.css';
import { useRef, useState } from 'react';
import { BrandKit, KitFileError } from '@shared/brand-kit/kit';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { call, messageOf } from '../../lib/api';
import { useNewPostKey } from '../../lib/use-new-post-key';
import { BrandKitForm } from './brand-kit-form';
import { downloadText, readKitFile } from './kit-file';
import { useBrandKit } from './use-brand-kit';

type Message = { kind: 'saved' | 'error'; text: string } | null;

/** The brand voice kit: how posts should sound and what they must carry; shared as a JSON file. */
export function BrandKitPage() {
  const { state, dirty, edit, replace } = useBrandKit();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [pendingFile, setPendingFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useNewPostKey();

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: 'saved', text: await action() });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof KitFileError ? error.message : messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  function save() {
    if (state.kind !== 'ready') return;
    const parsed = BrandKit.safeParse(state.draft);
    if (!parsed.success) {
      setMessage({
        kind: 'error',
        text: `${parsed.error.issues[0]?.message ?? 'Something in the kit is not right'}.`,
      });
      return;
    }
    void run(async () => {
      replace(await call('brandKit.update', parsed.data));
      return 'Saved';
    });
  }

  function exportKit() {
    void run(async () => {
      const { json, fileName } = await call('brandKit.export');
      downloadText(fileName, json);
      return `Exported as ${fileName}.`;
    });
  }

  function importFile(file: File) {
    setPendingFile(null);
    void run(async () => {
      const json = await readKitFile(file);
      replace(await call('brandKit.import', { json }));
      return `Imported the kit from ${file.name}.`;
    });
  }

  function chooseFile(file: File | undefined) {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    // Importing replaces the kit; unsaved edits here would be lost, so ask first.
    if (dirty) setPendingFile(file);
    else importFile(file);
  }

  return (
    <div className="brand-kit">
      <header className="page-header">
        <h1>Brand voice kit</h1>
        <div className="page-header-actions">
          <button
            type="button"
            className="button"
            disabled={busy || state.kind !== 'ready'}
            onClick={exportKit}
          >
            Export kit…
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => fileInput.current?.click()}>
            Import kit…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-label="Brand kit file to import"
            hidden
            onChange={(event) => chooseFile(event.target.files?.[0])}
          />
        </div>
      </header>
      <p className="kit-intro">
        One voice and one look on every channel. The composer checks each post against this kit as you type,
        with no connection needed. Export it to share with a helper.
      </p>
      {state.kind === 'loading' && <p className="loading">Loading your kit…</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="error-banner">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          <BrandKitForm
            kit={state.draft}
            onChange={(kit) => {
              setMessage(null);
              edit(kit);
            }}
          />
          <div className="kit-actions">
            <button type="button" className="button primary" disabled={busy || !dirty} onClick={save}>
              Save kit
            </button>
            {dirty && (
              <button type="button" className="button" disabled={busy} onClick={() => edit(state.stored)}>
                Undo changes
              </button>
            )}
          </div>
        </>
      )}
      <p role="status" className="confirmation">
        {message?.kind === 'saved' ? message.text : ''}
      </p>
      {message?.kind === 'error' && (
        <p role="alert" className="inline-error">
          {message.text}
        </p>
      )}
      <ConfirmDialog
        open={pendingFile !== null}
        title="Replace the kit with the imported one?"
        message="You have changes here that are not saved. Importing replaces them with the kit in the file."
        confirmLabel="Import and replace"
        onConfirm={() => pendingFile && importFile(pendingFile)}
        onCancel={() => setPendingFile(null)}
      />
    </div>
  );
}
