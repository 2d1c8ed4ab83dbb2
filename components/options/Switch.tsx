export type SwitchProps = {
  id: string;
  label: string;
  /** A sentence under the label: what on and off mean. */
  help?: string;
  checked: boolean | null;
  onChange(checked: boolean): void;
};

/** An on/off setting: a labelled switch (a checkbox with the switch role) with its explanation. */
export function Switch({ id, label, help, checked, onChange }: SwitchProps) {
  return (
    <div class="option-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked ?? false}
        disabled={checked === null}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {help && (
        <p id={`${id}-help`} class="option-help">
          {help}
        </p>
      )}
    </div>
  );
}
