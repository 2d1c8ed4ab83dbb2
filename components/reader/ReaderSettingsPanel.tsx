import {
  READER_FONTS,
  READER_THEMES,
  type ReaderFont,
  type ReaderSettings,
  type ReaderTheme,
} from '../../lib/shared/reader-settings';
import { canStep, settingLabel, stepped, type SteppedSetting } from '../../lib/reader/setting-steps';
import { useDisclosure } from '../../lib/shared/use-disclosure';
import { t } from '../../lib/shared/i18n';
import { Stepper } from './Stepper';

const THEME_LABELS: Record<ReaderTheme, string> = {
  system: 'readerThemeSystem',
  light: 'readerThemeLight',
  sepia: 'readerThemeSepia',
  dark: 'readerThemeDark',
};
const FONT_LABELS: Record<ReaderFont, string> = {
  serif: 'readerFontSerif',
  sans: 'readerFontSans',
  dyslexic: 'readerFontDyslexic',
};
const STEPS: { setting: SteppedSetting; label: string; less: string; more: string }[] = [
  { setting: 'fontSize', label: 'readerFontSize', less: 'readerFontSizeLess', more: 'readerFontSizeMore' },
  { setting: 'lineWidth', label: 'readerLineWidth', less: 'readerLineWidthLess', more: 'readerLineWidthMore' },
  { setting: 'lineHeight', label: 'readerLineHeight', less: 'readerLineHeightLess', more: 'readerLineHeightMore' },
];

export type ReaderSettingsFormProps = {
  settings: ReaderSettings;
  onChange(change: Partial<ReaderSettings>): void;
  onReset(): void;
  /** Prefix of the ids and radio names, so the form can appear twice on a page. */
  idPrefix: string;
};

/**
 * Theme swatches, typefaces, − / + steps with the value and its unit, a live preview and a reset:
 * the reader's settings, in the reader's panel and on the options page. Radio groups and plain
 * buttons, so arrows, Tab and Space work.
 */
export function ReaderSettingsForm({ settings, onChange, onReset, idPrefix }: ReaderSettingsFormProps) {
  return (
    <div class="reader-settings-form">
      <fieldset class="reader-swatches">
        <legend>{t('readerTheme')}</legend>
        {READER_THEMES.map((theme) => (
          <label key={theme} class="reader-swatch" data-theme={theme}>
            <input
              type="radio"
              name={`${idPrefix}-theme`}
              value={theme}
              checked={settings.theme === theme}
              onChange={() => onChange({ theme })}
            />
            <span class="reader-swatch-sample" aria-hidden="true">
              Aa
            </span>
            <span class="reader-swatch-name">{t(THEME_LABELS[theme])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="reader-fonts">
        <legend>{t('readerFont')}</legend>
        {READER_FONTS.map((font) => (
          <label key={font} class="reader-font-choice" data-value={font}>
            <input
              type="radio"
              name={`${idPrefix}-font`}
              value={font}
              checked={settings.font === font}
              onChange={() => onChange({ font })}
            />
            <span>{t(FONT_LABELS[font])}</span>
          </label>
        ))}
      </fieldset>
      {STEPS.map(({ setting, label, less, more }) => (
        <Stepper
          key={setting}
          id={`${idPrefix}-${setting}`}
          label={t(label)}
          valueText={settingLabel(setting, settings)}
          lessLabel={t(less)}
          moreLabel={t(more)}
          canLess={canStep(setting, settings[setting], -1)}
          canMore={canStep(setting, settings[setting], 1)}
          onLess={() => onChange({ [setting]: stepped(setting, settings[setting], -1) })}
          onMore={() => onChange({ [setting]: stepped(setting, settings[setting], 1) })}
        />
      ))}
      <figure class="reader-preview" data-theme={settings.theme} data-font={settings.font}>
        <figcaption>{t('readerPreview')}</figcaption>
        <p
          style={{
            fontSize: `${settings.fontSize}px`,
            lineHeight: String(settings.lineHeight),
            maxInlineSize: `${settings.lineWidth}ch`,
          }}
        >
          {t('readerPreviewText')}
        </p>
      </figure>
      <p class="reader-settings-reset">
        <button type="button" class="button" onClick={onReset}>
          {t('readerReset')}
        </button>
      </p>
    </div>
  );
}

export type ReaderSettingsPanelProps = {
  settings: ReaderSettings;
  onChange(change: Partial<ReaderSettings>): void;
  onReset(): void;
};

/** The "Aa" button and its panel; Escape or a click outside closes it and gives the focus back. */
export function ReaderSettingsPanel({ settings, onChange, onReset }: ReaderSettingsPanelProps) {
  const panel = useDisclosure('input:checked');
  return (
    <div class="reader-popover-anchor">
      <button
        ref={panel.button}
        type="button"
        class="button"
        aria-expanded={panel.open}
        aria-controls="reader-settings-panel"
        onClick={panel.toggle}
      >
        <span aria-hidden="true">Aa</span>
        <span class="visually-hidden">{t('readerSettings')}</span>
      </button>
      {panel.open && (
        <div
          id="reader-settings-panel"
          class="reader-popover reader-settings-panel"
          role="group"
          aria-label={t('readerSettings')}
          ref={(element) => {
            panel.panel.current = element;
          }}
          onKeyDown={panel.onPanelKey}
        >
          <ReaderSettingsForm settings={settings} onChange={onChange} onReset={onReset} idPrefix="reader" />
        </div>
      )}
    </div>
  );
}
