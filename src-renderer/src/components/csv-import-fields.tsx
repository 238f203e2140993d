// The two fields every CSV import in Cadence has: the file to read, and for each thing Cadence
// looks for, which of the file's columns holds it. The words come from the caller's catalog.

/**
 * Hands the chosen file on and empties itself, so choosing the same file again (after fixing it
 * in a spreadsheet) reads it again rather than being ignored as "no change".
 */
export function CsvFileField({
  label,
  accept,
  onChoose,
}: {
  label: string;
  /** The file types the picker offers, as the input's accept attribute. */
  accept: string;
  onChoose(file: File): void;
}) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        type="file"
        accept={accept}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen) onChoose(chosen);
          event.target.value = '';
        }}
      />
    </label>
  );
}

/** One field's column: any of the file's columns, or none ("" stands for none). */
export function CsvColumnField({
  label,
  column,
  columns,
  noColumn,
  disabled,
  onChange,
}: {
  label: string;
  column: string | null;
  columns: readonly string[];
  /** The words for "this is not in the file". */
  noColumn: string;
  disabled: boolean;
  onChange(column: string): void;
}) {
  return (
    <label className="field inline">
      <span>{label}</span>
      <select value={column ?? ''} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        <option value="">{noColumn}</option>
        {columns.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
