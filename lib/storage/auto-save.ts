import { storage } from 'wxt/utils/storage';

/** Whether opening the popup on an article saves it at once (on by default: one click). */
export const autoSave = storage.defineItem<boolean>('local:autoSave', { fallback: true, version: 1 });
