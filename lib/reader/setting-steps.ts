import { READER_LIMITS, type ReaderSettings } from '../shared/reader-settings';
import { formatNumber } from '../shared/format';
import { t } from '../shared/i18n';

/** A numeric reader setting that − and + change by one step. */
export type SteppedSetting = 'fontSize' | 'lineWidth' | 'lineHeight';

/** The value one step down or up, kept within READER_LIMITS (rounded: 1.2 + 0.1 is 1.3). */
export function stepped(setting: SteppedSetting, value: number, direction: -1 | 1): number {
  const { min, max, step } = READER_LIMITS[setting];
  return Math.round(Math.min(max, Math.max(min, value + direction * step)) * 100) / 100;
}

/** The value with its unit, in the UI's language: "18 px", "65 characters", "×1.65". */
export function settingLabel(setting: SteppedSetting, settings: ReaderSettings): string {
  const value = settings[setting];
  switch (setting) {
    case 'fontSize':
      return t('unitPixels', formatNumber(value));
    case 'lineWidth':
      return t('unitCharacters', formatNumber(value));
    case 'lineHeight':
      return t('unitTimes', formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 2 }));
  }
}

/** Whether − or + can still move the setting. */
export function canStep(setting: SteppedSetting, value: number, direction: -1 | 1): boolean {
  const { min, max } = READER_LIMITS[setting];
  return direction < 0 ? value > min : value < max;
}
