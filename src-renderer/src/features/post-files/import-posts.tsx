// "Import posts from CSV": choose the file, check which column holds what, see each row with
// its problems, then "Import N posts" (the rows with problems stay out).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POST_IMPORT_FIELDS } from '@shared/post-import';
import { useAppDataStore } from '../../state/app-data-store';
import { formatDateTime } from '../../lib/format';
import { ownerWords } from '../../i18n/owner-words';
import { CsvColumnField, CsvFileField } from '../../components/csv-import-fields';
import { usePostImport } from './use-post-import';
import { InlineError } from '../../components/inline-error';

export function ImportPosts() {
  const { t } = useTranslation('postFiles');
  const channels = useAppDataStore((s) => s.channels);
  const [result, setResult] = useState<string | null>(null);
  const flow = usePostImport((count) => setResult(t('import.done', { count })));
  const { preview } = flow;
  const id = useId();
  const channelName = (channelId: string) => channels.find((c) => c.id === channelId)?.displayName ?? '';

  return (
    <section className="card post-files-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('import.title')}
      </h2>
      <p className="field-hint">{t('import.columns')}</p>
      <CsvFileField
        label={t('import.file')}
        accept=".csv,.tsv,.txt,text/csv"
        onChoose={(chosen) => {
          setResult(null);
          void flow.choose(chosen);
        }}
      />
      <InlineError message={flow.error} />
      {result && (
        <p role="status" className="notice">
          {result}
        </p>
      )}
      {preview && flow.file && (
        <>
          <fieldset className="post-files-mapping">
            <legend className="field-label">{t('import.mapping')}</legend>
            {POST_IMPORT_FIELDS.map((field) => (
              <CsvColumnField
                key={field}
                label={t(`field.${field}`)}
                column={preview.mapping[field] ?? null}
                columns={preview.columns}
                noColumn={t('import.noColumn')}
                disabled={flow.busy}
                onChange={(column) => void flow.map(field, column || null)}
              />
            ))}
          </fieldset>
          {preview.fileProblems.map((problem) => (
            <InlineError key={problem.key} message={ownerWords(problem)} />
          ))}
          {preview.rows.length > 0 && (
            <table className="post-files-preview">
              <caption>
                {t('import.preview', { file: flow.file.fileName, timeZone: preview.timeZone })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.line')}</th>
                  <th scope="col">{t('import.when')}</th>
                  <th scope="col">{t('field.channels')}</th>
                  <th scope="col">{t('field.text')}</th>
                  <th scope="col">{t('import.check')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.line} className={row.problems.length > 0 ? 'has-problems' : undefined}>
                    <td>{row.line}</td>
                    <td>
                      {row.at !== null
                        ? formatDateTime(row.at, {
                            dateStyle: 'medium',
                            timeStyle: 'short',
                            timeZone: preview.timeZone,
                          })
                        : (row.local?.replace('T', ' ') ?? '')}
                    </td>
                    <td>{row.channelIds.map(channelName).join(', ')}</td>
                    <td className="post-files-text">{row.text}</td>
                    <td>
                      {row.problems.length === 0 ? (
                        t('import.ready')
                      ) : (
                        <ul className="post-files-problems">
                          {row.problems.map((problem) => (
                            <li key={`${problem.key}${JSON.stringify(problem.params)}`}>
                              {ownerWords(problem)}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button
            type="button"
            className="button primary"
            disabled={flow.busy || preview.importable === 0}
            onClick={() => void flow.commit()}
          >
            {t('import.commit', { count: preview.importable })}
          </button>
        </>
      )}
    </section>
  );
}
