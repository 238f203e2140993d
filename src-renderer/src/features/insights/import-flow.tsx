import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { t } from '../../i18n/i18n';
import { ownerWords } from '../../i18n/owner-words';
import { CsvColumnField, CsvFileField } from '../../components/csv-import-fields';
import { previewHeading, problemWords } from './import-words';
import { useImport } from './use-import';
import { InlineError } from '../../components/inline-error';

/** Choose a CSV export, check what Cadence read from it, then import its rows. */
export function ImportFlow({ defaultCurrency, onImported }: { defaultCurrency: string; onImported(): void }) {
  const { t: tInsights } = useTranslation('insights');
  const id = useId();
  const flow = useImport(defaultCurrency, onImported);
  const { preview } = flow;
  const shownKeys = preview
    ? [...new Set(preview.rows.flatMap((row) => Object.keys(row.values)))].filter((key) => !/hash/i.test(key))
    : [];

  return (
    <section className="card insights-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="card-title">
        {t('insights:import.title')}
      </h3>
      <p className="field-hint">{t('insights:import.sources')}</p>
      <CsvFileField
        label={t('insights:import.file')}
        accept=".csv,text/csv"
        onChoose={(chosen) => void flow.choose(chosen)}
      />
      <InlineError message={flow.error} />
      {flow.result && (
        <p role="status" className="insights-result">
          {flow.result}
        </p>
      )}
      {preview && flow.file && (
        <div className="insights-import-preview">
          <p role="status">
            <Trans
              t={tInsights}
              i18nKey="import.detected"
              values={{
                label: ownerWords(preview.label),
                file: flow.file.fileName,
                rows: preview.totals.rows,
                valid: preview.totals.valid,
                problems: preview.totals.withProblems,
                already: preview.totals.alreadyImported,
              }}
              components={{ strong: <strong /> }}
            />
          </p>
          {flow.needsCurrency && (
            <label className="field inline">
              <span className="field-label">{t('insights:import.currency')}</span>
              <input
                type="text"
                maxLength={3}
                value={flow.currency}
                onChange={(e) => void flow.changeCurrency(e.target.value.toUpperCase())}
                onBlur={() => void flow.refresh()}
              />
            </label>
          )}
          <fieldset className="insights-mapping">
            <legend className="field-label">{t('insights:import.columns')}</legend>
            {preview.fields.map((field) => (
              <CsvColumnField
                key={field.field}
                label={
                  field.required
                    ? t('insights:import.needed', { label: ownerWords(field.label) })
                    : ownerWords(field.label)
                }
                column={field.column ?? null}
                columns={preview.columns}
                noColumn={t('insights:import.notInFile')}
                disabled={flow.busy}
                onChange={(column) => void flow.remap(field.field, column)}
              />
            ))}
          </fieldset>
          {preview.problems.length > 0 && (
            <ul className="inline-error" aria-label={t('insights:import.problems')}>
              {preview.problems.map((problem) => {
                const words = problemWords(problem);
                return <li key={words}>{words}</li>;
              })}
            </ul>
          )}
          <div className="insights-scroll">
            <table className="insights-table" aria-label={t('insights:import.preview')}>
              <thead>
                <tr>
                  <th scope="col">{t('insights:import.line')}</th>
                  {shownKeys.map((key) => (
                    <th key={key} scope="col">
                      {previewHeading(key)}
                    </th>
                  ))}
                  <th scope="col">{t('insights:import.rowProblems')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.line} className={row.problems.length > 0 ? 'insights-row-problem' : undefined}>
                    <th scope="row">{row.line}</th>
                    {shownKeys.map((key) => (
                      <td key={key}>{String(row.values[key] ?? '')}</td>
                    ))}
                    <td>{problemWords(row.problems)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            className="button primary"
            disabled={flow.busy || preview.totals.valid === 0}
            onClick={() => void flow.commit()}
          >
            {t('insights:import.commit', { count: preview.totals.valid })}
          </button>
        </div>
      )}
    </section>
  );
}
