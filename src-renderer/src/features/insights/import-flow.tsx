import { useId } from 'react';
import { useImport } from './use-import';

/** Choose a CSV export, check what Cadence read from it, then import its rows. */
export function ImportFlow({ defaultCurrency, onImported }: { defaultCurrency: string; onImported(): void }) {
  const id = useId();
  const flow = useImport(defaultCurrency, onImported);
  const { preview } = flow;
  const shownKeys = preview
    ? [...new Set(preview.rows.flatMap((row) => Object.keys(row.values)))].filter((key) => !/hash/i.test(key))
    : [];

  return (
    <section className="card insights-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="card-title">
        Import a CSV export
      </h3>
      <p className="field-hint">
        Meta Ads Manager or Google Ads (spend), Google Analytics 4 (clicks, conversions, revenue), Shopify
        orders, Square or Stripe payments. The file is read on this device.
      </p>
      <label className="field">
        <span className="field-label">CSV file</span>
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (chosen) void flow.choose(chosen);
            e.target.value = '';
          }}
        />
      </label>
      {flow.error && (
        <p role="alert" className="inline-error">
          {flow.error}
        </p>
      )}
      {flow.result && (
        <p role="status" className="insights-result">
          {flow.result}
        </p>
      )}
      {preview && flow.file && (
        <div className="insights-import-preview">
          <p role="status">
            <strong>{preview.label}</strong> detected in {flow.file.fileName}: {preview.totals.rows} rows,{' '}
            {preview.totals.valid} ready, {preview.totals.withProblems} with problems,{' '}
            {preview.totals.alreadyImported} already imported.
          </p>
          {flow.needsCurrency && (
            <label className="field inline">
              <span className="field-label">Currency of the amounts in this file</span>
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
            <legend className="field-label">Columns</legend>
            {preview.fields.map((field) => (
              <label key={field.field} className="field inline">
                <span>
                  {field.label}
                  {field.required ? ' (needed)' : ''}
                </span>
                <select
                  value={field.column ?? ''}
                  disabled={flow.busy}
                  onChange={(e) => void flow.remap(field.field, e.target.value)}
                >
                  <option value="">Not in this file</option>
                  {preview.columns.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          {preview.problems.length > 0 && (
            <ul className="inline-error" aria-label="Problems in this file">
              {preview.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <div className="insights-scroll">
            <table className="insights-table" aria-label="Preview of the rows">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  {shownKeys.map((key) => (
                    <th key={key} scope="col">
                      {wordsOf(key)}
                    </th>
                  ))}
                  <th scope="col">Problems</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.line} className={row.problems.length > 0 ? 'insights-row-problem' : undefined}>
                    <th scope="row">{row.line}</th>
                    {shownKeys.map((key) => (
                      <td key={key}>{String(row.values[key] ?? '')}</td>
                    ))}
                    <td>{row.problems.join(' ')}</td>
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
            {`Import ${preview.totals.valid} ${preview.totals.valid === 1 ? 'row' : 'rows'}`}
          </button>
        </div>
      )}
    </section>
  );
}

/** "campaignName" -> "campaign name", for the preview's column headings. */
function wordsOf(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
