import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoSave } from '../../lib/storage/settings';

describe('autoSave setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is on by default and remembers being turned off', async () => {
    expect(await autoSave.getValue()).toBe(true);
    await autoSave.setValue(false);
    expect(await fakeBrowser.storage.local.get('autoSave')).toEqual({ autoSave: false });
  });
});
