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
import { t } from '../../i18n/i18n';
import { ownerWords } from '../../i18n/owner-words';
import { InlineError } from '../../components/inline-error';

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
      setMessage({
        kind: 'error',
        text: error instanceof KitFileError ? ownerWords(error.said) : messageOf(error),
      });
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
        text: t('brandKit:problem', { problem: parsed.error.issues[0]?.message ?? t('brandKit:notRight') }),
      });
      return;
    }
    void run(async () => {
      replace(await call('brandKit.update', parsed.data));
      return t('brandKit:saved');
    });
  }

  function exportKit() {
    void run(async () => {
      const { json, fileName } = await call('brandKit.export');
      downloadText(fileName, json);
      return t('brandKit:exported', { file: fileName });
    });
  }

  function importFile(file: File) {
    setPendingFile(null);
    void run(async () => {
      const json = await readKitFile(file);
      replace(await call('brandKit.import', { json }));
      return t('brandKit:imported', { file: file.name });
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
        <h1>{t('brandKit:title')}</h1>
        <div className="page-header-actions">
          <button
            type="button"
            className="button"
            disabled={busy || state.kind !== 'ready'}
            onClick={exportKit}
          >
            {t('brandKit:export')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => fileInput.current?.click()}>
            {t('brandKit:import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-label={t('brandKit:fileLabel')}
            hidden
            onChange={(event) => chooseFile(event.target.files?.[0])}
          />
        </div>
      </header>
      <p className="kit-intro">{t('brandKit:intro')}</p>
      {state.kind === 'loading' && <p className="loading">{t('brandKit:loading')}</p>}
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
              {t('brandKit:save')}
            </button>
            {dirty && (
              <button type="button" className="button" disabled={busy} onClick={() => edit(state.stored)}>
                {t('brandKit:undo')}
              </button>
            )}
          </div>
        </>
      )}
      <p role="status" className="confirmation">
        {message?.kind === 'saved' ? message.text : ''}
      </p>
      <InlineError message={message?.kind === 'error' && message.text} />
      <ConfirmDialog
        open={pendingFile !== null}
        title={t('brandKit:replace.title')}
        message={t('brandKit:replace.message')}
        confirmLabel={t('brandKit:replace.confirm')}
        onConfirm={() => pendingFile && importFile(pendingFile)}
        onCancel={() => setPendingFile(null)}
      />
    </div>
  );
}
