import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPage } from '../lib/capture/extract-page';

// Injected only when the user acts (toolbar, shortcut, menu) with scripting.executeScript. WXT
// appends the IIFE's value (main's return, here a promise) as the script's last expression, and
// executeScript resolves with what that promise gives (wxt 0.20.27, plugins/iifeFooter).
export default defineUnlistedScript({ main: () => extractPage(document) });
