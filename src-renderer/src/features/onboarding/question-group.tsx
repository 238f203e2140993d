import { useId } from 'react';

interface QuestionGroupProps<V extends string> {
  question: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  value: V | undefined;
  onChange(value: V): void;
}

/** One plain question as a radio group: the legend is the question, each answer is a labelled radio. */
export function QuestionGroup<V extends string>({
  question,
  options,
  value,
  onChange,
}: QuestionGroupProps<V>) {
  const name = useId();
  return (
    <fieldset className="question">
      <legend className="question-legend">{question}</legend>
      <div className="question-options">
        {options.map((option) => (
          <label key={option.value} className="question-option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
