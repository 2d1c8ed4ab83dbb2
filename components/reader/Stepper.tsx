export type StepperProps = {
  id: string;
  label: string;
  /** The value with its unit ("18 px"). */
  valueText: string;
  lessLabel: string;
  moreLabel: string;
  canLess: boolean;
  canMore: boolean;
  onLess(): void;
  onMore(): void;
};

/** A setting changed by steps: its name, − , the value with its unit, +. */
export function Stepper(props: StepperProps) {
  return (
    <div class="reader-stepper" role="group" aria-labelledby={`${props.id}-label`}>
      <span id={`${props.id}-label`} class="reader-stepper-label">
        {props.label}
      </span>
      <button
        type="button"
        class="button reader-step"
        aria-label={props.lessLabel}
        disabled={!props.canLess}
        onClick={props.onLess}
      >
        −
      </button>
      <output class="reader-stepper-value" aria-live="polite" id={`${props.id}-value`}>
        {props.valueText}
      </output>
      <button
        type="button"
        class="button reader-step"
        aria-label={props.moreLabel}
        disabled={!props.canMore}
        onClick={props.onMore}
      >
        +
      </button>
    </div>
  );
}
