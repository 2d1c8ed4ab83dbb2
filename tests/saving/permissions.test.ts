import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { originPatterns, requestOrigins } from '../../lib/saving/permissions';
import { stubMissingApis } from '../support/browser-stubs';

describe('requestOrigins', () => {
  let apis: ReturnType<typeof stubMissingApis>;
  beforeEach(() => {
    fakeBrowser.reset();
    apis = stubMissingApis();
  });
  afterEach(() => vi.restoreAllMocks());

  it('turns origins into site patterns, once each', () => {
    expect(originPatterns(['https://cdn.example', 'https://cdn.example/x.png', 'http://a.example:8080'])).toEqual([
      'https://cdn.example/*',
      'http://a.example:8080/*',
    ]);
  });

  it("resolves with the user's answer", async () => {
    apis.permissionsRequest.mockResolvedValue(true);
    expect(await requestOrigins(['https://cdn.example'])).toBe(true);
    expect(apis.permissionsRequest).toHaveBeenCalledWith({ origins: ['https://cdn.example/*'] });
  });

  it('resolves false when the browser refuses to ask (no user gesture)', async () => {
    apis.permissionsRequest.mockImplementation(() => {
      throw new Error('This function must be called during a user gesture');
    });
    expect(await requestOrigins(['https://cdn.example'])).toBe(false);
    apis.permissionsRequest.mockRejectedValue(new Error('This function must be called during a user gesture'));
    expect(await requestOrigins(['https://cdn.example'])).toBe(false);
  });
});
