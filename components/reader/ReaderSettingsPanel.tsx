import { useEffect, useRef, useState } from 'preact/hooks';
import {
  READER_FONTS, READER_LIMITS, READER_THEMES, type ReaderFont, type ReaderSettings, type ReaderTheme,
} from '../../lib/shared/reader-settings';
import { t } from '../../lib/shared/i18n';

const THEME_LABELS: Record<ReaderTheme, string> = {
  system: 'readerThemeSystem', light: 'readerThemeLight', sepia: 'readerThemeSepia', dark: 'readerThemeDark',
};
const FONT_LABELS: Record<ReaderFont, string> = { serif: 'readerFontSerif', sans: 'readerFontSans', dyslexic: 'readerFontDyslexic' };
const THEMES = READER_THEMES.map((value) => ({ value, key: THEME_LABELS[value] }));
const FONTS = READER_FONTS.map((value) => ({ value, key: FONT_LABELS[value] }));

export type ReaderSettingsPanelProps = {
  settings: ReaderSettings;
  onChange(change: Partial<ReaderSettings>): void;
};

/**
 * The "Aa" button and its panel: theme, typeface, size, line width and line height. Plain radio
 * buttons and sliders, so arrows, Tab and Space work; Escape closes and gives the focus back.
 */
export function ReaderSettingsPanel({ settings, onChange }: ReaderSettingsPanelProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div class="reader-settings">
      <button
        ref={button}
        type="button"
        class="button"
        aria-expanded={open}
        aria-controls="reader-settings-panel"
        onClick={() => (open ? close() : setOpen(true))}
      >
        <span aria-hidden="true">Aa</span>
        <span class="visually-hidden">{t('readerSettings')}</span>
      </button>
      {open && (
        <div
          ref={panel}
          id="reader-settings-panel"
          class="reader-settings-panel"
          role="group"
          aria-label={t('readerSettings')}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            close();
          }}
        >
          <Choice legend={t('readerTheme')} name="theme" options={THEMES} value={settings.theme} onPick={(theme) => onChange({ theme })} />
          <Choice legend={t('readerFont')} name="font" options={FONTS} value={settings.font} onPick={(font) => onChange({ font })} />
          <Slider label={t('readerFontSize')} limits={READER_LIMITS.fontSize} value={settings.fontSize} onInput={(fontSize) => onChange({ fontSize })} />
          <Slider label={t('readerLineWidth')} limits={READER_LIMITS.lineWidth} value={settings.lineWidth} onInput={(lineWidth) => onChange({ lineWidth })} />
          <Slider label={t('readerLineHeight')} limits={READER_LIMITS.lineHeight} value={settings.lineHeight} onInput={(lineHeight) => onChange({ lineHeight })} />
        </div>
      )}
    </div>
  );
}

type ChoiceProps<T extends string> = {
  legend: string;
  name: string;
  options: { value: T; key: string }[];
  value: T;
  onPick(value: T): void;
};

function Choice<T extends string>({ legend, name, options, value, onPick }: ChoiceProps<T>) {
  return (
    <fieldset class="reader-settings-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} data-value={option.value}>
          <input
            type="radio"
            name={`reader-${name}`}
            value={option.value}
            checked={value === option.value}
            onChange={() => onPick(option.value)}
          />
          {t(option.key)}
        </label>
      ))}
    </fieldset>
  );
}

type SliderProps = {
  label: string;
  limits: { min: number; max: number; step: number };
  value: number;
  onInput(value: number): void;
};

function Slider({ label, limits, value, onInput }: SliderProps) {
  return (
    <label class="reader-settings-slider">
      <span>{label}</span>
      <input
        type="range"
        min={limits.min}
        max={limits.max}
        step={limits.step}
        value={value}
        onInput={(event) => onInput(Number(event.currentTarget.value))}
      />
      <output>{value}</output>
    </label>
  );
}
